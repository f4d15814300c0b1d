"""Tweets and Bluesky posts in markup: blockquotes signed "— Name (@handle) date", ids, iframes.

Twitter's embed code is a ``blockquote class="twitter-tweet"`` holding the
words, then "— Name (@handle)" and a link to the status whose text is the
date; Bluesky's ``blockquote class="bluesky-embed"`` is signed the same way
(as their text shapes are read together, by ``_posts.twitter``). A tweet
is also known by its status id alone: ``data-tweet-id``, ``<amp-twitter>``,
the iframe ``platform.twitter.com/embed/Tweet.html?id=…``, or an unrun embed
block holding the status link. A blockquote whose class was stripped is
read as a tweet only with a status link and a signature.
"""

from __future__ import annotations

import attrs
import regex

from ..._records import Platform
from ..._text.dates import parse_date
from ..._text.patterns import lazy_pattern
from ..tree import Element
from .common import Embed, anchors, clean_url, compose, link_only

# A tweet's status link: "https://twitter.com/harbourwatch/status/1234567890123456789?ref_src=…",
# "https://x.com/i/web/status/1112223334445556667".
_TWEET_URL = lazy_pattern(
    r"""
    (?: https?: )? // (?: www\. | mobile\. )? (?P<host> twitter\.com | x\.com )
    / (?: (?P<user> [A-Za-z0-9_]{1,15}+ ) | i/web ) / status(?:es)? / (?P<id> \d{1,25}+ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A tweet iframe: "https://platform.twitter.com/embed/Tweet.html?id=1112223334445556667".
_TWEET_IFRAME = lazy_pattern(
    r"platform\.twitter\.com/embed/(?:index|Tweet)\.html\?(?:[^\"'\s]{0,400}?&)?id=(?P<id>\d{1,25}+)",
    regex.IGNORECASE,
)
# A Bluesky post: "https://bsky.app/profile/jay.bsky.team/post/3kkfa4vpy7e2n",
# or its AT URI "at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3kkfa4vpy7e2n".
_BLUESKY_URL = lazy_pattern(
    r"https://bsky\.app/profile/(?P<actor>[\w.:-]{1,253}+)/post/(?P<rkey>[\w-]{1,64}+)",
    regex.IGNORECASE,
)
_BLUESKY_URI = lazy_pattern(
    r"at://(?P<actor>[\w.:-]{1,253}+)/app\.bsky\.feed\.post/(?P<rkey>[\w-]{1,64}+)",
    regex.IGNORECASE,
)

# The signature under an embedded tweet or skeet, as the page shows it:
#   "— Island Council (@islandcouncil) June 1, 2023"
#   "— Harbour Watch   (@harbourwatch) March 4, 2024"
#   "&mdash; Jay (@jay.bsky.team) Jan 5, 2024"
_SIGNATURE = lazy_pattern(
    r"""
    (?: (?P<dash> [—–―] | -{1,2}+ ) [ \u00a0]{0,3}+ )?
    (?P<author> [^()\n]{0,80}+ ) [ \u00a0]{0,3}+
    \( @ (?P<handle> [\w.-]{1,253}+ ) \)
    [ \u00a0]{0,3}+ (?P<date> [^\n]{0,80}+ )
    \Z
    """,
    regex.VERBOSE,
)
# A signature is at most this long (dash, author, handle, date), so it is
# looked for only in the last characters of what follows a post's words.
_MAX_SIGNATURE = 430
# "(@islandcouncil)" and the dash that opens a signature: "—", "–", "--".
_HANDLE_IN_BRACKETS = lazy_pattern(r"\(@[\w.-]{1,253}+\)")
_SIGNATURE_DASH = lazy_pattern(r"[—–―]|--")


def read_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="twitter-tweet"><p>words</p>— Name (@handle) <a …/status/…>date</a>``."""
    links = anchors(element)
    permalink = None
    date_text = None
    for href, text in reversed(links):
        match = _TWEET_URL.search(href)
        if match is not None:
            permalink = _tweet_permalink(match)
            date_text = text or None
            break
    words, signature = _words_and_signature(element)
    return _signed_post("twitter", words, signature, permalink, date_text, "twitter-blockquote")


def read_classless_blockquote(element: Element) -> Embed | None:
    """A tweet's embed code whose class was stripped: a status link and a signature."""
    links = anchors(element)
    if not links or _TWEET_URL.search(links[-1][0]) is None:
        return None
    if _HANDLE_IN_BRACKETS.search(element.text()) is None:
        return None
    embed = read_blockquote(element)
    if embed is None or embed.post.handle is None or not embed.post.text:
        return None
    return attrs.evolve(embed, post=attrs.evolve(embed.post, rule="twitter-blockquote-unclassed"))


def read_bluesky_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="bluesky-embed" data-bluesky-uri="at://…">`` with a signature."""
    permalink = None
    date_text = None
    for href, text in reversed(anchors(element)):
        match = _BLUESKY_URL.search(href)
        if match is not None:
            permalink = f"https://bsky.app/profile/{match['actor']}/post/{match['rkey']}"
            date_text = text or None
            break
    if permalink is None:
        uri = _BLUESKY_URI.search(element.get("data-bluesky-uri"))
        if uri is not None:
            permalink = f"https://bsky.app/profile/{uri['actor']}/post/{uri['rkey']}"
    words, signature = _words_and_signature(element)
    return _signed_post("bluesky", words, signature, permalink, date_text, "bluesky-blockquote")


def read_status_id(status: str) -> Embed | None:
    """A tweet known by its status id: ``data-tweet-id="…"``, ``<amp-twitter data-tweetid>``."""
    if not status.isdigit():
        return None
    return link_only("twitter", f"https://twitter.com/i/web/status/{status}", "tweet-id")


def read_amp(element: Element) -> Embed | None:
    """``<amp-twitter data-tweetid="…">`` without a placeholder to read."""
    return read_status_id(element.get("data-tweetid"))


def read_player(url: str) -> Embed | None:
    """The iframe of a tweet: "platform.twitter.com/embed/Tweet.html?id=…"."""
    tweet = _TWEET_IFRAME.search(url)
    return read_status_id(tweet["id"]) if tweet is not None else None


def read_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a tweet's status link."""
    tweet = _TWEET_URL.match(url)
    if tweet is None:
        return None
    return link_only("twitter", _tweet_permalink(tweet), "bare-permalink", handle=tweet["user"])


def read_bluesky_permalink(url: str) -> Embed | None:
    """An unrun embed block that holds a Bluesky post's link."""
    if _BLUESKY_URL.match(url) is None:
        return None
    return link_only("bluesky", clean_url(url), "bare-permalink")


def _tweet_permalink(match: regex.Match[str]) -> str:
    user = match["user"]
    path = f"{user}/status/{match['id']}" if user else f"i/web/status/{match['id']}"
    return f"https://{match['host'].lower()}/{path}"


def _words_and_signature(element: Element) -> tuple[str, str]:
    """The post's words and the signature after them.

    The signature is found from its end: the last "(@handle)", and the dash
    before it that follows the last paragraph. Everything before is the
    words, however many paragraphs and loose lines they were printed in
    ("<p>…May.</p><p>Plan ahead.</p>— Island Radio (@islandradio)"); without a
    dash, the words end with the last paragraph before the handle.
    """
    paragraphs = [e for e in element.iter() if e.tag == "p"]
    full = element.text()
    if not paragraphs:
        return _split_at_signature(full)
    handles = list(_HANDLE_IN_BRACKETS.finditer(full))
    if not handles:
        words = paragraphs[0].text()
        index = full.find(words) if words else -1
        rest = full[index + len(words) :] if index >= 0 else full
        return words, rest.strip()
    handle = handles[-1]
    paragraphs_end = _paragraphs_end(full, paragraphs, handle.start())
    dashes = list(_SIGNATURE_DASH.finditer(full, paragraphs_end, handle.start()))
    cut = dashes[-1].start() if dashes else paragraphs_end
    return full[:cut].strip(), full[cut:].strip()


def _paragraphs_end(full: str, paragraphs: list[Element], limit: int) -> int:
    """Where the text of the last paragraph that ends before ``limit`` ends in ``full``."""
    end = 0
    for paragraph in paragraphs:
        words = paragraph.text()
        if not words:
            continue
        at = full.find(words, end, limit)
        if at < 0:
            break
        end = at + len(words)
    return end


def _split_at_signature(full: str) -> tuple[str, str]:
    """Words and signature of an embed without paragraphs: cut at the dash before "(@"."""
    tails = list(_HANDLE_IN_BRACKETS.finditer(full))
    if not tails:
        return full, ""
    tail = tails[-1]
    dashes = list(_SIGNATURE_DASH.finditer(full, max(0, tail.start() - 100), tail.start()))
    cut = dashes[-1].start() if dashes else tail.start()
    return full[:cut].strip(), full[cut:].strip()


def _signed_post(
    platform: Platform,
    words: str,
    signature: str,
    permalink: str | None,
    date_text: str | None,
    rule: str,
) -> Embed | None:
    tail = max(0, len(signature) - _MAX_SIGNATURE)
    match = _SIGNATURE.search(signature, tail) if signature else None
    if permalink is None and match is None:
        return None
    handle = match["handle"] if match else None
    author = match["author"].strip() or None if match else None
    if match is not None and not date_text:
        date_text = match["date"].strip() or None
    if handle is None and permalink is not None:
        tweet = _TWEET_URL.search(permalink)
        handle = tweet["user"] if tweet is not None else None
    return compose(
        platform,
        words,
        signature,
        permalink=permalink,
        handle=handle,
        author=author,
        date=parse_date(date_text) if date_text else None,
        date_text=date_text,
        rule=rule,
    )
