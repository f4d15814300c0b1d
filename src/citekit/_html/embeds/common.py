"""What every platform's markup reader builds: the ``Embed``, and the parts they share.

An ``Embed`` is one post as the page shows it, flattened: its words, then a
signature line as a reader of the page sees it, and a ``Post`` whose spans
index that text. ``link_only`` builds the post of an embed known only by its
permalink (a player, an unrun embed code), ``compose`` the post of words and
a signature; their links and entities are read by the text rules
(``_posts.links``), so a post reads the same from markup and from text.
"""

from __future__ import annotations

import datetime as dt
import enum
from urllib.parse import unquote, urlsplit

import attrs

from ..._posts.links import entities_of, links_and_media
from ..._records import Platform, Post, Span
from ..._text.dates import parse_date
from ..tree import Element, collapse


@attrs.frozen
class Embed:
    """One embedded post: its flattened text and the post, spans relative to that text."""

    text: str
    post: Post


class Claim(enum.Enum):
    """What a reader gives for its platform's embed code that embeds no post."""

    NOT_A_POST = "not a post"


#: A player or plugin of the platform's that shows no post (Facebook's page
#: plugin, its like button): no other platform's reader is asked.
NOT_A_POST = Claim.NOT_A_POST

# What the children of an element skip once it was read as an embed code and is
# none (``read_embed``'s second value): reading the embed codes below it would
# read their subtrees again, once per level of a page that nests them.
NO_SUBTREE = 256  # no embed code that is read from a subtree: a blockquote's, an amp's
NO_CLASSLESS = 512  # no blockquote as a tweet whose class was stripped


def link_only(platform: Platform, url: str, rule: str, handle: str | None = None) -> Embed:
    """A post known only by its permalink: the link stands for it in the text."""
    return Embed(
        url, Post(platform=platform, span=Span(0, len(url)), url=url, handle=handle, rule=rule)
    )


def compose(
    platform: Platform,
    words: str,
    signature: str,
    *,
    permalink: str | None,
    handle: str | None = None,
    author: str | None = None,
    date: dt.date | None = None,
    date_text: str | None = None,
    rule: str,
) -> Embed:
    """The flattened post (words, then the signature line) and its ``Post``."""
    words = collapse(words)
    signature = collapse(signature)
    if not words and not signature:
        return link_only(platform, permalink or "", rule, handle=handle)
    text = f"{words}\n{signature}" if words and signature else words or signature
    words_span = Span(0, len(words)) if words else None
    entities = entities_of(text, words_span) if words_span else ()
    links, media = links_and_media(entities)
    return Embed(
        text,
        Post(
            platform=platform,
            span=Span(0, len(text)),
            handle=handle,
            author=author,
            date=date,
            date_text=date_text,
            text=words or None,
            text_span=words_span,
            links=links,
            media=media,
            url=permalink,
            entities=entities,
            rule=rule,
        ),
    )


def anchors(element: Element) -> list[tuple[str, str]]:
    """(href, text) of every link below ``element``, in document order."""
    return [(a.get("href"), a.text()) for a in element.outermost("a") if a.get("href")]


def time_of(element: Element) -> tuple[dt.date | None, str | None]:
    """The date of a ``<time datetime="2023-08-19T18:02:11+00:00">`` below ``element``."""
    for node in element.iter():
        if node.tag != "time":
            continue
        text = node.text() or None
        stamp = node.get("datetime")
        try:
            parsed = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return (parse_date(text) if text else None), text
        return (parsed if "T" in stamp else parsed.date()), text
    return None, None


def clean_url(url: str) -> str:
    """A permalink without its tracking query: "…/status/1?ref_src=twsrc" is "…/status/1"."""
    url = unquote(url) if "%2F" in url or "%3A" in url else url
    parts = urlsplit(url)
    if parts.netloc.lower().endswith("facebook.com") and parts.path.endswith(
        ("permalink.php", "story.php", "photo.php", "video.php", "watch/", "watch")
    ):
        return url  # these carry the post in the query
    return f"{parts.scheme or 'https'}://{parts.netloc}{parts.path}"
