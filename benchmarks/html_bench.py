"""Throughput of ``parse_html`` on saved pages: MB of HTML per second.

Usage:
    python benchmarks/html_bench.py [FOLDER] [--repeat N]

FOLDER holds ``*.html`` pages (default: the shared annotated pages, when
present). Three lines: ``parse_html`` with the markup reader alone (as
without the ``html`` extra), ``parse_html`` with trafilatura (the extra),
and trafilatura's own ``extract`` on the same pages, for comparison. The
last two are skipped when trafilatura is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

import citekit

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-html"


def load(folder: Path) -> list[str]:
    return [
        path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.glob("*.htm*"))
    ]


def measure(label: str, run: Callable[[str], object], pages: list[str], repeat: int) -> None:
    size = sum(len(page.encode("utf-8")) for page in pages)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            run(page)
        best = min(best, time.perf_counter() - start)
    rate = size / 1e6 / best
    print(f"{label:38} {rate:6.2f} MB/s  ({len(pages)} pages, {size / 1e6:.1f} MB, {best:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no folder of pages at {args.folder}", file=sys.stderr)
        return 2
    pages = load(args.folder)
    if not pages:
        print(f"no *.html pages in {args.folder}", file=sys.stderr)
        return 2
    measure(
        "parse_html (markup reader, no extra)",
        lambda page: citekit.parse_html(page, extractor="markup"),
        pages,
        args.repeat,
    )
    if importlib.util.find_spec("trafilatura") is None:
        print("trafilatura is not installed: pip install 'citekit[html]' for the other lines")
        return 0
    import trafilatura

    measure(
        "parse_html (with trafilatura)",
        lambda page: citekit.parse_html(page, extractor="trafilatura"),
        pages,
        args.repeat,
    )
    measure("trafilatura.extract alone", lambda page: trafilatura.extract(page), pages, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
