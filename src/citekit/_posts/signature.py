"""What a platform rule finds: a signature, before the post's words are placed.

A rule only reads the signature (the account, the date, the permalink) and
says how the words relate to it; ``find_posts`` then places the words, once
all signatures are known, so that no post's words reach into the previous
post. Also here, the two tools the rules share for the phrases embeds print
(``_lexicon.embeds``): one pattern of them (``alternation``) and a quick test
before it (``PhraseTest``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import attrs
import regex

from .._records import Platform, Span

#: How a post's words stand to its signature:
#: "before" - the words end where ``words_end`` is and begin at the line, block or
#: sentence boundary before it (found by ``words.words_before``);
#: "given" - the rule has delimited them itself (``given``, or none);
#: "none" - the embed shows no words (a YouTube link, a Mastodon card).
WordsRule = Literal["before", "given", "none"]


@attrs.frozen
class Signature:
    """An embed's signature: where it stands and what it says.

    ``span`` covers the signature itself ("— Name (@handle) June 5, 2017");
    ``start`` is where the post begins when it has no words before the
    signature (a "View this post on Instagram" line), else ``span.start``.
    ``limit`` bounds the words' length in Twitter's weighted characters
    (140, 280, 300, ...), or is ``None`` for captions of any length.
    ``date`` is ``date_text`` read, when the rule had to read it (a tweet's
    limit depends on its date; ``date_read`` says so): the post then takes
    it as it is, as a second read of thousands of distinct dates would miss
    the dates' cache and cost dateutil's parse again.
    """

    platform: Platform
    span: Span
    rule: str
    words: WordsRule = "none"
    words_end: int = 0
    given: Span | None = None
    limit: int | None = None
    start: int | None = None
    handle: str | None = None
    author: str | None = None
    date_text: str | None = None
    url: str | None = None
    date: dt.date | None = None
    date_read: bool = False

    @property
    def begin(self) -> int:
        """Where the post begins when no words come before the signature."""
        return self.span.start if self.start is None else self.start


class PhraseTest:
    """Whether a text holds one of ``phrases``: a test before a pattern scan.

    A pattern that begins with an alternation of phrases is tried at every
    offset of the text; a substring search is many times faster, and most
    articles hold none of a platform's phrases. One search per phrase is
    still one pass over the text each, so the phrases are grouped by an
    *anchor* that they contain ("shared by" in "A post shared by", "A photo
    shared by", ...): the text is searched for each anchor, and for the
    phrases of an anchor only where the anchor is found.
    """

    __slots__ = ("_groups",)

    def __init__(self, phrases: Iterable[str], anchors: Iterable[str]) -> None:
        phrases = tuple(phrases)
        anchors = tuple(anchors)
        orphans = [p for p in phrases if not any(a in p for a in anchors)]
        if orphans:
            raise ValueError(f"phrases without an anchor: {orphans!r}")
        self._groups = tuple((a, tuple(p for p in phrases if a in p)) for a in anchors)

    def __call__(self, text: str) -> bool:
        """``any(phrase in text for phrase in phrases)``, by fewer passes over ``text``."""
        return any(
            anchor in text and any(phrase in text for phrase in group)
            for anchor, group in self._groups
        )


def alternation(phrases: Iterable[str]) -> str:
    """A pattern source that matches any of ``phrases``, longest first, a space as "[ ]"
    (so that it stays a space in verbose mode): "(?:A post shared by|A photo shared by|…)"."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", "[ ]") for w in ordered) + ")"
