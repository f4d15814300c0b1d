"""Quotation marks, paired into quoted stretches, paragraph by paragraph.

Curly marks are trusted for their direction; straight ones are read from the
characters around them, so that apostrophes (don’t, the ’90s, the officials’
report) are never taken for marks. Guillemets point either way: «…» in
French, Italian, Spanish and Swiss German, »…« in German and Austrian print.
Their direction is chosen once per document, from the marks present (each
votes by the side it is glued to: "»Wort«" and "«Wort»"; French spaces
inside: "« mot »"), never from a guess of the language. Double and single
marks are paired apart, and single marks only outside a double quotation (the
single marks inside one are the quotation's own quotation). Marks of another
family inside a quotation are its own quotation too: “…” inside «…», »…«
inside „…“. An unbalanced mark costs at most its own quotation:

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
_GUILLEMETS = "«»‹›"

# The family of each mark: marks of one family close each other's quotations,
# and a mark of another family inside a quotation opens a quotation inside it.
_FAMILY = {
    **dict.fromkeys("«»‹›", "guillemet"),
    **dict.fromkeys("“”‘’‟‛", "curly"),
    **dict.fromkeys("„‚", "low"),
    **dict.fromkeys("\"'", "straight"),
}
# The families whose marks close a quotation opened by a family's mark:
# „…“ and „…” (German), and English's mixed curly and straight marks.
_CLOSERS = {
    "guillemet": frozenset({"guillemet"}),
    "low": frozenset({"curly", "straight"}),
    "curly": frozenset({"curly", "straight"}),
    "straight": frozenset({"curly", "straight"}),
}

# Every character that may be a quotation mark: « » „ “ ” " ‘ ’ ' ‚ ‹ ›.
_MARK = lazy_pattern(r"[\"“”„‟«»'‘’‚‹›‛]")
_STRAIGHT = lazy_pattern(r"\"")

# What may stand between a quotation's last word and its closing mark and is
# not quoted: blanks (and the thin spaces of French typography). The comma before
# "he said" ("…for us,” Ferreira said) stands inside the marks, and so is part of the
# quotation.
_TRAILING = " \t\u00a0\u202f\u2009"


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
    #: The opening mark ("«", "“", "„"), or "dash" for a dialogue dash (``_text.dashes``).
    mark: str = ""


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
    direction = _guillemet_direction(text) if any(c in text for c in _GUILLEMETS) else "in"
    spaced_marks = doc.lexicon.code != "en" and '" ' in text
    found: list[Quoted] = []
    for index, paragraph in enumerate(doc.paragraphs):
        spaced = _spaced_marks(text, paragraph) if spaced_marks else None
        marks = (
            _classify(text, m.start(), paragraph, direction, spaced)
            for m in _MARK.finditer(text, paragraph.start, paragraph.end)
        )
        found.extend(_pair(text, (m for m in marks if m is not None), index, paragraph))
    return tuple(found)


def _spaced_marks(text: str, paragraph: Span) -> dict[int, bool] | None:
    """French typography scraped with straight marks: '" Nous partons "'.

    A straight double mark with a space inside ('" Nous', 'hiver ",') opens
    or closes by neither side; in a paragraph whose straight double marks
    are even in number and each spaced on the side that faces its quotation,
    they pair in order: each offset to whether it opens. (Not in English,
    whose figures were set without it.)
    """
    straight = [m.start() for m in _STRAIGHT.finditer(text, paragraph.start, paragraph.end)]
    if not straight or len(straight) % 2:
        return None
    for number, at in enumerate(straight):
        inside = at + 1 if number % 2 == 0 else at - 1  # the side that faces the quotation
        if not paragraph.start <= inside < paragraph.end or text[inside] not in _SPACES:
            return None
    return {at: number % 2 == 0 for number, at in enumerate(straight)}


# What a guillemet may be glued to on the side it closes ("Wort»", "Satz.«"),
# and on the side it opens ("«Wort", "»›Blut"); the spaces of French typography.
_CLOSED_SIDE = frozenset(".,;:!?…)]")
_OPEN_SIDE = frozenset("«»‹›“„‚‘\"'([¿¡")
_SPACES = frozenset(" \t\u00a0\u202f\u2009")
_GUILLEMET_MARK = lazy_pattern(r"[«»‹›]")


def _guillemet_direction(text: str) -> str:
    """How the document's guillemets pair: "in" «…», "out" »…«, "same" »…».

    Swedish and Finnish open and close with the same mark (»…» and ›…›): a
    document that holds one direction's marks only reads them from context,
    as straight marks are read.
    """
    one_way = ("«" in text) != ("»" in text) or ("‹" in text) != ("›" in text)
    if one_way and (
        text.count("»") + text.count("«") >= 2 or text.count("›") + text.count("‹") >= 2
    ):
        return "same"
    return "out" if _guillemets_reversed(text) else "in"


def _guillemets_reversed(text: str) -> bool:
    """Whether the document's guillemets point inwards, »…«, by the votes of its marks.

    A guillemet glued to a word on one side only votes for the direction that
    makes it open or close there: "»Wort" and "Wort«" for »…«, "«Wort" and
    "Wort»" for «…»; one with a space inside ("« mot »") votes for «…». A
    strict majority for »…« is needed: without evidence the direction is «…».
    """
    votes = 0
    size = len(text)
    for match in _GUILLEMET_MARK.finditer(text):
        at = match.start()
        char = text[at]
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < size else " "
        closed = before.isalnum() or before in _CLOSED_SIDE
        opened = after.isalnum() or after in _OPEN_SIDE
        if char in "«‹":
            if closed and not opened:
                votes += 1  # "Wort«": it closes
            elif (opened or after in _SPACES) and not closed:
                votes -= 1  # "«Wort", "« mot": it opens
        elif opened and not closed:
            votes += 1  # "»Wort": it opens
        elif (closed or before in _SPACES) and not opened:
            votes -= 1  # "Wort»", "mot »": it closes
    return votes > 0


def _classify(
    text: str,
    offset: int,
    paragraph: Span,
    direction: str = "in",
    spaced: dict[int, bool] | None = None,
) -> _Mark | None:
    char = text[offset]
    if spaced is not None and offset in spaced:
        return _Mark(char, offset, opens=spaced[offset], closes=not spaced[offset], double=True)
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
        # English opens with “; German „…“ closes with it (paired by _pair). A “ after
        # a sentence's punctuation and before a space closes: “It's over,“ he said.
        typed_closing = before in _SENTENCE_ENDS and (after.isspace() or after in _SENTENCE_ENDS)
        opens = not (word_before or typed_closing)
        return _Mark(char, offset, opens=opens, closes=True, double=True)
    if direction == "out" and char in _GUILLEMETS:
        opens = char in "»›"  # »…« and ›…‹
        return _Mark(char, offset, opens=opens, closes=not opens, double=char in "«»")
    if direction == "in" or char not in _GUILLEMETS:
        if char in _OPENING_DOUBLE or char in _OPENING_SINGLE:
            return _Mark(char, offset, opens=True, closes=False, double=double)
        if char in _CLOSING_DOUBLE or char in _CLOSING_SINGLE:
            return _Mark(char, offset, opens=False, closes=True, double=double)
    # »…» (direction "same"): read from context, as straight marks are.
    opens = not word_before and before not in ".,;:!?" and not after.isspace()
    opens = opens or (before == ":" and word_after)  # 'Rep. Ana Ruiz:"We …': glued to a colon
    closes = not word_after and not before.isspace()
    if before in _SENTENCE_ENDS and word_after:
        # a scrape lost the space beside the mark: 'do this."She said' closes, and
        # 'not consulted."We found' opens; the pairing tells which
        opens = closes = True
    if not opens and not closes:
        return None
    return _Mark(char, offset, opens=opens, closes=closes, double=double)


#: Punctuation a closing mark follows: "over,“ he said", "fascist?“".
_SENTENCE_ENDS = frozenset(",.;:!?…")


def _plural_possessive(text: str, offset: int) -> bool:
    """ "officials’ report": a space and a lower-case word after the mark."""
    after = text[offset + 1 : offset + 3]
    return after.startswith(" ") and after[1:2].islower()


def _pair(text: str, marks: Iterable[_Mark], index: int, paragraph: Span) -> Iterator[Quoted]:
    """Pair opening and closing marks, double and single apart."""
    open_double: _Mark | None = None
    inner: _Mark | None = None  # a quotation of another family inside the double one
    open_single: _Mark | None = None
    for mark in marks:
        if mark.double:
            if open_double is not None:
                family = _FAMILY[mark.char]
                if (
                    inner is not None
                    and mark.closes
                    and family in _CLOSERS[_FAMILY[inner.char]]
                    and mark.offset > inner.offset + 1
                ):
                    inner = None  # “…” inside «…», „…“ inside „…“ closed
                    continue
                if family not in _CLOSERS[_FAMILY[open_double.char]]:
                    if mark.opens:
                        inner = inner or mark  # “ inside «…»: a quotation inside it
                        continue
                    if inner is not None:
                        continue
            if open_double is not None and _closes(open_double, mark):
                yield from _stretch(text, open_double, mark.offset, index, closed=True)
                open_double = open_single = inner = None
            elif open_double is not None and mark.char == "“" and mark.opens:
                # “…  “…: the first quotation lost its closing mark.
                yield from _stretch(text, open_double, mark.offset, index, closed=False)
                open_double, open_single, inner = mark, None, None
            elif mark.opens:
                open_double, open_single, inner = mark, None, None
        elif open_double is None:
            if (
                open_single is not None
                and _closes_single(open_single, mark)
                and mark.offset > open_single.offset + 1
            ):
                yield from _stretch(text, open_single, mark.offset, index, closed=True)
                open_single = None
            elif mark.opens and (open_single is None or not mark.closes):
                open_single = mark
    if open_double is not None and (
        not text[paragraph.start : open_double.offset].strip()
        or _opens_run(text, paragraph, open_double)
    ):
        # a quotation over several paragraphs: each but the last left open, and each
        # after the first opening with the same mark ("Ruiz said: “… ¶ “…”")
        yield from _stretch(text, open_double, paragraph.end, index, closed=False, open_end=True)


# The fewest words a straight mark left open runs over to open a quotation that goes on
# into the next paragraph: a sentence of speech, not a short phrase that lost its close.
_STRAIGHT_RUN_WORDS = 6


def _opens_run(text: str, paragraph: Span, mark: _Mark) -> bool:
    """Whether an opening mark left open inside its paragraph opens a quotation that
    runs on into the next: glued to the word after it, with space before it, and the
    next paragraph opening with the same mark ('…lead author. "A higher wall … ¶ "What
    we …' too, in straight marks). (A closing mark typed as an opening one, "fascist?“
    he asked.", stands apart from the word after it.)"""
    if mark.char not in _OPENING_DOUBLE and mark.char != '"':
        return False
    after = text[mark.offset + 1 : mark.offset + 2]
    before = text[mark.offset - 1 : mark.offset] if mark.offset > paragraph.start else " "
    if not after or after.isspace() or not (before.isspace() or before in ":—–-("):
        return False
    if mark.char == '"' and len(text[mark.offset : paragraph.end].split()) < _STRAIGHT_RUN_WORDS:
        return False  # 'the "historic vote. ¶ "Now …': a straight mark that lost its close
    return text[paragraph.end : paragraph.end + 16].lstrip().startswith(mark.char)


def _closes_single(opening: _Mark, mark: _Mark) -> bool:
    """ "‘…’", "'…'", "›…‹"; and German "‚…‘", whose ‘ opens in English."""
    return mark.closes or (mark.char == "‘" and opening.char == "‚")


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
            mark=opening.char,
        )
