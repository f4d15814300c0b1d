"""Invariants of ``parse_article`` on any text: the contract every detector keeps."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import citekit
from strategies import hostile_text, paragraphs, prose

SECTIONS = ("posts", "image_credits", "quotes", "sources")


def _records(article: citekit.Article) -> list[object]:
    return [r for section in SECTIONS for r in getattr(article, section)]


def _source_text(record: object, text: str) -> str:
    span: citekit.Span = record.span  # type: ignore[attr-defined]
    return text[span.start : span.end]


@given(hostile_text)
def test_never_raises_and_spans_lie_inside(text: str) -> None:
    article = citekit.parse_article(text)
    assert article.text is text
    for record in _records(article):
        span = record.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text)


@given(hostile_text)
def test_deterministic(text: str) -> None:
    assert citekit.parse_article(text) == citekit.parse_article(text)


@given(hostile_text)
def test_records_in_text_order(text: str) -> None:
    article = citekit.parse_article(text)
    for section in SECTIONS:
        starts = [r.span.start for r in getattr(article, section)]
        assert starts == sorted(starts), section


@given(hostile_text)
def test_to_dict_is_json(text: str) -> None:
    data = citekit.parse_article(text).to_dict()
    decoded = json.loads(json.dumps(data))
    # JSON joins a lone surrogate pair into one code point; everything else round-trips.
    assert {k: v for k, v in decoded.items() if k != "text"} == {
        k: v for k, v in data.items() if k != "text"
    } or any("\ud800" <= c <= "\udfff" for c in text)


@given(hostile_text)
def test_quote_and_post_text_is_their_span(text: str) -> None:
    article = citekit.parse_article(text)
    for quote in article.quotes:
        assert _source_text(quote, text) == quote.text
    for post in article.posts:
        if post.text_span is not None:
            assert post.text_span.of(text) == post.text
            assert post.span.start <= post.text_span.start <= post.text_span.end <= post.span.end
        for entity in post.entities:
            assert post.span.start <= entity.span.start <= entity.span.end <= post.span.end


@given(hostile_text)
def test_sources_name_their_mentions(text: str) -> None:
    article = citekit.parse_article(text)
    for source in article.sources:
        assert source.mentions
        assert source.span == source.mentions[0]
        assert list(source.mentions) == sorted(source.mentions)


@given(st.text(alphabet=" \t\n\r\u00a0\u2028", max_size=50))
def test_blank_text_gives_an_empty_article(text: str) -> None:
    assert citekit.parse_article(text) == citekit.Article(text=text)


def _shift_spans(data: object, offset: int) -> object:
    """``data`` (from ``to_dict``) with every span moved by ``offset``."""
    if isinstance(data, dict):
        if set(data) == {"start", "end"}:
            return {"start": data["start"] + offset, "end": data["end"] + offset}
        return {key: _shift_spans(value, offset) for key, value in data.items()}
    if isinstance(data, list):
        return [_shift_spans(value, offset) for value in data]
    return data


@given(prefix=paragraphs, text=hostile_text)
def test_prefix_shifts_every_span(prefix: str, text: str) -> None:
    """Prose paragraphs before an article move its credits and quotes and change nothing else.

    Posts are left out: a signature on the first line takes the line before it
    as its words, so prose before it rightly changes the post.
    """
    head = prefix + "\n\n"
    alone = citekit.parse_article(text).to_dict()
    shifted = citekit.parse_article(head + text).to_dict()
    for section in ("image_credits", "quotes"):
        assert shifted[section] == _shift_spans(alone[section], len(head)), section


@given(paragraphs)
def test_plain_prose_cites_nothing(text: str) -> None:
    article = citekit.parse_article(text)
    assert _records(article) == []


@given(prose)
def test_same_result_with_crlf_line_ends(text: str) -> None:
    crlf = text.replace("\n", "\r\n")
    assert len(citekit.parse_article(crlf).quotes) == len(citekit.parse_article(text).quotes)


@given(
    unit=st.sampled_from(
        ['"', "“", "”", "'", "’", "(@", "@", "[", "]", "(", "—", "#", "a. ", "\n"]
    ),
    count=st.integers(min_value=1_000, max_value=20_000),
)
def test_huge_runs_of_trigger_characters(unit: str, count: int) -> None:
    text = unit * count
    article = citekit.parse_article(text)
    for record in _records(article):
        span = record.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text)
