"""citekit: find what a news article cites.

>>> import citekit
>>> article = citekit.parse_article(text)
>>> article.posts, article.image_credits, article.quotes, article.sources
>>> article.hedges
>>> for article in citekit.parse_many(texts, jobs=4): ...  # citekit.WorkerDied, InputTooLarge
>>> page = citekit.parse_html(html)  # a whole page: posts and credits from its markup

Records are frozen attrs classes; every record's ``span`` indexes into the
parsed text. ``Article.to_dict()`` gives JSON-ready data.
"""

from ._batch import BatchItemError, InputTooLarge, NotAString, WorkerDied, parse_many
from ._html import parse_html
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
    "BatchItemError",
    "Entity",
    "Hedge",
    "ImageCredit",
    "InputTooLarge",
    "NotAString",
    "Post",
    "Quote",
    "Source",
    "Span",
    "Speaker",
    "WorkerDied",
    "__version__",
    "parse_article",
    "parse_html",
    "parse_many",
]
