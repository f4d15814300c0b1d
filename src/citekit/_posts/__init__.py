"""Embedded social posts: the words of an embed, found from its signature.

An embedded post, once a page is turned into text, reads as its words and
then a signature that names the account: ``— Name (@handle) June 5, 2017``
for a tweet, ``A post shared by Name (@handle) on …`` on Instagram,
``Posted by Name on Monday, …`` on Facebook, ``♬ original sound - Name`` on
TikTok. The signature is the anchor: it is specific enough to find without
knowing the words. Each platform's rule (one module per family, listed in
``RULES`` in the order they take precedence) finds the signatures; then, in
text order, each post's words are placed before its signature, never
reaching back into the previous post (``words``); last, the words' links,
media links and entities are read by twitter-text's rules (``links``).

The modules: ``twitter`` (the "— Name (@handle) Date" signature of Twitter/X,
Bluesky and Mastodon), ``instagram``, ``facebook``, ``youtube``, ``tiktok``,
``reddit``, ``cards`` (Mastodon and Threads cards); ``signature`` (what a
rule finds), ``words`` (where a post's words begin), ``links`` (a post's
links and entities, read by the HTML reader too), ``twitter_text``
(twitter-text's rules).

A new platform needs, each named after it:

* ``_posts/NAME.py`` with ``find_signatures(doc)``, added to ``RULES`` below;
* ``_html/embeds/NAME.py`` reading its embed code, added to the dispatch in
  ``_html/embeds/__init__.py`` (its blockquote class, player or permalink);
* its phrases, if it prints any, in ``_lexicon/embeds.py``;
* its name in ``Platform`` (``_records.py``) and in ``docs/article.schema.json``
  (a test checks that they agree);
* its cases in ``tests/cases/posts.yaml`` and ``tests/cases/html.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .._records import Article, Post, Span
from .._text.dates import parse_date
from .._text.segment import Document
from . import cards, facebook, instagram, reddit, tiktok, twitter, youtube
from .links import entities_of, links_and_media, status_permalink
from .signature import Signature
from .words import Layout, words_before

__all__ = ["find_posts"]

SignatureRule = Callable[[Document], Iterable[Signature]]

#: The signature rules; when two signatures overlap, the earlier rule's wins
#: ("A post shared by Name (@h)" is Instagram's, not a tweet's "(@h)").
RULES: tuple[SignatureRule, ...] = (
    instagram.find_signatures,
    twitter.find_signatures,
    facebook.find_signatures,
    tiktok.find_signatures,
    reddit.find_signatures,
    cards.find_signatures,
    youtube.find_signatures,
)


def find_posts(doc: Document, article: Article) -> tuple[Post, ...]:
    """Every embedded post in the document, in text order."""
    signatures = _without_overlaps(
        (rank, signature) for rank, rule in enumerate(RULES) for signature in rule(doc)
    )
    if not signatures:
        return ()
    layout = Layout.of(doc)
    posts: list[Post] = []
    floor = 0
    # Each signature is let go as its post is made: a text of thousands of
    # signatures holds them or their posts, not both.
    signatures.reverse()
    while signatures:
        post = _post(layout, signatures.pop(), floor)
        posts.append(post)
        floor = post.span.end
    return tuple(posts)


def _without_overlaps(ranked: Iterable[tuple[int, Signature]]) -> list[Signature]:
    """The signatures in text order; of two that overlap, the higher-ranked one stays."""
    kept: list[tuple[int, Signature]] = []
    kept_end = -1
    for rank, signature in sorted(ranked, key=lambda pair: (_extent_start(pair[1]), pair[0])):
        if kept and _extent_start(signature) < kept_end:
            if rank < kept[-1][0]:
                kept[-1] = (rank, signature)
                kept_end = signature.span.end
            continue
        kept.append((rank, signature))
        kept_end = signature.span.end
    return [signature for _, signature in kept]


def _extent_start(signature: Signature) -> int:
    """Where the part of the text a signature claims starts: itself, and words it
    delimits. (The part ends where the signature does.)"""
    start = signature.begin
    if signature.given is not None:
        start = min(start, signature.given.start)
    return start


def _post(layout: Layout, signature: Signature, floor: int) -> Post:
    text = layout.doc.text
    words: Span | None = None
    if signature.words == "before":
        words = words_before(layout, signature.words_end, floor, signature.limit)
    elif signature.words == "given" and signature.given is not None:
        words = signature.given if signature.given.start >= floor else None
    start = words.start if words is not None else max(signature.begin, floor)
    entities = entities_of(text, words) if words is not None else ()
    links, media = links_and_media(entities)
    url = signature.url
    if url is None and signature.platform == "twitter":
        url = status_permalink(links, signature.handle)
    date_text = signature.date_text
    date = signature.date if signature.date_read else parse_date(date_text) if date_text else None
    return Post(
        platform=signature.platform,
        span=Span(min(start, signature.span.end), signature.span.end),
        handle=signature.handle,
        author=signature.author,
        date=date,
        date_text=date_text,
        text=words.of(text) if words is not None else None,
        text_span=words,
        links=links,
        media=media,
        url=url,
        entities=entities,
        rule=signature.rule,
    )
