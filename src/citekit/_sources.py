"""Attributed sources: every entity the article attributes information to.

Sources come from two places: the speakers of the quotations (found by the
quotes detector, which runs first) and the attribution clauses of the
article's own sentences ("The Washington Post states", "according to
Reuters"). Mentions of one entity (a surname after the full name, "the
publication" after the outlet) are folded into one source.
"""

from __future__ import annotations

import bisect
import itertools

import attrs

from ._attribution import sentence_attributions
from ._coreference import resolve
from ._records import Article, Source, SourceKind, Span
from ._segment import Document


@attrs.define
class _Gathered:
    """A source being built: mutable while the detector runs, frozen on output."""

    name: str
    kind: SourceKind
    mentions: list[Span]
    cues: list[str]
    title: str | None = None
    reason: str | None = None


def find_sources(doc: Document, article: Article) -> tuple[Source, ...]:
    """One source per entity, ordered by its first mention."""
    gathered: dict[str, _Gathered] = {}
    # Quotations and posts, by start, with the running furthest end: a mention
    # is inside one when one starting at or before it ends after it.
    excluded = sorted([q.span for q in article.quotes] + [p.span for p in article.posts])
    excluded_starts = [s.start for s in excluded]
    excluded_ends = list(itertools.accumulate((s.end for s in excluded), max))
    for quote in article.quotes:
        speaker = quote.speaker
        if speaker is not None:
            _add(gathered, speaker.name, speaker.kind, speaker.span, speaker.cue, speaker.title)
    for index in range(len(doc.sentences)):
        for attribution in sentence_attributions(doc, index):
            inside = bisect.bisect_right(excluded_starts, attribution.span.start) - 1
            if inside >= 0 and excluded_ends[inside] > attribution.span.start:
                continue
            if attribution.pronoun is not None:
                continue  # "he said" names no one new; its quote's speaker is resolved
            resolved = resolve(attribution, doc)
            _add(
                gathered,
                resolved.name,
                resolved.kind,
                attribution.span,
                attribution.cue,
                resolved.title,
            )
    sources = [
        Source(
            name=g.name,
            kind=g.kind,
            span=min(g.mentions),
            mentions=sorted(set(g.mentions)),
            cues=tuple(dict.fromkeys(c for c in g.cues if c)),
            title=g.title,
            reason=g.reason,
            rule="attribution",
        )
        for g in gathered.values()
    ]
    return tuple(sorted(sources, key=lambda s: s.span))


def _key(name: str) -> str:
    return name.lower().removeprefix("the ").strip()


def _add(
    gathered: dict[str, _Gathered],
    name: str,
    kind: SourceKind,
    span: Span,
    cue: str | None,
    title: str | None,
) -> None:
    key = _key(name)
    entry = gathered.get(key)
    if entry is None:
        gathered[key] = _Gathered(name, kind, [span], [cue or ""], title)
        return
    entry.mentions.append(span)
    entry.cues.append(cue or "")
    if entry.title is None:
        entry.title = title
