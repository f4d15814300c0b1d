"""Resolve a speaker mention to the fullest earlier mention of the same entity.

"he said" takes the most recent person named before it; "Woog said" takes
the last full name ending in "Woog"; "the publication shares" takes the last
outlet named. Only earlier text is read, as a reader reads it.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ._attribution import Attribution, outlet_names
from ._lexicon import ORGANIZATION_NAMES, TITLE_WORDS
from ._records import Span
from ._segment import Document

_OUTLET_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(n) for n in sorted(outlet_names(), key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
_NOT_PEOPLE = frozenset(
    name.lower() for name in (*ORGANIZATION_NAMES, *outlet_names())
) | frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def resolve(attribution: Attribution, doc: Document) -> Attribution:
    """The same attribution named as fully as the text before it allows."""
    if attribution.pronoun is not None:
        name = _last_person_before(doc, attribution.span.start)
        if name is None:
            return attribution
        return attrs.evolve(attribution, name=name.of(doc.text), kind="person")
    if attribution.anaphor:
        outlet = _last_outlet_before(doc, attribution.span.start)
        if outlet is None:
            return attribution
        return attrs.evolve(attribution, name=outlet)
    if attribution.kind == "person" and " " not in attribution.name:
        full = _full_name(doc, attribution.name, attribution.span.start)
        if full is not None:
            return attrs.evolve(attribution, name=full)
    return attribution


def _person_names_before(doc: Document, offset: int) -> list[Span]:
    end = bisect.bisect_left([n.start for n in doc.names], offset)
    return [n for n in doc.names[:end] if _is_person_name(n.of(doc.text))]


def _is_person_name(name: str) -> bool:
    words = name.split()
    lower = name.lower()
    if lower in _NOT_PEOPLE or words[0].lower() in {"the", "a", "an", "in", "on", "at", "but"}:
        return False
    return not any(
        w.lower().rstrip(".") in TITLE_WORDS and i == len(words) - 1 for i, w in enumerate(words)
    )


def _last_person_before(doc: Document, offset: int) -> Span | None:
    names = _person_names_before(doc, offset)
    return _strip_title(doc, names[-1]) if names else None


def _strip_title(doc: Document, name: Span) -> Span:
    words = list(regex.finditer(r"\S+", name.of(doc.text)))
    index = 0
    while index < len(words) - 2 and words[index].group().lower().rstrip(".") in TITLE_WORDS:
        index += 1
    return Span(name.start + words[index].start(), name.end)


def _full_name(doc: Document, surname: str, offset: int) -> str | None:
    for name in reversed(_person_names_before(doc, offset)):
        full = _strip_title(doc, name).of(doc.text)
        if full != surname and full.split()[-1] == surname:
            return full
    return None


def _last_outlet_before(doc: Document, offset: int) -> str | None:
    last = None
    for match in _OUTLET_PATTERN.finditer(doc.text, 0, offset):
        last = match.group()
    return last


def mention_span(doc: Document, name: str, before: int) -> Span | None:
    """The last occurrence of ``name`` before ``before``, if any."""
    index = doc.text.rfind(name, 0, before)
    return Span(index, index + len(name)) if index >= 0 else None
