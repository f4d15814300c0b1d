"""What stands between a subject and its verb, and where the phrase before a verb starts.

A time ("Trump on Monday said", "A Monmouth poll out Monday showed"), an adverb, a
floating quantifier ("Ruiz and Kerr both said"), a bracket after a name ("Rep. Gwen
Moore (D-Wis.) said") and a state's abbreviation between commas ("a teacher in
Allentown, Pa., said") are passed over by ``subjects`` on its way back to the subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.function_words import (
    DETERMINERS,
    MODALS,
    NOT_ADVERBS,
    PREPOSITIONS,
    VERB_PREFIXES,
)
from .._lexicon.time_words import WEEKDAY_NAMES
from .._text.patterns import lazy_pattern
from .phrase_ends import PUBLISHING_PARTICIPLES
from .phrases import MAX_PHRASE, Phrase, continues_phrase
from .tokens import Token, used_to

#: Words between a subject and its verb; "on" only before a day ("Trump on
# Monday said"), which ``_is_prefix`` checks.
SUBJECT_VERB_GAPS = VERB_PREFIXES - {"on"}

#: A party and a state after a lawmaker's name: "R-Texas", "D-Calif."
PARTY_STATE = lazy_pattern(r"[RDI]-\p{Lu}[\p{L}.]{1,20}+")

# The most tokens inside a bracket after a name: "(D-Newport News)", "(R-N.H.)".
_MAX_BRACKET = 6


# A state's abbreviation before its full stop: "Pa.", "Calif.", "Mass.", "D.C."; the
# full stop ends no sentence before a comma ("a teacher in Allentown, Pa., said").
_STATE_ABBREVIATION = lazy_pattern(r"\p{Lu}\p{Ll}{1,4}+|(?:\p{Lu}\.)+\p{Lu}")


def abbreviation(word: Token) -> bool:
    """ "R-Ky", "I-Vt", "Pa", "Calif", "D.C": a party and state, or a state, abbreviated."""
    return bool(PARTY_STATE.fullmatch(word.text) or _STATE_ABBREVIATION.fullmatch(word.text))


def abbreviated_state(words: Sequence[Token], phrase: Phrase) -> bool:
    """A phrase that is only a state's abbreviation and its full stop: "Pa.", "R-Ky."."""
    return (
        phrase.end - phrase.start == 1
        and phrase.end < len(words)
        and words[phrase.end].text == "."
        and abbreviation(words[phrase.start])
    )


def segment_start(words: Sequence[Token], end: int) -> int:
    """Where the run of words ending at ``end`` starts, looking back a phrase's length."""
    start = end
    floor = max(0, end - MAX_PHRASE)
    while start > floor and words[start - 1].is_word:
        start -= 1
    return start


def skip_prefixes(words: Sequence[Token], index: int) -> int:
    """The index just after a subject: before "also", "has", "last month", "on Tuesday",
    and before a bracket after a name ("Gwen Moore (D-Wis.) said")."""
    end = index
    while end > max(0, index - 9) and words[end - 1].is_word and _is_prefix(words, end - 1, index):
        end -= 1
    if end > 0 and end < index and words[end - 1].lower in PUBLISHING_PARTICIPLES:
        return index  # "a report published Wednesday said": the time is the participle's
    return before_bracket(words, end)


def before_bracket(words: Sequence[Token], end: int) -> int:
    """Where a short bracket that ends at ``end`` opens, after a word; else ``end``.

    "Rep. Gwen Moore (D-Wis.) said", "Gov. Pat McCrory (R), who …, said": a
    party and a state, an age, a place in brackets after a name stand between
    the name and its verb or apposition.
    """
    if end < 2 or words[end - 1].text != ")":
        return end
    for index in range(end - 2, max(0, end - 2 - _MAX_BRACKET) - 1, -1):
        word = words[index]
        if word.text == "(":
            return index if index > 0 and words[index - 1].is_word else end
        if word.kind == "quote" or word.text in ")[]":
            return end
    return end


# Prepositions before a day or a month between a subject and its verb.
_TIME_PREPOSITIONS = frozenset({"on", "in", "out"})

# Words that open a time after "in" or "out": "out this week", "in last year's race".
_TIME_DETERMINERS = frozenset({"this", "last"})


def _is_prefix(words: Sequence[Token], position: int, verb: int) -> bool:
    """Whether the word at ``position`` stands between a subject and its verb at ``verb``.

    Adverbs and auxiliaries are lower-case words ("also", "has", "publicly"):
    a capitalised "Daly" or "Connolly" is a surname. A weekday is always a
    time ("Trump Monday said"), but a month right after a given name is a
    surname ("Laura March said"), not a date ("Ruiz last May said").
    """
    word = words[position]
    lower = word.lower
    if lower in WEEKDAY_NAMES:
        return True
    if (lower == "used" and position + 1 < verb and used_to(words, position + 2)) or (
        lower == "to" and used_to(words, position + 1)
    ):
        return True  # "Amberley used to say": a habit's auxiliary
    aspect = aspect_start(words, verb)
    if aspect is not None and position >= aspect:
        return True  # "Ruiz continues to insist", "Ruiz went on to say": the aspect's words
    if lower in DAYS_AND_MONTHS:
        before = words[position - 1] if position > 0 else None
        return before is None or not (before.is_word and continues_phrase(before))
    if not word.text[:1].islower():
        return False
    if lower in _TIME_PREPOSITIONS:
        # "on Tuesday", "A Bloomberg poll in June showed", "A Monmouth poll out Monday",
        # "a poll out this week shows" (not a year: "who in 2010 said" would lose "who")
        if position + 1 >= verb:
            return False
        following = words[position + 1]
        return following.lower in DAYS_AND_MONTHS or (
            following.lower in _TIME_DETERMINERS and lower != "on"
        )
    adverb = lower.endswith("ly") and len(lower) > 4 and lower not in NOT_ADVERBS
    if lower == "only":  # "would only say"; but "attempts to insulate Melania only added"
        return position > 0 and words[position - 1].lower in MODALS
    return adverb or lower in SUBJECT_VERB_GAPS or floats_after_subject(words, position)


# Verbs of aspect before "to" and a speech verb: "continues to insist", "began to argue".
_ASPECT_VERBS = frozenset(
    {"continue", "continues", "continued", "begin", "begins", "began", "start", "starts",
     "started", "proceeded"}
)  # fmt: skip

# Verbs that take "on to" so: "went on to say", "goes on to argue".
_GO_FORMS = frozenset({"go", "goes", "went", "going"})


def aspect_start(words: Sequence[Token], verb: int) -> int | None:
    """Where the verb of aspect before "to" and the verb at ``verb`` starts: "continues to
    insist", "began to argue", "went on to say" (the subject before them speaks)."""
    if verb < 2 or words[verb - 1].lower != "to":
        return None
    before = words[verb - 2]
    if before.lower in _ASPECT_VERBS and before.text[:1].islower():
        return verb - 2
    if before.lower == "on" and verb >= 3 and words[verb - 3].lower in _GO_FORMS:
        return verb - 3
    return None


def floats_after_subject(words: Sequence[Token], position: int) -> bool:
    """Whether the word at ``position`` is a quantifier that floats after its plural
    subject, before its verb ("Ruiz and Kerr both said", "have all argued"), and
    opens no phrase of its own (not "supporters of both")."""
    if words[position].lower not in _FLOATING_QUANTIFIERS or position == 0:
        return False
    before = words[position - 1]
    return before.is_word and before.lower not in PREPOSITIONS and before.lower not in DETERMINERS


# Quantifiers that float after their plural subject: "the skippers all say".
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
