"""citekit: find what a news article cites.

>>> import citekit
>>> article = citekit.parse_article(text)
>>> article.posts, article.image_credits, article.quotes, article.sources
>>> article.hedges

Records are frozen attrs classes; every record's ``span`` indexes into the
parsed text. ``Article.to_dict()`` gives JSON-ready data.
"""

from ._pipeline import parse_article
from ._records import (
    Article,
    Entity,
    Hedge,
    ImageCredit,
    Post,
    Quote,
    Source,
    Span,
    Speaker,
)
from ._version import __version__

__all__ = [
    "Article",
    "Entity",
    "Hedge",
    "ImageCredit",
    "Post",
    "Quote",
    "Source",
    "Span",
    "Speaker",
    "__version__",
    "parse_article",
]
