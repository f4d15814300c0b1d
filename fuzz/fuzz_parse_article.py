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

import atheris

with atheris.instrument_imports():
    import citekit

SECTIONS = ("posts", "image_credits", "quotes", "sources")


def check(text: str) -> None:
    """Raise ``AssertionError`` if ``parse_article(text)`` breaks its contract."""
    article = citekit.parse_article(text)
    assert article.text is text
    for section in SECTIONS:
        records = getattr(article, section)
        starts = [record.span.start for record in records]
        assert starts == sorted(starts), f"{section} not in text order"
        for record in records:
            span = record.span
            assert 0 <= span.start <= span.end <= len(text), f"{section} span {span} outside"
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text, "quote text != span"
    for post in article.posts:
        if post.text_span is not None:
            assert post.text_span.of(text) == post.text, "post text != text_span"
    assert citekit.parse_article(text) == article, "not deterministic"


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))
    provider = atheris.FuzzedDataProvider(data)
    check(provider.ConsumeUnicode(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
