"""Embedded posts read from their markup: the permalink, the account, the words.

Each platform's embed code has a fixed shape (a ``blockquote`` with a known
class, an ``iframe`` whose ``src`` names the post), so a post is recognised
by its markup alone, never by guessing from the page's look. ``read_embed``
turns one element into an ``Embed``: the post as flattened text (the words,
then a signature line as a reader of the page sees it) and a ``Post`` whose
spans index that flattened text. The reader of the page (``_html.page``)
places the flattened text in the article text and moves the spans with it.

Share buttons (``twitter-share-button``), follow buttons and timelines
(``twitter-follow-button``, ``twitter-timeline``, ``fb-page``), and links to
a profile are not embedded posts: none of them has a post's permalink, and
an element without one is not read as a post.

One module per platform, named as its text rule in ``_posts`` is
(``twitter`` reads Bluesky's blockquote too, ``cards`` Mastodon's and
Threads'; ``vimeo`` has no text rule), and ``common`` for what they share.
The platforms are listed below, once for each way markup names a post: a
blockquote's class (``BLOCKQUOTES``), a player's address (``PLAYERS``), an
AMP element (``AMP``), and a permalink left by an unrun embed code
(``PERMALINKS``). A new platform is a module here and its entries in these
tuples.
"""

from __future__ import annotations

from collections.abc import Callable

from ..tree import Element
from . import cards, facebook, instagram, reddit, tiktok, twitter, vimeo, youtube
from .common import NO_CLASSLESS, NO_SUBTREE, Claim, Embed

__all__ = ["NO_CLASSLESS", "NO_SUBTREE", "Embed", "embeds_in_markup", "read_embed"]

ElementReader = Callable[[Element], Embed | None]
UrlReader = Callable[[str], Embed | Claim | None]

#: Blockquotes by the class names the platforms' embed codes give them, in the
#: order they are tried (the class attribute is searched for each name).
BLOCKQUOTES: tuple[tuple[tuple[str, ...], ElementReader], ...] = (
    (("twitter-tweet", "twitter-video"), twitter.read_blockquote),
    (("instagram-media",), instagram.read_blockquote),
    (("tiktok-embed",), tiktok.read_blockquote),
    (("bluesky-embed",), twitter.read_bluesky_blockquote),
    (("mastodon-embed",), cards.read_mastodon_blockquote),
    (("text-post-media",), cards.read_threads_blockquote),
    (("reddit-embed-bq", "reddit-card"), reddit.read_blockquote),
)

#: Players (iframes, ``<embed>``, Flash's ``<param name="movie">``) by their
#: address, in the order they are tried: the first that reads the address wins
#: ("NOT_A_POST" stops the search: Facebook's page plugin is no post of anyone's).
PLAYERS: tuple[UrlReader, ...] = (
    youtube.read_player,
    vimeo.read_player,
    twitter.read_player,
    facebook.read_player,
    cards.read_mastodon_player,
    instagram.read_player,
    tiktok.read_player,
)

#: AMP's embed elements, by tag, when they hold no placeholder to read.
AMP: tuple[tuple[str, ElementReader], ...] = (
    ("amp-twitter", twitter.read_amp),
    ("amp-instagram", instagram.read_amp),
    ("amp-facebook", facebook.read_amp),
    ("amp-vimeo", vimeo.read_amp),
)

#: Permalinks that an embed code whose script never ran leaves as its text
#: (each names its host at the start: at most one reads a link).
PERMALINKS: tuple[UrlReader, ...] = (
    twitter.read_permalink,
    instagram.read_permalink,
    youtube.read_permalink,
    tiktok.read_permalink,
    cards.read_threads_permalink,
    twitter.read_bluesky_permalink,
    reddit.read_permalink,
    vimeo.read_permalink,
    facebook.read_permalink,
)

#: Players named in escaped markup or a script (``data-html="&lt;iframe …"``).
MARKUP_PLAYERS: tuple[Callable[[str, str], list[Embed]], ...] = (
    youtube.players_in,
    vimeo.players_in,
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
        for names, read in BLOCKQUOTES:
            if any(name in classes for name in names):
                if skip & NO_SUBTREE:
                    return None, skip | NO_CLASSLESS
                embed = read(element)
                return embed, skip if embed is not None else skip | NO_SUBTREE | NO_CLASSLESS
        if not skip & NO_CLASSLESS:
            signed = twitter.read_classless_blockquote(element)
            if signed is not None:
                return signed, skip
            skip |= NO_CLASSLESS
        if "fb-xfbml-parse-ignore" in classes:
            quotation = facebook.read_quotation(element)
            if quotation is not None:
                return quotation, skip
    if element.get("data-instgrm-permalink") and not skip & NO_SUBTREE:
        embed = instagram.read_blockquote(element)
        return embed, skip if embed is not None else skip | NO_SUBTREE | NO_CLASSLESS
    if "fb-post" in classes.split() or "fb-video" in classes.split():
        return facebook.read_container(element), skip
    if tag.startswith("amp-"):
        amp, skip = _amp(element, skip)
        if amp is not None:
            return amp, skip
    return _attribute_embed(element, tag, classes), skip


def embeds_in_markup(markup: str, rule: str) -> list[Embed]:
    """The players named in escaped markup or a script: ``data-html="&lt;iframe src=…"``."""
    return [embed for players_in in MARKUP_PLAYERS for embed in players_in(markup, rule)]


def _attribute_embed(element: Element, tag: str, classes: str) -> Embed | None:
    """Embeds that an element's attributes name: ids, players, an unrun embed block."""
    status = element.get("data-tweet-id") or element.get("data-tweetid")
    if status:
        return twitter.read_status_id(status)
    video = youtube.read_video_id(element)
    if video is not None:
        return video
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
    for tag, read in AMP:
        if element.tag == tag:
            return read(element), skip
    return None, skip


def _bare_permalink(element: Element) -> Embed | None:
    """A post whose embed code was not run: ``<div class="wp-block-embed__wrapper">URL</div>``."""
    if any(isinstance(c, Element) for c in element.children):
        return None
    url = element.text()
    if " " in url or not url.startswith("http"):
        return None
    return _read_url(PERMALINKS, url)


def _player(element: Element) -> Embed | None:
    for value in element.attrs.values():
        if "//" not in value:
            continue
        embed = _read_url(PLAYERS, value)
        if embed is not None:
            return embed
    return None


def _read_url(readers: tuple[UrlReader, ...], url: str) -> Embed | None:
    """The embed the first of ``readers`` that knows ``url`` reads from it, or None."""
    for read in readers:
        found = read(url)
        if found is not None:
            return found if isinstance(found, Embed) else None
    return None
