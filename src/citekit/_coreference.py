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
_WORD = regex.compile(r"\S+")
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


def _person_names(doc: Document) -> tuple[list[int], list[Span]]:
    """The starts and spans of the names that may be people's, found once per document."""

    def compute() -> tuple[list[int], list[Span]]:
        names = [n for n in doc.names if _is_person_name(n.of(doc.text))]
        return [n.start for n in names], names

    return doc.memo("person-names", compute)


def _is_person_name(name: str) -> bool:
    words = name.split()
    lower = name.lower()
    if lower in _NOT_PEOPLE or words[0].lower() in {"the", "a", "an", "in", "on", "at", "but"}:
        return False
    return not any(
        w.lower().rstrip(".") in TITLE_WORDS and i == len(words) - 1 for i, w in enumerate(words)
    )


def _last_person_before(doc: Document, offset: int) -> Span | None:
    starts, names = _person_names(doc)
    end = bisect.bisect_left(starts, offset)
    return _strip_title(doc, names[end - 1]) if end else None


def _strip_title(doc: Document, name: Span) -> Span:
    words = list(_WORD.finditer(name.of(doc.text)))
    index = 0
    while index < len(words) - 2 and words[index].group().lower().rstrip(".") in TITLE_WORDS:
        index += 1
    return Span(name.start + words[index].start(), name.end)


def _full_names(doc: Document) -> dict[str, tuple[list[int], list[str]]]:
    """For each last word, the starts and full names (titles stripped) ending in it."""

    def compute() -> dict[str, tuple[list[int], list[str]]]:
        by_surname: dict[str, tuple[list[int], list[str]]] = {}
        for name in _person_names(doc)[1]:
            full = _strip_title(doc, name).of(doc.text)
            starts, fulls = by_surname.setdefault(full.split()[-1], ([], []))
            starts.append(name.start)
            fulls.append(full)
        return by_surname

    return doc.memo("full-names", compute)


def _full_name(doc: Document, surname: str, offset: int) -> str | None:
    """The last full name before ``offset`` that ends in ``surname``."""
    starts, fulls = _full_names(doc).get(surname, ([], []))
    for index in reversed(range(bisect.bisect_left(starts, offset))):
        if fulls[index] != surname:
            return fulls[index]
    return None


def _outlets(doc: Document) -> tuple[list[int], list[str]]:
    """The ends and names of every outlet named in the text, found once per document."""

    def compute() -> tuple[list[int], list[str]]:
        matches = list(_OUTLET_PATTERN.finditer(doc.text))
        return [m.end() for m in matches], [m.group() for m in matches]

    return doc.memo("outlets", compute)


def _last_outlet_before(doc: Document, offset: int) -> str | None:
    ends, names = _outlets(doc)
    index = bisect.bisect_right(ends, offset)
    return names[index - 1] if index else None


def mention_span(doc: Document, name: str, before: int) -> Span | None:
    """The last occurrence of ``name`` before ``before``, if any."""
    index = doc.text.rfind(name, 0, before)
    return Span(index, index + len(name)) if index >= 0 else None
