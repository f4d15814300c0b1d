"""Fuzz ``citekit.parse_article`` with atheris (``pip install 'citekit[fuzz]'``).

Each input is turned into text two ways: decoded as UTF-8 with errors
replaced (what a scraper hands over) and as arbitrary code points, lone
surrogates included. The target checks the contract every caller relies on:
no exception, every span inside the text, the records of each section in
text order, quotation and post words equal to the text at their spans, and
the same result twice. Any failure is a crash that atheris saves as
``crash-*``; ``fuzz/run.sh`` runs this for a bounded time, and a crash found
becomes a test in ``tests/regressions/``.

Run directly: ``python fuzz/fuzz_parse_article.py [atheris/libFuzzer flags] [corpus dir]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import citekit  # noqa: F401  (instrumented here, called by check_contract)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from contract import check_contract


def test_one_input(data: bytes) -> None:
    check_contract(data.decode("utf-8", errors="replace"))
    provider = atheris.FuzzedDataProvider(data)
    check_contract(provider.ConsumeUnicode(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
