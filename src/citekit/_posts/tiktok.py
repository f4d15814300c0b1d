"""TikTok embeds: "@user caption #tag ♬ original sound - Name", on one line or several.

The sound credit ``♬`` that closes TikTok's embed is the anchor; the embed
opens with the account ("@jane.doe") at the start of a line at most a few
lines before it, and the caption is what stands between. The markup reader
of the same embed code is ``_html.embeds.tiktok``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon.embeds import TIKTOK_ORIGINAL_SOUND
from .._records import Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import Signature, alternation
from .words import trimmed

# The sound credit that closes a TikTok embed: "♬ original sound - Jane Doe".
_SOUND = lazy_pattern(r"♬[ \t\u00a0]{0,3}+(?P<sound>[^\n\r\u2028\u2029♬]{1,100}+)")
_ORIGINAL = lazy_pattern(
    rf"""\A (?i: {alternation(TIKTOK_ORIGINAL_SOUND)} )
    [ \t\u00a0]{{1,3}}+ [-–—] [ \t\u00a0]{{1,3}}+ (?P<name> .{{1,80}}+ ) \Z""",
    regex.VERBOSE,
)
# The account that opens it: "@jane.doe" at the start of a line.
_OPENING_HANDLE = lazy_pattern(r"@(?P<handle>[\w.]{2,24}+)(?<!\.)(?=[\s]|\Z)")
_TIKTOK_PERMALINK = lazy_pattern(
    r"(?:https?://)?+(?:www\.|m\.)?+tiktok\.com/@[\w.]{2,24}+/video/\d{5,25}+"
)
_TIKTOK_REACH = 2500
_TIKTOK_LINES = 4


def find_signatures(doc: Document) -> Iterator[Signature]:
    """TikTok embeds: "@user", the caption, then "♬ sound"."""
    text = doc.text
    for match in _SOUND.finditer(text):
        opening = _tiktok_opening(doc, match.start())
        if opening is None:
            continue
        sound = match.group("sound").strip()
        original = _ORIGINAL.match(sound)
        end = match.start("sound") + len(match.group("sound").rstrip())
        caption = trimmed(text, opening.end(), match.start())
        link = _TIKTOK_PERMALINK.search(text, opening.start(), min(len(text), end + 300))
        yield Signature(
            platform="tiktok",
            span=Span(opening.start(), end),
            rule="tiktok-sound",
            words="given",
            given=caption,
            handle=opening.group("handle"),
            author=original.group("name").strip() if original else None,
            url=link.group() if link else None,
        )


def _tiktok_opening(doc: Document, sound: int) -> regex.Match[str] | None:
    """The "@user" that opens the embed whose sound credit is at ``sound``."""
    index = doc.paragraph_index(sound)
    best: regex.Match[str] | None = None
    for line in reversed(doc.paragraphs[max(index - _TIKTOK_LINES, 0) : index + 1]):
        if line.start < sound - _TIKTOK_REACH:
            break
        match = _OPENING_HANDLE.match(doc.text, line.start, sound)
        if match is not None:
            best = match
    return best
