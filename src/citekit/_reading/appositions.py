"""Appositions: what the words between commas after a subject say about it.

"Priya Raman, a trade scholar with the Atlantic Policy Institute" (the title and
affiliation after a person's name), "Ted Cruz, R-Texas" (a party and state), "A
government spokesman, Tomas Ekwe, rejected …" (the person a role is). ``subjects``
and ``clauses`` find the subject; this reads what its apposition adds to its
description, and stands apart because it changes a description, not a span.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._lexicon.function_words import AFFILIATION_PREPOSITIONS, DETERMINERS, RELATIVES
from .._lexicon.people import PERSON_NOUNS
from .descriptions import classify
from .gaps import PARTY_STATE
from .names import NameIndex
from .phrases import Phrase, noun_phrase
from .profiles import Description
from .tokens import Token


def named_in_apposition(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    description: Description,
    apposition: tuple[int, int],
    names: NameIndex,
) -> tuple[Phrase, Description] | None:
    """ "A government spokesman, Tomas Ekwe, rejected …", "said her sister, Ellen Marsh":
    the person the role or the kin word is.

    The name between the commas is the subject, with the role as its title,
    so that a later "he said" finds him.
    """
    kin = description.profile.kind == "person" and description.name[:1].islower()
    if description.profile.kind != "anonymous" and not kin:
        return None  # "her sister, Ellen Marsh", "his son, Eli" name their person too
    first, stop = apposition
    inner = noun_phrase(words, first, stop, post=False)
    if inner is None or inner.start != first or inner.end != stop:
        return None
    person = classify(text, words, inner, names)
    if person is None or person.profile.kind != "person":
        return None
    if " " not in person.name and not (kin and person.profile.gender is not None):
        return None
    role = [w for w in words[phrase.start : phrase.head + 1] if w.lower not in DETERMINERS]
    title = text[role[0].start : role[-1].end] if role else None
    gender = person.profile.gender or description.profile.gender
    profile = attrs.evolve(person.profile, title=person.profile.title or title, gender=gender)
    return inner, attrs.evolve(person, profile=profile)


def with_apposition(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    description: Description,
    names: NameIndex | None = None,
) -> Description:
    """ "Priya Raman, a trade scholar with the Atlantic Policy Institute": title and
    affiliation from the apposition after a person's name. With ``names``, a role before
    the person's name is the person ("…,” said another Twitter user, Omar Haddad.")."""
    index = phrase.end
    if names is not None and index + 1 < len(words) and words[index].text == ",":
        stop = index + 1
        while stop < len(words) and words[stop].is_word:
            stop += 1
        named = named_in_apposition(text, words, phrase, description, (index + 1, stop), names)
        if named is not None:
            return named[1]
    if description.profile.kind != "person" or index + 1 >= len(words) or words[index].text != ",":
        return description
    start = index + 1
    stop = start
    while stop < len(words) and words[stop].is_word and words[stop].lower not in RELATIVES:
        stop += 1  # "a trade scholar who has argued …": the title ends at the relative
    apposition = words[start:stop]
    if len(apposition) == 1 and PARTY_STATE.fullmatch(apposition[0].text):
        party = attrs.evolve(description.profile, affiliation=apposition[0].text)
        return attrs.evolve(description, profile=party)  # "Ted Cruz, R-Texas"
    if description.profile.title is not None:
        return description
    while apposition and apposition[0].lower in DETERMINERS:
        apposition = apposition[1:]
    if not apposition or not any(w.lower in PERSON_NOUNS for w in apposition[:6]):
        return description
    cut = next(
        (i for i, w in enumerate(apposition) if w.lower in AFFILIATION_PREPOSITIONS),
        len(apposition),
    )
    title = text[apposition[0].start : apposition[max(cut, 1) - 1].end]
    affiliation = None
    if cut + 1 < len(apposition):
        rest = apposition[cut + 1 :]
        while rest and rest[0].lower in DETERMINERS:
            rest = rest[1:]
        if rest:
            affiliation = text[rest[0].start : rest[-1].end]
    profile = attrs.evolve(description.profile, title=title, affiliation=affiliation)
    return attrs.evolve(description, profile=profile)
