"""Embedded social posts: the words of an embed followed by its signature.

An embedded tweet, once a page is turned into text, reads as its words and
then a signature: ``— Display Name (@handle) Month D, YYYY``. The signature
is the anchor: it is specific enough to find without knowing the words, and
the words are then the text between the previous boundary (a line break, or
the end of the article's previous sentence) and the signature's dash.
"""

from __future__ import annotations

import regex

from ._dates import parse_date
from ._records import Article, Entity, Post, Span
from ._segment import Document

# The tail of a Twitter signature, found first because "(@" is rare in prose:
#   "(@Omojuwa) November 12, 2016"   "(@WhoIsNum2) November 12, 2016"
_TWITTER_TAIL = regex.compile(
    r"""
    \( @ (?P<handle> [A-Za-z0-9_]{1,15}+ ) \)
    (?: [ \t\u00a0]{0,5}+
        (?P<date> (?: Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec ) \p{L}{0,7}+ \.?
                  [ \t\u00a0]{1,3}+ \d{1,2} ,? [ \t\u00a0]{0,3}+ \d{4} ) )?
    """,
    regex.VERBOSE,
)

# The dash that opens a signature: "— JJ. Omojuwa (@Omojuwa)"; scrapes turn it
# into "–", "-", "--" or "&mdash;".
_DASH = regex.compile(r"(?:—|–|&mdash;|--?)(?=[ \t\u00a0]*[^ \t\u00a0])")

# URLs in a post's words; media links are kept apart from the other links.
_URL = regex.compile(
    r"""
    (?: https?:// [^\s<>"“”]{1,2000}+           # https://t.co/bweveScdAr
      | pic\.twitter\.com/ [A-Za-z0-9]{1,40}+   # pic.twitter.com/TuqcUA3qYS
      | (?<![\w.@/]) (?:www\.)? [a-z0-9-]{1,63}+ \. (?:com|org|net|co|ly|be|gl|me|io)
        / [^\s<>"“”]{1,2000}+ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_MEDIA_HOSTS = ("pic.twitter.com/", "pic.x.com/")
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"”’"
_MAX_AUTHOR = 80


def find_posts(doc: Document, article: Article) -> tuple[Post, ...]:
    """Every embedded post in the document, in text order."""
    text = doc.text
    posts: list[Post] = []
    floor = 0
    for tail in _TWITTER_TAIL.finditer(text):
        post = _twitter_post(doc, tail, floor)
        if post is not None:
            posts.append(post)
            floor = post.span.end
    return tuple(posts)


def _twitter_post(doc: Document, tail: regex.Match[str], floor: int) -> Post | None:
    """The post signed by ``tail``; its words start at ``floor`` at the earliest.

    ``floor`` is the end of the post before it: on a line of several posts
    (scraped text that lost its line breaks) each post's words start where
    the previous post ended, not at the start of the line, so a line of many
    posts is read once, not once per post.
    """
    text = doc.text
    line = doc.paragraph_at(tail.start())
    if line is None:
        return None
    first = max(line.start, floor)
    window_start = max(first, tail.start() - _MAX_AUTHOR)
    dashes = list(_DASH.finditer(text, window_start, tail.start()))
    if not dashes:
        return None
    dash = dashes[-1]
    author = text[dash.end() : tail.start()].strip(" \t\u00a0") or None
    if dash.start() > first and text[first : dash.start()].strip():
        words = _trim(text, first, dash.start())
    elif first == line.start:
        words = _previous_line(doc, line)
        if words is not None and words.start < floor:
            words = _trim(text, floor, words.end)  # not the post before's words
    else:
        words = None  # right after the post before it on its line: no words of its own
    if words is None:
        return None
    start = words.start
    end = tail.end()
    date_text = tail.group("date")
    body = words.of(text)
    links, media = _links(body)
    return Post(
        platform="twitter",
        span=Span(start, end),
        handle=tail.group("handle"),
        author=author,
        date=parse_date(date_text) if date_text else None,
        date_text=date_text,
        text=body,
        text_span=words,
        links=links,
        media=media,
        entities=_entities(text, words),
        rule="twitter-signature",
    )


def _previous_line(doc: Document, line: Span) -> Span | None:
    index = doc.paragraph_index(line.start)
    if index == 0:
        return None
    return doc.paragraphs[index - 1]


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _links(body: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    links: list[str] = []
    media: list[str] = []
    for match in _URL.finditer(body):
        url = match.group().rstrip(_TRAILING_PUNCTUATION)
        if any(host in url.lower() for host in _MEDIA_HOSTS):
            media.append(url)
        else:
            links.append(url)
    return tuple(links), tuple(media)


def _entities(text: str, words: Span) -> tuple[Entity, ...]:
    entities: list[Entity] = []
    for match in _URL.finditer(text, words.start, words.end):
        url = match.group().rstrip(_TRAILING_PUNCTUATION)
        entities.append(Entity("url", url, Span(match.start(), match.start() + len(url))))
    return tuple(entities)
