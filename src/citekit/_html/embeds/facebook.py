"""Facebook posts in markup: ``fb-post`` containers, their fallback quotation, plugins, AMP.

Facebook's embed code is a ``<div class="fb-post" data-href="…/posts/…">``
(or ``fb-video``) around a fallback ``blockquote class="fb-xfbml-parse-ignore"``
that holds the words and "Posted by Name on date"; once run, an iframe of
``facebook.com/plugins/post.php?href=…``. Facebook's other plugins (a page,
a like button) show no post. The text shape of the same embed is read by
``_posts.facebook``.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import regex

from ..._text.dates import parse_date
from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import NOT_A_POST, Claim, Embed, anchors, clean_url, compose, link_only

# Facebook's post and video plugins: "https://www.facebook.com/plugins/post.php?href=https%3A…".
_FACEBOOK_PLUGIN = lazy_pattern(
    r"(?:https?:)?//(?:www\.|web\.)?facebook\.com/plugins/(?P<kind>post|video|comment_embed)\.php\?",
    regex.IGNORECASE,
)
# A post or video left as the text of an unrun embed block.
_PERMALINK = lazy_pattern(
    r"https?://(?:www\.|m\.)?facebook\.com/[^\s]{1,300}?/(?:posts|videos)/", regex.I
)
# The page's name is looked for among the first links of the quotation only.
_MAX_AUTHOR_LINKS = 20


def read_container(element: Element) -> Embed | None:
    """``<div class="fb-post" data-href="https://www.facebook.com/…/posts/…">``."""
    href = element.get("data-href")
    if not href.startswith("http") or "facebook.com/" not in href:
        return None
    permalink = clean_url(href)
    quote = next((e for e in element.iter() if e.tag == "blockquote"), None)
    if quote is None:
        return link_only("facebook", permalink, "facebook-container")
    return _quotation(quote, permalink)


def read_quotation(quote: Element) -> Embed | None:
    """The fallback ``blockquote class="fb-xfbml-parse-ignore" cite="…"`` on its own."""
    if "facebook.com/" not in quote.get("cite"):
        return None
    return _quotation(quote, clean_url(quote.get("cite")))


def read_amp(element: Element) -> Embed | None:
    """``<amp-facebook data-href="https://www.facebook.com/…/posts/…">``."""
    if "facebook.com/" not in element.get("data-href"):
        return None
    return link_only("facebook", clean_url(element.get("data-href")), "amp-facebook")


def read_player(url: str) -> Embed | Claim | None:
    """The post or video plugin's iframe; another of Facebook's plugins is ``NOT_A_POST``."""
    facebook = _FACEBOOK_PLUGIN.search(url)
    if facebook is None:
        return None
    href = parse_qs(urlsplit(url).query).get("href", [""])[0]
    if href.startswith("http") and "facebook.com/" in href:
        return link_only("facebook", clean_url(href), f"facebook-{facebook['kind']}-plugin")
    return NOT_A_POST


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a post's or a video's link."""
    if _PERMALINK.match(url) is None:
        return None
    return link_only("facebook", clean_url(url), "bare-permalink")


def _quotation(quote: Element, permalink: str) -> Embed:
    """The fallback quotation inside Facebook's embed code: words, "Posted by Name on date"."""
    paragraphs = [p.text() for p in quote.outermost("p")]
    words = " ".join(p for p in paragraphs if p)
    full = quote.text()
    index = full.rfind(paragraphs[-1]) + len(paragraphs[-1]) if paragraphs and words else 0
    signature = full[index:].strip()
    author = None
    links = anchors(quote)
    # The page's name links before the date; only the first few links are looked at,
    # each against the words (a link that is part of the words is no author).
    for href_, text in links[:_MAX_AUTHOR_LINKS]:
        if text and "/posts/" not in href_ and "/videos/" not in href_ and text not in words:
            author = text
            break
    date_text = links[-1][1] if links else None
    return compose(
        "facebook",
        words,
        signature,
        permalink=permalink,
        author=author,
        date=parse_date(date_text) if date_text else None,
        date_text=date_text,
        rule="facebook-container",
    )
