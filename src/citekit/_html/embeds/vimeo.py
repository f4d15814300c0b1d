"""Vimeo videos in markup: the player, ``<amp-vimeo>``, a video's link, escaped markup.

Vimeo has no shape of its own in text (its embed leaves no words or
signature), so it has no rule in ``_posts``: a video is known by its player
("player.vimeo.com/video/ID") or its link only.
"""

from __future__ import annotations

import regex

from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, clean_url, link_only

# A Vimeo player: "https://player.vimeo.com/video/76979871?h=8272103f6e".
_VIMEO_PLAYER = lazy_pattern(
    r"(?:https?:)?//player\.vimeo\.com/video/(?P<id>\d{1,15}+)", regex.IGNORECASE
)
# A video's page, left as the text of an unrun embed block: "https://vimeo.com/76979871".
_VIMEO_URL = lazy_pattern(r"https?://(?:www\.)?vimeo\.com/\d{1,15}+", regex.IGNORECASE)


def read_amp(element: Element) -> Embed | None:
    """``<amp-vimeo data-videoid="76979871">``."""
    if not element.get("data-videoid").isdigit():
        return None
    return link_only("vimeo", f"https://vimeo.com/{element.get('data-videoid')}", "amp-vimeo")


def read_player(url: str) -> Embed | None:
    """The player's iframe: "https://player.vimeo.com/video/ID"."""
    vimeo = _VIMEO_PLAYER.search(url)
    if vimeo is None:
        return None
    return link_only("vimeo", f"https://vimeo.com/{vimeo['id']}", "vimeo-player")


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a video's link."""
    if _VIMEO_URL.match(url) is None:
        return None
    return link_only("vimeo", clean_url(url), "bare-permalink")


def players_in(markup: str, rule: str) -> list[Embed]:
    """The players named in escaped markup or a script, in order."""
    return [
        link_only("vimeo", f"https://vimeo.com/{match['id']}", rule)
        for match in _VIMEO_PLAYER.finditer(markup)
    ]
