"""How much of the speed target any word-by-word reader in Python uses up.

Run from the project root, with citekit installed::

    python benchmarks/floor.py                            # the seed article(s) in seeds/
    python benchmarks/floor.py /work/shared/corpus/dev    # a folder of *.gold.json / *.txt

The target of 5 MB of text per second leaves 200 ms per MB for everything
``parse_article`` does. This script times, over the same corpus as
``bench.py``, the least that a reader of words must do in pure Python, with
no reading at all, and prints each as ms per MB and as its share of those
200 ms:

- ``str.split()``: every word found by C code, no Python per word;
- one pass of a token pattern (``regex``), a loop turn per token and nothing
  kept;
- the same pass keeping one small object per token (a ``__slots__`` class of
  three fields, the least a tokenizer can hand a clause reader);
- ``parse_article`` itself.

A reader that keeps one object per word of the text cannot reach the target
before it reads a clause; see docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import MB, ROOT, TARGET_MB_PER_S, best_time, load_corpus, parse_all, table

_TOKEN = regex.compile(r"\w+|[^\w\s]")


class _Word:
    """The least a tokenizer can hand a clause reader: text, offset, kind."""

    __slots__ = ("kind", "start", "text")

    def __init__(self, text: str, start: int, kind: str) -> None:
        self.text = text
        self.start = start
        self.kind = kind


def split_words(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            text.split()

    return run


def scan_tokens(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            for _match in _TOKEN.finditer(text):
                pass

    return run


def keep_tokens(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            [_Word(m.group(), m.start(), "word") for m in _TOKEN.finditer(text)]

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "seeds")
    args = parser.parse_args(argv)
    texts = [text for _name, text in load_corpus(args.corpus)]
    if not texts:
        print(f"floor.py: no *.gold.json or *.txt article in {args.corpus}", file=sys.stderr)
        return 2
    megabytes = sum(len(t) for t in texts) / MB
    budget = 1000 / TARGET_MB_PER_S  # ms per MB
    tokens = sum(len(_TOKEN.findall(t)) for t in texts)
    rows = []
    for what, make in (
        ("str.split(), no Python per word", split_words),
        ("one token pattern pass, nothing kept", scan_tokens),
        ("the same, one small object per token", keep_tokens),
        ("parse_article", parse_all),
    ):
        ms_per_mb = best_time(make(texts)) * 1000 / megabytes
        rows.append([what, f"{ms_per_mb:.0f}", f"{100 * ms_per_mb / budget:.0f}%"])
    print(
        f"## The floor: {len(texts)} article{'s' if len(texts) > 1 else ''}, "
        f"{megabytes * MB:,.0f} characters, "
        f"{tokens:,} tokens\n"
    )
    print(
        table(
            [
                "work",
                "ms per MB",
                f"share of {budget:.0f} ms (the {TARGET_MB_PER_S:g} MB/s budget)",
            ],
            rows,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
