"""TikTok videos in markup: the ``tiktok-embed`` blockquote, its player, a video's link.

TikTok's embed code is a ``blockquote class="tiktok-embed"`` whose ``cite``
names the video; inside it, a link to the account ("@user"), the caption,
and a link to the sound ("♬ original sound - …"), which are not the words.
The text shape of the same embed is read by ``_posts.tiktok``.
"""

from __future__ import annotations

import regex

from ..._text.patterns import lazy_pattern
from ..tree import Element, collapse
from .common import Embed, anchors, clean_url, compose, link_only

# A TikTok video: "https://www.tiktok.com/@scout2015/video/6718335390845095173".
_TIKTOK_URL = lazy_pattern(
    r"(?:https?:)?//(?:www\.|m\.)?tiktok\.com/@(?P<user>[\w.]{1,30}+)/video/(?P<id>\d{1,25}+)",
    regex.IGNORECASE,
)
# TikTok's player: "https://www.tiktok.com/embed/v2/6718335390845095173".
_TIKTOK_PLAYER = lazy_pattern(r"tiktok\.com/embed(?:/v2)?/(?P<id>\d{1,25}+)")
# The link to the account, "@ferryfan", which is no part of the words.
_HANDLE_LINK_TEXT = lazy_pattern(r"\A@(?P<handle>[\w.]{1,30}+)\Z")


def read_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/ID">``."""
    match = _TIKTOK_URL.search(element.get("cite"))
    if match is None:
        for href, _ in anchors(element):
            match = _TIKTOK_URL.search(href)
            if match is not None:
                break
    if match is None:
        return None
    permalink = f"https://www.tiktok.com/@{match['user']}/video/{match['id']}"
    handle = match["user"]
    # The account's link and the sound's link ("♬ original sound - …") are not the words.
    skipped = [
        anchor
        for anchor in element.outermost("a")
        if _HANDLE_LINK_TEXT.match(text := anchor.text()) or text.startswith("♬")
    ]
    words = element.text_without(skipped)
    return compose(
        "tiktok",
        collapse(words),
        "",
        permalink=permalink,
        handle=handle,
        rule="tiktok-blockquote",
    )


def read_player(url: str) -> Embed | None:
    """The player's iframe: "https://www.tiktok.com/embed/v2/ID"."""
    tiktok = _TIKTOK_PLAYER.search(url)
    if tiktok is None:
        return None
    return link_only("tiktok", f"https://www.tiktok.com/embed/v2/{tiktok['id']}", "tiktok")


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a video's link."""
    if _TIKTOK_URL.match(url) is None:
        return None
    return link_only("tiktok", clean_url(url), "bare-permalink")
