"""A post's length as Twitter counts it: every link 23 characters, an attached picture none.

Twitter weighs a tweet's text, not its characters: each URL counts 23
however long it reads ("www.islandradio.com/news/2016/03/03/ferry-board-cuts"
as much as "https://t.co/Ab12Cd34Ef"), a media link ("pic.twitter.com/…",
``MEDIA_HOSTS``) counts nothing, and since September 2016 so does the link of
a quoted tweet at the end. Which words are URLs is twitter-text's rule
(``twitter_text``): a link needs no scheme. Only a URL longer than 23 weighs
less than it reads; a closing link that counts nothing weighs less at any length.

How far back a post's words may reach from where they end (``reach``) follows:
the words weigh at most the post's limit. A closing link counts 23 by
default; whether it counts nothing instead (a quoted tweet) is for the caller
to try (``closing_free``).
"""

from __future__ import annotations

import regex

from .._lexicon.embeds import MEDIA_HOSTS
from .._text.patterns import lazy_pattern
from .twitter_text import extract_urls, url_at_start

URL_WEIGHT = 23

# The white space around a word, found backwards and forwards from a dot in it.
_BLANK = lazy_pattern(r"\s")
_BLANK_BEFORE = lazy_pattern(r"\s", regex.REVERSE)
# A link is longer than this: "t.co/ab".
_SHORTEST_LINK = 7
# How much further back than the budget the words are read for links: links
# this much longer than 23 are rare, and the reach is bounded by them.
_LINK_WINDOW = 1200


class Link:
    """A link in the words: where it stands, and how much less than its length it weighs."""

    __slots__ = ("discount", "end", "media", "start")

    def __init__(self, start: int, end: int, media: bool) -> None:
        self.start = start
        self.end = end
        self.media = media
        self.discount = end - start if media else max(end - start - URL_WEIGHT, 0)


def links_in(text: str, lo: int, last: int, budget: int) -> list[Link]:
    """The links that may weigh less than they read in ``text[lo:last]``, in order: those a
    budget of ``budget`` could reach (a window before ``last``)."""
    start = max(lo, last - budget - _LINK_WINDOW)
    links: list[Link] = []
    pos = start
    while (dot := text.find(".", pos, last)) >= 0:
        # every link holds a dot: the words that hold one are read, each once
        before = _BLANK_BEFORE.search(text, start, dot)
        after = _BLANK.search(text, dot, last)
        word_start = before.end() if before is not None else start
        word_end = after.start() if after is not None else last
        if word_end - word_start >= _SHORTEST_LINK:
            links.extend(_links_of(text[word_start:word_end], word_start))
        pos = word_end + 1
    return links


def _links_of(word: str, at: int) -> list[Link]:
    """The links of one long word at offset ``at``: a media link from its host on
    ("in.pic.twitter.com/x" after a lost break is "pic.twitter.com/x"), a scheme glued to
    the word before ("Dayhttps://t.co/x"), else twitter-text's URLs."""
    lowered = word.lower()
    for host in MEDIA_HOSTS:
        index = lowered.find(host)
        if index >= 0:
            return [Link(at + index, at + len(word), media=True)]
    scheme = lowered.find("http", 1)
    if scheme > 0 and lowered[scheme - 1].isalnum():
        url = url_at_start(word[scheme:])
        if url is not None:
            return [Link(at + scheme, at + scheme + len(url), media=False)]
    return [Link(at + s, at + e, media=False) for _, s, e in extract_urls(word)]


def reach(links: list[Link], lo: int, last: int, budget: int, *, closing_free: bool) -> int:
    """The furthest-back offset, not before ``lo``, from which ``text[offset:last]`` weighs
    at most ``budget``; with ``closing_free`` a link that ends the words weighs nothing."""
    start = last - budget
    for link in reversed(links):
        if link.start < start:
            break
        closing = closing_free and link.end >= last
        start -= link.end - link.start if closing else link.discount
    return max(start, lo)


def weight(links: list[Link], start: int, last: int, *, closing_free: bool) -> int:
    """The weighted length of ``text[start:last]``, its ``links`` read as Twitter reads them."""
    total = last - start
    for link in links:
        if link.start >= start and link.end <= last:
            closing = closing_free and link.end >= last
            total -= link.end - link.start if closing else link.discount
    return total
