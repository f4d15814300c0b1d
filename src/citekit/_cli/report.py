"""A plain-text report of an article that a person reads at a glance.

One block per article: its name, a line of counts, then a section per kind of
record as a two-column table (who on the left, what on the right), wrapped to
the terminal's width. A left cell too wide for its column stands on its own
line, with the right cell under the column, as ``--help`` texts do. Colour is
optional and only ever decorates: the text is the same without it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Sequence

import attrs

from .._records import Article, ImageCredit, Post, Quote, Source

__all__ = ["plural", "render_text"]

BOLD = "\033[1m"
DIM = "\033[2m"
CYAN = "\033[36m"
YELLOW = "\033[33m"
GREEN = "\033[32m"
RESET = "\033[0m"

#: The left column is as wide as its widest cell, up to this many characters.
_LEFT_MAX = 26
_INDENT = "  "
_GAP = "  "

#: Control characters would drive the terminal (an ESC in an article could clear
#: the screen): each is shown as U+FFFD. Tabs and line ends are wrapped as spaces.
_CONTROLS = {c: "\ufffd" for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n\r"}

#: style(code, text): the text wrapped in an ANSI code, or left alone.
_Style = Callable[[str, str], str]


@attrs.frozen
class _Row:
    """One record as a table row: a left cell, and right lines (text, style)."""

    left: str
    left_style: str
    right: tuple[tuple[str, str], ...]


def render_text(name: str, article: Article, *, color: bool = False, width: int = 100) -> str:
    """The article's findings as aligned lines, coloured with ANSI codes if ``color``."""

    def style(code: str, value: str) -> str:
        value = value.translate(_CONTROLS)
        return f"{code}{value}{RESET}" if color and code and value else value

    width = max(width, 40)
    lines = [style(BOLD, name), style(DIM, counts(article))]
    sections = (
        ("Posts", [_post_row(p) for p in article.posts]),
        ("Image credits", [_credit_row(c) for c in article.image_credits]),
        ("Quotes", [_quote_row(q) for q in article.quotes]),
        ("Sources", [_source_row(s) for s in article.sources]),
    )
    for title, rows in sections:
        if rows:
            lines.append("")
            lines.append(style(BOLD + CYAN, title))
            lines.extend(_table(rows, width, style))
    return "\n".join(lines) + "\n"


def counts(article: Article) -> str:
    """ "2 posts · 1 image credit · 3 quotes · 4 sources"."""
    return " · ".join(
        (
            plural(len(article.posts), "post"),
            plural(len(article.image_credits), "image credit"),
            plural(len(article.quotes), "quote"),
            plural(len(article.sources), "source"),
        )
    )


def plural(count: int, noun: str) -> str:
    """ "1 quote", "3 quotes"."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _table(rows: Sequence[_Row], width: int, style: _Style) -> Iterable[str]:
    rows = [attrs.evolve(row, left=" ".join(row.left.split())) for row in rows]
    column = min(max(len(row.left) for row in rows), _LEFT_MAX)
    hang = _INDENT + " " * column + _GAP
    wrap_width = max(width - len(hang), 20)
    for row in rows:
        right = [
            (line, code)
            for text, code in row.right
            for line in (textwrap.wrap(text, wrap_width, break_on_hyphens=False) or [""])
        ]
        if len(row.left) > column:
            yield _INDENT + style(row.left_style, row.left)
            first = hang
        else:
            padding = " " * (column - len(row.left))
            first = _INDENT + style(row.left_style, row.left) + padding + _GAP
        for index, (line, code) in enumerate(right):
            yield ((first if index == 0 else hang) + style(code, line)).rstrip()


def _post_row(post: Post) -> _Row:
    who = " ".join(p for p in (post.author, f"@{post.handle}" if post.handle else None) if p)
    when = post.date.isoformat() if post.date else post.date_text
    head = " · ".join(p for p in (who or "unknown account", when) if p)
    right: list[tuple[str, str]] = [(head, "")]
    if post.text:
        right.append((post.text, DIM))
    if post.url:
        right.append((post.url, GREEN))
    return _Row(post.platform, YELLOW, tuple(right))


def _credit_row(credit: ImageCredit) -> _Row:
    creators = ", ".join(credit.creators) or "unknown"
    agencies = ", ".join(credit.agencies) or "no agency"
    extras = [credit.label or "", "screenshot" if credit.screenshot else ""]
    note = " · ".join(e for e in extras if e)
    right = [(agencies, "")]
    if note:
        right.append((note, DIM))
    return _Row(creators, YELLOW, tuple(right))


def _quote_row(quote: Quote) -> _Row:
    words = f"“{' '.join(quote.text.split())}”"
    right = [(words, "")]
    if quote.type != "direct":
        right.append((quote.type, DIM))
    if quote.speaker is None:
        return _Row("unattributed", DIM, tuple(right))
    return _Row(quote.speaker.name, YELLOW, tuple(right))


def _source_row(source: Source) -> _Row:
    mentions = plural(len(source.mentions) or 1, "mention")
    details = [source.kind, source.title or "", source.affiliation or "", mentions]
    right = [(" · ".join(d for d in details if d), "")]
    if source.cues:
        right.append((", ".join(source.cues), DIM))
    return _Row(source.name, YELLOW, tuple(right))
