"""The data model: frozen records, spans, the public boundary and to_dict."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import citekit


def test_non_str_raises_type_error_naming_the_type() -> None:
    with pytest.raises(TypeError, match="bytes"):
        citekit.parse_article(b"text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        citekit.parse_article(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0\u2028"])
def test_blank_text_gives_an_empty_article(text: str) -> None:
    article = citekit.parse_article(text)
    assert article == citekit.Article(text=text)
    assert article.posts == article.image_credits == article.quotes == article.sources == ()


def test_records_are_frozen() -> None:
    span = citekit.Span(1, 3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2)])
def test_span_rejects_bad_bounds(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"Span|must be"):
        citekit.Span(start, end)


def test_span_slices_and_shifts() -> None:
    span = citekit.Span(4, 9)
    assert span.of("the quick brown fox") == "quick"
    assert span.shift(2) == citekit.Span(6, 11)
    assert len(span) == 5


def test_to_dict_gives_iso_dates_and_span_dicts() -> None:
    post = citekit.Post(
        platform="twitter",
        span=citekit.Span(0, 10),
        handle="someone",
        date=dt.date(2020, 1, 2),
        links=["https://t.co/x"],
    )
    article = citekit.Article(text="x" * 10, posts=[post])
    data = article.to_dict()
    assert data["posts"][0]["date"] == "2020-01-02"
    assert data["posts"][0]["span"] == {"start": 0, "end": 10}
    assert data["posts"][0]["links"] == ["https://t.co/x"]
    assert isinstance(article.posts, tuple)


def test_public_names() -> None:
    for name in citekit.__all__:
        assert getattr(citekit, name) is not None
    assert citekit.__version__
