"""YouTube videos in markup: players, lazy and AMP players, ids, watch links, escaped markup.

A YouTube embed is its player: an iframe of "youtube.com/embed/ID" (or
youtube-nocookie, the old Flash player "youtube.com/v/ID", a playlist's
"embed/videoseries?list=…"), lazy or AMP elements that carry the id
(``<lite-youtube videoid>``, ``<amp-youtube data-videoid>``,
``data-youtube-id``), or the player's markup escaped in an attribute or
written by a script. The text shapes (shortcodes, a line that is a link)
are read by ``_posts.youtube``.
"""

from __future__ import annotations

import regex

from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, link_only

# A YouTube player: "https://www.youtube.com/embed/Ab3dE6gH9jK?feature=oembed",
# "//www.youtube-nocookie.com/embed/Zz9_yY8-xX7", "youtube.com/v/ID" (the old Flash player),
# "youtube.com/embed/videoseries?list=PL…" (a playlist).
_YOUTUBE_PLAYER = lazy_pattern(
    r"""
    (?: https?: )? // (?: www\. | m\. )? youtube (?: -nocookie )? \.com
    / (?: embed | v ) /
    (?: videoseries \? (?: [^\"'\s<>]{0,200}? [&;] )? list= (?P<list> [\w-]{10,64}+ )
      | (?P<id> [\w-]{11} ) (?! [\w-] ) )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A YouTube watch page: "https://www.youtube.com/watch?v=Ab3dE6gH9jK", "https://youtu.be/Ab3dE6gH9jK".
_YOUTUBE_WATCH = lazy_pattern(
    r"https?://(?:(?:www\.|m\.)?youtube\.com/(?:watch\?(?:[^\s#]{0,200}?&)?v=|shorts/)|youtu\.be/)(?P<id>[\w-]{11})",
    regex.IGNORECASE,
)


def read_video_id(element: Element) -> Embed | None:
    """``<lite-youtube videoid="…">``, ``<amp-youtube data-videoid="…">``, ``data-youtube-id``."""
    if element.tag not in ("amp-youtube", "lite-youtube") and not element.get("data-youtube-id"):
        return None
    video = element.get("data-videoid") or element.get("videoid")
    video = video or element.get("data-youtube-id")
    if not regex.fullmatch(r"[\w-]{11}", video):
        return None
    return link_only("youtube", f"https://www.youtube.com/watch?v={video}", "youtube-id")


def read_player(url: str) -> Embed | None:
    """The player's iframe: "https://www.youtube.com/embed/ID"."""
    youtube = _YOUTUBE_PLAYER.search(url)
    return _video(youtube, "youtube-player") if youtube is not None else None


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a video's watch link."""
    watch = _YOUTUBE_WATCH.match(url)
    if watch is None:
        return None
    return link_only("youtube", f"https://www.youtube.com/watch?v={watch['id']}", "bare-permalink")


def players_in(markup: str, rule: str) -> list[Embed]:
    """The players named in escaped markup or a script, in order."""
    return [_video(match, rule) for match in _YOUTUBE_PLAYER.finditer(markup)]


def _video(match: regex.Match[str], rule: str) -> Embed:
    if match["list"]:
        return link_only("youtube", f"https://www.youtube.com/playlist?list={match['list']}", rule)
    return link_only("youtube", f"https://www.youtube.com/watch?v={match['id']}", rule)
