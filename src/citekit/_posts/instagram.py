"""Instagram embeds: "A post shared by Name (@handle) on Jun 16, 2019 at 7:30am PDT".

Instagram's embed has changed shape over the years, and scraped pages keep
all of them:

* until 2019: the caption, then "A post shared by Name (@handle) on <date>"
  (earlier "A photo posted by …"; localised "Ein Beitrag geteilt von … am
  14. Okt 2018 um 9:12 Uhr");
* since then: "View this post on Instagram", then "A post shared by Name
  (@handle)": no caption and no date.

The caption, when there is one, is the text between "View this post on
Instagram" and the signature, or else the paragraph before a dated
signature. An undated signature without that opening line shows no caption.
"View this post on Instagram" alone, its signature lost, is still an embed,
of an account the text does not name. The markup reader of the same embed
code is ``_html.embeds.instagram``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from .._lexicon.embeds import (
    INSTAGRAM_DATE_WORDS,
    INSTAGRAM_SHARED,
    INSTAGRAM_SHARED_ANCHORS,
    INSTAGRAM_VIEW,
)
from .._records import Span
from .._text.dates import DATE
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import PhraseTest, Signature, alternation
from .words import trimmed

# "A post shared by Harbor Bakery (@harborbakery) on Oct 9, 2018 at 4:05pm PDT",
# "A post shared by sam (@samsamsam_)", "A post shared by @someone",
# "Ein Beitrag geteilt von Name (@name) am 14. Okt 2018 um 9:12 Uhr".
_SHARED = lazy_pattern(
    rf"""
    (?P<phrase> {alternation(INSTAGRAM_SHARED)} ) [ \t\u00a0]{{1,3}}+
    (?: (?P<author> [^\n\r\u2028\u2029(@]{{0,80}}+ )
        \( [ ]?+ @ (?P<handle> [\w.]{{1,30}}+ ) [ ]?+ \)
      | @ (?P<bare> [\w.]{{1,30}}+ ) (?<! \. ) )
    (?: [ \t\u00a0]{{1,3}}+ {alternation(INSTAGRAM_DATE_WORDS)} [ \t\u00a0]{{1,3}}+ {DATE} )?+
    """,
    regex.VERBOSE,
)

# "View this post on Instagram", "Diesen Beitrag auf Instagram ansehen".
_VIEW = lazy_pattern(alternation(INSTAGRAM_VIEW), regex.IGNORECASE)
# Every one of them names Instagram: the one anchor of the lower-cased phrases.
_HOLDS_VIEW = PhraseTest((phrase.lower() for phrase in INSTAGRAM_VIEW), ("instagram",))
_HOLDS_SHARED = PhraseTest(INSTAGRAM_SHARED, INSTAGRAM_SHARED_ANCHORS)

# A post's permalink: "https://www.instagram.com/p/BvKp3XsnRwT/".
_PERMALINK = lazy_pattern(
    r"(?:https?://)?+(?:www\.)?+instagram\.com/(?:[\w.]{1,30}+/)?+(?:p|reel|tv)/[\w-]{4,40}+/?+"
)

# How far before its signature an opening "View this post on Instagram" may stand.
_CAPTION_REACH = 2500


def find_signatures(doc: Document) -> Iterator[Signature]:
    """Every Instagram embed in the document, in text order."""
    text = doc.text
    views = list(_VIEW.finditer(text)) if _HOLDS_VIEW(doc.lowered) else []
    view_ends = [v.end() for v in views]
    used: set[int] = set()
    # every signature names an account: no "@", no signature (a quicker test than the phrases)
    shared = _SHARED.finditer(text) if "@" in text and _HOLDS_SHARED(text) else ()
    for match in shared:
        handle = match.group("handle") or match.group("bare")
        date_text = match.group("date")
        end = match.end("date") if date_text else match.end()
        signature = Signature(
            platform="instagram",
            span=Span(match.start(), end),
            rule="instagram-signature",
            handle=handle.rstrip(".") if handle else None,
            author=(match.group("author") or "").strip() or None,
            date_text=date_text,
            url=_permalink(text, doc, match.start(), end),
        )
        index = bisect.bisect_right(view_ends, match.start()) - 1
        view = views[index] if index >= 0 else None
        if view is not None and view.end() >= match.start() - _CAPTION_REACH and index not in used:
            used.add(index)
            caption = trimmed(text, view.end(), match.start())
            yield attrs.evolve(signature, words="given", given=caption, start=view.start())
        elif date_text:
            yield attrs.evolve(signature, words="before", words_end=match.start())
        else:
            yield signature
    for index, view in enumerate(views):
        if index not in used:
            yield Signature(
                platform="instagram",
                span=Span(view.start(), view.end()),
                rule="instagram-view-link",
                url=_permalink(text, doc, view.start(), view.end()),
            )


def _permalink(text: str, doc: Document, start: int, end: int) -> str | None:
    """An Instagram post link on the lines of the embed, if the scrape kept one."""
    first = doc.paragraph_at(start)
    last = doc.paragraph_at(end)
    lo = first.start if first is not None else start
    hi = last.end if last is not None else end
    match = _PERMALINK.search(text, max(lo, start - 300), min(hi, end + 300))
    return match.group() if match else None
