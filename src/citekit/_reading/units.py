"""Units: the stretches of text whose clauses are read together, and what is kept of them.

A unit is a sentence, or several when a quotation runs across their boundary,
so that a quotation and the clause that names its speaker are read together.
Text without sentence ends (a scraped page that lost its punctuation, a list
of names) is cut into units of bounded length, never inside a quotation and
away from one where it can. ``Unit`` is what the reading keeps of each: its
clauses resolved to entities and, in a ``TokenWindow``, the tokens near its
quotations.

Documented internals, which the tests read: ``unit_spans`` and ``MAX_UNIT``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

import attrs

from .._records import Span
from .._text.marks import Quoted
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .resolution import Mention
from .tokens import Token

# The longest unit, in characters: a long sentence has a few hundred.
MAX_UNIT = 1500

# How far from a quotation a unit is never cut: past the clauses that may
# name its speaker (the quotes detector looks 60 tokens either side).
_QUOTE_MARGIN = 600

_SPACE = lazy_pattern(r"\s+")


class TokenWindow:
    """A unit's tokens around its quotations: what the quotes detector reads of them.

    Every token of every unit with a quotation, kept until the quotes
    detector runs, took some forty times the memory of the text. The
    detector reads the tokens up to ``REACH`` on either side of a quotation
    and the unit's token count, so only those are kept, in one tuple from
    the first quotation's reach to the last's with ``None`` between.
    Indexing a token outside them raises ``KeyError``.
    """

    REACH = 3
    __slots__ = ("_kept", "_length", "_low", "_quote_indices", "_quote_starts")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._length = len(tokens)
        indices = [i for i, token in enumerate(tokens) if token.kind == "quote"]
        self._quote_indices = tuple(indices)
        self._quote_starts = tuple(tokens[i].start for i in indices)
        self._low = low = max(0, indices[0] - self.REACH) if indices else 0
        high = min(len(tokens), indices[-1] + self.REACH + 1) if indices else 0
        kept: list[Token | None] = list(tokens[low:high])
        for before, after in pairwise(indices):
            gap = range(before + self.REACH + 1 - low, after - self.REACH - low)
            if gap:
                kept[gap.start : gap.stop] = [None] * len(gap)  # out of every quotation's reach
        self._kept = tuple(kept)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> Token:
        offset = (index if index >= 0 else index + self._length) - self._low
        token = self._kept[offset] if 0 <= offset < len(self._kept) else None
        if token is None:
            raise KeyError(index)
        return token

    def slice(self, start: int, stop: int) -> list[Token]:
        """``tokens[start:stop]``, all of them within reach of a quotation."""
        return [self[i] for i in range(max(start, 0), min(stop, self._length))]

    def position(self, start: int) -> int | None:
        """The index of the quotation token whose outer span starts at ``start``."""
        found = bisect.bisect_left(self._quote_starts, start)
        if found < len(self._quote_starts) and self._quote_starts[found] == start:
            return self._quote_indices[found]
        return None


EMPTY_WINDOW = TokenWindow(())


@attrs.frozen(eq=False)
class Unit:
    """A sentence (or sentences a quotation joins), its clauses and its quotations.

    ``subject`` is the entity its first clause is about, when it names one;
    ``headline`` the speaker of a "Name: …" line, for the quotations in it.
    ``read_in_full`` says whether its clauses were read. ``tokens`` keeps the
    tokens around its quotations (see ``TokenWindow``).
    """

    span: Span
    paragraph: int
    tokens: TokenWindow
    mentions: tuple[Mention, ...]
    subject: Mention | None = None
    headline: Mention | None = None
    read_in_full: bool = True
    _firsts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.mentions:
            object.__setattr__(self, "_firsts", ())
            return
        ordered = sorted(self.mentions, key=lambda m: m.attribution.first)
        object.__setattr__(self, "mentions", tuple(ordered))
        object.__setattr__(self, "_firsts", tuple(m.attribution.first for m in ordered))

    def mentions_near(self, position: int, window: int) -> tuple[Mention, ...]:
        """The clauses that start within ``window`` tokens of ``position``, in order."""
        low = bisect.bisect_left(self._firsts, position - window)
        high = bisect.bisect_right(self._firsts, position + window)
        return self.mentions[low:high]


def outer_start(quoted: Quoted) -> int:
    return quoted.outer.start


def unit_spans(doc: Document, quoted: tuple[Quoted, ...]) -> list[Span]:
    """Sentences, joined where a quotation runs across a sentence boundary."""
    spans: list[Span] = []
    sentences = doc.sentences
    position = 0
    index = 0
    while index < len(sentences):
        start, end = sentences[index].start, sentences[index].end
        reach = end
        while True:
            while position < len(quoted) and quoted[position].outer.start < end:
                reach = max(reach, quoted[position].outer.end)
                position += 1
            if (
                reach > end
                and index + 1 < len(sentences)
                and sentences[index + 1].start < reach
                and doc.paragraph_index(sentences[index + 1].start) == doc.paragraph_index(start)
            ):
                index += 1
                end = sentences[index].end
                continue
            break
        spans.extend(_bounded(doc.text, start, end, quoted))
        index += 1
    return spans


def _bounded(text: str, start: int, end: int, quoted: tuple[Quoted, ...]) -> list[Span]:
    """``[start, end)`` cut at spaces into units of ``MAX_UNIT`` to twice that many characters.

    Text without sentence ends (a scraped page with its punctuation lost,
    a list of names) would otherwise be one unit, read and held at once. A
    cut keeps ``_QUOTE_MARGIN`` characters from every quotation where it
    can, so that a quotation stays in one unit with the clauses that may
    name its speaker ("“…,” said Maria Lopez"). A unit of less than twice
    ``MAX_UNIT`` is left whole when it has no such place; a longer one,
    where quotations come too often for a margin, is cut in the middle of
    the widest stretch between two of them. A cut never falls inside a
    quotation.
    """
    pieces: list[Span] = []
    while end - start > MAX_UNIT:
        forced = end - start > 2 * MAX_UNIT
        high = start + 2 * MAX_UNIT if forced else end
        cut = _cut(text, start + MAX_UNIT, high, end, quoted, forced=forced)
        if cut is None:
            break
        space = _SPACE.match(text, cut, end)
        if space is None or space.end() >= end:
            break
        pieces.append(Span(start, cut))
        start = space.end()
    pieces.append(Span(start, end))
    return pieces


def _cut(
    text: str, low: int, high: int, end: int, quoted: tuple[Quoted, ...], *, forced: bool
) -> int | None:
    """Where to cut a unit, from ``low`` on: the start of a run of white space, or None.

    The first run in ``[low, high)`` at least ``_QUOTE_MARGIN`` from every
    quotation; else, when the cut is ``forced``, the first from the middle
    of the widest stretch of ``[low, high)`` between quotations that holds
    one (or from that stretch's start), or the first before ``end`` outside
    every quotation.
    """
    offset = _clear_of_quotations(low, quoted, high)
    while offset < high:
        space = _SPACE.search(text, offset, high)
        if space is None:
            break
        clear = _clear_of_quotations(space.start(), quoted, high)
        if clear == space.start():
            return clear
        offset = clear
    if not forced:
        return None
    for gap_start, gap_end in sorted(_gaps(low, high, quoted), key=lambda g: g[0] - g[1]):
        middle = (gap_start + gap_end) // 2
        space = _SPACE.search(text, middle, gap_end) or _SPACE.search(text, gap_start, middle)
        if space is not None:
            return space.start()
    offset = high
    while offset < end:
        inside = _quotation_at(offset, quoted)
        if inside is not None:
            offset = inside.outer.end
            continue
        space = _SPACE.search(text, offset, end)
        if space is None:
            return None
        inside = _quotation_at(space.start(), quoted)
        if inside is None:
            return space.start()
        offset = inside.outer.end
    return None


def _gaps(low: int, high: int, quoted: tuple[Quoted, ...]) -> list[tuple[int, int]]:
    """The stretches of ``[low, high)`` outside every quotation."""
    gaps: list[tuple[int, int]] = []
    index = max(bisect.bisect_right(quoted, low, key=outer_start) - 1, 0)
    position = low
    for at in range(index, len(quoted)):  # not a slice: a copy of the rest each time
        item = quoted[at]
        if item.outer.start >= high:
            break
        if item.outer.start > position:
            gaps.append((position, item.outer.start))
        position = max(position, item.outer.end)
    if position < high:
        gaps.append((position, high))
    return gaps


def _quotation_at(offset: int, quoted: tuple[Quoted, ...]) -> Quoted | None:
    """The quotation whose outer span holds ``offset``, if any."""
    index = bisect.bisect_right(quoted, offset, key=outer_start) - 1
    if index >= 0 and quoted[index].outer.start <= offset < quoted[index].outer.end:
        return quoted[index]
    return None


def _clear_of_quotations(offset: int, quoted: tuple[Quoted, ...], limit: int) -> int:
    """The first offset from ``offset`` at least ``_QUOTE_MARGIN`` from every quotation,
    or an offset at ``limit`` or past it when there is none before ``limit`` (the walk
    stops there, so that a run dense with quotations is not walked for every cut)."""
    index = bisect.bisect_right(quoted, offset + _QUOTE_MARGIN, key=outer_start) - 1
    while offset < limit and index >= 0 and quoted[index].outer.end + _QUOTE_MARGIN > offset:
        offset = quoted[index].outer.end + _QUOTE_MARGIN
        index = bisect.bisect_right(quoted, offset + _QUOTE_MARGIN, key=outer_start) - 1
    return offset
