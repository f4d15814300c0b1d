"""The element tree on hostile markup: bounded attributes, tags cut by the end, linear work.

Memory is checked by running the parse under a memory limit far below what the
old tokenizer took (``citekit._cli.limits.MemoryLimit``, Linux), never by
measuring it; work by counting the Python lines run, never by timing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit._cli.limits import MemoryLimit, OverMemory
from citekit._html.tree import MAX_ATTRIBUTES, parse_tree
from processes import needs_linux

AFTER = "<p>The ferry leaves at nine.</p>"


def within(budget: int, run: Callable[[], object]) -> object:
    """``run()`` with its memory bounded to ``budget`` bytes: fails if it needs more."""
    try:
        with MemoryLimit(budget):
            return run()
    except OverMemory:
        pytest.fail(f"needed more than {budget:,} bytes")


def test_attributes_beyond_the_cap_are_read_past() -> None:
    tree = parse_tree("<p " + " ".join(f"a{i}={i}" for i in range(1000)) + ">Words</p>" + AFTER)
    first = tree.first("p")
    assert first is not None
    assert len(first.attrs) == MAX_ATTRIBUTES
    assert first.attrs["a0"] == "0"
    assert tree.crowded == 1
    assert first.text() == "Words"
    assert [p.text() for p in tree.all("p")] == ["Words", "The ferry leaves at nine."]


def test_an_ordinary_tag_keeps_every_attribute_and_the_last_of_a_name() -> None:
    tree = parse_tree('<a href="/one" class=x href=\'/two\' hidden data-x="a &amp; b">x</a>')
    link = tree.first("a")
    assert link is not None
    assert link.attrs == {"href": "/two", "class": "x", "hidden": "", "data-x": "a & b"}
    assert tree.crowded == 0


@needs_linux
@pytest.mark.parametrize(
    "markup",
    [
        "<p " + "a " * 1_500_000 + ">x</p>" + AFTER,  # one tag, 1.5 million attributes
        '<p class="' + "y " * 1_500_000,  # an attribute value that never closes
        "<p " + "".join(f"a{i}=1 " for i in range(300_000)) + ">x</p>",  # all distinct
    ],
    ids=["many attributes", "unclosed value", "distinct attributes"],
)
def test_a_tag_of_millions_of_attributes_costs_little_memory(markup: str) -> None:
    # 3 MB that took gigabytes (a MemoryError on most machines) now take a few megabytes.
    for extractor in ("markup", "auto"):
        within(64 * 2**20, lambda: citekit.parse_html(markup, extractor=extractor))  # noqa: B023


def test_a_crowded_page_is_not_given_to_trafilatura(caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("trafilatura")
    crowded = "<p " + " ".join(f"a{i}" for i in range(40_000)) + ">x</p>"  # 9 s in trafilatura
    with caplog.at_level(logging.INFO, logger="citekit"):
        article = citekit.parse_html(f"<html><body>{crowded}{AFTER}</body></html>")
    assert "more than 256 attributes" in caplog.text
    assert article.text == "x\nThe ferry leaves at nine."


def test_a_tag_cut_off_by_the_end_of_the_page_is_dropped() -> None:
    # The ">" stands only inside quotes: the tag runs to the end of the page, as in a
    # browser. Before, each "<" after it was read again to the end (56 s for 100 KB).
    tree = parse_tree("<p>Kept.</p>" + '<a b=">" ' * 2000 + "tail")
    assert tree.root.text() == "Kept."
    assert [e.tag for e in tree.elements[1:]] == ["p"]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><spa", "One"),
        ("<p>One</p></di", "One"),
        ("<p>One</p></ x>Two", "One Two"),
        ("a < b <3 </>", "a < b <3"),
        ("<p>One</p><!-- a comment with no end <p>Two</p>", "One"),
        ("<p>One</p><![CDATA[x]]><p>Two</p>", "One Two"),
        ("<![CDATA[>" * 50 + "<p>Two</p>", "Two"),
        ("<!-->One<!--->Two<!---->Three", "OneTwoThree"),
        ("<p>One<br><br/>\n<BR>Two", "One Two"),
        ("<script>if (a < b) { x = '</p>' }</script><p>After</p>", "After"),
        ("<é>text", "<é>text"),
    ],
)
def test_tokens(markup: str, text: str) -> None:
    assert parse_tree(markup).root.text() == text


def _lines(run: Callable[[], object]) -> int:
    """How many lines of citekit's own code ``run()`` runs (a count, unlike a clock)."""
    count = 0

    def counting(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return counting

    def enter(frame: FrameType, event: str, arg: Any) -> Any:
        return counting if "citekit" in frame.f_code.co_filename else None

    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


HOSTILE_UNITS = [
    "<p a",
    '<a b=">" ',
    "<![CDATA[>",
    "<!-- -->",
    "<i>",
    "<div>",
    "<li>x",
    "<br>x",
    "a < b ",
    "&amp;",
    '<a href="https://x.com/a/status/1">x</a> ',
]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_work_grows_linearly_with_hostile_markup(unit: str) -> None:
    small = _lines(lambda: parse_tree(unit * (2_000 // len(unit))))
    large = _lines(lambda: parse_tree(unit * (8_000 // len(unit))))
    assert large <= 4.6 * small + 200, (small, large)


markup_pieces = st.sampled_from(
    ["<", ">", "/", '"', "'", "=", " ", "a", "p", "br", "!", "-", "[", "]", "?", "&amp;",
     "\n", "<![CDATA[", "]]>", "<!--", "-->", "<script>", "</script>", "<br>", "é", "</"]
)  # fmt: skip


@given(st.lists(markup_pieces, max_size=60).map("".join))
def test_property_any_markup_builds_a_tree(markup: str) -> None:
    tree = parse_tree(markup)
    assert tree.elements[0] is tree.root
    assert all(e.index == i for i, e in enumerate(tree.elements))
    assert all(len(e.attrs) <= MAX_ATTRIBUTES for e in tree.elements)


def test_running_out_of_memory_in_trafilatura_is_not_a_quiet_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Under the command line's memory bound, a page that needs more must be reported,
    # not read again by the markup reader as if trafilatura had found no text.
    trafilatura = pytest.importorskip("trafilatura")

    def out_of_memory(*args: object, **kwargs: object) -> str:
        raise MemoryError

    monkeypatch.setattr(trafilatura, "extract", out_of_memory)
    with pytest.raises(MemoryError):
        citekit.parse_html(f"<html><body>{AFTER}</body></html>")
