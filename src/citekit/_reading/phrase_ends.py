"""What may follow a noun without belonging to its phrase: a verb and its object,
a publishing participle with its time, an infinitive, a time.

``phrases`` asks these where a noun phrase ends ("the campaign defended the route",
"a report published Wednesday", "a source close to him", "urged him to stay"); each
reads a few tokens after one word, over the tokens alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.function_words import ARTICLES, DETERMINERS, POSSESSIVE_DETERMINERS
from .._lexicon.time_words import TIME_DETERMINERS, TIME_NOUNS
from .tokens import Token
from .word_kinds import is_nominal

# Particles between a verb and its object, which no noun phrase holds: "put off
# the decision", "turned down the offer" (not "in" or "on", which a phrase may).
_OBJECT_PARTICLES = frozenset({"off", "up", "out", "back", "down"})

# The words that open a verb's object: a noun is not followed by one inside its phrase.
_OBJECT_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS


def verb_and_object(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "defended the route", "met the skippers", "put off the decision": a word (a verb)
    followed, maybe after a particle, by an article or possessive opening its object,
    or a past in "-ed" by any determiner ("survived two storms")."""
    after = index + 1
    if after < limit and words[after].lower in _OBJECT_PARTICLES:
        after += 1
    if after >= limit:
        return False
    if words[index].lower.endswith("ed") and words[after].lower in DETERMINERS:
        return True  # "survived two storms", "visited several ports"
    return words[after].lower in _OBJECT_OPENERS


# Participles that stand after a document with a time: "a report published Wednesday",
# "the order released Friday", "a memo sent last week", "emails released on Monday".
# Past participles not in "-ed" that open a postmodifier before a preposition: "exit
# polls taken in the state", "a memo seen by the paper".
IRREGULAR_PARTICIPLES = frozenset(
    {"taken", "seen", "given", "written", "drawn", "held", "kept", "sent", "made", "shown"}
)

PUBLISHING_PARTICIPLES = frozenset(
    {
        "published",
        "released",
        "issued",
        "sent",
        "filed",
        "posted",
        "obtained",
        "made",
        "unveiled",
        "conducted",
        "taken",
        "completed",
        "prepared",
        "compiled",
        "commissioned",
        "drafted",
        "submitted",
        "circulated",
        "presented",
    }
)


def participle_with_time(words: Sequence[Token], position: int, limit: int) -> bool:
    if words[position].lower not in PUBLISHING_PARTICIPLES or position + 1 >= limit:
        return False
    after = position + 1
    if words[after].lower == "on" and after + 1 < limit:
        after += 1
    return is_time(words, after, limit)


def time_end(words: Sequence[Token], index: int, limit: int) -> int:
    """The end of the time from ``index``: "Wednesday", "on Monday", "last week"."""
    if words[index].lower == "on":
        index += 1
    if words[index].lower in TIME_DETERMINERS:
        return min(index + 2, limit)
    return index + 1


# Pronouns that may be a preposition's whole object: "a source close to him".
OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})


def infinitive_after(words: Sequence[Token], index: int, limit: int) -> bool:
    """Whether "to" before ``words[index]`` opens an infinitive: a lower-case word that
    opens no noun phrase ("to stay home", "to act"; not "to the board", "to voters")."""
    if index >= limit or not words[index].is_word or not words[index].text[:1].islower():
        return False
    word = words[index].lower
    if word in DETERMINERS or word in OBJECT_PRONOUNS or is_nominal(words[index]):
        return False  # "to the board", "close to him", "adviser to voters"
    return not word.endswith("s")


def is_time(words: Sequence[Token], index: int, limit: int) -> bool:
    word = words[index].lower
    if word in DAYS_AND_MONTHS:
        return True
    return word in TIME_DETERMINERS and index + 1 < limit and (words[index + 1].lower in TIME_NOUNS)
