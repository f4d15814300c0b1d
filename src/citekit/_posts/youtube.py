"""YouTube embeds: a WordPress shortcode left in the text, or a line that is a bare video link.

* "[youtube https://…]", "[embed]https://youtu.be/…[/embed]": the shortcode
  a page's editor wrote, printed when the plugin did not run;
* a line that is nothing but a youtube.com/watch or youtu.be link. A link
  inside a sentence ("See this: https://youtu.be/…") is a link, not an embed.

The markup reader of YouTube's players is ``_html.embeds.youtube``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._records import Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .signature import Signature

_YOUTUBE_URL = r"""
    (?: https?:// )?+ (?: www\. | m\. | music\. )?+
    (?: youtube(?:-nocookie)?+\.com/
        (?: watch\?[^\s\[\]]{0,200}?v= | embed/ | shorts/ | live/ | v/ )
      | youtu\.be/ )
    [\w-]{6,20}+ [^\s\[\]"<>]{0,200}+
"""

# "[youtube https://www.youtube.com/watch?v=abcdefghijk]", "[youtube=https://youtu.be/x&w=640]",
# "[embed]https://www.youtube.com/watch?v=abcdefghijk[/embed]".
_YOUTUBE_SHORTCODE = lazy_pattern(
    rf"""
    \[ (?: youtube [ =]++ (?P<a> {_YOUTUBE_URL} ) [^\]]{{0,200}}+ \]
         | embed (?: [ ][^\]]{{0,100}}+ )?+ \] [ ]*+ (?P<b> {_YOUTUBE_URL} ) [ ]*+ \[/embed\] )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A line that is only a link: "https://youtu.be/abcdefghijk", "www.youtube.com/watch?v=…".
_YOUTUBE_LINE = lazy_pattern(rf"{_YOUTUBE_URL}", regex.VERBOSE | regex.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"”’"


def find_signatures(doc: Document) -> Iterator[Signature]:
    """YouTube embeds: shortcodes, and lines that are a bare video link."""
    text = doc.text
    found: list[Signature] = []
    for match in _YOUTUBE_SHORTCODE.finditer(text):
        url = match.group("a") or match.group("b")
        found.append(
            _youtube(Span(match.start(), match.end()), url.rstrip(_TRAILING), "youtube-shortcode")
        )
    # every link names YouTube: "youtube.com", "youtu.be" (the pattern ignores case)
    lines = doc.paragraphs if "youtu" in doc.lowered else ()
    for line in lines:
        if line.end - line.start > 300 or text[line.start] not in "hHwWyYmM":
            continue
        bare = _YOUTUBE_LINE.fullmatch(text, line.start, line.end)
        if bare is not None:
            url = bare.group().rstrip(_TRAILING)
            found.append(
                _youtube(Span(line.start, line.start + len(url)), url, "youtube-link-line")
            )
    found.sort(key=lambda s: s.span.start)
    yield from found


def _youtube(span: Span, url: str, rule: str) -> Signature:
    return Signature(platform="youtube", span=span, rule=rule, url=url)
