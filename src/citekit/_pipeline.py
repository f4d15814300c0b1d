"""The pipeline: one segmentation, one reading, and the detectors, in a fixed order.

    text -> segment -> posts, image_credits -> read -> quotes, sources, hedges -> Article

The language is the one given, or the one the text's function words show
(``_text.language``); its words (``_lexicon.languages``) ride on the
document, for every stage to read. ``segment`` cuts the text into paragraphs
and sentences (``Document``). The detectors then run in the order below and
nowhere else, each given what it needs and the article so far (the records
found before it: quotes must know the posts, to leave a post's own quotation
marks to it; sources must know the quotes, whose speakers are sources), and
each returns its own records. Posts and image credits are read from the
document alone; ``read`` then reads it once for the quotations and
attribution clauses, each speaker resolved to an entity (``Reading``), which
quotes, sources and hedges share. The reading runs after the detectors that
do not need it, so that their peak memory is not added to its.
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
from ._text.language import lexicon_for
from ._text.segment import Document, segment

TextDetector = Callable[[Document, Article], Sequence[Any]]
ReadingDetector = Callable[[Document, Reading, Article], Sequence[Any]]

#: (Article field, detector) that read the document alone, in the order they run.
TEXT_DETECTORS: tuple[tuple[str, TextDetector], ...] = (
    ("posts", find_posts),
    ("image_credits", find_image_credits),
)

#: (Article field, detector) that read the reading too, in the order they run, after it.
READING_DETECTORS: tuple[tuple[str, ReadingDetector], ...] = (
    ("quotes", find_quotes),
    ("sources", find_sources),
    ("hedges", find_hedges),
)


def parse_article(text: str, language: str | None = None) -> Article:
    """Find the embedded posts, image credits, quotations, sources and hedges of an article.

    ``text`` is the article as plain text (scraped text with lost line breaks,
    mixed quote marks and glued sentences is expected). Every record's
    ``span`` indexes into ``text``. ``language`` is the code of the language
    it is written in ("en", "de", "fr", "it", "es"; a region is ignored:
    "de-AT"); ``None`` detects it from the text (English when unsure), and
    ``Article.language`` says which was read. Raises ``TypeError`` when
    ``text`` is not a ``str`` and ``ValueError`` for an unknown ``language``;
    never raises on odd text.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article() takes a str, not {type(text).__name__}")
    return detect(Article(text=text), language=language)


def detect(article: Article, given: Sequence[str] = (), language: str | None = None) -> Article:
    """Run the detectors over ``article.text``, except those whose ``given`` records it holds.

    ``parse_html`` reads posts and image credits from the markup and gives
    them here, so that the quotations and sources are found as in text.
    ``language`` is as ``parse_article`` takes it.
    """
    lexicon = lexicon_for(language, article.text)
    if lexicon.code != article.language:
        article = attrs.evolve(article, language=lexicon.code)
    if not article.text.strip():
        return article
    doc = segment(article.text, lexicon)
    for field, find in TEXT_DETECTORS:
        if field not in given:
            article = _with(article, field, find(doc, article))
    reading = read(doc)
    for field, detector in READING_DETECTORS:
        if field not in given:
            article = _with(article, field, detector(doc, reading, article))
    return article


def _with(article: Article, field: str, records: Sequence[Any]) -> Article:
    found = tuple(records)
    if not found and not getattr(article, field):
        return article  # nothing found, nothing to replace: most articles embed no post
    changes: dict[str, Any] = {field: found}
    return attrs.evolve(article, **changes)
