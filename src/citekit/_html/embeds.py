"""Embedded posts read from their markup: the permalink, the account, the words.

Each platform's embed code has a fixed shape (a ``blockquote`` with a known
class, an ``iframe`` whose ``src`` names the post), so a post is recognised
by its markup alone, never by guessing from the page's look. ``read_embed``
turns one element into an ``Embed``: the post as flattened text (the words,
then a signature line as a reader of the page sees it) and a ``Post`` whose
spans index that flattened text. The reader of the page (``_html_text``)
places the flattened text in the article text and moves the spans with it.

Share buttons (``twitter-share-button``), follow buttons and timelines
(``twitter-follow-button``, ``twitter-timeline``, ``fb-page``), and links to
a profile are not embedded posts: none of them has a post's permalink, and
an element without one is not read as a post.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import parse_qs, unquote, urlsplit

import attrs
import regex

from .._lexicon.markup import SHARED_BY_PHRASES
from .._posts.links import entities_of, links_and_media
from .._records import Platform, Post, Span
from .._text.dates import parse_date
from .tree import Element, collapse

# --- permalinks ---------------------------------------------------------------

# A tweet's status link: "https://twitter.com/harbourwatch/status/1234567890123456789?ref_src=…",
# "https://x.com/i/web/status/1112223334445556667".
_TWEET_URL = regex.compile(
    r"""
    (?: https?: )? // (?: www\. | mobile\. )? (?P<host> twitter\.com | x\.com )
    / (?: (?P<user> [A-Za-z0-9_]{1,15}+ ) | i/web ) / status(?:es)? / (?P<id> \d{1,25}+ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A tweet iframe: "https://platform.twitter.com/embed/Tweet.html?id=1112223334445556667".
_TWEET_IFRAME = regex.compile(
    r"platform\.twitter\.com/embed/(?:index|Tweet)\.html\?(?:[^\"'\s]{0,400}?&)?id=(?P<id>\d{1,25}+)",
    regex.IGNORECASE,
)
# A YouTube player: "https://www.youtube.com/embed/Ab3dE6gH9jK?feature=oembed",
# "//www.youtube-nocookie.com/embed/Zz9_yY8-xX7", "youtube.com/v/ID" (the old Flash player),
# "youtube.com/embed/videoseries?list=PL…" (a playlist).
_YOUTUBE_PLAYER = regex.compile(
    r"""
    (?: https?: )? // (?: www\. | m\. )? youtube (?: -nocookie )? \.com
    / (?: embed | v ) /
    (?: videoseries \? (?: [^\"'\s<>]{0,200}? [&;] )? list= (?P<list> [\w-]{10,64}+ )
      | (?P<id> [\w-]{11} ) (?! [\w-] ) )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A Vimeo player: "https://player.vimeo.com/video/76979871?h=8272103f6e".
_VIMEO_PLAYER = regex.compile(
    r"(?:https?:)?//player\.vimeo\.com/video/(?P<id>\d{1,15}+)", regex.IGNORECASE
)
# Facebook's post and video plugins: "https://www.facebook.com/plugins/post.php?href=https%3A…".
_FACEBOOK_PLUGIN = regex.compile(
    r"(?:https?:)?//(?:www\.|web\.)?facebook\.com/plugins/(?P<kind>post|video|comment_embed)\.php\?",
    regex.IGNORECASE,
)
# A Mastodon embed: "https://mastodon.social/@Gargron/109360563458366532/embed".
_MASTODON_URL = regex.compile(
    r"""
    (?P<permalink> https:// (?P<host> [a-z0-9.-]{1,253}+ )
      / @ (?P<user> [A-Za-z0-9_]{1,30}+ ) (?: @ [a-z0-9.-]{1,253}+ )? / (?P<id> \d{1,25}+ ) )
    (?: /embed )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An Instagram post: "https://www.instagram.com/p/Cx1Yz2AbCdE/?utm_source=ig_embed".
_INSTAGRAM_URL = regex.compile(
    r"(?:https?:)?//(?:www\.)?instagram\.com/(?:[A-Za-z0-9_.]{1,30}+/)?(?P<kind>p|reel|tv)/(?P<code>[\w-]{4,64}+)",
    regex.IGNORECASE,
)
# A TikTok video: "https://www.tiktok.com/@scout2015/video/6718335390845095173".
_TIKTOK_URL = regex.compile(
    r"(?:https?:)?//(?:www\.|m\.)?tiktok\.com/@(?P<user>[\w.]{1,30}+)/video/(?P<id>\d{1,25}+)",
    regex.IGNORECASE,
)
# A Threads post: "https://www.threads.net/@zuck/post/CuP48CiS5sx".
_THREADS_URL = regex.compile(
    r"(?:https?:)?//(?:www\.)?threads\.(?:net|com)/@(?P<user>[\w.]{1,30}+)/post/(?P<code>[\w-]{4,64}+)",
    regex.IGNORECASE,
)
# A Bluesky post: "https://bsky.app/profile/jay.bsky.team/post/3kkfa4vpy7e2n",
# or its AT URI "at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3kkfa4vpy7e2n".
_BLUESKY_URL = regex.compile(
    r"https://bsky\.app/profile/(?P<actor>[\w.:-]{1,253}+)/post/(?P<rkey>[\w-]{1,64}+)",
    regex.IGNORECASE,
)
_BLUESKY_URI = regex.compile(
    r"at://(?P<actor>[\w.:-]{1,253}+)/app\.bsky\.feed\.post/(?P<rkey>[\w-]{1,64}+)",
    regex.IGNORECASE,
)
# A Reddit post: "https://www.reddit.com/r/aww/comments/90bu6w/heat_index_was_110_degrees/".
_REDDIT_URL = regex.compile(
    r"(?:https?:)?//(?:www\.|old\.|new\.)?reddit\.com/r/[\w]{1,64}+/comments/[\w]{1,16}+(?:/[^\s\"'?#<>]{0,300}+)?",
    regex.IGNORECASE,
)
# A YouTube watch page: "https://www.youtube.com/watch?v=Ab3dE6gH9jK", "https://youtu.be/Ab3dE6gH9jK".
_YOUTUBE_WATCH = regex.compile(
    r"https?://(?:(?:www\.|m\.)?youtube\.com/(?:watch\?(?:[^\s#]{0,200}?&)?v=|shorts/)|youtu\.be/)(?P<id>[\w-]{11})",
    regex.IGNORECASE,
)
_REDDIT_USER = regex.compile(r"reddit\.com/(?:user|u)/(?P<user>[\w-]{1,40}+)", regex.IGNORECASE)

# Other permalinks an unrun embed may leave as its text.
_BARE_PERMALINKS: tuple[tuple[regex.Pattern[str], Platform], ...] = (
    (_TIKTOK_URL, "tiktok"),
    (_THREADS_URL, "threads"),
    (_BLUESKY_URL, "bluesky"),
    (_REDDIT_URL, "reddit"),
    (regex.compile(r"https?://(?:www\.)?vimeo\.com/\d{1,15}+", regex.IGNORECASE), "vimeo"),
    (
        regex.compile(
            r"https?://(?:www\.|m\.)?facebook\.com/[^\s]{1,300}?/(?:posts|videos)/", regex.I
        ),
        "facebook",
    ),
)

# --- signatures ---------------------------------------------------------------

# The signature under an embedded tweet or skeet, as the page shows it:
#   "— Island Council (@islandcouncil) June 1, 2023"
#   "— Harbour Watch   (@harbourwatch) March 4, 2024"
#   "&mdash; Jay (@jay.bsky.team) Jan 5, 2024"
_SIGNATURE = regex.compile(
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
# "… shared by Pier Life (@pier.life) on Aug 19, 2023": the account of an Instagram post,
# and the name before it (up to 80 characters, not across a bracket or a line).
_SHARED_BY_HANDLE = regex.compile(r"\(@(?P<handle>[\w.]{1,30}+)\)")
_MAX_SHARED_BY_NAME = 80
# "(@islandcouncil)" and the dash that opens a signature: "—", "–", "--".
_HANDLE_IN_BRACKETS = regex.compile(r"\(@[\w.-]{1,253}+\)")
_SIGNATURE_DASH = regex.compile(r"[—–―]|--")
_HANDLE_LINK_TEXT = regex.compile(r"\A@(?P<handle>[\w.]{1,30}+)\Z")
_MAX_AUTHOR_LINKS = 20


@attrs.frozen
class Embed:
    """One embedded post: its flattened text and the post, spans relative to that text."""

    text: str
    post: Post


# What the children of an element skip once it was read as an embed code and is
# none (``read_embed``'s second value): reading the embed codes below it would
# read their subtrees again, once per level of a page that nests them.
NO_SUBTREE = 256  # no embed code that is read from a subtree: a blockquote's, an amp's
NO_CLASSLESS = 512  # no blockquote as a tweet whose class was stripped

# Blockquote classes of the platforms' embed codes, and their readers (below).
_BLOCKQUOTE_CLASSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("twitter-tweet", "twitter-video"), "twitter"),
    (("instagram-media",), "instagram"),
    (("tiktok-embed",), "tiktok"),
    (("bluesky-embed",), "bluesky"),
    (("mastodon-embed",), "mastodon"),
    (("text-post-media",), "threads"),
    (("reddit-embed-bq", "reddit-card"), "reddit"),
)


def read_embed(element: Element, skip: int = 0) -> tuple[Embed | None, int]:
    """The post that ``element`` embeds, and what its children skip (``NO_*`` bits).

    ``skip`` is what ``element`` itself skips, as its parent's reading left
    it. An embed code that is not one (a tweet blockquote without a status
    link, a classless blockquote without a signature) is read once: the
    blockquotes below it are not read again, so a page of nested blockquotes
    costs one reading of each element, not one per level above it.
    """
    tag = element.tag
    if not element.attrs and tag != "blockquote" and not tag.startswith("amp-"):
        return None, skip  # every other embed code is named by its attributes
    classes = element.get("class").lower()
    if tag == "blockquote":
        for names, platform in _BLOCKQUOTE_CLASSES:
            if any(name in classes for name in names):
                if skip & NO_SUBTREE:
                    return None, skip | NO_CLASSLESS
                embed = _BLOCKQUOTE_READERS[platform](element)
                return embed, skip if embed is not None else skip | NO_SUBTREE | NO_CLASSLESS
        if not skip & NO_CLASSLESS:
            signed = _classless_tweet(element)
            if signed is not None:
                return signed, skip
            skip |= NO_CLASSLESS
        if "fb-xfbml-parse-ignore" in classes and "facebook.com/" in element.get("cite"):
            return _facebook_quote(element, _clean_url(element.get("cite"))), skip
    if element.get("data-instgrm-permalink") and not skip & NO_SUBTREE:
        embed = _instagram(element)
        return embed, skip if embed is not None else skip | NO_SUBTREE | NO_CLASSLESS
    if "fb-post" in classes.split() or "fb-video" in classes.split():
        return _facebook_container(element), skip
    if tag.startswith("amp-"):
        amp, skip = _amp(element, skip)
        if amp is not None:
            return amp, skip
    return _attribute_embed(element, tag, classes), skip


def _attribute_embed(element: Element, tag: str, classes: str) -> Embed | None:
    """Embeds that an element's attributes name: ids, players, an unrun embed block."""
    if element.get("data-tweet-id") or element.get("data-tweetid"):
        return _tweet_by_id(element.get("data-tweet-id") or element.get("data-tweetid"))
    if tag in ("amp-youtube", "lite-youtube") or element.get("data-youtube-id"):
        video = element.get("data-videoid") or element.get("videoid")
        video = video or element.get("data-youtube-id")
        if regex.fullmatch(r"[\w-]{11}", video):
            return _link_only("youtube", f"https://www.youtube.com/watch?v={video}", "youtube-id")
    if tag in ("iframe", "embed", "amp-iframe"):
        return _player(element)
    if "embed__wrapper" in classes or "embed-wrapper" in classes:
        return _bare_permalink(element)
    if tag == "param" and element.get("name").lower() == "movie":
        return _player(element)
    return None


def _amp(element: Element, skip: int) -> tuple[Embed | None, int]:
    """AMP's embeds: ``<amp-twitter data-tweetid>``, ``<amp-instagram data-shortcode>``, …

    The placeholder blockquote inside an ``amp-twitter`` (a child of it)
    carries the words and the signature, so it is read first when there is one.
    """
    for child in element.children:
        if isinstance(child, Element) and child.tag == "blockquote":
            embed, skip = read_embed(child, skip)
            if embed is not None:
                return embed, skip
            break
    return _amp_attributes(element), skip


def _amp_attributes(element: Element) -> Embed | None:
    tag = element.tag
    if tag == "amp-twitter":
        return _tweet_by_id(element.get("data-tweetid"))
    if tag == "amp-instagram" and regex.fullmatch(r"[\w-]{4,64}", element.get("data-shortcode")):
        code = element.get("data-shortcode")
        return _link_only("instagram", f"https://www.instagram.com/p/{code}/", "amp-instagram")
    if tag == "amp-facebook" and "facebook.com/" in element.get("data-href"):
        return _link_only("facebook", _clean_url(element.get("data-href")), "amp-facebook")
    if tag == "amp-vimeo" and element.get("data-videoid").isdigit():
        return _link_only("vimeo", f"https://vimeo.com/{element.get('data-videoid')}", "amp-vimeo")
    return None


def _classless_tweet(element: Element) -> Embed | None:
    """A tweet's embed code whose class was stripped: a status link and a signature."""
    links = _anchors(element)
    if not links or _TWEET_URL.search(links[-1][0]) is None:
        return None
    if _HANDLE_IN_BRACKETS.search(element.text()) is None:
        return None
    embed = _tweet_blockquote(element)
    if embed is None or embed.post.handle is None or not embed.post.text:
        return None
    return attrs.evolve(embed, post=attrs.evolve(embed.post, rule="twitter-blockquote-unclassed"))


def embeds_in_markup(markup: str, rule: str) -> list[Embed]:
    """The players named in escaped markup or a script: ``data-html="&lt;iframe src=…"``."""
    found: list[Embed] = []
    for match in _YOUTUBE_PLAYER.finditer(markup):
        embed = _youtube(match, rule)
        if embed is not None:
            found.append(embed)
    for match in _VIMEO_PLAYER.finditer(markup):
        found.append(_link_only("vimeo", f"https://vimeo.com/{match['id']}", rule))
    return found


def _bare_permalink(element: Element) -> Embed | None:
    """A post whose embed code was not run: ``<div class="wp-block-embed__wrapper">URL</div>``."""
    if any(isinstance(c, Element) for c in element.children):
        return None
    url = element.text()
    if " " in url or not url.startswith("http"):
        return None
    tweet = _TWEET_URL.match(url)
    if tweet is not None:
        return _tweet_url(tweet, None, "bare-permalink")
    instagram = _INSTAGRAM_URL.match(url)
    if instagram is not None:
        return _link_only("instagram", _instagram_permalink(instagram), "bare-permalink")
    watch = _YOUTUBE_WATCH.match(url)
    if watch is not None:
        return _link_only(
            "youtube", f"https://www.youtube.com/watch?v={watch['id']}", "bare-permalink"
        )
    for pattern, platform in _BARE_PERMALINKS:
        if pattern.match(url):
            return _link_only(platform, _clean_url(url), "bare-permalink")
    return None


# --- players (iframes) ------------------------------------------------------------


def _player(element: Element) -> Embed | None:
    for value in element.attrs.values():
        if "//" not in value:
            continue
        embed = _player_url(value)
        if embed is not None:
            return embed
    return None


def _player_url(url: str) -> Embed | None:
    youtube = _YOUTUBE_PLAYER.search(url)
    if youtube is not None:
        return _youtube(youtube, "youtube-player")
    vimeo = _VIMEO_PLAYER.search(url)
    if vimeo is not None:
        return _link_only("vimeo", f"https://vimeo.com/{vimeo['id']}", "vimeo-player")
    tweet = _TWEET_IFRAME.search(url)
    if tweet is not None:
        return _tweet_by_id(tweet["id"])
    facebook = _FACEBOOK_PLUGIN.search(url)
    if facebook is not None:
        href = parse_qs(urlsplit(url).query).get("href", [""])[0]
        if href.startswith("http") and "facebook.com/" in href:
            return _link_only("facebook", _clean_url(href), f"facebook-{facebook['kind']}-plugin")
        return None
    mastodon = _MASTODON_URL.match(url)
    if mastodon is not None and url.rstrip("/").endswith("/embed"):
        return _mastodon(mastodon, None, "mastodon-iframe")
    instagram = _INSTAGRAM_URL.search(url)
    if instagram is not None and "/embed" in url:
        return _link_only("instagram", _instagram_permalink(instagram), "instagram-iframe")
    tiktok = regex.search(r"tiktok\.com/embed(?:/v2)?/(?P<id>\d{1,25}+)", url)
    if tiktok is not None:
        return _link_only("tiktok", f"https://www.tiktok.com/embed/v2/{tiktok['id']}", "tiktok")
    return None


def _youtube(match: regex.Match[str], rule: str) -> Embed | None:
    if match["list"]:
        return _link_only("youtube", f"https://www.youtube.com/playlist?list={match['list']}", rule)
    return _link_only("youtube", f"https://www.youtube.com/watch?v={match['id']}", rule)


def _link_only(platform: Platform, url: str, rule: str, handle: str | None = None) -> Embed:
    """A post known only by its permalink: the link stands for it in the text."""
    return Embed(
        url, Post(platform=platform, span=Span(0, len(url)), url=url, handle=handle, rule=rule)
    )


def _tweet_by_id(status: str) -> Embed | None:
    if not status.isdigit():
        return None
    return _link_only("twitter", f"https://twitter.com/i/web/status/{status}", "tweet-id")


# --- blockquote embeds -------------------------------------------------------------


def _tweet_blockquote(element: Element) -> Embed | None:
    """``<blockquote class="twitter-tweet"><p>words</p>— Name (@handle) <a …/status/…>date</a>``."""
    links = _anchors(element)
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


def _tweet_permalink(match: regex.Match[str]) -> str:
    user = match["user"]
    path = f"{user}/status/{match['id']}" if user else f"i/web/status/{match['id']}"
    return f"https://{match['host'].lower()}/{path}"


def _tweet_url(match: regex.Match[str], text: str | None, rule: str) -> Embed:
    return _link_only("twitter", _tweet_permalink(match), rule, handle=match["user"])


def _bluesky(element: Element) -> Embed | None:
    """``<blockquote class="bluesky-embed" data-bluesky-uri="at://…">`` with a signature."""
    permalink = None
    date_text = None
    for href, text in reversed(_anchors(element)):
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


def _words_and_signature(element: Element) -> tuple[str, str]:
    """The post's words (its first paragraph) and the signature after them."""
    first_p = next((e for e in element.iter() if e.tag == "p"), None)
    full = element.text()
    if first_p is None:
        return _split_at_signature(full)
    words = first_p.text()
    rest = full
    index = full.find(words) if words else -1
    if index >= 0:
        rest = full[index + len(words) :]
    return words, rest.strip()


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
    return _compose(
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


def _instagram(element: Element) -> Embed | None:
    """``<blockquote class="instagram-media" data-instgrm-permalink="…/p/CODE/">``."""
    permalink = None
    for candidate in (element.get("data-instgrm-permalink"), *(h for h, _ in _anchors(element))):
        match = _INSTAGRAM_URL.search(candidate)
        if match is not None:
            permalink = _instagram_permalink(match)
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
        if any(phrase in lowered for phrase in SHARED_BY_PHRASES):
            signature = paragraph
            shared = _SHARED_BY_HANDLE.search(paragraph)
            if shared is not None:
                handle = shared["handle"]
                author = _after_phrase(_name_before(paragraph, shared.start())) or None
        elif "instagram" not in lowered or len(paragraph) > 60:
            words.append(paragraph)
    date, date_text = _time_of(element)
    return _compose(
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


def _instagram_permalink(match: regex.Match[str]) -> str:
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
    for phrase in SHARED_BY_PHRASES:
        index = lowered.rfind(phrase)
        if index >= 0:
            return text[index + len(phrase) :].strip()
    return text.strip()


def _tiktok(element: Element) -> Embed | None:
    """``<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/ID">``."""
    match = _TIKTOK_URL.search(element.get("cite"))
    if match is None:
        for href, _ in _anchors(element):
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
    return _compose(
        "tiktok",
        collapse(words),
        "",
        permalink=permalink,
        handle=handle,
        rule="tiktok-blockquote",
    )


def _facebook_container(element: Element) -> Embed | None:
    """``<div class="fb-post" data-href="https://www.facebook.com/…/posts/…">``."""
    href = element.get("data-href")
    if not href.startswith("http") or "facebook.com/" not in href:
        return None
    permalink = _clean_url(href)
    quote = next((e for e in element.iter() if e.tag == "blockquote"), None)
    if quote is None:
        return _link_only("facebook", permalink, "facebook-container")
    return _facebook_quote(quote, permalink)


def _facebook_quote(quote: Element, permalink: str) -> Embed:
    """The fallback quotation inside Facebook's embed code: words, "Posted by Name on date"."""
    paragraphs = [p.text() for p in quote.outermost("p")]
    words = " ".join(p for p in paragraphs if p)
    full = quote.text()
    index = full.rfind(paragraphs[-1]) + len(paragraphs[-1]) if paragraphs and words else 0
    signature = full[index:].strip()
    author = None
    anchors = _anchors(quote)
    # The page's name links before the date; only the first few links are looked at,
    # each against the words (a link that is part of the words is no author).
    for href_, text in anchors[:_MAX_AUTHOR_LINKS]:
        if text and "/posts/" not in href_ and "/videos/" not in href_ and text not in words:
            author = text
            break
    date_text = anchors[-1][1] if anchors else None
    return _compose(
        "facebook",
        words,
        signature,
        permalink=permalink,
        author=author,
        date=parse_date(date_text) if date_text else None,
        date_text=date_text,
        rule="facebook-container",
    )


def _mastodon_blockquote(element: Element) -> Embed | None:
    for candidate in (element.get("data-embed-url"), *(h for h, _ in _anchors(element))):
        match = _MASTODON_URL.match(candidate)
        if match is not None:
            return _mastodon(match, element, "mastodon-blockquote")
    return None


def _mastodon(match: regex.Match[str], element: Element | None, rule: str) -> Embed:
    permalink = match["permalink"]
    handle = f"{match['user']}@{match['host'].lower()}"
    words = ""
    if element is not None:
        paragraphs = [p.text() for p in element.outermost("p")]
        words = " ".join(p for p in paragraphs if p)
    if not words:
        return _link_only("mastodon", permalink, rule, handle=handle)
    return _compose("mastodon", words, "", permalink=permalink, handle=handle, rule=rule)


def _threads(element: Element) -> Embed | None:
    permalink = None
    for candidate in (element.get("data-text-post-permalink"), *(h for h, _ in _anchors(element))):
        match = _THREADS_URL.search(candidate)
        if match is not None:
            permalink = f"https://www.threads.net/@{match['user']}/post/{match['code']}"
            handle = match["user"]
            break
    if permalink is None:
        return None
    return _link_only("threads", permalink, "threads-blockquote", handle=handle)


def _reddit(element: Element) -> Embed | None:
    """``<blockquote class="reddit-embed-bq"><a href="…/comments/…">title</a> by <a>u/name</a>``."""
    permalink = title = handle = None
    for href, text in _anchors(element):
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
    return _compose(
        "reddit",
        words,
        signature,
        permalink=permalink.rstrip("/") + "/",
        handle=handle,
        rule="reddit-blockquote",
    )


# --- shared parts -----------------------------------------------------------------


def _compose(
    platform: Platform,
    words: str,
    signature: str,
    *,
    permalink: str | None,
    handle: str | None = None,
    author: str | None = None,
    date: dt.date | None = None,
    date_text: str | None = None,
    rule: str,
) -> Embed:
    """The flattened post (words, then the signature line) and its ``Post``."""
    words = collapse(words)
    signature = collapse(signature)
    if not words and not signature:
        return _link_only(platform, permalink or "", rule, handle=handle)
    text = f"{words}\n{signature}" if words and signature else words or signature
    words_span = Span(0, len(words)) if words else None
    entities = entities_of(text, words_span) if words_span else ()
    links, media = links_and_media(entities)
    return Embed(
        text,
        Post(
            platform=platform,
            span=Span(0, len(text)),
            handle=handle,
            author=author,
            date=date,
            date_text=date_text,
            text=words or None,
            text_span=words_span,
            links=links,
            media=media,
            url=permalink,
            entities=entities,
            rule=rule,
        ),
    )


def _anchors(element: Element) -> list[tuple[str, str]]:
    """(href, text) of every link below ``element``, in document order."""
    return [(a.get("href"), a.text()) for a in element.outermost("a") if a.get("href")]


def _time_of(element: Element) -> tuple[dt.date | None, str | None]:
    """The date of a ``<time datetime="2023-08-19T18:02:11+00:00">`` below ``element``."""
    for node in element.iter():
        if node.tag != "time":
            continue
        text = node.text() or None
        stamp = node.get("datetime")
        try:
            parsed = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return (parse_date(text) if text else None), text
        return (parsed if "T" in stamp else parsed.date()), text
    return None, None


def _clean_url(url: str) -> str:
    """A permalink without its tracking query: "…/status/1?ref_src=twsrc" is "…/status/1"."""
    url = unquote(url) if "%2F" in url or "%3A" in url else url
    parts = urlsplit(url)
    if parts.netloc.lower().endswith("facebook.com") and parts.path.endswith(
        ("permalink.php", "story.php", "photo.php", "video.php", "watch/", "watch")
    ):
        return url  # these carry the post in the query
    return f"{parts.scheme or 'https'}://{parts.netloc}{parts.path}"


_BLOCKQUOTE_READERS: dict[str, Callable[[Element], Embed | None]] = {
    "twitter": _tweet_blockquote,
    "instagram": _instagram,
    "tiktok": _tiktok,
    "bluesky": _bluesky,
    "mastodon": _mastodon_blockquote,
    "threads": _threads,
    "reddit": _reddit,
}
