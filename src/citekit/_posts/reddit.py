"""Reddit embeds: "Title by u/user in subreddit", and the older card "Title from r/subreddit".

The title may stand on the line before the signature. The older card's
"from BeAmazed" counts only when the scrape kept the card's link to the
subreddit (else "Greetings from Paris" would). The markup reader of the same
embed code is ``_html.embeds.reddit``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._records import Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import Signature
from .words import trimmed

# "Physics is cool by u/someone in BeAmazed", "by u/someone in r/BeAmazed" (title on the line
# before), "Comment by u/someone from discussion Title in godot", glued "byu/someone indatascience".
_REDDIT = lazy_pattern(
    r"""
    (?: (?<= [ \t\u00a0] ) | ^ ) by [ \t\u00a0]{0,2}+ u/ (?P<user> [A-Za-z0-9_-]{3,20}+ )
    (?: [ \t\u00a0]{1,2}+ from [ ] discussion [^\n\r]{0,300}? )?
    [ \t\u00a0]{1,2}+ in [ \t\u00a0]{0,2}+ (?: r/ )?+ (?P<sub> [A-Za-z0-9_]{2,21}+ )
    [ \t\u00a0\r]*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# The older card: "Physics is cool from r/BeAmazed", or "… from BeAmazed" when the
# scrape kept the card's link to the subreddit (else "Greetings from Paris" would count).
_REDDIT_CARD = lazy_pattern(
    r"(?<=[ \t\u00a0])from[ \t\u00a0]{1,2}+(?P<r>r/)?+(?P<sub>[A-Za-z0-9_]{2,21}+)[ \t\u00a0\r]*+$",
    regex.MULTILINE,
)
_REDDIT_LINK_REACH = 300
_REDDIT_PERMALINK = lazy_pattern(
    r"(?:https?://)?+(?:www\.|old\.|new\.)?+reddit\.com/r/\w{2,21}+/comments/\w{2,12}+[^\s]{0,300}+"
)


def find_signatures(doc: Document) -> Iterator[Signature]:
    """Reddit embeds: the title, then "by u/user in subreddit" or "from r/subreddit"."""
    text = doc.text
    found = [(m, m.group("user")) for m in _REDDIT.finditer(text)]
    found += [(m, None) for m in _REDDIT_CARD.finditer(text) if m.group("r") or _links_sub(text, m)]
    found.sort(key=lambda pair: pair[0].start())
    for match, user in found:
        title = _reddit_title(doc, match.start())
        if title is None:
            continue
        link = _REDDIT_PERMALINK.search(
            text,
            max(0, title.start - _REDDIT_LINK_REACH),
            min(len(text), match.end() + _REDDIT_LINK_REACH),
        )
        yield Signature(
            platform="reddit",
            span=Span(match.start(), match.end("sub")),
            rule="reddit-card" if user is None else "reddit-signature",
            words="given",
            given=title,
            handle=user,
            url=link.group() if link else None,
        )


def _links_sub(text: str, card: regex.Match[str]) -> bool:
    """Whether a link to the card's subreddit stands near it: "reddit.com/r/BeAmazed"."""
    lo = max(0, card.start() - _REDDIT_LINK_REACH)
    hi = min(len(text), card.end() + _REDDIT_LINK_REACH)
    return f"reddit.com/r/{card.group('sub').lower()}" in text[lo:hi].lower()


def _reddit_title(doc: Document, start: int) -> Span | None:
    """The title before "by u/…": on the same line, or the line before."""
    text = doc.text
    index = doc.paragraph_index(start)
    line = doc.paragraphs[index] if doc.paragraphs else None
    if line is None:
        return None
    if line.start < start and text[line.start : start].strip():
        return trimmed(text, line.start, start)
    if index == 0:
        return None
    previous = doc.paragraphs[index - 1]
    return previous if len(previous) <= 300 else None
