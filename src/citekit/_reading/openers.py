"""Openers: where a unit's clause may open, past what stands before its subject.

A dateline ("OSLO (Reuters) - …", "LYON, France — …"), a live blog's time stamp
("9:40 p.m. — …"), an adverbial ("On Tuesday, …", "Back on her farm, …") or a
sentence adverb ("Separately, …"). Both the subjects of ``subjects`` and the
"-ing" cues of ``participles`` start their search at these places; what opens a
unit is read apart from what its subject is.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import (
    CONJUNCTIONS,
    FUNCTION_WORDS,
    NOT_ADVERBS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
)
from .._text.patterns import lazy_pattern
from .tokens import Token

# Words that may open a unit before its subject: "On Tuesday, the chairman …".
_CLAUSE_OPENERS = FUNCTION_WORDS - PERSON_PRONOUNS.keys()
# Adverbs that open a unit's adverbial, its subject after the comma: "Back on her farm,
# Haines was sorting …" (never the word after them: "Inside the hall, Ruiz …").
_ADVERB_OPENERS = frozenset(
    "back earlier elsewhere outside inside nearby afterward afterwards overall".split()
)
# Openers whose phrase is their object, never the clause's subject: "In a statement,
# Ruiz …", "After the vote, …".
_PREPOSITION_OPENERS = PREPOSITIONS - CONJUNCTIONS

# Words that open a clause before the main one: "After the results were in, …".
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "although", "though", "because"})

# The place that opens a dateline, in capitals: "OSLO", "NEW", "ST."; and the
# most tokens before its dash ("SAN JUAN, Puerto Rico (Reuters) -").
_DATELINE_PLACE = lazy_pattern(r"\p{Lu}[\p{Lu}.'’-]{1,30}+")
_MAX_DATELINE = 12

# The words after a time of day: "p.m.", "ET" ("11:52 p.m. ET —").
_CLOCK_WORDS = frozenset(
    {"a.m", "p.m", "am", "pm", "et", "edt", "est", "pt", "ct", "gmt", "bst", "utc"}
)


def clause_starts(words: Sequence[Token]) -> list[int]:
    """Where the unit's clause may open: its start, after an opener ("On Tuesday, …")."""
    first = after_dateline(words)
    starts = [first]
    if first < len(words) and words[first].is_word and _opens_adverbial(words, first):
        opener = words[first].lower
        if opener in _CLAUSE_OPENERS and opener not in _PREPOSITION_OPENERS:
            starts.append(first + 1)  # "But the mayor said", not "In a statement, …"
        for index in range(first, min(len(words), first + 15)):
            if words[index].text == ",":
                starts.append(index + 1)
                break
        if words[first].lower in _SUBORDINATORS and len(starts) == 3:
            starts.reverse()  # "After the results were in, Ruiz's manager appeared": the main
    elif first + 2 < len(words) and words[first + 1].text == "," and _adverb(words[first]):
        starts.append(first + 2)  # "Separately, the harbour board rejected …"
    return starts


def _opens_adverbial(words: Sequence[Token], first: int) -> bool:
    """Whether the unit opens with words before its clause: a function word ("On Tuesday,
    …"), or a word and a preposition ("Back at the quay, Lindqvist was …", "Later in
    the day, …")."""
    opener = words[first].lower
    if opener in _CLAUSE_OPENERS or opener in _ADVERB_OPENERS:
        return True  # "Back on her farm, Haines …"
    if opener == "according" or opener.endswith("ing"):
        return False  # "Speaking at a school in Dover, New Jersey, Ruiz …": the place's comma
    return first + 1 < len(words) and words[first + 1].lower in PREPOSITIONS


def _adverb(word: Token) -> bool:
    """A sentence adverb in "-ly" ("Separately", "Essentially"), not "Family" or "Italy"."""
    lower = word.lower
    return lower.endswith("ly") and len(lower) > 4 and lower not in NOT_ADVERBS and word.is_word


def after_dateline(words: Sequence[Token]) -> int:
    """The first token after a dateline that opens the unit, else 0.

    A dateline is a place in capitals, maybe a region and an agency in
    brackets, and a dash: "OSLO (Reuters) - …", "LYON, France — …".
    """
    if not words:
        return 0
    if not _DATELINE_PLACE.fullmatch(words[0].text):
        return after_time_stamp(words)
    place = True  # still in the place's capitals, before a region's comma or a bracket
    for index in range(1, min(len(words), _MAX_DATELINE)):
        word = words[index]
        if word.kind == "dash":
            after = words[index + 1] if index + 1 < len(words) else None
            if after is not None and after.is_word and after.text[:1].islower():
                return 0  # "FEMA — which has faced criticism —": an aside, no dateline
            return index + 1
        if word.kind == "quote" or word.text in ".;:!?":
            return 0
        if word.text in ",(":
            place = False
        elif place and word.is_word and not word.text.isupper():
            return 0  # "GOP front-runner Donald Trump - who …": a name, no dateline
    return 0


def after_time_stamp(words: Sequence[Token]) -> int:
    """The first token after a live blog's time stamp that opens the unit, else 0:
    "9:40 p.m. — Mayor Ines Varga conceded in a short speech", "Updated 9:05 ET - …"."""
    if not words:
        return 0
    first = 1 if words[0].lower in {"updated", "update"} else 0
    if first + 3 >= len(words) or words[first + 1].text != ":":
        return 0
    if not (words[first].text.isdigit() and words[first + 2].text.isdigit()):
        return 0
    index = first + 3
    while index < len(words) and words[index].lower.rstrip(".") in _CLOCK_WORDS:
        index += 1
    return index + 1 if index < len(words) and words[index].kind == "dash" else 0
