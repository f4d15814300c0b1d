"""Anonymity: the reason an unnamed source is not named, given in its phrase or after it.

"two people familiar with the matter", "an official, who spoke on condition
of anonymity because they were not authorized to discuss it": ``descriptions``
and ``unlisted`` give an anonymous source the reason found here.
"""

from __future__ import annotations

import regex

from .._lexicon.anonymity import ANONYMITY_LEADS, ANONYMITY_MARKERS, REASON_OPENERS
from .._records import Span
from .._text.patterns import lazy_pattern, trie

# "who spoke on condition of anonymity because they were not authorized to …",
# "familiar with", "unnamed": the marker, the verb before it, the reason after.
_ANONYMITY = lazy_pattern(
    r"(?:(?:"
    + "|".join(ANONYMITY_LEADS)
    + r")\s+)?"
    + trie(ANONYMITY_MARKERS)
    + r"(?:(?<=\s)[^.;,:“”\"]{1,60}+)?"  # "asked that her " + "name not be used"
    + r"(?:\s+(?:"
    + "|".join(REASON_OPENERS)
    + r")\s+[^.;,]{1,80}+)?",
    regex.IGNORECASE,
)

_ANONYMITY_MARKERS_LOWER = tuple(marker.lower() for marker in ANONYMITY_MARKERS)


def anonymity_reason(text: str, span: Span) -> str | None:
    """The reason a source is not named, given in its phrase or right after it.

    "two people familiar with the matter", "an official, who spoke on
    condition of anonymity because …": the marker must start inside the
    phrase or within a few words after it, in the same clause.
    """
    window_end = min(len(text), span.end + 160)
    window = text[span.start : window_end].lower()
    if not any(marker in window for marker in _ANONYMITY_MARKERS_LOWER):
        return None  # the marker is the pattern's one required part: no need to search
    match = _ANONYMITY.search(text, span.start, window_end)
    if match is None or match.start() > span.end + 40:
        return None
    if any(mark in text[span.end : match.start()] for mark in ".;:!?"):
        return None
    return match.group().strip(" ,")
