"""A share or a count of people, as the subject of what they say: "52 percent said".

Poll stories attribute each finding to a share of the people asked: "26
percent said the same", "Two in three said", "Nearly half of respondents
said", "78 percent of voters in a recent CBS News poll said", "a majority of
Americans say", "45% of Republicans say". Other stories count the people they
speak for: "Many in the crowd said", "most of them said", "all but two said",
"Those over 60 say". No noun for a person heads these phrases, so the noun
phrase reader (``phrases``) finds none; this module reads them, as a group
named by the phrase as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import FUNCTION_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS, STOP_WORDS
from .._lexicon.people import GROUP_NOUNS
from .._lexicon.shares import (
    NUMBER_WORDS,
    PERCENT_WORDS,
    QUANTITY_HEADS,
    QUANTITY_LEADS,
    QUANTITY_OF_PRONOUNS,
    QUANTITY_PLACES,
    RATIO_WORDS,
    SHARE_ADJECTIVES,
    SHARE_LEADS,
    SHARE_NOUNS,
    SHARE_PHRASE_LEADS,
)
from .._lexicon.speech_verbs import BASE_FORMS, SPEECH_VERBS
from .._records import Span
from .phrases import Phrase
from .profiles import Description, Profile
from .tokens import Token
from .word_kinds import is_plural_person

_PRONOUNS = PERSON_PRONOUNS.keys() | PLURAL_PRONOUNS | {"it", "we", "i", "you"}

# Adverbs after whom a share is of, before its verb: "voters overall said".
_TRAILING_ADVERBS = frozenset({"overall", "nationwide", "statewide", "alone", "too", "also"})

# The most words after a share that name whom it is a share of: "of voters in a
# recent CBS News poll", "of Republican primary voters in six states going to the
# polls on Super Tuesday".
_MAX_OF_WORDS = 16

# The most words of that phrase which may hold an auxiliary: "of those who have voted".
_MAX_PLAIN_OF = 12


def share_phrase(
    text: str, words: Sequence[Token], start: int, end: int
) -> tuple[Phrase, Description] | None:
    """The share of people that ``words[start:end]`` ends with, as a group, or None.

    The share comes first in the run ("Only 24 percent", "About four in 10"),
    maybe after a conjunction or an adverb ("while 22 percent"), and only
    words of whom it is a share of may follow it ("of voters in a poll").
    """
    for index in range(start, end):
        core_end = _share_end(text, words, index, end)
        if core_end is None:
            continue
        if not _of_whom(words, core_end, end):
            continue  # "57 percent see Trump negatively while 61 percent say": the later
        first = _lead_start(words, start, index)
        last = words[end - 1]
        stop = last.end + (1 if text[last.end : last.end + 1] == "%" else 0)
        span = Span(words[first].start, stop)
        head = words[core_end - 1].lower
        return Phrase(first, core_end - 1, end), Description(
            span.of(text), span, Profile("group", head, plural=True)
        )
    return None


def _lead_start(words: Sequence[Token], start: int, index: int) -> int:
    """Where the words before a share at ``index`` that belong to it start: "Only",
    "A strong", "Large", "as many as", "Just shy of"."""
    first = index
    if words[index].lower in SHARE_NOUNS:
        while first > start and words[first - 1].lower in SHARE_ADJECTIVES:
            first -= 1  # "A strong majority", "Large majorities"
    while first > start:
        lead = next(
            (
                len(lead)
                for lead in SHARE_PHRASE_LEADS
                if first - len(lead) >= start
                and tuple(w.lower for w in words[first - len(lead) : first]) == lead
            ),
            1 if words[first - 1].lower in SHARE_LEADS else 0,
        )
        if not lead:
            break
        first -= lead
    return first


def quantity_phrase(
    text: str, words: Sequence[Token], start: int, end: int
) -> tuple[Phrase, Description] | None:
    """The people counted that ``words[start:end]`` is, as a group, or None.

    A quantity that stands for people ("many", "most", "all", "those"), after
    nothing but a conjunction or an adverb of its clause ("But most of them"),
    and the words that say whom it counts: a place ("Many in the crowd"), "of"
    and a pronoun ("most of them"), a relative clause ("some who advocate
    free speech"), "but" and a number ("all but two"), an age ("Those over
    60"). A quantity alone ("Others say") is read as a pronoun, and is no
    source (``_sources``).
    """
    for index in range(start, end - 1):
        word = words[index]
        if word.lower in QUANTITY_HEADS and _counts_whom(words, index, end):
            span = Span(word.start, words[end - 1].end)
            head = word.lower
            profile = (
                Profile("anonymous", head) if head == "one" else Profile("group", head, plural=True)
            )
            return Phrase(index, index, end), Description(span.of(text), span, profile)
        if word.lower not in QUANTITY_LEADS:
            return None
    return None


# Participles after "those" that name the people of a poll: "those surveyed said".
_POLLED = frozenset({"surveyed", "polled", "questioned", "interviewed"})

# The most words of a place or a relative clause after a quantity: "some who have
# advocated a more muscular approach".
_MAX_WHOM = 10


def _counts_whom(words: Sequence[Token], index: int, end: int) -> bool:
    """Whether ``words[index + 1 : end]`` says whom the quantity at ``index`` counts."""
    head = words[index].lower
    if head == "none":
        return False  # "None of them said when": no one did
    rest = words[index + 1 : end]
    first = rest[0].lower
    if first == "of":
        return len(rest) == 2 and rest[1].lower in QUANTITY_OF_PRONOUNS  # "most of them"
    if head in {"one", "each", "either"}:
        return head != "one" and len(rest) == 1 and first == "side"  # "Each side said"
    if len(rest) == 1:
        return head == "those" and first in _POLLED  # "those surveyed say"
    if len(rest) == 2 and _is_number(rest[1].lower):
        return (head, first) in {("all", "but"), ("those", "over"), ("those", "under")}
    if len(rest) > _MAX_WHOM or any(not w.is_word for w in rest):
        return False
    if any(w.lower in _PRONOUNS or w.lower in STOP_WORDS or _is_verb(w) for w in rest[1:]):
        return False
    if first == "who":
        return True  # "some who advocate free speech argue"
    last = rest[-1].lower
    return (
        first in QUANTITY_PLACES and last not in FUNCTION_WORDS and not last.endswith(("ed", "ly"))
    )  # "Many in the crowd said", "some on Twitter say"; not "many in the hall nodded"


def ends_count(words: Sequence[Token], index: int) -> bool:
    """Whether the number at ``index``, before a verb, ends a share or a count ("two in
    three said", "all but two said"), not a determiner before its noun ("two said")."""
    if index < 2:
        return False
    before = words[index - 1].lower
    return before in RATIO_WORDS or (before == "but" and words[index - 2].lower == "all")


def _share_end(text: str, words: Sequence[Token], index: int, end: int) -> int | None:
    """The end of a share that starts at ``index``: "52 percent", "45%", "two in three",
    "four out of 10", "half", "a third", "two-thirds", "a majority"; else None."""
    word = words[index]
    if not word.is_word:
        return None
    lower = word.lower
    if lower in SHARE_NOUNS or _is_fraction(lower):
        return index + 1
    if not _is_number(lower):
        return None
    if text[word.end : word.end + 1] == "%":
        return index + 1
    following = words[index + 1].lower if index + 1 < end else ""
    if following == "per" and index + 2 < end and words[index + 2].lower == "cent":
        return index + 3  # "24 per cent"
    if following in PERCENT_WORDS or following in SHARE_NOUNS:
        return index + 2  # "52 percent", "two thirds"
    if following in RATIO_WORDS and index + 2 < end and _is_number(words[index + 2].lower):
        return index + 3  # "two in three", "eight of 10"
    if (
        following == "out"
        and index + 3 < end
        and words[index + 2].lower == "of"
        and _is_number(words[index + 3].lower)
    ):
        return index + 4  # "four out of 10"
    return None


def _of_whom(words: Sequence[Token], index: int, end: int) -> bool:
    """Whether ``words[index:end]`` can name whom a share is of: nothing, "of …"
    without a speech verb or a pronoun of its own, or a plural noun for people
    ("eight of 10 voters", "two in three Democrats"); not "the top 33 percent rate he"."""
    rest = words[index:end]
    while rest and rest[-1].lower in _TRAILING_ADVERBS:
        rest = rest[:-1]  # "eight in 10 Democratic voters overall"
    if not rest:
        return True
    if len(rest) > _MAX_OF_WORDS or any(not w.is_word or w.lower in _PRONOUNS for w in rest):
        return False
    if len(rest) > _MAX_PLAIN_OF and any(w.lower in STOP_WORDS for w in rest):
        return False  # "20% of the vote in a district is enough … in the state"
    if rest[0].lower == "of":
        # a verb form after a number is its noun: "of voters in six states going to …"
        return not any(
            _is_verb(w) and not (i > 0 and _is_number(rest[i - 1].lower))
            for i, w in enumerate(rest)
        )
    last = rest[-1]
    if len(rest) <= 5 and (is_plural_person(last.lower) or last.lower in GROUP_NOUNS):
        return True  # "two in three Democrats"
    noun = next((i for i, w in enumerate(rest[:4]) if is_plural_person(w.lower)), None)
    if noun is None or noun + 2 >= len(rest) or any(_is_verb(w) for w in rest):
        return False  # "6 in 10 voters who said": the relative's, not a share's, verb
    after = rest[noun + 1].lower  # "6 in 10 Republicans who attended the caucuses"
    return after in _PEOPLE_POSTMODIFIERS and not any(w.lower in STOP_WORDS for w in rest[:noun])


# Words that open what says which people a share counts, after their noun: "6 in 10
# Republicans who attended the caucuses", "four in 10 voters in the state".
_PEOPLE_POSTMODIFIERS = frozenset({"who", "in", "from", "across", "at", "on", "polled", "surveyed"})


def _is_verb(word: Token) -> bool:
    """A speech verb that is no noun too: "said", "says"; not "state", "report"."""
    return word.lower in SPEECH_VERBS and word.text.islower() and word.lower not in BASE_FORMS


def _is_number(lower: str) -> bool:
    if lower.replace(",", "").replace(".", "").isdigit():
        return True
    return bool(lower) and all(part in NUMBER_WORDS for part in lower.split("-"))


def _is_fraction(lower: str) -> bool:
    """ "two-thirds", "three-quarters"."""
    number, _, share = lower.partition("-")
    return bool(share) and share in SHARE_NOUNS and number in NUMBER_WORDS
