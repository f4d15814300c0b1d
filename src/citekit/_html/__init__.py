"""``parse_html``: the same ``Article`` as ``parse_article``, read from a page's markup.

The markup says exactly what text only suggests: an embedded post's
permalink, its account and date, the element that holds an image's credit.
So posts and image credits are read from the markup (``embeds``, one module
per platform, and ``credits``), the article's text is the page's main text
with those records at the place where they stand (``page``, over the tree of
``tree``, from the bytes decoded by ``decode``), and quotations and sources
are found in that text by the detectors of ``parse_article``.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

import attrs

from .._pipeline import detect
from .._records import Article, Entity, ImageCredit, Post
from .._text.language import lexicon_for
from .._text.patterns import lazy_pattern
from .credits import CreditContext, credit_of_element, site_keys
from .decode import decode_html
from .page import FURNITURE, REGION, Page, Piece, read_page
from .tree import MAX_ATTRIBUTES, Tree, parse_tree

Extractor = Literal["auto", "trafilatura", "markup"]
EXTRACTORS: tuple[str, ...] = ("auto", "trafilatura", "markup")

# What two extractions of one line share: its letters and digits.
_NOT_WORD = lazy_pattern(r"[\W_]++")
_WORD_CHARS = lazy_pattern(r"[^\W_]++")
# A line this long is kept when trafilatura's text holds it inside a longer line.
_MIN_CONTAINED = 20
# Where a line is looked for inside trafilatura's longer lines: at most this many
# places whose first characters are the line's (see ``_ContainedLines``).
_MAX_PLACES = 8
# Pages whose elements trafilatura is not given (see ``_too_many_elements``).
_MIN_ELEMENTS = 5000
_MAX_ELEMENTS_PER_KB = 30
# The schema.org credits of a page that are compared with its visible ones.
_MAX_SCHEMA_CREDITS = 50

_log = logging.getLogger("citekit")


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    extractor: Extractor = "auto",
    language: str | None = None,
) -> Article:
    """Find the embedded posts, image credits, quotations and sources of an HTML page.

    ``html`` is the page as text, or as bytes decoded by the charset the page
    declares (byte-order mark, ``<meta charset>``, ``http-equiv``), else as
    UTF-8 with replacement characters. ``url`` is the page's address: it
    helps trafilatura and tells the site's own name in credits.

    ``Article.text`` is the article's text, one paragraph a line, with each
    embedded post (its words, then its signature line) and each credit at the
    place where it stands; every span indexes into it. The main text comes
    from trafilatura when it is installed (``pip install citekit[html]``) and
    ``extractor`` is "auto" or "trafilatura"; with "markup" (or without
    trafilatura) it is the visible text of the page's ``<article>``,
    ``<main>`` or ``<body>``. Posts and credits are read from the markup
    either way, so they do not depend on the extractor. ``language`` is as
    ``parse_article`` takes it: ``None`` detects it from the article's text.

    Raises ``TypeError`` when ``html`` is neither ``str`` nor ``bytes`` and
    ``ValueError`` for an unknown ``extractor`` or ``language``; never raises
    on broken markup.
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        markup = decode_html(bytes(html))
    elif isinstance(html, str):
        markup = html
    else:
        raise TypeError(f"parse_html() takes a str or bytes, not {type(html).__name__}")
    if extractor not in EXTRACTORS:
        raise ValueError(f"extractor must be one of {', '.join(EXTRACTORS)}, not {extractor!r}")
    if language is not None:
        lexicon_for(language, "")  # a bad code is named before the page is read
    with _collector_paused():
        return _read_html(markup, url, extractor, language)


def _read_html(markup: str, url: str | None, extractor: Extractor, language: str | None) -> Article:
    tree = parse_tree(markup)
    page = read_page(tree, CreditContext(site_keys(tree, url)))
    main_text = None
    if extractor != "markup" and _too_many_elements(tree, markup):
        _log.info("the page has too many elements for trafilatura; its markup is read instead")
    elif extractor != "markup" and _too_many_attributes(tree):
        _log.info(
            "an element of the page has more than %d attributes, too many for trafilatura; "
            "its markup is read instead",
            MAX_ATTRIBUTES,
        )
    elif extractor != "markup":
        main_text = _trafilatura_text(markup, url)
        if extractor == "trafilatura" and main_text is None:
            _log.info("trafilatura gave no text; the page's markup is read instead")
    pieces = _article_pieces(page, main_text)
    text, posts, credits = _assemble(pieces)
    # (a dict, because attrs' tuple converter leaves mypy an unsolved generic)
    found: dict[str, Any] = {"posts": tuple(posts), "image_credits": tuple(credits)}
    article = Article(text=text, **found)
    return detect(article, given=("posts", "image_credits"), language=language)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a page is read.

    A page's tree is hundreds of thousands of objects made at once, and the
    collector, which runs after every few hundred new objects, would walk
    them again and again: a third of the time on a page dense in elements.
    Reference counting still frees what is dropped, and the collector runs
    again (if it ran before) as soon as the page is read.
    """
    running = gc.isenabled()
    if running:
        gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def _too_many_elements(tree: Tree, markup: str) -> bool:
    """Whether the page has far more elements than pages of its size have.

    trafilatura spends tens of microseconds on each element, so a page of
    a hundred thousand ``<br>`` or empty paragraphs would stall it for
    seconds. News pages have up to about 20 elements per KB; a page with
    more than ``_MAX_ELEMENTS_PER_KB`` (and more than ``_MIN_ELEMENTS`` in all)
    was not written to be read, and its markup is read instead.
    """
    return tree.tags > _MIN_ELEMENTS and tree.tags > len(markup) * _MAX_ELEMENTS_PER_KB // 1000


def _too_many_attributes(tree: Tree) -> bool:
    """Whether an element of the page has more attributes than the tree keeps.

    trafilatura's parser checks each new attribute of an element against all
    before it: 10,000 attributes on one element cost it 0.35 s, 40,000 more
    than 9 s, a million never end. No page written to be read has an element
    with more than ``MAX_ATTRIBUTES``; the markup of one that has is read instead.
    """
    return tree.crowded > 0


def _trafilatura_text(markup: str, url: str | None) -> str | None:
    """trafilatura's main text of the page, or ``None`` when it is missing or fails."""
    try:
        trafilatura: Any = importlib.import_module("trafilatura")
    except MemoryError:
        raise
    except Exception:
        return None
    try:
        text = trafilatura.extract(
            markup,
            url=url,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            with_metadata=False,
        )
    except MemoryError:
        raise  # a page too large for the memory it may take is the caller's to report
    except Exception:
        _log.debug("trafilatura failed on the page", exc_info=True)
        return None
    return text if isinstance(text, str) and text.strip() else None


def _article_pieces(page: Page, main_text: str | None) -> list[Piece]:
    """The pieces that belong to the article: its lines, posts and credits, in order."""
    keep = _kept_by_trafilatura(page, main_text) if main_text else _kept_by_markup(page)
    pieces: list[Piece] = []
    captions: set[str] = set()
    for piece, kept in zip(page.pieces, keep, strict=True):
        if not kept:
            continue
        if piece.credits and piece.kind == "line":
            if piece.text in captions:
                continue  # one image shown twice (a layout for each screen size)
            captions.add(piece.text)
        pieces.append(piece)
    return _with_schema_credits(page, pieces)


def _kept_by_markup(page: Page) -> list[bool]:
    return [
        p.kind != "line" or bool(p.credits) or bool(p.flags & REGION and not p.flags & FURNITURE)
        for p in page.pieces
    ]


def _kept_by_trafilatura(page: Page, main_text: str) -> list[bool]:
    """A line is the article's when trafilatura's main text has it (once per time it has it)."""
    lines = [line for line in main_text.splitlines() if _key(line)]
    wanted = Counter(_key(line) for line in lines)
    contained = _ContainedLines(lines)
    keep: list[bool] = []
    for piece in page.pieces:
        if piece.kind != "line" or piece.credits:
            keep.append(True)
            continue
        key = _key(piece.text)
        if key and wanted[key] > 0:
            wanted[key] -= 1
            keep.append(True)
        else:
            keep.append(len(key) >= _MIN_CONTAINED and key in contained)
    return keep


def _key(line: str) -> str:
    return _NOT_WORD.sub("", line).lower()


class _ContainedLines:
    """Whether a line's key stands inside one of trafilatura's lines, in time linear in both.

    A line of the page that trafilatura joined to the next one is inside one
    of its lines, and starts where a word of that line starts. So the places
    where each word starts are indexed by the key's first characters there,
    and a line is looked for at the few places its own first characters name,
    not by a search of the whole text for each line.
    """

    def __init__(self, lines: list[str]) -> None:
        self.keys: list[str] = []
        self.places: dict[str, list[tuple[int, int]]] = {}
        for number, line in enumerate(lines):
            key = _key(line)
            self.keys.append(key)
            offset = 0
            for word in _WORD_CHARS.findall(line):
                places = self.places.setdefault(key[offset : offset + _MIN_CONTAINED], [])
                if len(places) < _MAX_PLACES:
                    places.append((number, offset))
                offset += len(word.lower())  # ("İ" is two characters in lower case)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        places = self.places.get(key[:_MIN_CONTAINED], ())
        return any(self.keys[number].startswith(key, offset) for number, offset in places)


def _with_schema_credits(page: Page, pieces: list[Piece]) -> list[Piece]:
    """Add schema.org credits that no visible credit gives, before the article's text."""
    seen_keys = [_key(_credit_text(p, c)) for p in pieces if p.kind != "schema" for c in p.credits]
    seen_names = {
        _key(name)
        for p in pieces
        if p.kind != "schema"
        for c in p.credits
        for name in (*c.creators, *c.agencies)
    }
    # A credit's text decides whether it is given; structured data repeats one
    # credit for each image of a gallery, and a page with more distinct ones
    # than _MAX_SCHEMA_CREDITS was built to make each be compared with every
    # visible credit: the ones after those are not read.
    verdicts: dict[str, bool] = {}
    result: list[Piece] = []
    for piece in pieces:
        if piece.kind == "schema":
            key = _key(piece.text)
            given = verdicts.get(key)
            if given is None:
                given = len(verdicts) >= _MAX_SCHEMA_CREDITS or _already_given(
                    piece.credits[0], piece.text, seen_keys, seen_names
                )
                verdicts[key] = given
            if given:
                continue
        result.append(piece)
    lead: list[Piece] = []
    read: set[str] = set()
    for schema in page.schema:
        key = _key(schema.text)
        if key in read:
            continue  # the same credit again: given by the first, or not a credit
        if len(read) >= _MAX_SCHEMA_CREDITS:
            break
        read.add(key)
        credit = credit_of_element(schema.text, CreditContext(), "schema-json-ld")
        if credit is None or _already_given(credit, schema.text, seen_keys, seen_names):
            continue
        lead.append(Piece("schema", schema.text, 0, credits=(credit,)))
        seen_keys.append(key)
        seen_names.update(_key(name) for name in (*credit.creators, *credit.agencies))
    return lead + result


def _credit_text(piece: Piece, credit: ImageCredit) -> str:
    return piece.text[credit.span.start : credit.span.end]


def _already_given(
    credit: ImageCredit, text: str, seen_keys: Sequence[str], seen_names: set[str]
) -> bool:
    key = _key(text)
    if any(key and (key in other or other in key) for other in seen_keys if other):
        return True
    # Structured data describes the images the page shows: a name it shares
    # with a shown credit ("Getty Images" beside "Photo: Jane Doe/Getty") is that credit.
    return not seen_names.isdisjoint(_key(n) for n in (*credit.creators, *credit.agencies))


def _assemble(pieces: list[Piece]) -> tuple[str, list[Post], list[ImageCredit]]:
    """Join the pieces one a line and move their records' spans into the joined text."""
    parts: list[str] = []
    posts: list[Post] = []
    credits: list[ImageCredit] = []
    offset = 0
    for piece in pieces:
        parts.append(piece.text)
        posts.extend(_shifted_post(p, offset) for p in piece.posts)
        credits.extend(attrs.evolve(c, span=c.span.shift(offset)) for c in piece.credits)
        offset += len(piece.text) + 1
    return "\n".join(parts), posts, credits


def _shifted_post(post: Post, offset: int) -> Post:
    text_span = post.text_span.shift(offset) if post.text_span is not None else None
    entities = [Entity(e.kind, e.text, e.span.shift(offset)) for e in post.entities]
    return attrs.evolve(post, span=post.span.shift(offset), text_span=text_span, entities=entities)
