"""The contract every caller of ``parse_article`` relies on, checked in one place.

The fuzz target (``fuzz/fuzz_parse_article.py``), the regression table and
the hostile-input tests all check it: no exception, every span inside the
text, the records of each section in text order, quotation and post words
equal to the text at their spans, and the same result twice.
"""

from __future__ import annotations

import citekit

SECTIONS = ("posts", "image_credits", "quotes", "sources")


def assert_well_formed(text: str, article: citekit.Article) -> None:
    """The article is ``text``'s, and every section is in text order, inside the text."""
    assert article.text is text
    for section in SECTIONS:
        records = getattr(article, section)
        starts = [record.span.start for record in records]
        assert starts == sorted(starts), f"{section} not in text order"
        for record in records:
            span = record.span
            assert 0 <= span.start <= span.end <= len(text), f"{section} span {span} outside"


def check_contract(text: str) -> citekit.Article:
    """Parse ``text``; raise ``AssertionError`` where the result breaks the contract."""
    article = citekit.parse_article(text)
    assert_well_formed(text, article)
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text, "quote text != span"
    for post in article.posts:
        if post.text_span is not None:
            assert post.text_span.of(text) == post.text, "post text != text_span"
    assert citekit.parse_article(text) == article, "not deterministic"
    return article
