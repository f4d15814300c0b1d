"""The pipeline: one segmentation, one reading, then the detectors in a fixed order.

    text -> segment -> read -> DETECTORS -> Article

``segment`` cuts the text into paragraphs and sentences (``Document``);
``read`` reads it once for the quotations and attribution clauses, each
speaker resolved to an entity (``Reading``); then each detector, in the
order of ``DETECTORS`` and nowhere else, gets the document, the reading and
the article so far (the records found before it: quotes must know the
posts, to leave a post's own quotation marks to it; sources must know the
quotes, whose speakers are sources) and returns its own records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ._credits import find_image_credits
from ._hedges import find_hedges
from ._posts import find_posts
from ._quotes import find_quotes
from ._reading import Reading, read
from ._records import Article
from ._sources import find_sources
from ._text.segment import Document, segment

Detector = Callable[[Document, Reading, Article], Sequence[Any]]


def _from_text(find: Callable[[Document, Article], Sequence[Any]]) -> Detector:
    """A detector that reads the document alone: posts and image credits need no reading."""

    def detector(doc: Document, reading: Reading, article: Article) -> Sequence[Any]:
        return find(doc, article)

    detector.__name__ = detector.__qualname__ = find.__name__
    return detector


#: (Article field, detector) in the order they run.
DETECTORS: tuple[tuple[str, Detector], ...] = (
    ("posts", _from_text(find_posts)),
    ("image_credits", _from_text(find_image_credits)),
    ("quotes", find_quotes),
    ("sources", find_sources),
    ("hedges", find_hedges),
)


def parse_article(text: str) -> Article:
    """Find the embedded posts, image credits, quotations, sources and hedges of an article.

    ``text`` is the article as plain text (scraped text with lost line breaks,
    mixed quote marks and glued sentences is expected). Every record's
    ``span`` indexes into ``text``. Raises ``TypeError`` when ``text`` is not
    a ``str``; never raises on odd text.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article() takes a str, not {type(text).__name__}")
    return detect(Article(text=text))


def detect(article: Article, given: Sequence[str] = ()) -> Article:
    """Run the detectors over ``article.text``, except those whose ``given`` records it holds.

    ``parse_html`` reads posts and image credits from the markup and gives
    them here, so that the quotations and sources are found as in text.
    """
    if not article.text.strip():
        return article
    doc = segment(article.text)
    reading = read(doc)
    for field, detector in DETECTORS:
        if field in given:
            continue
        found: dict[str, Any] = {field: tuple(detector(doc, reading, article))}
        article = attrs.evolve(article, **found)
    return article
