"""Direct quotations and their speakers.

Quotation marks are paired within a paragraph, trusting curly marks for
their direction and reading straight ones from the characters around them,
so that apostrophes (don’t, the ’90s) are never mistaken for marks and one
unbalanced mark costs at most its own quotation. A quotation paragraph that
opens with a mark and never closes it continues into the next paragraph
that opens with one: one record per paragraph, one speaker for all.

The speaker comes from, in this order: an attribution clause next to the
quotation in its sentence ("…,” said Sen. Ted Cruz), the same speaker as
the quotation before it in the paragraph ("“…,” he said. “…”"), and, for a
quotation that fills its paragraph, the last attribution of the lead-in
paragraph before it ("spokesman Carl Woog, shares …" then the quotation).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

import attrs
import regex

from ._attribution import Attribution, sentence_attributions
from ._coreference import resolve
from ._records import Article, Post, Quote, QuoteType, Span, Speaker
from ._segment import Document

_OPENING_DOUBLE = "“„«‟"
_CLOSING_DOUBLE = "”»"
_OPENING_SINGLE = "‘‚‹"
_CLOSING_SINGLE = "’›"
_STRAIGHT = "\"'"
_MARK = regex.compile(r"[\"“”„‟«»'‘’‚‹›]")

# A quotation of this many words or more is a statement, not a term.
_MIN_STATEMENT_WORDS = 4
_WORD = regex.compile(r"[\p{L}\p{N}]+")


@attrs.frozen
class _Mark:
    char: str
    offset: int
    opens: bool
    closes: bool
    double: bool


@attrs.frozen
class _Quoted:
    inner: Span
    paragraph: int
    open_paragraph: bool = False  # opened and never closed in its paragraph


def find_quotes(doc: Document, article: Article) -> tuple[Quote, ...]:
    """Every direct quotation in the document, with its speaker, in text order."""
    text = doc.text
    inside_post = _PostCover(article.posts)
    quoted = (q for q in _quotations(doc) if not inside_post(q.inner))
    quotes: list[Quote] = []
    people: list[Attribution] = []
    previous: Quote | None = None
    for item in quoted:
        words = len(_WORD.findall(item.inner.of(text)))
        sentence = doc.sentence_at(item.inner.start)
        speaker = _speaker_in_sentence(doc, item.inner, people)
        fills_paragraph = _fills_paragraph(doc, item)
        if speaker is None and previous is not None and previous.speaker is not None:
            same_paragraph = doc.paragraph_index(previous.span.start) == item.paragraph
            continued = item.paragraph - doc.paragraph_index(previous.span.start) == 1 and (
                _continues(doc, previous)
            )
            if (same_paragraph and words >= _MIN_STATEMENT_WORDS) or continued:
                speaker = previous.speaker
        if speaker is None and fills_paragraph and item.paragraph > 0:
            speaker = _speaker_of_lead_in(doc, item.paragraph - 1, people)
        kind: QuoteType = "direct"
        if speaker is None:
            if words < _MIN_STATEMENT_WORDS or _is_title(item.inner.of(text)):
                continue  # a scare quote, a term or a title: not a quotation
            if not fills_paragraph and sentence is not None and words < 8:
                kind = "partial"
        elif words < _MIN_STATEMENT_WORDS and not fills_paragraph:
            kind = "partial"
        quote = Quote(
            span=item.inner,
            text=item.inner.of(text),
            speaker=speaker,
            type=kind,
            rule="quote-marks",
        )
        quotes.append(quote)
        previous = quote
    return tuple(quotes)


class _PostCover:
    """Whether a span lies inside one of the posts, by bisection over their starts.

    ``_ends[i]`` is the furthest end of the first ``i + 1`` posts (by
    start): a span is inside a post when a post starting at or before it
    reaches its end.
    """

    def __init__(self, posts: tuple[Post, ...]) -> None:
        spans = sorted(p.span for p in posts)
        self._starts = [span.start for span in spans]
        self._ends = list(itertools.accumulate((span.end for span in spans), max))

    def __call__(self, span: Span) -> bool:
        index = bisect.bisect_right(self._starts, span.start) - 1
        return index >= 0 and self._ends[index] >= span.end


def _is_title(inner: str) -> bool:
    """ "The Art of the Deal": every word capitalised and no sentence inside."""
    words = inner.split()
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by"}
    return len(words) <= 8 and all(w[0].isupper() or w in small for w in words if w[0].isalpha())


# A quotation that fills its paragraph has at most a mark (and blanks) before
# it and a mark and a full stop after it: beyond this many characters from
# either end of the paragraph it does not fill it, and nothing is read.
_FILL_SLACK = 32


def _fills_paragraph(doc: Document, item: _Quoted) -> bool:
    paragraph = doc.paragraphs[item.paragraph]
    if (
        item.inner.start - paragraph.start > _FILL_SLACK
        or paragraph.end - item.inner.end > _FILL_SLACK
    ):
        return False
    before = doc.text[paragraph.start : item.inner.start].strip()
    after = doc.text[item.inner.end : paragraph.end].strip()
    return len(before) <= 1 and len(after) <= 2


def _continues(doc: Document, previous: Quote) -> bool:
    """Whether ``previous`` ran to the end of its paragraph without a closing mark."""
    paragraph = doc.paragraphs[doc.paragraph_index(previous.span.start)]
    return previous.span.end == paragraph.end


# ------------------------------------------------------------------ speakers


def _speaker_in_sentence(doc: Document, inner: Span, people: list[Attribution]) -> Speaker | None:
    """An attribution just before or just after the quotation, in its sentences.

    The sentences strictly inside the quotation hold only its own clauses, so
    only the first, the last and the next sentence are read; in each, the
    attributions near the quotation's ends are found by bisection, so a long
    sentence with many quotations costs no rescan per quotation.
    """
    text = doc.text
    first = doc.sentence_index(inner.start)
    last = doc.sentence_index(max(inner.end - 1, inner.start))
    after: Attribution | None = None
    before: Attribution | None = None
    for index in sorted({first, last, min(last + 1, len(doc.sentences) - 1)}):
        found, starts = _attributions(doc, index)
        position = bisect.bisect_left(starts, inner.end)
        while after is None and position < len(found):
            candidate = found[position]
            if candidate.span.start > inner.end + _REACH:
                break
            if _near_after(text, inner, candidate):
                after = candidate
            position += 1
        position = bisect.bisect_left(starts, inner.start) - 1
        while position >= 0:
            candidate = found[position]
            if candidate.span.end < inner.start - _REACH:
                break
            if candidate.span.end <= inner.start and _near_before(text, inner, candidate):
                before = candidate
                break
            position -= 1
    chosen = after or before
    if chosen is None:
        return None
    return _speaker(chosen, people, doc)


# How far (in characters) from a quotation's end an attribution clause may
# start, or its cue end, and still be read as the quotation's: ",” said Sen.
# Ted Cruz", "Cruz said: “" are a few characters from the marks.
_REACH = 104


def _attributions(doc: Document, index: int) -> tuple[tuple[Attribution, ...], list[int]]:
    """The attributions of sentence ``index`` and their starts, once per document."""
    found = sentence_attributions(doc, index)
    return found, doc.memo(("attribution-starts", index), lambda: [a.span.start for a in found])


def _near_after(text: str, inner: Span, attribution: Attribution) -> bool:
    """ "…,” he said" or "…,” said Cruz": nothing but a mark and a comma between."""
    gap = text[inner.end : min(attribution.span.start, attribution.cue_span.start)]
    return len(gap) <= 6 and not any(c.isalnum() for c in gap)


def _near_before(text: str, inner: Span, attribution: Attribution) -> bool:
    """ "Cruz said: “…”", "Cruz said that “…”", "according to Cruz, “…”"."""
    end = max(attribution.span.end, attribution.cue_span.end)
    gap = text[end : inner.start]
    return len(gap) <= 40 and "." not in gap


def _speaker_of_lead_in(doc: Document, paragraph: int, people: list[Attribution]) -> Speaker | None:
    """The last attribution of the paragraph before a quotation paragraph."""
    span = doc.paragraphs[paragraph]
    found = sentence_attributions(doc, doc.sentence_index(max(span.end - 1, span.start)))
    if not found:
        return None
    return _speaker(found[-1], people, doc)


def _speaker(attribution: Attribution, people: list[Attribution], doc: Document) -> Speaker:
    """Resolve a pronoun, surname or "the publication" to its fullest earlier mention."""
    resolved = resolve(attribution, doc)
    return Speaker(
        name=resolved.name,
        kind=resolved.kind,
        span=attribution.span,
        title=resolved.title,
        cue=attribution.cue,
    )


# ------------------------------------------------------------------ marks


def _quotations(doc: Document) -> Iterator[_Quoted]:
    """Quoted stretches, paragraph by paragraph, marks paired by direction."""
    text = doc.text
    for index, paragraph in enumerate(doc.paragraphs):
        classified = (
            _classify(text, m.start(), paragraph) for m in _MARK.finditer(text, *_bounds(paragraph))
        )
        yield from _pair(text, (m for m in classified if m is not None), index, paragraph)


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _classify(text: str, offset: int, paragraph: Span) -> _Mark | None:
    char = text[offset]
    before = text[offset - 1] if offset > paragraph.start else " "
    after = text[offset + 1] if offset + 1 < paragraph.end else " "
    double = char in _OPENING_DOUBLE or char in _CLOSING_DOUBLE or char == '"'
    word_before = before.isalnum()
    word_after = after.isalnum()
    if char in "’'" and word_before and word_after:
        return None  # an apostrophe: don’t, Trump’s
    if char in "’'" and not word_before and after.isdigit():
        return None  # the ’90s
    if char in "’'" and before in "sS" and not word_after and _plural_possessive(text, offset):
        return None  # the officials’ report
    if char in _OPENING_DOUBLE or char in _OPENING_SINGLE:
        # "„…“": the German closing mark is the English opening one.
        return _Mark(
            char, offset, opens=not word_before or char != "“", closes=char == "“", double=double
        )
    if char in _CLOSING_DOUBLE or char in _CLOSING_SINGLE:
        return _Mark(char, offset, opens=False, closes=True, double=double)
    opens = not before.isalnum() and before not in ".,;:!?" and not after.isspace()
    closes = not after.isalnum() and not before.isspace()
    if char == "'" and not opens and not closes:
        return None
    return _Mark(char, offset, opens=opens, closes=closes, double=double)


def _plural_possessive(text: str, offset: int) -> bool:
    after = text[offset + 1 : offset + 3]
    return after.startswith(" ") and after[1:2].islower()


def _pair(text: str, marks: Iterable[_Mark], index: int, paragraph: Span) -> Iterator[_Quoted]:
    """Pair opening and closing marks, double and single apart; singles only at top level."""
    open_double: _Mark | None = None
    open_single: _Mark | None = None
    for mark in marks:
        if mark.double:
            if open_double is not None and mark.closes and mark.offset > open_double.offset + 1:
                yield _Quoted(Span(open_double.offset + 1, mark.offset), index)
                open_double = None
                open_single = None
            elif mark.opens:
                open_double = mark
                open_single = None
        elif open_double is None:
            if open_single is not None and mark.closes and mark.offset > open_single.offset + 1:
                yield _Quoted(Span(open_single.offset + 1, mark.offset), index)
                open_single = None
            elif mark.opens and (open_single is None or not mark.closes):
                open_single = mark
    if open_double is not None and _starts_paragraph(text, open_double.offset, paragraph):
        inner = Span(open_double.offset + 1, paragraph.end)
        if len(inner) > 0:
            yield _Quoted(inner, index, open_paragraph=True)


def _starts_paragraph(text: str, offset: int, paragraph: Span) -> bool:
    return not text[paragraph.start : offset].strip()
