"""Reddit posts in markup: the ``reddit-embed-bq`` blockquote (and the older card), a post's link.

Reddit's embed code is a ``blockquote class="reddit-embed-bq"`` holding a
link to the post whose text is its title, then "by u/name in subreddit"
with links to the user and the subreddit. The text shape of the same embed
is read by ``_posts.reddit``.
"""

from __future__ import annotations

import regex

from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, anchors, clean_url, compose, link_only

# A Reddit post: "https://www.reddit.com/r/aww/comments/90bu6w/heat_index_was_110_degrees/".
_REDDIT_URL = lazy_pattern(
    r"(?:https?:)?//(?:www\.|old\.|new\.)?reddit\.com/r/[\w]{1,64}+/comments/[\w]{1,16}+(?:/[^\s\"'?#<>]{0,300}+)?",
    regex.IGNORECASE,
)
_REDDIT_USER = lazy_pattern(r"reddit\.com/(?:user|u)/(?P<user>[\w-]{1,40}+)", regex.IGNORECASE)


def read_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="reddit-embed-bq"><a href="…/comments/…">title</a> by <a>u/name</a>``."""
    permalink = title = handle = None
    for href, text in anchors(element):
        match = _REDDIT_URL.search(href)
        if match is not None and permalink is None:
            found = match.group()
            permalink = found if found.lower().startswith("http") else "https:" + found
            title = text or None
        user = _REDDIT_USER.search(href)
        if user is not None and handle is None:
            handle = user["user"]
    if permalink is None:
        return None
    full = element.text()
    words = title or ""
    signature = full[full.find(words) + len(words) :].strip() if words and words in full else ""
    return compose(
        "reddit",
        words,
        signature,
        permalink=permalink.rstrip("/") + "/",
        handle=handle,
        rule="reddit-blockquote",
    )


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a post's link."""
    if _REDDIT_URL.match(url) is None:
        return None
    return link_only("reddit", clean_url(url), "bare-permalink")
