"""What a word can be inside a noun phrase: a modifier, a noun, a noun for people.

``phrases`` reads a noun phrase word by word and asks these of each word; the
describers and clause readers ask them too ("a plural noun for people": "residents",
"pollsters", "Democrats").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    PERSON_PRONOUNS,
    POSTMODIFIER_ADJECTIVES,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
)
from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.name_genders import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from .._lexicon.organisations import ORGANIZATION_HEADS
from .._lexicon.outlets import MEDIA_NOUNS, OUTLET_ANAPHORS, OUTLET_WORDS
from .._lexicon.people import (
    GLUED_NAME_PARTICLES,
    GROUP_NOUNS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    PLURAL_PERSON_NOUN_ENDINGS,
    TITLE_MODIFIERS,
    VERBS_LIKE_PEOPLE_NOUNS,
)
from .._lexicon.speech_verbs import OBJECT_CUES, SPEECH_PARTICIPLES, SPEECH_VERBS
from .person_names import is_person_name
from .tokens import POSSESSIVES, Token


def is_capitalised(text: str) -> bool:
    """Capitalised as a name's word is: "Ruiz", "al-Haddad"."""
    if text[:1].isupper():
        return True
    if "-" not in text:
        return False
    particle, _, rest = text.partition("-")
    return rest[:1].isupper() and particle in GLUED_NAME_PARTICLES


def is_modifier_word(word: Token, *, after_noun: bool = False) -> bool:
    """A word that may stand inside a noun phrase before its head ends it."""
    lower = word.lower
    if not word.is_word:
        return False
    text = word.text
    if text[:1].isupper() or text[:1].isdigit() or ("-" in text and is_capitalised(text)):
        return lower not in FUNCTION_WORDS or lower == "the"
    if lower in TITLE_MODIFIERS and lower in SPEECH_VERBS:
        return True  # "The Texas state attorney general"
    if (
        lower in STOP_WORDS
        or lower in PREPOSITIONS
        or lower in RELATIVES
        or lower in CONJUNCTIONS
        or lower in FUNCTION_WORDS
        or lower in DETERMINERS
        or lower in PERSON_PRONOUNS
        or lower in POSTMODIFIER_ADJECTIVES
        or lower in SPEECH_VERBS
        or lower in SPEECH_PARTICIPLES
        or lower in OBJECT_CUES
    ):
        return False
    if is_nominal(word):
        return True
    if after_noun and lower.endswith(("ed", "ing")):
        return False  # "members leaving the session", "a person briefed on"
    return not lower.endswith("ly") or len(lower) <= 4 or lower in _LY_ADJECTIVES


# Adjectives in "-ly" before a noun: "early results", "likely voters" (not "daily",
# "weekly": "the daily tracking poll" would read as an outlet's name).
_LY_ADJECTIVES = frozenset({"early", "quarterly", "yearly", "elderly", "likely"})


def is_nominal(word: Token) -> bool:
    """A word that can head a speaker phrase: a name, a role, a group, an institution."""
    lower = word.lower
    if word.text[:1].isupper() or ("-" in word.text and is_capitalised(word.text)):
        return (
            not lower.endswith(POSSESSIVES)
            and lower not in FUNCTION_WORDS
            and not any(map(str.isdigit, word.text))
        )
    return (
        lower in PERSON_NOUNS
        or lower in GROUP_NOUNS
        or lower in ORGANIZATION_HEADS
        or lower in DOCUMENT_NOUNS
        or lower in OUTLET_ANAPHORS
        or lower in MEDIA_NOUNS
        or is_plural_person(lower)
        or (lower.endswith("s") and lower[:-1] in ORGANIZATION_HEADS)
    )


def is_plural_person(lower: str) -> bool:
    """ "entrepreneurs", "challengers", "senators": plural nouns for people."""
    if lower in GROUP_NOUNS:
        return True
    if lower.endswith("ies"):
        return False
    if lower.endswith("s") and lower[:-1] in PERSON_NOUNS:
        return True
    return lower.endswith(PLURAL_PERSON_NOUN_ENDINGS) and (
        lower not in DOCUMENT_NOUNS and lower not in ORGANIZATION_HEADS
    )


# Participles that place a body or a person, no verb of theirs: "Acme based in Dover".
_PLACING_PARTICIPLES = frozenset({"based", "headquartered", "located", "born", "situated"})


def verb_after_name(words: Sequence[Token], start: int, position: int) -> bool:
    """Whether the lower-case word at ``position``, right after a capitalised one, is the
    verb of a person's name that opens at ``start``, not a word of its phrase.

    "Hartley remembers", "Ruiz wants": a verb that ends like a plural noun for people
    ("Trump supporters" is a phrase). "Jane Hartley paused for a moment", "Sen. Ana
    Ruiz gestured at", "Fraser McAllister-Obi apologised from": an "-ed" word after a
    name with a given name, a title or a person's shape is its verb, not a participle
    that modifies it ("officials briefed on", "Senate Republicans opposed to" are phrases).
    """
    if position <= start or position >= len(words):
        return False
    word = words[position]
    before = words[position - 1]
    if not word.is_word or not word.text[:1].islower() or not is_capitalised(before.text):
        return False
    if word.lower in VERBS_LIKE_PEOPLE_NOUNS:
        return True
    if not word.lower.endswith("ed") or word.lower in SPEECH_VERBS:
        return False
    named = words[start:position]
    return any(
        w.lower in GIVEN_NAMES
        or w.lower in FEMALE_GIVEN_NAMES
        or w.lower in MALE_GIVEN_NAMES
        or w.lower in PERSONAL_TITLES
        for w in named[:-1]
    ) or (
        len(named) in {2, 3}
        and word.lower not in _PLACING_PARTICIPLES  # "Kaiser Permanente headquartered in"
        and not (position + 1 < len(words) and words[position + 1].lower == "by")  # "owned by"
        and (start == 0 or words[start - 1].lower not in DETERMINERS)  # not "The Tide Herald"
        and named[-1].text not in OUTLET_WORDS
        and is_person_name(" ".join(w.text for w in named))
    )
