"""Clauses about a hypothetical speaker, which attribute nothing.

"If the person reports a fault, the crew fixes it.", "Unless a resident
complains, …", "Whether the board agreed is unclear", "When anyone reports a
leak, …": a cue verb in a clause opened by a conditional conjunction (or by
"when" with an indefinite pronoun: "when anyone says") says what would follow
if someone spoke, not that anyone did. ``clauses`` drops such a clause's
subject; "When Ruiz said that, the crowd cheered" is a time's clause, and
attributes.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import (
    CONDITIONAL_CONJUNCTIONS,
    INDEFINITE_PRONOUNS,
    TIME_CONJUNCTIONS,
)
from .tokens import Token


def hypothetical(words: Sequence[Token], subject_start: int) -> bool:
    """Whether the subject starting at ``subject_start`` opens a conditional clause."""
    opener = subject_start - 1
    if opener < 0 or not words[opener].is_word:
        return False
    lower = words[opener].lower
    if lower in CONDITIONAL_CONJUNCTIONS:
        return True
    return lower in TIME_CONJUNCTIONS and words[subject_start].lower in INDEFINITE_PRONOUNS
