"""The object of "according to" that no word list describes, read by its shape.

Whatever "according to" governs is the source of what it qualifies: "according
to early returns", "according to one global index", "according to state law",
"according to someone in attendance", "according to Harbourwatch.org". The
noun phrase reader (``phrases``) knows a head by the word lists, and most of
these heads are in none; so when it finds no phrase, ``clauses`` takes the run
of words after "according to" up to the next mark, clause word or agent
("… conducted by"), and this module names its kind from its head's shape.
``object_phrase`` finds the phrase itself ("according to", "the words of")
around its key word.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.anonymity import ANONYMOUS_PLURALS
from .._lexicon.documents import DOCUMENT_NAME_ENDINGS
from .._lexicon.function_words import (
    CONJUNCTIONS,
    DETERMINERS,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
)
from .._lexicon.organisations import ORGANIZATION_NAMES
from .._lexicon.outlets import MEDIA_NOUNS, OUTLET_ANAPHORS
from .._lexicon.speech_verbs import OBJECT_PHRASES, SPEECH_VERBS
from .._records import SourceKind, Span
from .._text.patterns import lazy_pattern
from .phrases import Phrase
from .profiles import Description, Profile
from .tokens import Token
from .word_kinds import is_plural_person

# The most words of the object: "interviews with a dozen harbour officials".
_MAX_WORDS = 10

# The prepositions that may run on inside the object ("early results of the exit
# poll", "interviews with aides", "someone in attendance"); any other ends it
# ("according to a poll for the Times": the poll).
_INNER_PREPOSITIONS = frozenset({"of", "with", "from", "in", "on"})

# Words an object does not end with: "according to a poll for the" is cut back.
_TRAILING_WORDS = PREPOSITIONS | DETERMINERS | CONJUNCTIONS

# Heads of an unnamed person: "according to someone in attendance".
_SOMEONE = frozenset({"someone", "somebody", "anyone"}) | ANONYMOUS_PLURALS

# A web address standing for its site: "Harbourwatch.org", "ferrynews.co.uk".
_DOMAIN = lazy_pattern(r"\w\.(?:com|org|net|gov|edu|co\.uk|tv|io)\b")


# Each phrase of ``OBJECT_PHRASES`` by its key word: the key's place in it, its
# words, and the cue it gives ("according to").
_OBJECT_PHRASES = {
    key: (phrase.index(key), phrase, " ".join(phrase)) for key, phrase in OBJECT_PHRASES.items()
}


def according_to_object(
    text: str, words: Sequence[Token], index: int
) -> tuple[Phrase, Description] | None:
    """The object of "according to" from ``words[index]``, described by its shape;
    None for a pronoun or a clause ("according to him", "according to what she said")
    and for a bare singular noun ("according to plan")."""
    first = words[index] if index < len(words) else None
    if first is None or not first.is_word or first.lower in PREPOSITIONS:
        return None
    if first.lower in NOT_SPEAKERS and first.lower != "one":
        return None  # "according to him", "according to what …"; but "one global index"
    end = index
    limit = min(len(words), index + _MAX_WORDS)
    while end < limit and words[end].is_word and not _ends_object(words, end, index):
        end += 1
    while end > index and words[end - 1].lower in _TRAILING_WORDS:
        end -= 1
    if end == index:
        return None
    head = _head(words, index, end)
    lone = end - index == 1
    if lone and head.text[:1].islower() and not head.lower.endswith("s"):
        return None  # "according to plan", "according to schedule"
    span = Span(words[index].start, words[end - 1].end)
    written = span.of(text)
    profile = Profile(_kind(written, head), head.lower, plural=head.lower.endswith("s"))
    return Phrase(index, words.index(head, index, end), end), Description(written, span, profile)


def _ends_object(words: Sequence[Token], position: int, first: int) -> bool:
    """Whether the object that starts at ``first`` ends before ``words[position]``."""
    word = words[position]
    lower = word.lower
    if position == first:
        return False
    if lower in STOP_WORDS or lower in RELATIVES or lower in PERSON_PRONOUNS:
        return True  # "according to aides who …", "according to an account she gave"
    if lower in PREPOSITIONS and lower not in _INNER_PREPOSITIONS:
        return True
    if lower in SPEECH_VERBS and word.text[:1].islower():
        return True
    # "early results of the exit poll conducted by …"; not "a newly uncovered email"
    return (
        lower.endswith("ed")
        and not words[position - 1].lower.endswith("ly")
        and words[position - 1].lower not in DETERMINERS
    )


def _head(words: Sequence[Token], start: int, end: int) -> Token:
    """The head: the last word before an inner preposition ("interviews with …")."""
    for position in range(start + 1, end):
        if words[position].lower in _INNER_PREPOSITIONS:
            return words[position - 1]
    return words[end - 1]


# Listed bodies named like a document: "the U.S. Geological Survey".
_SURVEY_BODIES = tuple(
    name.lower() for name in ORGANIZATION_NAMES if name.split()[-1] in DOCUMENT_NAME_ENDINGS
)


def _kind(written: str, head: Token) -> SourceKind:
    lower = head.lower
    if (
        _DOMAIN.search(written)
        or lower in MEDIA_NOUNS
        or lower.removesuffix("s") in OUTLET_ANAPHORS
    ):
        return "outlet"  # "according to Harbourwatch.org", "three television networks"
    if lower in _SOMEONE:
        return "anonymous"  # "according to someone in attendance", "buying sources"
    if is_plural_person(lower):
        return "group"  # "according to harbour officials", had they been unlisted
    if head.text in DOCUMENT_NAME_ENDINGS and not written.lower().endswith(_SURVEY_BODIES):
        return "document"  # "according to the most recent National Sleep Survey"
    if head.text[:1].isupper():
        return "organization"  # "according to Harbour Watch"
    return "document"  # "according to early returns", "according to state law"


def object_phrase(words: Sequence[Token], index: int) -> tuple[int, int, str] | None:
    """ "according to", "the words of" around its key word at ``index``: where it starts,
    where its object starts, and the cue; or None when the words around are others."""
    at, phrase, cue = _OBJECT_PHRASES[words[index].lower]
    first = index - at
    after = first + len(phrase)
    if first < 0 or after > len(words):
        return None
    for offset, word in enumerate(phrase):
        if words[first + offset].lower != word:
            return None
    return first, after, cue
