"""The participle of a passive (or a noun of speech) whose agent follows "by", over the
words between them.

"as reported by the BBC", "was asked by a moderator": the participle right before
"by" (``BY_CUES``). "were described to him by a Post reporter", "was first reported
last week by The Post's Greg Sargent", "had been asked to preserve them by the
committee", "has been called “strategic ambiguity” by a professor": a few words, or
a quotation, between the participle and "by"; the participle is a passive's, after a
form of "be" (and an adverb), or after "as" ("as described by").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import BE_FORMS, RELATIVES, VERB_PARTICLES, VERB_PREFIXES
from .._lexicon.speech_verbs import BY_CUES, PASSIVE_BY_CUES
from .tokens import Token

# The most tokens between a passive's participle and its "by".
_MAX_GAP = 6

# Participles not in "-ed" that have their own agent: "a luncheon held by the paper".
_IRREGULAR_PARTICIPLES = frozenset(
    {"held", "made", "given", "taken", "seen", "written", "run", "led", "sent", "built", "hosted"}
)

# Nouns of what someone said, whose speaker follows "by": "claims by intelligence
# agencies", "criticisms of her actions by the director".
_SPEECH_NOUNS = frozenset(
    {"claims", "estimates", "accusations", "allegations", "criticism", "criticisms"}
)

# Particles after the participle that make it no speech: "is called on it by the media".
_PARTICLES = VERB_PARTICLES | {"on"}

# Words that open a clause of their own between the participle and "by": the "by"
# is that clause's ("was told that the pier was closed by the storm").
_CLAUSE_WORDS = RELATIVES | frozenset({"and", "but", "or", "because", "if", "when", "after", "not"})


def passive_participle(words: Sequence[Token], by: int) -> int | None:
    """The index of the participle whose agent the "by" at ``by`` introduces, or None."""
    if by > 0 and words[by - 1].lower in _SPEECH_NOUNS and words[by - 1].text[:1].islower():
        return by - 1  # "claims by intelligence agencies", "estimates by the government"
    if by > 0 and words[by - 1].lower in BY_CUES:
        before = by - 1
        if words[before].lower not in PASSIVE_BY_CUES or _passive(words, before):
            return before
        return None
    for index in range(by - 1, max(-1, by - 2 - _MAX_GAP), -1):
        word = words[index]
        if word.kind != "quote" and not word.is_word:
            return None  # a comma or a full stop between them
        if word.lower in _CLAUSE_WORDS or _participle(word.lower):
            return None  # "was asked during a luncheon held by …": the other's agent
        if word.lower in _SPEECH_NOUNS and word.text[:1].islower():
            return index  # "criticisms of her actions by the director"
        if word.lower in BY_CUES and word.text[:1].islower():
            if words[index + 1].lower in _PARTICLES:
                return None  # "is called on it by the media": no words reported
            return index if _passive(words, index) else None
    return None


def _participle(lower: str) -> bool:
    """A participle of another verb between the cue and "by": "held", "organised"."""
    return lower in _IRREGULAR_PARTICIPLES or (lower.endswith("ed") and lower not in BY_CUES)


def _passive(words: Sequence[Token], index: int) -> bool:
    """ "were described", "has been widely condemned", "after being warned", "as described"."""
    position = index - 1
    while position >= 0 and words[position].is_word and _adverb(words[position].lower):
        position -= 1  # "was repeatedly criticized", "was first reported"
    if position < 0:
        return False
    before = words[position].lower
    return before in BE_FORMS or before == "as"


def _adverb(lower: str) -> bool:
    return (lower.endswith("ly") and len(lower) > 4) or (
        lower in VERB_PREFIXES and lower not in BE_FORMS
    )
