"""Quotations and sources in German, French, Italian and Spanish: a table, then properties.

The table (``cases/quotes-intl.yaml``) holds example texts written for these
tests in each language's shapes. The properties check, for every language,
that parsing never raises and gives exact spans on hostile text, and plant a
quotation in each language's typography and word order and find it with its
speaker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit._lexicon.languages import LANGUAGES
from strategies import hostile_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "quotes-intl.yaml").read_text("utf-8"))


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["name"], marks=marks)


def _found(article: citekit.Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _matches(quote: citekit.Quote, want: dict[str, Any]) -> bool:
    if quote.text != want["text"]:
        return False
    speaker, wanted = quote.speaker, want["speaker"]
    if speaker is None or wanted is None:
        return speaker is None and wanted is None
    return all(getattr(speaker, field) == value for field, value in wanted.items())


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    text = case["text"]
    article = citekit.parse_article(text, language=case["language"])
    assert article.language == case["language"]
    if "includes" in case:
        for want in case["includes"]:
            assert any(_matches(q, want) for q in article.quotes), _found(article)
    if "quotes" in case:
        assert len(article.quotes) == len(case["quotes"]), _found(article)
        for quote, want in zip(article.quotes, case["quotes"], strict=True):
            assert _matches(quote, want), (_found(article), want)
    if "sources" in case:
        found = [(s.name, s.kind) for s in article.sources]
        if not case["sources"]:
            assert not [s for s in article.sources if s.kind == "person"], found
        for want in case["sources"]:
            assert (want["name"], want["kind"]) in found, found
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text


@given(st.sampled_from(sorted(LANGUAGES)), hostile_text)
def test_never_raises_and_spans_are_exact(code: str, text: str) -> None:
    article = citekit.parse_article(text, language=code)
    previous = -1
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text
        assert quote.span.start >= previous
        previous = quote.span.start
        if quote.speaker is not None:
            assert 0 <= quote.speaker.span.start <= quote.speaker.span.end <= len(text)
    for source in article.sources:
        assert 0 <= source.span.start <= source.span.end <= len(text)
