"""The words that hedge a claim without naming a source: "reportedly", "it is believed"."""

from __future__ import annotations

# Words that hedge a claim without naming a source: "reportedly", "it is
# believed". Matched case-insensitively on whole words, longest first.
HEDGES: tuple[str, ...] = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "ostensibly",
    "it is believed",
    "it is understood",
    "it is said",
    "it is thought",
    "it is alleged",
    "it was reported",
    "it has been reported",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "is thought to",
    "are thought to",
    "is understood to",
    "is alleged to",
    "are alleged to",
    "rumored",
    "rumoured",
)
