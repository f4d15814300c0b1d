"""Where a post's words begin, given where they end (its signature).

An embed, turned into text, puts the post's words before its signature. How
far back they reach depends on what the scrape kept of the page's layout:

* The signature opens its own line: the words are the lines before it, back
  to the previous blank line when the article separates paragraphs by blank
  lines ("Senate resolves to:\\nObserve a minute silence.\\n\\n— Name (@h)"),
  else the one line before it (the seed article).
* The signature shares its line with the words ("… to buy guns. — Name
  (@h) June 15, 2016"): the line's text before it, when that is no longer
  than the post can be.
* The line breaks were lost (ISOT-style text: one line per article, dashes
  deleted, paragraphs glued: "…said this:Shameful excuse for…"). Then a
  paragraph boundary shows as punctuation glued to the next capital
  ("Senate.Just in", "below:Senator") and the words start at one of those. A
  tweet is short (140 weighted characters until November 2017, 280 since),
  and its own line breaks glue the same way, so the words start at the
  *earliest* glued boundary that leaves them within that length, and never
  before an introducing colon ("Watch:", "he said this:"); the end of the
  previous post counts as such a boundary, the start of the article does
  not (an article does not open with an embed), nor the start of its body
  after a headline line. With no glued boundary in reach, at the earliest
  plain sentence start in reach. Captions of any
  length (Instagram, Facebook) start at the *latest* such boundary instead,
  an introducing "…: " included.

No post's words reach back past ``floor``, the end of the previous post.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

import attrs
import regex

from .._lexicon.embeds import MEDIA_HOSTS
from .._records import Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document

# A paragraph boundary left by a scrape that deleted line breaks: punctuation
# glued to what starts the next paragraph. "Senate.Just in", "Night!https",
# "team.)Our", "said this:Shameful", "Office:.@JoLinPhoto", "posted.Then".
_GLUED = lazy_pattern(
    r"""
    (?<= [\p{L}\p{M}\p{N}%)\]"'”’!?\#] )         # after a word, a figure or a closing mark
    (?: (?P<end> [.!?…]{1,3}+ ["'”’)\]]{0,2}+ )    # "Obama." "#'s!" "kids.)"
      | (?P<colon> : ) )                         # "Watch below:"
    (?= \.?+ @ [\w]                              # ".@PeteSouza", "@bessbell"
      | [\p{Lu}\#"“‘(¿¡]                         # "Just", "#Browns", "“We"
      | (?<! \d [.:] ) \p{N} )                   # "8 Dems", but not "22.4" or "7:30"
    """,
    regex.VERBOSE,
)

# A colon that introduces what follows on the same line: "…for a free ride: Pass".
_COLON_SPACE = lazy_pattern(r"(?<=\p{L}[)\"'”’]{0,2}+:[ \t\u00a0]{1,3}+)(?=[\p{Lu}\p{N}@#\"“‘(])")
# The same, matched from its colon: "…: Pass" from ":".
_COLON_SPACE_AT = lazy_pattern(
    r":(?<=\p{L}[)\"'”’]{0,2}+:)[ \t\u00a0]{1,3}+(?=[\p{Lu}\p{N}@#\"“‘(])"
)

# Links, to weigh a tweet as Twitter does: a t.co link counts 23, a media link
# ("pic.twitter.com/…", ``MEDIA_HOSTS``) nothing.
_LINK = lazy_pattern(
    "(?:https?://|" + "|".join(regex.escape(host) for host in MEDIA_HOSTS) + r")[^\s]{1,500}+",
    regex.IGNORECASE,
)
_URL_WEIGHT = 23

# Slack over the length limit: scrapes turn one emoji into "??" and "&" into "&amp;".
_SLACK = 10
# A line (or block of lines) longer than this is an article that lost its line breaks.
_FLATTENED_LINE = 1200
# How far a block of lines may reach back: tweets are short, captions rarely long.
_MAX_BLOCK_LINES = 40
_MAX_BLOCK_CHARS = 5000
_LINE_BREAKS = "\n\r\u2028\u2029"
# A first line this short that ends without a sentence's end is a headline.
_MAX_HEADLINE = 250
_SENTENCE_END = frozenset(".!?…:;\"'”’)]")
# A caption runs from the previous post's end only when that is this near; further
# back, article sentences come between, and the caption starts at the last boundary.
_CAPTION_FROM_FLOOR = 600


@attrs.frozen
class Layout:
    """The document and what the scrape kept of its layout, found once per article.

    ``body_start`` is where the article's own text starts: after its headline
    line, when it opens with one, else at its first line.
    """

    doc: Document
    blank_lines: bool
    body_start: int = 0

    @classmethod
    def of(cls, doc: Document) -> Layout:
        paragraphs = doc.paragraphs
        blank = any(_blank_between(doc.text, a, b) for a, b in itertools.pairwise(paragraphs))
        return cls(doc=doc, blank_lines=blank, body_start=_body_start(doc))


def _body_start(doc: Document) -> int:
    """The start of the line after a headline ("Senator hits back at critics"), else of
    the first line: a headline is a short first line without a sentence's end."""
    paragraphs = doc.paragraphs
    if not paragraphs:
        return 0
    first = paragraphs[0]
    headline = (
        len(paragraphs) > 1
        and first.end - first.start <= _MAX_HEADLINE
        and doc.text[first.end - 1] not in _SENTENCE_END
    )
    return paragraphs[1].start if headline else first.start


def words_before(layout: Layout, end: int, floor: int, limit: int | None) -> Span | None:
    """The span of a post's words that end at ``end``, not reaching back past ``floor``."""
    doc = layout.doc
    text = doc.text
    last = _skip_space_back(text, end, floor)
    if last <= floor:
        return None
    line_index = doc.paragraph_index(last - 1)
    line = doc.paragraphs[line_index]
    own_line = any(c in _LINE_BREAKS for c in text[last:end])
    if own_line:
        lo = max(_block_start(layout, line_index), floor)
        if limit is None or _weight(doc, lo, last) <= limit + _SLACK:
            return trimmed(text, lo, last)
    else:
        lo = max(line.start, floor)
    if limit is None:
        start = _latest_boundary(doc, lo, last, line)
    else:
        start = _earliest_boundary(layout, lo, last, limit)
    return trimmed(text, start, last)


def _earliest_boundary(layout: Layout, lo: int, last: int, limit: int) -> int:
    """Where a bounded post (a tweet) starts in a line that may hold more than the post."""
    doc = layout.doc
    text = doc.text
    reach = _reach(doc, lo, last, limit + _SLACK)
    glued: list[int] = []
    intro = -1
    for match in _glued(text, reach, last):
        if match.end() >= last:
            break
        if match.group("colon"):
            intro = match.end()
        glued.append(match.end())
    if lo >= reach and lo > layout.body_start:
        glued.append(lo)  # a line start or the previous post's end; the article's start is not
    candidates = [p for p in glued if p >= intro]
    if candidates:
        return min(candidates)
    sentences = _sentence_starts(doc, max(lo, reach), last)
    sentences += _colon_spaces(text, max(lo, reach), last)
    if sentences:
        return min(sentences)
    return _next_word(text, max(lo, reach), last)


def _latest_boundary(doc: Document, lo: int, last: int, line: Span) -> int:
    """Where a caption of any length starts: the last paragraph boundary before it."""
    text = doc.text
    reach = max(lo, last - _MAX_BLOCK_CHARS)
    best = -1
    for match in _glued(text, reach, last):
        if match.end() < last:
            best = max(best, match.end())
    for colon_end in _colon_spaces(text, reach, last):
        best = max(best, colon_end)
    if best >= 0:
        return best
    if line.end - line.start <= _FLATTENED_LINE or last - lo <= _CAPTION_FROM_FLOOR:
        return lo
    sentences = _sentence_starts(doc, reach, last)
    return max(sentences) if sentences else _next_word(text, reach, last)


def _reach(doc: Document, lo: int, last: int, budget: int) -> int:
    """The furthest-back offset from which ``text[offset:last]`` weighs at most ``budget``."""
    start = max(lo, last - budget)
    seen = 0
    while True:
        links = _links(doc, start, last)
        discount = sum(_discount(m.group(), m.end() >= last) for m in links)
        wider = max(lo, last - budget - discount)
        if wider >= start or seen > 8:
            return start
        start, seen = wider, seen + 1


def _weight(doc: Document, start: int, last: int) -> int:
    """Twitter's weighted length of ``text[start:last]``, roughly: links count 23 or 0."""
    links = _links(doc, start, last)
    return (last - start) - sum(_discount(m.group(), m.end() >= last) for m in links)


# Where the patterns above may start: a link at "http" or at the first label of
# a media host, "pic." (in the lower-cased text, as the pattern ignores case: a
# longer head would miss what case folding matches, "pic.twıtter.com"), a glued
# boundary at its mark.
_LINK_HEADS = ("http", *dict.fromkeys(host.partition(".")[0] + "." for host in MEDIA_HOSTS))
_GLUE_MARKS = ".!?…:"


def _links(doc: Document, start: int, last: int) -> Iterator[regex.Match[str]]:
    """What ``_LINK.finditer(doc.text, start, last)`` gives, matched only where one may start.

    The engine would try the pattern's alternation at every offset; the few
    offsets where a link starts are found with ``str.find``, and the pattern is
    matched at each in text order, resuming after each match as ``finditer`` does.
    """
    return _matches_at(_LINK, doc.text, _offsets(doc.lowered, _LINK_HEADS, start, last), last)


def _glued(text: str, start: int, last: int) -> Iterator[regex.Match[str]]:
    """What ``_GLUED.finditer(text, start, last)`` gives, matched only at the marks it starts
    with (as ``_links``)."""
    return _matches_at(_GLUED, text, _offsets(text, _GLUE_MARKS, start, last), last)


def _offsets(text: str, heads: Iterable[str], start: int, last: int) -> list[int]:
    """The offsets in ``[start, last)`` where one of ``heads`` stands, in order."""
    found: list[int] = []
    for head in heads:
        at = text.find(head, start, last)
        while at >= 0:
            found.append(at)
            at = text.find(head, at + 1, last)
    found.sort()
    return found


def _matches_at(
    pattern: regex.Pattern[str], text: str, offsets: list[int], last: int
) -> Iterator[regex.Match[str]]:
    floor = -1
    for at in offsets:
        if at < floor:
            continue
        match = pattern.match(text, at, last)
        if match is not None:
            yield match
            floor = match.end()


def _colon_spaces(text: str, start: int, last: int) -> list[int]:
    """The ends of ``_COLON_SPACE.finditer(text, start, last)``, read from each colon on
    (it stands two to four characters before a match), as ``_links``."""
    colons = _offsets(text, ":", max(start - 4, 0), last)
    return [m.end() for m in _matches_at(_COLON_SPACE_AT, text, colons, last) if m.end() >= start]


def _discount(link: str, closing: bool) -> int:
    """How much shorter ``link`` weighs than it reads.

    A media link counts nothing, nor does a link that closes the tweet (since
    2016 an attached photo or quoted tweet is such a link); any other counts 23.
    """
    if closing or link.lower().startswith(MEDIA_HOSTS):
        return len(link)
    return max(len(link) - _URL_WEIGHT, 0)


def _sentence_starts(doc: Document, lo: int, last: int) -> list[int]:
    sentences = doc.sentences
    starts: list[int] = []
    for index in range(doc.sentence_index(lo), len(sentences)):  # no slice: no copy of the rest
        start = sentences[index].start
        if start >= last:
            break
        if start >= lo:
            starts.append(start)
    return starts


def _block_start(layout: Layout, index: int) -> int:
    """The first line of the block that ends with line ``index``."""
    paragraphs = layout.doc.paragraphs
    if not layout.blank_lines:
        return paragraphs[index].start
    first = index
    end = paragraphs[index].end
    while (
        first > 0
        and index - first < _MAX_BLOCK_LINES
        and end - paragraphs[first - 1].start <= _MAX_BLOCK_CHARS
        and not _blank_between(layout.doc.text, paragraphs[first - 1], paragraphs[first])
    ):
        first -= 1
    return paragraphs[first].start


def _blank_between(text: str, a: Span, b: Span) -> bool:
    gap = text[a.end : b.start]
    return gap.count("\n") >= 2 or gap.count("\r") >= 2 or "\u2029" in gap


def _skip_space_back(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _next_word(text: str, start: int, last: int) -> int:
    """``start`` if a word begins there, else the start of the next word."""
    if start == 0 or text[start - 1].isspace():
        return start
    while start < last and not text[start].isspace():
        start += 1
    return start


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without its outer white space; ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
