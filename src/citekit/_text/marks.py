"""Quotation marks, paired into quoted stretches, paragraph by paragraph.

Curly marks are trusted for their direction; straight ones are read from the
characters around them, so that apostrophes (don’t, the ’90s, the officials’
report) are never taken for marks. Double and single marks are paired apart,
and single marks only outside a double quotation (the single marks inside
one are the quotation's own quotation). An unbalanced mark costs at most its
own quotation:

- a curly opening mark met while another is open ends the first there: text
  whose line breaks were lost glues a quotation paragraph that never closes
  to the next one ("… don’t love. “Right now, …”");
- a paragraph that opens with a mark and never closes it is a quotation to
  the end of the paragraph, continued by the next paragraph that opens with
  one (the convention for a quotation over several paragraphs);
- any other mark that never closes is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from .._records import Span
from .patterns import lazy_pattern
from .segment import Document

_OPENING_DOUBLE = "“„«‟"
_CLOSING_DOUBLE = "”»"
_OPENING_SINGLE = "‘‚‹‛"
_CLOSING_SINGLE = "’›"

# Every character that may be a quotation mark: « » „ “ ” " ‘ ’ ' ‚ ‹ ›.
_MARK = lazy_pattern(r"[\"“”„‟«»'‘’‚‹›‛]")

# What may stand between a quotation's last word and its closing mark and is
# not quoted: blanks. The comma before "he said" ("…for us,” Ferreira said)
# stands inside the marks, and so is part of the quotation.
_TRAILING = " \t\u00a0"


@attrs.frozen
class Quoted:
    """A quoted stretch: ``inner`` without the marks, ``outer`` with them.

    ``open_end`` is true when the stretch runs to the end of its paragraph
    without a closing mark (a quotation continued in the next paragraph).
    """

    inner: Span
    outer: Span
    paragraph: int
    open_end: bool = False
    double: bool = True


# A quotation quotes words: marks around nothing but marks, blanks and
# punctuation ("“”‘’", "\"\"\"") quote nothing. (Also what keeps a run of
# quote marks from costing a quotation, and its speaker search, every few
# characters.)
_WORDLIKE = lazy_pattern(r"[\p{L}\p{N}]")


@attrs.frozen
class _Mark:
    char: str
    offset: int
    opens: bool
    closes: bool
    double: bool


def find_quoted(doc: Document) -> tuple[Quoted, ...]:
    """Every quoted stretch of the document, in text order."""
    text = doc.text
    found: list[Quoted] = []
    for index, paragraph in enumerate(doc.paragraphs):
        marks = (
            _classify(text, m.start(), paragraph)
            for m in _MARK.finditer(text, paragraph.start, paragraph.end)
        )
        found.extend(_pair(text, (m for m in marks if m is not None), index, paragraph))
    return tuple(found)


def _classify(text: str, offset: int, paragraph: Span) -> _Mark | None:
    char = text[offset]
    before = text[offset - 1] if offset > paragraph.start else " "
    after = text[offset + 1] if offset + 1 < paragraph.end else " "
    double = char in _OPENING_DOUBLE or char in _CLOSING_DOUBLE or char == '"'
    word_before = before.isalnum()
    word_after = after.isalnum()
    if char in "’'‘" and word_before and word_after:
        return None  # an apostrophe: don’t, Trump’s, O’Neill
    if char in "’'‘" and not word_before and after.isdigit():
        return None  # the ’90s
    if char in "’'" and before in "sS" and not word_after and _plural_possessive(text, offset):
        return None  # the officials’ report
    if char == "“":
        # English opens with “; German „…“ closes with it (paired by _pair).
        return _Mark(char, offset, opens=not word_before, closes=True, double=True)
    if char in _OPENING_DOUBLE or char in _OPENING_SINGLE:
        return _Mark(char, offset, opens=True, closes=False, double=double)
    if char in _CLOSING_DOUBLE or char in _CLOSING_SINGLE:
        return _Mark(char, offset, opens=False, closes=True, double=double)
    opens = not word_before and before not in ".,;:!?" and not after.isspace()
    closes = not word_after and not before.isspace()
    if not opens and not closes:
        return None
    return _Mark(char, offset, opens=opens, closes=closes, double=double)


def _plural_possessive(text: str, offset: int) -> bool:
    """ "officials’ report": a space and a lower-case word after the mark."""
    after = text[offset + 1 : offset + 3]
    return after.startswith(" ") and after[1:2].islower()


def _pair(text: str, marks: Iterable[_Mark], index: int, paragraph: Span) -> Iterator[Quoted]:
    """Pair opening and closing marks, double and single apart."""
    open_double: _Mark | None = None
    open_single: _Mark | None = None
    for mark in marks:
        if mark.double:
            if open_double is not None and _closes(open_double, mark):
                yield from _stretch(text, open_double, mark.offset, index, closed=True)
                open_double = open_single = None
            elif open_double is not None and mark.char == "“" and mark.opens:
                # “…  “…: the first quotation lost its closing mark.
                yield from _stretch(text, open_double, mark.offset, index, closed=False)
                open_double, open_single = mark, None
            elif mark.opens:
                open_double, open_single = mark, None
        elif open_double is None:
            if open_single is not None and mark.closes and mark.offset > open_single.offset + 1:
                yield from _stretch(text, open_single, mark.offset, index, closed=True)
                open_single = None
            elif mark.opens and (open_single is None or not mark.closes):
                open_single = mark
    if open_double is not None and not text[paragraph.start : open_double.offset].strip():
        yield from _stretch(text, open_double, paragraph.end, index, closed=False, open_end=True)


def _closes(opening: _Mark, mark: _Mark) -> bool:
    if not mark.closes or mark.offset <= opening.offset + 1:
        return False
    if mark.char == "“":
        # „…“ closes; “…“ closes only when glued to the word before it.
        return opening.char == "„" or not mark.opens
    return True


def _stretch(
    text: str, opening: _Mark, end: int, index: int, *, closed: bool, open_end: bool = False
) -> Iterator[Quoted]:
    start = opening.offset + 1
    outer_end = end + 1 if closed else end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end > start and _WORDLIKE.search(text, start, end):
        yield Quoted(
            inner=Span(start, end),
            outer=Span(opening.offset, outer_end),
            paragraph=index,
            open_end=open_end,
            double=opening.double,
        )
