"""Signatures of the form ``— Display Name (@handle) Date``: Twitter/X, Bluesky, Mastodon.

A tweet embed reads as its words, then ``— Name (@handle) November 12, 2016``;
Bluesky prints the same with a domain for handle and a time
(``(@jay.bsky.team) November 25, 2024 at 12:58 AM``), and a Mastodon account
in parentheses is ``@user@instance``. The tail ``(@handle) Date`` is the
anchor, being rare in prose; the display name and the dash are then read
backwards from it, as scrapes leave them:

* ``— Name (@h)``, ``—Name``, ``– Name``, ``- Name``, ``-- Name``, ``&mdash; Name``;
* the dash deleted, leaving two spaces: ``…WHY?  Donald J. Trump (@h)``;
* the dash and the words lost, the name alone on its line.

A tail counts as a signature only when a date follows the handle: prose that
names an account ("Senator Doe (@doe) said…", "follow @x") and an author's
byline ("— Jane Doe (@janedoe)") have none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from .._records import Platform, Span
from .._text.dates import DATE, parse_date
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import Signature

# The tail: "(@Omojuwa) November 12, 2016", "(@CityCouncilNG) October 9, 2018\n",
# "(@jay.bsky.team) November 25, 2024 at 12:58 AM", "(@Gargron@mastodon.social) …",
# "(@h) [June 5, 2023](https://twitter.com/h/status/1)", "(@h) June 5, 2023 https://x.com/h/status/1".
_TAIL = lazy_pattern(
    rf"""
    \( [ ]?+ @ (?P<handle>
        [A-Za-z0-9_-]{{1,63}}+
        (?: @ [A-Za-z0-9-]{{1,63}}+ (?: \. [A-Za-z0-9-]{{1,63}}+ ){{1,8}}+
          | (?: \. [A-Za-z0-9-]{{1,63}}+ ){{1,8}}+ )?+
    ) [ ]?+ \)
    [ \t\u00a0]{{0,3}}+ \[?+ {DATE} \]?+
    (?: \( (?P<link> https?://[^\s()]{{1,300}}+ ) \)
      | [ \t\u00a0]{{1,3}}+ (?P<after> (?:https?://)?+ (?:www\.|mobile\.)?+
            (?: twitter\.com | x\.com | bsky\.app ) / [^\s]{{1,300}}+ ) )?+
    """,
    regex.VERBOSE,
)

# The groups by name (the same group as its number: the pattern is compiled on first use).
_HANDLE, _DATE, _LINK, _AFTER = "handle", "date", "link", "after"

# The dash that opens a signature: "— Name", "—Name", "– Name", "&mdash; Name", "― Name".
_LONG_DASH = lazy_pattern(r"—|–|―|‒|&mdash;|&#8212;")
# A hyphen standing in for it: " - Name", "-- Name", "- Name" at a line start.
_HYPHEN = lazy_pattern(r"(?:(?<=\s)|^)--?+(?=[ \t\u00a0])", regex.MULTILINE)
# A hyphen glued to the words before the name: "us.- Jane Q. Public".
_GLUED_DASH = lazy_pattern(r"(?<=[^\s\p{L}\p{N}])--?+[ \t\u00a0]")
# Two or more spaces where a deleted dash was: "…WHY?  Donald J. Trump".
_GAP = lazy_pattern(r"[ \t\u00a0]{2,}+")
# A display name when nothing marks where it begins: a few capitalised words.
_CAPITALISED = lazy_pattern(
    r"(?:\p{Lu}[\p{L}\p{M}.'’&-]{0,30}+[ ]){0,3}+\p{Lu}[\p{L}\p{M}.'’&-]{0,30}+[ ]?+\Z"
)

# Punctuation that a display name standing alone on its line does not hold.
_CLAUSE = lazy_pattern(r"[!?;:]|[.,][ ]\p{Ll}")
_MAX_NAME_ALONE = 50
_TWITTER_HANDLE = lazy_pattern(r"[A-Za-z0-9_]{1,20}")
_MAX_NAME = 64  # display names are at most 50 characters; scrapes add a few
_TWEET_LENGTH_CHANGE = dt.date(2017, 11, 7)  # 140 characters before, 280 since
# The rule of each platform's signatures, one string shared by all its records.
_RULE: dict[Platform, str] = {p: f"{p}-signature" for p in ("twitter", "bluesky", "mastodon")}


def find_signatures(doc: Document) -> Iterator[Signature]:
    """Every ``(@handle) Date`` signature in the document, in text order."""
    text = doc.text
    previous_end = 0
    for tail in _TAIL.finditer(text):
        # groups read by number: a read by name costs a lookup each time
        handle, date_text, link, after = tail.group(_HANDLE, _DATE, _LINK, _AFTER)
        platform = _platform(handle)
        if platform is None:
            continue
        tail_start = tail.start()
        line = doc.paragraph_at(tail_start)
        if line is None:
            continue
        # the name is read back to the line's start, never into the previous signature
        # ("…(@a) May 2, 2017 Ferry late! - Port (@port) …": its dash is not this one's)
        name_start, words_end, dashed = _name_start(text, line.start, tail_start, previous_end)
        previous_end = tail.end(_DATE)
        date = parse_date(date_text)
        yield Signature(
            platform=platform,
            span=Span(words_end if dashed else name_start, tail.end(_DATE)),
            rule=_RULE[platform],
            words="before",
            words_end=words_end,
            limit=_limit(platform, date),
            handle=handle,
            author=text[name_start:tail_start].strip() or None,
            date_text=date_text,
            url=link or after,
            date=date,
            date_read=True,
        )


def _platform(handle: str) -> Platform | None:
    if "@" in handle:
        return "mastodon"
    if "." in handle:
        return "bluesky"
    if _TWITTER_HANDLE.fullmatch(handle):
        return "twitter"
    return None


def _limit(platform: Platform, date: dt.date | None) -> int:
    if platform == "bluesky":
        return 300
    if platform == "mastodon":
        return 500
    day = date.date() if isinstance(date, dt.datetime) else date
    if day is not None and day < _TWEET_LENGTH_CHANGE:
        return 140
    return 280


def _name_start(text: str, line_start: int, tail: int, floor: int) -> tuple[int, int, bool]:
    """Where the display name begins, where the post's words end, and whether a dash opened
    it; not before ``floor``."""
    lo = max(line_start, tail - _MAX_NAME, floor)
    window = text[lo:tail]
    # (each pattern is run only if the window holds what it needs: a dash, a hyphen)
    dashes = list(_LONG_DASH.finditer(window)) if _holds_long_dash(window) else []
    if not dashes and "-" in window:
        dashes = list(_HYPHEN.finditer(window))
    if dashes:
        dash = dashes[-1]
        return lo + dash.end(), lo + dash.start(), True
    # spaces right before the handle are no dash: "Dana Rue   (@h)", an emoji stripped
    gaps = list(_GAP.finditer(window, 0, len(window.rstrip())))
    if gaps:
        gap = gaps[-1]
        return lo + gap.end(), lo + gap.start(), False
    glued = list(_GLUED_DASH.finditer(window)) if "-" in window else []
    if glued:  # "…will not stop us.- Jane Q. Public (@janeq)": no space before the dash
        return lo + glued[-1].end(), lo + glued[-1].start(), True
    if lo == line_start and len(window.strip()) <= _MAX_NAME_ALONE and not _CLAUSE.search(window):
        return lo, lo, False  # the name opens its line: the words are on the lines before
    name = _CAPITALISED.search(window)
    if name is not None:
        return lo + name.start(), lo + name.start(), False
    return tail, tail, False


def _holds_long_dash(window: str) -> bool:
    """Whether ``window`` may hold a ``_LONG_DASH``: one of its dashes, or an entity's "&"."""
    return any(mark in window for mark in "—–―‒&")
