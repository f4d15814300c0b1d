"""Genders: what tells whether a person is a woman or a man, for "she" and "he".

A given name of one gender only ("Renata", "Frank"), a word that tells it ("Ms.",
"spokeswoman"), the first "his" or "her" after a sentence's subject, or the pronoun of
a relative clause after an unnamed person. ``names`` and
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

# A personal pronoun of the third person singular, and the gender of each.
_PRONOUN = r"\b(he|his|him|himself|she|her|herself)\b"
_PRONOUN_GENDERS = {
    **dict.fromkeys(("he", "his", "him", "himself"), "m"),
    **dict.fromkeys(("she", "her", "herself"), "f"),
}
# The first such pronoun of the rest of a sentence: "…, died on Saturday at his home".
_SENTENCE_PRONOUN = lazy_pattern(rf"[^.!?;\n]{{0,200}}?{_PRONOUN}", regex.IGNORECASE)
# A relative clause after an unnamed person, up to its comma: "A resident, who asked
# that her name not be used, said …".
_WHO_CLAUSE = lazy_pattern(r",\s+(?:and\s+)?who\s+([^,.;:]{1,80})")
_PRONOUNS = lazy_pattern(_PRONOUN, regex.IGNORECASE)


def sentence_gender(text: str, end: int) -> str | None:
    """The gender of the first "he", "his", "she" or "her" after ``end`` in its sentence:
    the subject's whose name ends there ("J. Aldous McCreary, who …, died at his home")."""
    found = _SENTENCE_PRONOUN.match(text, end)
    return _PRONOUN_GENDERS[found.group(1).lower()] if found is not None else None


def relative_clause_gender(text: str, end: int) -> str | None:
    """The gender a relative clause right after an unnamed person's phrase, which ends at
    ``end``, gives by its pronouns, when they are of one gender: "a nurse, who asked that
    her name not be used"."""
    clause = _WHO_CLAUSE.match(text, end)
    if clause is None:
        return None
    genders = {_PRONOUN_GENDERS[p.lower()] for p in _PRONOUNS.findall(clause.group(1))}
    return genders.pop() if len(genders) == 1 else None


def name_gender(full: str) -> str | None:
    """ "f" or "m" when the first word of a person's full name is a given name of one
    gender only ("Renata Vogel", "Frank Liu"), or, for a given name the lists do not
    hold, "f" by a surname that only women bear ("Ásdís Hallgrímsdóttir", "Leyla
    Aliyeva", "Jana Nováková"); else None (and for a lone surname)."""
    if " " not in full:
        return None
    given, surname = full.split(" ", 1)[0], full.rsplit(" ", 1)[-1]
    found = given_name_gender(given)
    if found is None and _female_surname(surname):
        return "f"
    return found


# Endings of surnames that only women bear: Icelandic "-dóttir", Czech and Slovak "-ová"
# and "-ská", Lithuanian "-aitė", "-ienė", "-ytė", and the Russian and Azeri "-yeva",
# "-kova", "-rova" ("Aliyeva", "Novikova", "Petrova"; not the "-ueva", "-dova" and
# "-nova" of "Villanueva", "Cordova", "Casanova", nor a Polish "-ska" a man may bear).
_FEMALE_SURNAME_ENDINGS = (
    "dóttir", "dottir", "ová", "ská", "aitė", "ienė", "ytė", "yeva", "kova", "rova",
)  # fmt: skip


def _female_surname(surname: str) -> bool:
    lower = surname.lower()
    return lower.endswith(_FEMALE_SURNAME_ENDINGS) and len(lower) > 5


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
