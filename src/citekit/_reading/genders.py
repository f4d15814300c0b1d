"""Genders: what tells whether a person is a woman or a man, for "she" and "he".

A given name of one gender only ("Renata", "Frank"), a word that tells it ("Ms.",
"spokeswoman"), or the first "his" or "her" after a sentence's subject. ``names`` and
``descriptions`` read their people's genders here; ``resolution`` matches pronouns to
them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._lexicon.name_genders import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from .._lexicon.people import FEMALE_WORDS, MALE_WORDS
from .._text.patterns import lazy_pattern
from .tokens import Token

# The first personal pronoun of the rest of a sentence: "…, died on Saturday at his home".
_SENTENCE_PRONOUN = lazy_pattern(r"[^.!?;\n]{0,200}?\b(he|his|him|she|her)\b", regex.IGNORECASE)


def sentence_gender(text: str, end: int) -> str | None:
    """The gender of the first "he", "his", "she" or "her" after ``end`` in its sentence:
    the subject's whose name ends there ("J. Aldous McCreary, who …, died at his home")."""
    found = _SENTENCE_PRONOUN.match(text, end)
    if found is None:
        return None
    return "f" if found.group(1).lower() in {"she", "her"} else "m"


def name_gender(full: str) -> str | None:
    """ "f" or "m" when the first word of a person's full name is a given name of one
    gender only ("Renata Vogel", "Frank Liu"), else None (and for a lone surname)."""
    if " " not in full:
        return None
    return given_name_gender(full.split(" ", 1)[0])


def given_name_gender(word: str) -> str | None:
    """ "f" or "m" when ``word`` is a given name of one gender only ("Renata", "Frank")."""
    first = word.lower()
    if first in FEMALE_GIVEN_NAMES:
        return "f"
    return "m" if first in MALE_GIVEN_NAMES else None


def gender_of(words: Sequence[Token], full: str = "") -> str | None:
    """ "f" or "m" by a word that tells it ("Ms.", "spokeswoman", "Councilman") among
    ``words``, else by the first name of ``full`` (``name_gender``)."""
    for word in words:
        if word.lower in MALE_WORDS:
            return "m"
        if word.lower in FEMALE_WORDS:
            return "f"
    return name_gender(full) if full else None
