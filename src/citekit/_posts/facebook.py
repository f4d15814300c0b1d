"""Facebook post embeds: the post, then "Posted by Name on Monday, February 7, 2022".

Facebook's embed code falls back, once the script is gone, to a quotation of
the post and a line that names the page and the date: "Posted by Island
Ferries on Friday, July 7, 2023" (localised: "Gepostet von X am Montag, 7.
Februar 2022"). The date must carry a weekday or a year, so that "posted by X
on Monday" in prose is no embed. The markup reader of the same embed code is
``_html.embeds.facebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon.embeds import FACEBOOK_DATE_WORDS, FACEBOOK_POSTED, FACEBOOK_POSTED_ANCHORS
from .._records import Span
from .._text.dates import DATE
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import PhraseTest, Signature, alternation

# "Posted by Jane Doe on Monday, February 7, 2022", "Gepostet von X am Montag, 7. Februar 2022".
_FACEBOOK = lazy_pattern(
    rf"""
    (?<! \b (?: was | were | been | being | is | are | be ) [ ] )
    {alternation(FACEBOOK_POSTED)} [ \t\u00a0]{{1,3}}+
    (?P<author> [^\n\r\u2028\u2029]{{1,80}}? ) [ \t\u00a0]{{1,3}}+
    {alternation(FACEBOOK_DATE_WORDS)} [ \t\u00a0]{{1,3}}+ {DATE}
    """,
    regex.VERBOSE,
)
_FACEBOOK_PERMALINK = lazy_pattern(
    r"(?:https?://)?+(?:www\.|m\.)?+facebook\.com/[^\s]{1,300}+/(?:posts|videos|photos)/[^\s]{1,300}+"
)
_HOLDS_POSTED = PhraseTest(FACEBOOK_POSTED, FACEBOOK_POSTED_ANCHORS)
_HAS_YEAR = lazy_pattern(r"\d{4}")
_WEEKDAY_FIRST = lazy_pattern(r"\A\p{L}{2,}+-?+\p{L}*+\.?+,")


def find_signatures(doc: Document) -> Iterator[Signature]:
    """Facebook post embeds: the words, then "Posted by Name on <weekday, date>"."""
    text = doc.text
    if not _HOLDS_POSTED(text):
        return
    for match in _FACEBOOK.finditer(text):
        date_text = match.group("date")
        # A weekday or a year makes it the embed's date, not "posted by X on Monday".
        if not (_HAS_YEAR.search(date_text) or _WEEKDAY_FIRST.match(date_text)):
            continue
        link = _FACEBOOK_PERMALINK.search(text, match.end(), min(len(text), match.end() + 300))
        yield Signature(
            platform="facebook",
            span=Span(match.start(), match.end("date")),
            rule="facebook-signature",
            words="before",
            words_end=match.start(),
            author=match.group("author").strip() or None,
            date_text=date_text,
            url=link.group() if link and _same_line(text, match.end(), link.start()) else None,
        )


def _same_line(text: str, start: int, end: int) -> bool:
    return not any(c in "\n\r\u2028\u2029" for c in text[start:end])
