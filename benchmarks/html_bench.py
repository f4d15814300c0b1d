"""Throughput of ``parse_html``: ordinary pages, and hostile pages against them.

Usage:
    python benchmarks/html_bench.py [FOLDER] [--repeat N] [--size BYTES] [--only WORD]
                                    [--skip-hostile] [--timeout SECONDS]

FOLDER holds ``*.html`` pages (default: the shared annotated pages, when
present; else pages built here). The first lines give MB of HTML per second
for ``parse_html`` with the markup reader alone (as without the ``html``
extra), with trafilatura (the extra), and trafilatura's own ``extract`` on
the same pages, for comparison; the trafilatura lines are skipped when it is
not installed.

Then a table of hostile pages, each built to about ``--size`` bytes (1 MB by
default): deep nesting of every kind of element, unclosed tags, huge
attributes, a megabyte of text in one element, thousands of players,
blockquotes and figures, comments, CDATA, broken entities, scripts full of
markup. For each, the cost per MB with the markup reader and with
trafilatura, as a multiple of the ordinary pages' cost per MB (the target is
3 or less), the share of that cost spent by the text detectors on the
article's text (the part that ``parse_article`` would spend on it too), and
the growth: cost per MB at full size over cost per MB at a quarter of it,
about 1 when the cost is linear, 4 when it is quadratic ("-" for a page read
too quickly to tell).
"""

from __future__ import annotations

import argparse
import importlib.util
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import citekit

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-html"

# --- an ordinary page, for machines without the annotated pages ---------------------------

_PARAGRAPH = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable, which "
    '<a href="/ferries">commuters</a> have criticised since October. "We will add two '
    "sailings on Sundays,\" said Marta Lund, the board's director.</p>\n"
)
_FIGURE = (
    '<figure class="article-image"><picture><source srcset="/img/pier-800.webp 800w">'
    '<img src="/img/pier.jpg" alt="The pier" width="800" height="450"></picture>'
    "<figcaption>Passengers wait at the pier in the rain. "
    '<span class="credit">Photo: Jonas Brandt/Getty Images</span></figcaption></figure>\n'
)
_TWEET = (
    '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The night ferry '
    'is running late again <a href="https://t.co/AbC123xyz">pic.twitter.com/AbC123xyz</a></p>'
    "&mdash; Harbour Watch (@harbourwatch) "
    '<a href="https://twitter.com/harbourwatch/status/1234567890123456789">March 4, 2024</a>'
    "</blockquote>\n"
)
_NAV = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
# News pages are mostly scripts and styles (the annotated ones: 300 KB a page on average).
_SCRIPT = "<script>window.dataLayer=[" + ",".join(f'{{"k{i}":"v{i}"}}' for i in range(8000))


def ordinary_page(index: int) -> str:
    """A news page of about 200 KB: head scripts, navigation, an article, a sidebar."""
    body = (_PARAGRAPH * 6 + _FIGURE + _PARAGRAPH * 4 + _TWEET) * 3
    return (
        f"<!DOCTYPE html><html><head><title>Story {index}</title>"
        '<meta property="og:site_name" content="Harbour Gazette">'
        f"{_SCRIPT}];</script><style>{'p{margin:0} ' * 4000}</style></head><body>"
        f"{_NAV}</ul></nav><main><article><h1>Story {index}</h1>{body}</article></main>"
        '<aside class="sidebar related">' + _PARAGRAPH * 5 + "</aside>"
        "<footer><p>© 2024 Harbour Gazette</p></footer></body></html>"
    )


# --- hostile pages ------------------------------------------------------------------------


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _nested(opening: str, closing: str, size: int, inner: str = "x") -> str:
    count = max(1, size // (len(opening) + len(closing)))
    return opening * count + inner + closing * count


_WORDS = "The harbour board said on Tuesday that the ferries would run again next week. "
_TWEET_LEVEL = (
    '<blockquote class="twitter-tweet"><p>Ferry update</p>&mdash; Port (@port) '
    '<a href="https://twitter.com/port/status/123">June 5, 2017</a>'
)
_CLASSLESS_LEVEL = (
    '<blockquote><p>Ferry update (@port)</p><a href="https://twitter.com/port/status/1">x</a>'
)
_EVERY_TAG = (
    "div span p a b i em strong ul li ol dl dt dd table tr td th tbody blockquote figure "
    "figcaption picture cite small section article main aside header footer nav form label "
    "button select option pre code h1 h2 h3 font center iframe object video audio svg g "
    "noscript template amp-twitter amp-img details summary"
).split()
_EVERY_TAG_LEVEL = "".join(f'<{tag} class="c{i}">w ' for i, tag in enumerate(_EVERY_TAG))

HOSTILE: dict[str, Callable[[int], str]] = {
    # deep nesting, closed and unclosed
    "deep <div>, closed": lambda n: _nested("<div>", "</div>", n),
    "deep <div>, unclosed": lambda n: _fill("<div>", n),
    "deep <span>": lambda n: _fill("<span>", n),
    "deep <ul><li>": lambda n: _fill("<ul><li>", n),
    "deep <table><tr><td>": lambda n: _fill("<table><tr><td>", n),
    "deep <blockquote>": lambda n: _fill("<blockquote>", n),
    "deep <h1>": lambda n: _fill("<h1>", n) + "title",
    "deep tweet blockquotes": lambda n: _fill('<blockquote class="twitter-tweet">', n),
    "deep tweet blockquotes, signed": lambda n: _fill(_TWEET_LEVEL, n),
    "deep classless tweets": lambda n: _fill(_CLASSLESS_LEVEL, n),
    "deep instagram blockquotes": lambda n: _fill('<blockquote class="instagram-media">', n),
    "deep amp-twitter": lambda n: _fill("<amp-twitter data-tweetid='x'>", n),
    "deep <figure><cite>": lambda n: "<figure>" + _fill("<cite><i>", n),
    "deep credit spans": lambda n: "<figure>" + _fill('<span class="credit">Photo: A ', n),
    "deep <a>": lambda n: _fill('<a href="https://twitter.com/a/status/1">', n),
    "deep every tag kind": lambda n: _fill(_EVERY_TAG_LEVEL, n),
    # unclosed and misnested
    "unclosed <div><p>": lambda n: _fill("<div><p>x", n),
    "unclosed <li>": lambda n: "<ul>" + _fill("<li>item ", n),
    "tag soup": lambda n: _fill("<p><b><i></p></b></i>", n),
    "stray end tags": lambda n: _fill("</div></span></p>x", n),
    # many small elements
    "200k <br> per MB": lambda n: _fill("<br>", n),
    "<p> per line": lambda n: _fill("<p>x</p>", n),
    "table of names": lambda n: (
        "<table>" + _fill("<tr><td>Ana Lind</td><td>Getty Images</td></tr>", n) + "</table>"
    ),
    # attributes
    "huge attribute": lambda n: f'<div class="{"a" * n}">x</div>',
    "many attributes": lambda n: "<div " + _fill('data-a="1" ', n) + ">x</div>",
    "unclosed attribute quote": lambda n: '<p>x</p><div class="' + _fill("a ", n),
    "escaped players in attributes": lambda n: _fill(
        '<div data-html="&lt;iframe src=&quot;//www.youtube.com/embed/Ab3dE6gH9jK&quot;&gt;">'
        "x</div>",
        n,
    ),
    # text
    "1 MB of prose in one <p>": lambda n: "<p>" + _fill(_WORDS, n) + "</p>",
    "1 MB of one word": lambda n: "<p>" + "a" * n + "</p>",
    "prose in <pre>": lambda n: "<pre>" + _fill(_WORDS + "\n", n) + "</pre>",
    "prose in a caption": lambda n: (
        "<figure><figcaption>" + _fill(_WORDS, n) + "</figcaption></figure>"
    ),
    "text without tags": lambda n: _fill(_WORDS, n),
    # many embeds and figures
    "thousands of tweets": lambda n: _fill(_TWEET, n),
    "thousands of players": lambda n: _fill(
        '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>', n
    ),
    "thousands of blockquotes": lambda n: _fill(f"<blockquote><p>{_WORDS}</p></blockquote>", n),
    "thousands of figures": lambda n: _fill(_FIGURE, n),
    "json-ld images and figures": lambda n: (
        '<script type="application/ld+json">['
        + ",".join(
            f'{{"@type":"ImageObject","creditText":"Ana Lind{i}/Reuters"}}'
            for i in range(max(1, n // 130))
        )
        + "]</script>"
        + _fill(_FIGURE, n // 2)
    ),
    # comments, declarations, entities, scripts
    "many comments": lambda n: _fill("<!-- a --><p>x</p>", n),
    "unclosed comment": lambda n: "<p>x</p><!--" + "x" * n,
    "CDATA sections": lambda n: _fill("<![CDATA[ <p>x</p> ]]>", n),
    "unclosed CDATA": lambda n: "<p>x</p><![CDATA[" + _fill("<p>x", n),
    "broken entities": lambda n: "<p>" + _fill("&#99999999999; &#xD800; &#0; &bogus; &amp", n),
    "lone < and >": lambda n: _fill("< a > b <", n),
    "scripts with markup inside": lambda n: _fill(
        "<script>document.write('<div><blockquote class=\"twitter-tweet\"><p>x</p>');</script>",
        n,
    ),
    "unclosed script": lambda n: "<p>x</p><script>" + _fill("var a = '<div>';", n),
    "NUL characters": lambda n: _fill("<p>\x00\x00</p>", n),
    "many <meta>": lambda n: _fill('<meta property="og:site_name" content="Harbour">', n),
}


# --- measuring ----------------------------------------------------------------------------


class _Timeout(Exception):
    pass


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def seconds_per_mb(
    run: Callable[[str], object], pages: list[str], repeat: int, timeout: int
) -> float:
    """The best processor time per MB over ``repeat`` runs; infinity past ``timeout`` seconds.

    Processor time, not wall time: on a shared machine it moves less with the load.
    """
    size = sum(len(page.encode("utf-8", "surrogatepass")) for page in pages)
    best = float("inf")
    try:
        with _deadline(timeout):
            for _ in range(repeat):
                start = time.process_time()
                for page in pages:
                    run(page)
                best = min(best, time.process_time() - start)
    except _Timeout:
        return float("inf")
    return best / (size / 1e6)


def _markup(page: str) -> object:
    return citekit.parse_html(page, extractor="markup")


def _auto(page: str) -> object:
    return citekit.parse_html(page, extractor="auto")


def _detector_share(page: str) -> float:
    """The share of the markup reader's time spent by the detectors on the article's text."""
    start = time.process_time()
    article = citekit.parse_html(page, extractor="markup")
    total = time.process_time() - start
    start = time.process_time()
    citekit.parse_article(article.text)
    return min(1.0, (time.process_time() - start) / total) if total else 0.0


def _rate(per_mb: float) -> str:
    return f"{1 / per_mb:6.2f} MB/s" if per_mb else "   inf MB/s"


def _times(per_mb: float, reference: float) -> str:
    if per_mb == float("inf"):
        return "timeout"
    return f"{per_mb / reference:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each hostile page")
    parser.add_argument("--only", default="", help="hostile pages whose name has this word")
    parser.add_argument("--skip-hostile", action="store_true", help="ordinary pages only")
    parser.add_argument("--timeout", type=int, default=60, help="seconds a hostile page may take")
    args = parser.parse_args(argv)
    if args.folder.is_dir():
        pages = [
            path.read_text(encoding="utf-8", errors="replace")
            for path in sorted(args.folder.glob("*.htm*"))
        ]
        where = f"{len(pages)} pages in {args.folder}"
    else:
        pages = [ordinary_page(index) for index in range(20)]
        where = f"{len(pages)} ordinary pages built here (no folder at {args.folder})"
    if not pages:
        print(f"no *.html pages in {args.folder}", file=sys.stderr)
        return 2
    has_trafilatura = importlib.util.find_spec("trafilatura") is not None
    size = sum(len(page.encode("utf-8")) for page in pages) / 1e6
    print(f"Ordinary pages: {where}, {size:.1f} MB")
    markup = seconds_per_mb(_markup, pages, args.repeat, 10**6)
    print(f"  parse_html (markup reader, no extra)  {_rate(markup)}  ({markup:.3f} s/MB)")
    auto = markup
    if has_trafilatura:
        import trafilatura

        auto = seconds_per_mb(_auto, pages, args.repeat, 10**6)
        print(f"  parse_html (with trafilatura)         {_rate(auto)}  ({auto:.3f} s/MB)")
        alone = seconds_per_mb(trafilatura.extract, pages, args.repeat, 10**6)
        print(f"  trafilatura.extract alone             {_rate(alone)}  ({alone:.3f} s/MB)")
    else:
        print("  trafilatura is not installed: pip install 'citekit[html]' for the other lines")
    if args.skip_hostile:
        return 0
    print(
        f"\nHostile pages of {args.size / 1e6:g} MB: cost per MB as a multiple of the ordinary "
        "pages' (target: 3x or less)\n"
    )
    header = f"| {'page':34} | markup | with trafilatura | detectors' share | growth |"
    print(header)
    print("|" + "|".join("-" * (len(cell) + 0) for cell in header.split("|")[1:-1]) + "|")
    for name, build in HOSTILE.items():
        if args.only and args.only not in name:
            continue
        full, quarter = [build(args.size)], [build(args.size // 4)]
        cost = seconds_per_mb(_markup, full, 1, args.timeout)
        small = seconds_per_mb(_markup, quarter, 1, args.timeout)
        # (a page read in a few milliseconds is too quick to tell growth from noise)
        timed = small and cost != float("inf") and cost >= markup / 4
        growth = f"{cost / small:.1f}" if timed else "-"
        with_trafilatura = "-"
        if has_trafilatura:
            with_trafilatura = _times(seconds_per_mb(_auto, full, 1, args.timeout), auto)
        share = f"{_detector_share(full[0]):.0%}" if cost != float("inf") else "-"
        print(
            f"| {name:34} | {_times(cost, markup):>6} | {with_trafilatura:>16} "
            f"| {share:>16} | {growth:>6} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
