"""Mastodon and Threads cards: "Post by @user@instance View on Mastodon", "View on Threads".

The embed code of both prints, once the script is gone, a card: the
account after "Post by" and a "View on …" link, or that link alone; the
account is then read from a permalink nearby. (A Mastodon post signed like
a tweet, "— Name (@user@instance) date", is read with the tweets, in
``twitter``.) The markup reader of the same embed codes is
``_html.embeds.cards``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon.embeds import POST_BY, VIEW_ON, VIEW_ON_ANCHORS
from .._records import Platform, Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import PhraseTest, Signature, alternation

# "Post by @Gargron@mastodon.social View on Mastodon", "Post by @zuck\nView on Threads",
# "View on Threads".
_VIEW_ON = lazy_pattern(
    rf"""
    (?: {alternation(POST_BY)} [ \t\u00a0]{{0,3}}+ @ (?P<user> [\w.]{{1,30}}+ (?<! \. ) )
        (?: @ (?P<instance> [\w-]{{1,63}}+ (?: \. [\w-]{{1,63}}+ ){{1,8}}+ ) )?+
        \s{{0,6}}+ )?+
    (?P<view> {alternation(list(VIEW_ON))} )
    """,
    regex.VERBOSE,
)
_HOLDS_VIEW_ON = PhraseTest(VIEW_ON, VIEW_ON_ANCHORS)
_CARD_PERMALINK = lazy_pattern(
    r"(?:https?://)?+(?:www\.)?+(?P<host>threads\.(?:net|com)|[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+)"
    r"/@(?P<user>[\w.]{1,30}+)/(?:post/)?+[\w-]{4,40}+"
)


def find_signatures(doc: Document) -> Iterator[Signature]:
    """Mastodon and Threads cards: "Post by @account" and "View on …"."""
    text = doc.text
    if not _HOLDS_VIEW_ON(text):
        return
    for match in _VIEW_ON.finditer(text):
        platform: Platform = "threads" if VIEW_ON[match.group("view")] == "threads" else "mastodon"
        user, instance = match.group("user"), match.group("instance")
        link = _CARD_PERMALINK.search(
            text, max(0, match.start() - 300), min(len(text), match.end() + 300)
        )
        url = link.group() if link else None
        if user is None and link is not None:
            user = link.group("user")
            if platform == "mastodon" and "threads." not in link.group("host"):
                instance = link.group("host")
        handle = f"{user}@{instance}" if user and instance and platform == "mastodon" else user
        yield Signature(
            platform=platform,
            span=Span(match.start(), match.end()),
            rule=f"{platform}-card",
            handle=handle,
            url=url,
        )
