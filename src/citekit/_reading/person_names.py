"""Whether a run of capitalised words can be a person's name, and where the name starts.

"Jeremy Paris" (a person) but "North Carolina", "Carrow Health" and "Tidewater Power"
(a place, bodies); "Riverton Rover Alejandro Villa" (the name starts at the given name).
``names`` reads an article's people with these; ``descriptions`` asks them of a phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import FUNCTION_WORDS
from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.organisations import (
    ORGANIZATION_HEADS,
    ORGANIZATION_NAME_WORDS,
    ORGANIZATION_NAMES_LOWER,
    SURNAME_ORGANIZATION_WORDS,
)
from .._lexicon.outlets import OUTLETS
from .._lexicon.people import NAME_PARTICLES, NOT_NAME_WORDS
from .._lexicon.places import MULTIWORD_PLACES, PLACES
from .genders import given_name_gender

# The most words of a person's name, particles included: "Luiz Inacio Lula da Silva".
MAX_NAME_WORDS = 5

_OUTLETS_LOWER = frozenset(name.lower().removeprefix("the ") for name in OUTLETS)


def long_name_start(words: Sequence[str]) -> int:
    """Where a person's name starts in a run of more than three capitalised words.

    "Riverton Rover Alejandro Villa": at the first given name before the
    surname; "Luiz Inacio Lula da Silva", a name with particles, whole; any
    other run at its last two capitalised words ("Riverton Rovers Striker
    Okoye Bamidele").
    """
    capitalised = [i for i, word in enumerate(words) if word[:1].isupper()]
    if len(capitalised) <= 3:
        return 0
    for index in capitalised[:-1]:
        if words[index].lower().rstrip(".") in GIVEN_NAMES:
            return index
    if any(word.lower() in NAME_PARTICLES for word in words) and len(words) <= MAX_NAME_WORDS:
        return 0  # "Luiz Inacio Lula da Silva", "Siobhán Nic Giolla Phádraig"
    return capitalised[-2]


def ends_like_organization(words: Sequence[str]) -> bool:
    """Whether the last of a name's words ends an organisation's name: "Carrow Health",
    and "Tidewater Power" but not "Samantha Power"."""
    last = words[-1].lower()
    if last in ORGANIZATION_NAME_WORDS:
        return True
    first = words[0].lower()
    return (
        last in SURNAME_ORGANIZATION_WORDS
        and len(words) > 1
        and first not in GIVEN_NAMES
        and given_name_gender(first) is None
    )


def is_person_name(full: str) -> bool:
    """Whether a run of two to five words (particles included) can be a person's name."""
    words = full.split()
    lower = full.lower()
    if full in MULTIWORD_PLACES or lower in ORGANIZATION_NAMES_LOWER or lower in _OUTLETS_LOWER:
        return False
    if any(w.lower() in ORGANIZATION_HEADS for w in words):
        return False
    if ends_like_organization(words):
        return False  # "Carrow Health", "Tidewater Power"
    given = words[0].lower() in GIVEN_NAMES
    if words[-1] in PLACES and not (
        len(words) > 1 and (given or given_name_gender(words[0]) is not None)
    ):
        return False  # "North Carolina", but "Jeremy Paris", "Maria Jordan"
    if given:
        words = words[1:]  # "June Okafor", "April Ryan": a month that is a first name too
    return not any(w.lower() in NOT_NAME_WORDS or w.lower() in FUNCTION_WORDS for w in words)
