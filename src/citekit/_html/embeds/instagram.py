"""Instagram posts in markup: the ``instagram-media`` blockquote, its iframe, AMP and links.

Instagram's embed code is a ``blockquote class="instagram-media"`` whose
``data-instgrm-permalink`` names the post; inside it, the caption, and a
line "A post shared by Name (@handle)" (localised) with a ``<time>``. A
profile embed names no post and is none. The text shapes of the same embed
are read by ``_posts.instagram``.
"""

from __future__ import annotations

import regex

from ..._lexicon.embeds import INSTAGRAM_SHARED_BY
from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, anchors, compose, link_only, time_of

# An Instagram post: "https://www.instagram.com/p/Cx1Yz2AbCdE/?utm_source=ig_embed".
_INSTAGRAM_URL = lazy_pattern(
    r"(?:https?:)?//(?:www\.)?instagram\.com/(?:[A-Za-z0-9_.]{1,30}+/)?(?P<kind>p|reel|tv)/(?P<code>[\w-]{4,64}+)",
    regex.IGNORECASE,
)
# "… shared by Pier Life (@pier.life) on Aug 19, 2023": the account of an Instagram post,
# and the name before it (up to 80 characters, not across a bracket or a line).
_SHARED_BY_HANDLE = lazy_pattern(r"\(@(?P<handle>[\w.]{1,30}+)\)")
_MAX_SHARED_BY_NAME = 80


def read_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="instagram-media" data-instgrm-permalink="…/p/CODE/">``."""
    permalink = None
    for candidate in (element.get("data-instgrm-permalink"), *(h for h, _ in anchors(element))):
        match = _INSTAGRAM_URL.search(candidate)
        if match is not None:
            permalink = _permalink(match)
            break
    if permalink is None:
        return None  # a profile embed, not a post
    paragraphs = [p.text() for p in element.outermost("p")]
    paragraphs = [p for p in paragraphs if p]
    signature = ""
    words: list[str] = []
    handle = author = None
    for paragraph in paragraphs:
        lowered = paragraph.lower()
        if any(phrase in lowered for phrase in INSTAGRAM_SHARED_BY):
            signature = paragraph
            shared = _SHARED_BY_HANDLE.search(paragraph)
            if shared is not None:
                handle = shared["handle"]
                author = _after_phrase(_name_before(paragraph, shared.start())) or None
        elif "instagram" not in lowered or len(paragraph) > 60:
            words.append(paragraph)
    date, date_text = time_of(element)
    return compose(
        "instagram",
        " ".join(words),
        signature,
        permalink=permalink,
        handle=handle,
        author=author,
        date=date,
        date_text=date_text,
        rule="instagram-blockquote",
    )


def read_amp(element: Element) -> Embed | None:
    """``<amp-instagram data-shortcode="Cx1Yz2AbCdE">``."""
    code = element.get("data-shortcode")
    if not regex.fullmatch(r"[\w-]{4,64}", code):
        return None
    return link_only("instagram", f"https://www.instagram.com/p/{code}/", "amp-instagram")


def read_player(url: str) -> Embed | None:
    """The iframe of a post: "https://www.instagram.com/p/CODE/embed/captioned/"."""
    instagram = _INSTAGRAM_URL.search(url)
    if instagram is None or "/embed" not in url:
        return None
    return link_only("instagram", _permalink(instagram), "instagram-iframe")


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a post's link."""
    instagram = _INSTAGRAM_URL.match(url)
    if instagram is None:
        return None
    return link_only("instagram", _permalink(instagram), "bare-permalink")


def _permalink(match: regex.Match[str]) -> str:
    return f"https://www.instagram.com/{match['kind'].lower()}/{match['code']}/"


def _name_before(paragraph: str, end: int) -> str:
    """The name before the "(@handle)" at ``end``: at most 80 characters, on its line.

    The name is what stands before the handle after the last bracket or line
    break, without the spaces (up to three) before the bracket.
    """
    gap = paragraph[max(0, end - 3) : end]
    end -= len(gap) - len(gap.rstrip(" \u00a0"))
    start = max(0, end - _MAX_SHARED_BY_NAME)
    start = max(start, *(paragraph.rfind(mark, start, end) + 1 for mark in "()\n"))
    return paragraph[start:end]


def _after_phrase(text: str) -> str:
    """The name after "A post shared by" (or its translation) in ``text``."""
    lowered = text.lower()
    for phrase in INSTAGRAM_SHARED_BY:
        index = lowered.rfind(phrase)
        if index >= 0:
            return text[index + len(phrase) :].strip()
    return text.strip()
