"""Where a post's words begin, given where they end (its signature).

An embed, turned into text, puts the post's words before its signature. How
far back they reach depends on what the scrape kept of the page's layout:

* The signature opens its own line: the words are the lines before it, back
  to the previous blank line when the article separates paragraphs by blank
  lines ("Senate resolves to:\\nObserve a minute silence.\\n\\n— Name (@h)"),
  else the one line before it (the seed article).
* The signature shares its line with the words ("… to buy guns. — Name
  (@h) June 15, 2016"): the line's text before it, when that is no longer
  than the post can be.
* The line breaks were lost (ISOT-style text: one line per article, dashes
  deleted, paragraphs glued: "…said this:Shameful excuse for…"). Then a
  paragraph boundary shows as punctuation glued to the next capital
  ("Senate.Just in", "below:Senator") and the words start at one of those. A
  tweet is short (140 weighted characters until November 2017, 280 since),
  and its own line breaks glue the same way, so the words start at the
  *earliest* glued boundary that leaves them within that length, and never
  before an introducing colon ("Watch:", "he said this:"); the end of the
  previous post counts as such a boundary, the start of the article does
  not (an article does not open with an embed), nor the start of its body
  after a headline line. With no glued boundary in reach, at the earliest
  plain sentence start in reach. Captions of any
  length (Instagram, Facebook) start at the *latest* such boundary instead,
  an introducing "…: " included.

No post's words reach back past ``floor``, the end of the previous post.
"""

from __future__ import annotations

import itertools

import attrs

from .._records import Span
from .._text.segment import Document
from . import boundaries, weight
from .boundaries import colon_spaces, glued, sentence_starts, word_start
from .starts import SLACK, Line, bounded_start

# A line (or block of lines) longer than this is an article that lost its line breaks.
_FLATTENED_LINE = 1200
# How far a block of lines may reach back: tweets are short, captions rarely long.
_MAX_BLOCK_LINES = 40
_MAX_BLOCK_CHARS = 5000
_LINE_BREAKS = "\n\r\u2028\u2029"
# A first line this short that ends without a sentence's end is a headline.
_MAX_HEADLINE = 250
# What ends a first line that is no headline: a sentence's end, or markup a scrape
# left ("…2015</tweet>": an embed, which a headline never closes).
_SENTENCE_END = frozenset(".!?…:;\"'”’)]>")
# A caption runs from the previous post's end only when that is this near; further
# back, article sentences come between, and the caption starts at the last boundary.
_CAPTION_FROM_FLOOR = 600


@attrs.frozen
class Layout:
    """The document and what the scrape kept of its layout, found once per article.

    ``body_start`` is where the article's own text starts: after its headline
    line, when it opens with one, else at its first line.
    """

    doc: Document
    blank_lines: bool
    body_start: int = 0

    @classmethod
    def of(cls, doc: Document) -> Layout:
        paragraphs = doc.paragraphs
        blank = any(_blank_between(doc.text, a, b) for a, b in itertools.pairwise(paragraphs))
        return cls(doc=doc, blank_lines=blank, body_start=_body_start(doc))


def _body_start(doc: Document) -> int:
    """The start of the line after a headline ("Senator hits back at critics"), else of
    the first line: a headline is a short first line without a sentence's end."""
    paragraphs = doc.paragraphs
    if not paragraphs:
        return 0
    first = paragraphs[0]
    headline = (
        len(paragraphs) > 1
        and first.end - first.start <= _MAX_HEADLINE
        and doc.text[first.end - 1] not in _SENTENCE_END
    )
    return paragraphs[1].start if headline else first.start


def words_before(layout: Layout, end: int, floor: int, limit: int | None) -> Span | None:
    """The span of a post's words that end at ``end``, not reaching back past ``floor``."""
    doc = layout.doc
    text = doc.text
    last = boundaries.words_end(text, floor, _skip_space_back(text, end, floor))
    if last <= floor:
        return None
    line_index = doc.paragraph_index(last - 1)
    line = doc.paragraphs[line_index]
    own_line = any(c in _LINE_BREAKS for c in text[last:end])
    lo = max(_block_start(layout, line_index) if own_line else line.start, floor)
    residue = boundaries.residue_end(text, lo, last)
    after_residue = residue > lo  # the words start at the residue's end at the latest
    lo = residue
    if own_line:
        if limit is None:
            return trimmed(text, lo, last)
        links = weight.links_in(text, lo, last, limit)
        if weight.weight(links, lo, last, closing_free=True) <= limit + SLACK:
            return trimmed(text, lo, last)
    if limit is None:
        start = _latest_boundary(doc, lo, last, line)
    else:
        start = bounded_start(_line(layout), lo, last, limit, after_residue=after_residue)
    return trimmed(text, start, last)


def _line(layout: Layout) -> Line:
    return Line(layout.doc, layout.body_start)


def _latest_boundary(doc: Document, lo: int, last: int, line: Span) -> int:
    """Where a caption of any length starts: the last paragraph boundary before it."""
    text = doc.text
    reach = max(lo, last - _MAX_BLOCK_CHARS)
    best = -1
    for match in glued(text, reach, last):
        if match.end() < last:
            best = max(best, match.end())
    for colon_end in colon_spaces(text, reach, last):
        best = max(best, colon_end)
    if best >= 0:
        return best
    if line.end - line.start <= _FLATTENED_LINE or last - lo <= _CAPTION_FROM_FLOOR:
        return lo
    sentences = sentence_starts(doc, reach, last)
    return max(sentences) if sentences else word_start(text, reach, last)


def _block_start(layout: Layout, index: int) -> int:
    """The first line of the block that ends with line ``index``."""
    paragraphs = layout.doc.paragraphs
    if not layout.blank_lines:
        return paragraphs[index].start
    first = index
    end = paragraphs[index].end
    while (
        first > 0
        and index - first < _MAX_BLOCK_LINES
        and end - paragraphs[first - 1].start <= _MAX_BLOCK_CHARS
        and not _blank_between(layout.doc.text, paragraphs[first - 1], paragraphs[first])
    ):
        first -= 1
    return paragraphs[first].start


def _blank_between(text: str, a: Span, b: Span) -> bool:
    gap = text[a.end : b.start]
    return gap.count("\n") >= 2 or gap.count("\r") >= 2 or "\u2029" in gap


def _skip_space_back(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without its outer white space; ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
