"""The links, media links and entities of a post's words, by twitter-text's rules.

URLs, @mentions, #hashtags and $cashtags are found by ``twitter_text``
(the rules of Twitter's conformance suite), so that a post's ``links`` and
``media`` are exactly its URL entities. Two tolerances are added for scraped
text, where the page had a line break: a scheme glued to the word before it
("#IndependenceDayhttps://t.co/x") still starts a URL, and so does a media
host glued to a sentence's last word ("there.pic.twitter.com/x" is the
picture "pic.twitter.com/x").

This module is the interface the markup readers (``_html.embeds``) use too:
``entities_of`` and ``links_and_media`` read a post's words the same way
from text and from markup.
"""

from __future__ import annotations

import itertools

import regex

from .._lexicon.embeds import MEDIA_HOSTS
from .._records import Entity, EntityKind, Span
from .._text.patterns import lazy_pattern
from .twitter_text import extract_entities, outside, url_at_start

# A scheme glued to the word before it: "#IndependenceDayhttps://t.co/tQrLzCnCWx".
_GLUED_SCHEME = lazy_pattern(r"(?<=[\p{L}\p{N}])https?://", regex.IGNORECASE)
_MAX_URL = 4096
# A "host" without scheme or path whose last label is a capitalised word: "free.At",
# "hall.The"; twitter-text reads ".At" as Austria's domain, but it is a sentence start.
_GLUED_SENTENCES = lazy_pattern(r"(?:[\w-]{1,63}+\.){1,10}+\p{Lu}\p{Ll}{1,20}+")

# A status permalink: "https://twitter.com/jack/status/20", "x.com/i/web/status/1".
_STATUS = lazy_pattern(
    r"(?:twitter|x)\.com/(?P<user>[A-Za-z0-9_]{1,20}+|i/web)/status(?:es)?+/\d{1,25}+",
    regex.IGNORECASE,
)

_KINDS: dict[str, EntityKind] = {
    "url": "url",
    "mention": "mention",
    "hashtag": "hashtag",
    "cashtag": "cashtag",
}


def entities_of(text: str, words: Span) -> tuple[Entity, ...]:
    """The entities of ``text[words]``, with spans into ``text``."""
    body = words.of(text)
    found = [_media_alone(e) for e in extract_entities(body) if not _sentence_glue(e)]
    glued = _glued_urls(body)
    if glued:
        found = outside(found, glued) + glued
        found.sort(key=lambda e: e[2])
    return tuple(
        Entity(_KINDS[kind], value, Span(start, end).shift(words.start))
        for kind, value, start, end in found
        if kind in _KINDS
    )


def links_and_media(entities: tuple[Entity, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The URL entities split into links and media links (``pic.twitter.com/...``)."""
    links: list[str] = []
    media: list[str] = []
    for entity in entities:
        if entity.kind != "url":
            continue
        if entity.text.lower().startswith(MEDIA_HOSTS):
            media.append(entity.text)
        else:
            links.append(entity.text)
    return tuple(links), tuple(media)


def status_permalink(links: tuple[str, ...], handle: str | None) -> str | None:
    """The link among ``links`` that is the tweet's own status page, if any.

    A status link of another account is a quoted tweet, not this one's permalink.
    """
    for link in links:
        match = _STATUS.search(link)
        if match is None:
            continue
        user = match.group("user").lower()
        if user == "i/web" or (handle is not None and user == handle.lower()):
            return link
    return None


def _glued_urls(body: str) -> list[tuple[str, str, int, int]]:
    urls: list[tuple[str, str, int, int]] = []
    if "://" not in body:
        return urls  # no scheme, glued or not
    starts = [scheme.start() for scheme in _GLUED_SCHEME.finditer(body)]
    for start, stop in itertools.pairwise([*starts, len(body)]):
        # A URL read from a glued scheme ends where the next one is glued on
        # ("https://t.co/aBchttps://t.co/dEf" is two links): each stretch of the
        # text is read once, however many schemes are glued in a row.
        url = url_at_start(body[start : min(stop, start + _MAX_URL)])
        if url is not None:
            urls.append(("url", url, start, start + len(url)))
    return urls


def _media_alone(entity: tuple[str, str, int, int]) -> tuple[str, str, int, int]:
    """A URL read as "there.pic.twitter.com/x", a sentence's last word glued to a media
    link by a lost line break, as the media link alone."""
    kind, value, start, end = entity
    if kind != "url" or "://" in value:
        return entity
    lowered = value.lower()
    for host in MEDIA_HOSTS:
        at = lowered.find("." + host)
        if at >= 0:
            return kind, value[at + 1 :], start + at + 1, end
    return entity


def _sentence_glue(entity: tuple[str, str, int, int]) -> bool:
    """Whether a URL entity is two sentences glued by a lost line break ("free.At least")."""
    return entity[0] == "url" and _GLUED_SENTENCES.fullmatch(entity[1]) is not None
