"""The records citekit returns: frozen, slotted attrs classes with exact spans.

Every record carries the ``span`` of its own source text, so that
``article.text[record.span.start:record.span.end]`` is what it was read from.
Sequences are tuples and nothing is mutable, so records can be shared, hashed
and cached freely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

import attrs

__all__ = [
    "Article",
    "Entity",
    "EntityKind",
    "Hedge",
    "ImageCredit",
    "Platform",
    "Post",
    "Quote",
    "QuoteType",
    "Source",
    "SourceKind",
    "Span",
    "Speaker",
    "SpeakerRule",
]

Platform = Literal[
    "twitter",
    "instagram",
    "facebook",
    "youtube",
    "vimeo",
    "tiktok",
    "bluesky",
    "mastodon",
    "threads",
    "reddit",
]
EntityKind = Literal["mention", "hashtag", "cashtag", "url"]
SourceKind = Literal["person", "anonymous", "group", "organization", "outlet", "document"]
QuoteType = Literal["direct", "partial", "block"]
#: Why a quotation's speaker was chosen: where the clause or name that names it stands
#: (docs/quotes-and-sources.md gives the order in which they are tried).
SpeakerRule = Literal[
    "transcript-label",
    "clause-after",
    "signature",
    "next-sentence",
    "clause-before",
    "clause-later",
    "paragraph-speaker",
    "previous-paragraph",
    "continued-quotation",
    "sentence-subject",
    "headline",
    "clause-final",
    "introduced",
    "quoted-below",
    "answer",
    "lead-in",
]


@attrs.frozen(order=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text.

    Spans order as ``(start, end)`` pairs. The comparisons are written out
    rather than generated: articles sort thousands of spans, and attrs'
    generated ordering builds two tuples for every comparison.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise ValueError(f"start must be >= 0, got {self.start}")
            if self.end < 0:
                raise ValueError(f"end must be >= 0, got {self.end}")
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The piece of ``text`` that this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """The same span moved by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


def _tuple_of_str(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _tuple_of_spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _tuple_of_entities(values: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(values)


@attrs.frozen
class Entity:
    """A mention, hashtag, cashtag or URL in a post's text, as twitter-text defines them.

    ``text`` is the entity without its sigil (``"Omojuwa"`` for ``@Omojuwa``),
    or the URL as written; ``span`` points into the article's text.
    """

    kind: EntityKind
    text: str
    span: Span


@attrs.frozen
class Post:
    """A social-media post embedded in the article: its words and its signature.

    ``date`` is a ``datetime.date``, or a ``datetime.datetime`` when the
    signature gives a time; ``None`` when the embed gives no full date (a date
    without a year is kept in ``date_text`` but never completed by guessing).
    ``text`` is the post's own words and ``text_span`` where they stand;
    ``span`` runs from the first word to the end of the signature.
    """

    platform: Platform
    span: Span
    handle: str | None = None
    author: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    text: str | None = None
    text_span: Span | None = None
    links: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    media: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    url: str | None = None
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_tuple_of_entities)
    rule: str = ""


@attrs.frozen
class ImageCredit:
    """Who made an image (``creators``) and who supplied it (``agencies``).

    Agencies carry canonical names ("AP", "Getty Images", "Reuters"); the
    surface text stays in the article at ``span``, which covers the credit
    with its label and brackets, but not the caption before it.
    """

    span: Span
    creators: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    label: str | None = None
    screenshot: bool = False
    rule: str = ""


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to, as the article names them.

    ``name`` is the fullest name the article gives for the speaker (a pronoun
    or a bare surname is resolved to it); ``span`` is the mention that
    attributes this quotation; ``cue`` the verb or phrase that does
    ("said", "told reporters", "according to"). ``rule`` says why this
    speaker was chosen: "clause-after" for "“…,” Ferreira said",
    "clause-before" for "Cruz said: “…”", "paragraph-speaker" for the speaker
    of an earlier quotation in the paragraph, and so on (``SpeakerRule``); so
    a wrong speaker shows which rule to look at.
    """

    name: str
    kind: SourceKind
    span: Span
    title: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    rule: SpeakerRule | None = None


@attrs.frozen
class Quote:
    """A direct quotation: the quoted words, without their quotation marks.

    ``type`` is "direct" for a quoted statement, "partial" for a short
    fragment quoted inside the article's own sentence (called it a "lie"),
    and "block" for a quotation paragraph whose marks the scrape lost.
    """

    span: Span
    text: str
    speaker: Speaker | None = None
    type: QuoteType = "direct"
    rule: str = ""


def _tuple_of_ints(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(values)


@attrs.frozen
class Source:
    """An entity the article attributes information to, with every mention of it.

    ``span`` is the first mention; ``mentions`` all of them in text order;
    ``cues`` the attributing words ("said", "according to", "told reporters").
    ``quotes`` links a source to its quotations: the indices, into
    ``Article.quotes``, of the quotations whose speaker it is (their
    ``Speaker.name`` is this source's ``name``). ``reason`` is, for an
    anonymous source, why the article does not name it ("spoke on condition of
    anonymity").
    """

    name: str
    kind: SourceKind
    span: Span
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)
    cues: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    title: str | None = None
    affiliation: str | None = None
    reason: str | None = None
    quotes: tuple[int, ...] = attrs.field(default=(), converter=_tuple_of_ints)
    rule: str = ""


@attrs.frozen
class Hedge:
    """A claim the article makes without a source, hedged instead ("reportedly").

    ``span`` and ``cue`` are the hedging words ("reportedly", "it is believed",
    "is said to"); ``sentence`` is the span of the sentence that holds the
    hedged claim, so that a reader sees what is claimed without a source.
    """

    span: Span
    cue: str
    sentence: Span
    rule: str = ""


@attrs.frozen
class Article:
    """What citekit found in one article; every span indexes into ``text``."""

    text: str
    posts: tuple[Post, ...] = attrs.field(default=(), converter=tuple)
    image_credits: tuple[ImageCredit, ...] = attrs.field(default=(), converter=tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=tuple)
    #: Hedged claims without a source ("reportedly", "allegedly"), in text order.
    hedges: tuple[Hedge, ...] = attrs.field(default=(), converter=tuple)
    #: The code of the language the article was read in: "en", "de", "fr", "it", "es".
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: ISO dates, spans as ``{"start", "end"}``, lists for tuples."""
        return {
            "text": self.text,
            "posts": [_plain(p) for p in self.posts],
            "image_credits": [_plain(c) for c in self.image_credits],
            "quotes": [_plain(q) for q in self.quotes],
            "sources": [_plain(s) for s in self.sources],
            "hedges": [_plain(h) for h in self.hedges],
            "language": self.language,
        }


def _plain(value: Any) -> Any:
    """Turn a record tree into dicts, lists, strings and numbers."""
    if isinstance(value, Span):
        return value.to_dict()
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value
