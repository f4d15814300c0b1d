"""Attributed sources: every entity the article attributes information to.

Sources come from the reading (``_reading``, run once by the pipeline): every clause
that attributes words or information to someone ("The Washington Post
states", "according to Reuters", "people familiar with the talks say",
"told CNN") names a source, and every quotation's speaker is one. Mentions
of one entity (a surname after the full name, "the publication" after the
outlet, "the official" after "an official") are folded into one source,
which lists every mention, every cue, and the quotations it is the speaker
of (``Source.quotes``, indices into ``Article.quotes``).

An entity only mentioned, or only the subject of a sentence that attributes
nothing to it, is no source; nor is the outlet a speaker talked to ("told CNN",
"said in an interview with the BBC": the speaker is the source, the outlet only
carries the words), nor a clause inside an embedded post; nor a quantity that
stands alone for people the article does not name ("Others say", "“…,” some
shouted"), though a quotation keeps it as its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from ._lexicon.function_words import PLURAL_PRONOUNS
from ._lexicon.given_names import GIVEN_NAMES
from ._reading import Reading
from ._reading.profiles import Profile
from ._reading.resolution import Entity, Mention
from ._records import Article, Source, Span, Speaker
from ._text.segment import Document

# A quantity standing alone for people the sentence does not name: "Others say",
# "Some have suggested", "Both have promised". "they" is resolved to its group.
_QUANTITY_PRONOUNS = PLURAL_PRONOUNS - {"they"}


@attrs.define
class _Gathered:
    """A source being built: mutable while the detector runs, frozen on output."""

    entity: Entity
    mentions: list[Span] = attrs.field(factory=list)
    cues: list[str] = attrs.field(factory=list)
    quotes: list[int] = attrs.field(factory=list)


def find_sources(doc: Document, reading: Reading, article: Article) -> tuple[Source, ...]:
    """One source per entity, ordered by its first mention."""
    posts = _merged(p.span for p in article.posts)
    post_starts = [p.start for p in posts]
    gathered: dict[str, _Gathered] = {}
    for unit in reading.units:
        mentions = unit.mentions
        if unit.headline is not None and _heads_article(doc, unit.headline):
            mentions = (unit.headline, *mentions)  # "NY Post: Megyn Kelly Is …"
        for mention in mentions:
            if mention.attribution.role == "signature":
                continue  # a source only as the speaker of the quotation it signs
            if mention.attribution.role == "hearer":
                continue  # "told CNN": the speaker is the source, the outlet its medium
            if mention.entity.name.lower() in _QUANTITY_PRONOUNS:
                continue  # "Others say", "Some have suggested": no one the article names
            span = mention.span
            inside = bisect.bisect_right(post_starts, span.start) - 1
            if inside >= 0 and span.start < posts[inside].end:
                continue  # a clause inside an embedded post
            entry = gathered.get(mention.entity.name)
            if entry is None:
                entry = gathered[mention.entity.name] = _Gathered(mention.entity)
            entry.mentions.append(span)
            entry.cues.append(mention.attribution.cue)
    for index, quote in enumerate(article.quotes):
        speaker = quote.speaker
        if speaker is None or speaker.name.lower() in _QUANTITY_PRONOUNS:
            continue  # "“…,” others shouted": the quotation keeps its speaker, who is no entity
        if speaker.name not in gathered:
            gathered[speaker.name] = _Gathered(_speaker_entity(speaker))
        entry = gathered[speaker.name]
        entry.mentions.append(speaker.span)
        if speaker.cue:
            entry.cues.append(speaker.cue)
        entry.quotes.append(index)
    sources = [_source(entry) for entry in gathered.values()]
    return tuple(sorted(sources, key=lambda s: (s.span.start, s.span.end, s.name)))


def _heads_article(doc: Document, headline: Mention) -> bool:
    """Whether a headline's "Name: …" is the article's own headline: its first line,
    before a blank line, naming a person, an outlet or an organisation by name."""
    span = headline.span
    text = doc.text
    if text[: span.start].strip():
        return False  # the article's first line only
    line_end = text.find("\n", span.end)
    if line_end < 0 or text[line_end : line_end + 2] != "\n\n":
        return False  # "NEW DELHI: Their dream …" runs on: a dateline
    speaker = headline.attribution.speaker
    if speaker.anaphor is not None or speaker.profile.place or len(text[:line_end].split()) > 25:
        return False
    if speaker.profile.kind == "outlet":
        return speaker.span.end == headline.attribution.cue_span.start  # "AP:", not "AP-GfK Poll:"
    first = speaker.name.split()[0].lower()
    return (
        speaker.profile.kind == "person"
        and 1 < len(speaker.name.split()) < 4
        and first in GIVEN_NAMES
    )


def _merged(spans: Iterable[Span]) -> list[Span]:
    """The stretches ``spans`` cover, apart and in order, for a bisection per offset.

    Testing every post for every mention cost the posts times the mentions:
    a page of thousands of embedded posts, each with a clause, made it quadratic.
    """
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged


def _speaker_entity(speaker: Speaker) -> Entity:
    profile = Profile(speaker.kind, "", title=speaker.title, affiliation=speaker.affiliation)
    return Entity(key=speaker.name.lower(), name=speaker.name, profile=profile)


def _source(entry: _Gathered) -> Source:
    profile = entry.entity.profile
    mentions = sorted(set(entry.mentions))
    return Source(
        name=entry.entity.name,
        kind=profile.kind,
        span=mentions[0],
        mentions=mentions,
        cues=tuple(dict.fromkeys(c for c in entry.cues if c)),
        title=profile.title,
        affiliation=profile.affiliation,
        reason=profile.reason if profile.kind == "anonymous" else None,
        quotes=sorted(set(entry.quotes)),
        rule="attribution",
    )
