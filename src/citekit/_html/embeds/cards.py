"""Mastodon and Threads posts in markup: their embed blockquotes, Mastodon's iframe, links.

Mastodon's embed code is a ``blockquote class="mastodon-embed"`` whose
``data-embed-url`` names the post (or an iframe of ".../@user/ID/embed"),
Threads' a ``blockquote class="text-post-media"`` with
``data-text-post-permalink``; both show, once the script is gone, the card
"Post by @user" / "View on …" that ``_posts.cards`` reads in text.
"""

from __future__ import annotations

import regex

from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, anchors, clean_url, compose, link_only

# A Mastodon embed: "https://mastodon.social/@Gargron/109360563458366532/embed".
_MASTODON_URL = lazy_pattern(
    r"""
    (?P<permalink> https:// (?P<host> [a-z0-9.-]{1,253}+ )
      / @ (?P<user> [A-Za-z0-9_]{1,30}+ ) (?: @ [a-z0-9.-]{1,253}+ )? / (?P<id> \d{1,25}+ ) )
    (?: /embed )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A Threads post: "https://www.threads.net/@zuck/post/CuP48CiS5sx".
_THREADS_URL = lazy_pattern(
    r"(?:https?:)?//(?:www\.)?threads\.(?:net|com)/@(?P<user>[\w.]{1,30}+)/post/(?P<code>[\w-]{4,64}+)",
    regex.IGNORECASE,
)


def read_mastodon_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="mastodon-embed" data-embed-url="https://host/@user/ID/embed">``."""
    for candidate in (element.get("data-embed-url"), *(h for h, _ in anchors(element))):
        match = _MASTODON_URL.match(candidate)
        if match is not None:
            return _mastodon(match, element, "mastodon-blockquote")
    return None


def read_mastodon_player(url: str) -> Embed | None:
    """Mastodon's iframe: "https://host/@user/ID/embed"."""
    mastodon = _MASTODON_URL.match(url)
    if mastodon is None or not url.rstrip("/").endswith("/embed"):
        return None
    return _mastodon(mastodon, None, "mastodon-iframe")


def read_threads_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="text-post-media" data-text-post-permalink="…/@user/post/CODE">``."""
    permalink = None
    for candidate in (element.get("data-text-post-permalink"), *(h for h, _ in anchors(element))):
        match = _THREADS_URL.search(candidate)
        if match is not None:
            permalink = f"https://www.threads.net/@{match['user']}/post/{match['code']}"
            handle = match["user"]
            break
    if permalink is None:
        return None
    return link_only("threads", permalink, "threads-blockquote", handle=handle)


def read_threads_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a Threads post's link."""
    if _THREADS_URL.match(url) is None:
        return None
    return link_only("threads", clean_url(url), "bare-permalink")


def _mastodon(match: regex.Match[str], element: Element | None, rule: str) -> Embed:
    permalink = match["permalink"]
    handle = f"{match['user']}@{match['host'].lower()}"
    words = ""
    if element is not None:
        paragraphs = [p.text() for p in element.outermost("p")]
        words = " ".join(p for p in paragraphs if p)
    if not words:
        return link_only("mastodon", permalink, rule, handle=handle)
    return compose("mastodon", words, "", permalink=permalink, handle=handle, rule=rule)
