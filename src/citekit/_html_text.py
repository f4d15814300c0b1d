"""The page read in document order: lines of text, embedded posts and credits.

One walk over the element tree turns the page into ``Piece``s, in the order
a reader meets them: a line of visible text (a paragraph, a heading, a list
item), an embedded post (flattened to its words and signature), a credit
element. Each piece knows whether it stands in page furniture (navigation,
sidebars, related-article widgets, comments, share bars) and whether it is
inside the article's own region. The article text is then the pieces that
belong to the article, one a line; embeds and credits keep their place
among them, so every record's span is moved, never searched for.

Which lines belong to the article is decided by trafilatura when it is
installed (a line is kept when trafilatura's main text has it), else by the
markup: the visible lines of the ``<article>`` or ``<main>`` that holds the
page's main block of paragraphs, or of ``<body>``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import attrs
import regex

from ._html_credits import (
    CreditContext,
    SchemaCredit,
    accounts_in,
    credit_of_element,
    credits_in_caption,
    schema_credits,
)
from ._html_embeds import Embed, embeds_in_markup, read_embed
from ._html_lexicon import (
    BLOCK,
    CAPTION_WORDS,
    CELLS,
    CONTAINER_BLOCKS,
    CREDIT_CLASS_PARTS,
    EMBED_WORDS,
    FIGURE_CREDIT_CLASS_PARTS,
    FURNITURE_TAGS,
    FURNITURE_WORDS,
    HIDDEN_CLASSES,
    IMAGE_WORDS,
    INVISIBLE,
    NOT_ARTICLE_IMAGE_WORDS,
    NOT_CONTENT_WORDS,
    SCHEMA_CREDIT_PROPERTIES,
    SCORED_BLOCKS,
)
from ._html_tree import Element, collapse
from ._records import ImageCredit, Post

# Flags of the walk's context, one bit each.
FURNITURE = 1  # inside navigation, a sidebar, a related widget, comments…
REGION = 2  # inside the article's region (<article>, <main> or <body>)
IMAGE = 4  # inside an image's container: a figure, a caption, a photo block
NOT_ARTICLE_IMAGE = 8  # inside a logo, an avatar, an advertisement
IMAGE_OBJECT = 16  # inside a schema.org ImageObject (microdata)
PRE = 32  # inside <pre>: line breaks are kept
FIGURE = 64  # inside a <figure> or <figcaption> itself
OTHER_ARTICLE = 128  # inside another <article> than the page's: a teaser, a related story
# Where no record of the article stands.
NOT_ARTICLE = FURNITURE | OTHER_ARTICLE

# Words of a class or id: "content-with-sidebar-wrp" -> content, with, sidebar, wrp;
# "InlineImage-imageEmbedCredit" -> inline, image, image, embed, credit.
_WORD = regex.compile(r"[A-Z]?[a-z0-9]++|[A-Z]++(?![a-z])")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_EMBED_MARKUP = regex.compile(r"youtube(?:-nocookie)?\.com/(?:embed|v)/|player\.vimeo\.com/video/")
# A paragraph this long or longer counts toward the page's main block.
_MIN_PARAGRAPH = 25
_MAX_SCRIPT_EMBED = 2000


@attrs.frozen
class Piece:
    """A line of the page, an embedded post, or a credit, with its records.

    The records' spans are relative to ``text``. ``kind`` is "line", "post"
    or "credit"; ``flags`` the walk's context bits where it stands.
    """

    kind: str
    text: str
    flags: int
    posts: tuple[Post, ...] = ()
    credits: tuple[ImageCredit, ...] = ()


@attrs.frozen
class Page:
    """The pieces of a page in document order, and the credits of its schema.org data."""

    pieces: tuple[Piece, ...]
    schema: tuple[SchemaCredit, ...]


def read_page(root: Element, context: CreditContext) -> Page:
    """Walk the page once and return its pieces."""
    body = next((e for e in root.iter() if e.tag == "body"), root)
    main = _main_block(_titled_article(body) or body)
    protected = {id(e) for e in (main, *main.ancestors())}
    region = next((e for e in (main, *main.ancestors()) if e.tag in ("article", "main")), body)
    walker = _Walker(context, protected, region)
    walker.walk(body)
    scripts = [
        e.raw_text()
        for e in root.iter()
        if e.tag == "script" and "ld+json" in e.get("type").lower()
    ]
    return Page(tuple(walker.pieces), tuple(schema_credits(scripts)))


def _titled_article(body: Element) -> Element | None:
    """On a page of several ``<article>``s, the one the page's ``<h1>`` heads.

    A page that shows its story and then the next ones (teasers, a feed of
    related stories, each an ``<article>``) heads its own with the title: the
    article that holds the first ``<h1>``, or else the first one after it.
    """
    articles: list[Element] = []
    heading: Element | None = None
    after_heading: Element | None = None
    for element in body.iter():
        if element.tag == "article":
            articles.append(element)
            if heading is not None and after_heading is None:
                after_heading = element
        elif element.tag == "h1" and heading is None and element.text():
            heading = element
    if len(articles) < 2 or heading is None:
        return None
    holder = next((a for a in heading.ancestors() if a.tag == "article"), None)
    return holder or after_heading


def _main_block(body: Element) -> Element:
    """The element that holds most of the page's running text.

    Each text node counts for the block that holds it: a paragraph, list
    item or cell scores for its parent (and half for the grandparent), the
    way a column of paragraphs scores for the column; text directly in a
    ``<div>`` (lines cut by ``<br>``) scores for the div itself. Navigation,
    footers, forms, comments and consent banners do not count.
    """
    lengths: Counter[int] = Counter()
    blocks: dict[int, Element] = {}
    stack: list[tuple[Element, Element]] = [(body, body)]
    while stack:
        node, block = stack.pop()
        for child in node.children:
            if isinstance(child, str):
                lengths[id(block)] += len(child.strip())
                continue
            if child.tag in INVISIBLE or child.tag in FURNITURE_TAGS:
                continue
            if not class_words(child).isdisjoint(NOT_CONTENT_WORDS) if child.attrs else False:
                continue
            if child.tag in SCORED_BLOCKS:
                blocks[id(child)] = child
                stack.append((child, child))
            else:
                stack.append((child, block))
    scores: Counter[int] = Counter()
    by_id: dict[int, Element] = {}
    for key, length in lengths.items():
        element = blocks.get(key)
        if element is None or length < _MIN_PARAGRAPH:
            continue
        target = element if element.tag in CONTAINER_BLOCKS else element.parent
        if target is None:
            continue
        scores[id(target)] += length
        by_id[id(target)] = target
        if target.parent is not None:
            scores[id(target.parent)] += length // 2
            by_id[id(target.parent)] = target.parent
    if not scores:
        return body
    best, _ = scores.most_common(1)[0]
    return by_id[best]


def class_words(element: Element) -> set[str]:
    """The lower-case words of an element's class and id."""
    value = f"{element.get('class')} {element.get('id')}"
    words = {w.lower() for w in _WORD.findall(value)}
    words.update(value.lower().split())
    return words


def is_hidden(element: Element) -> bool:
    if "hidden" in element.attrs:
        return True
    if _HIDDEN_STYLE.search(element.get("style")):
        return True
    return any(c in HIDDEN_CLASSES for c in element.get("class").lower().split())


class _Walker:
    def __init__(self, context: CreditContext, protected: set[int], region: Element) -> None:
        self.context = context
        self.protected = protected
        self.region = region
        self.pieces: list[Piece] = []
        self.seen_posts: set[str] = set()
        self._line: list[str] = []
        self._line_flags = 0

    def walk(self, root: Element) -> None:
        # The stack holds (node, flags) to enter, and None to end a block.
        stack: list[tuple[Element | str, int] | None] = [
            (root, REGION if root is self.region else 0)
        ]
        while stack:
            item = stack.pop()
            if item is None:
                self._flush()
                continue
            node, flags = item
            if isinstance(node, str):
                self._add_text(node, flags)
                continue
            children_flags = self._enter(node, flags)
            if children_flags is None:
                continue
            if node.tag in CELLS and self._line:
                self._line.append(" | ")
            block = node.tag in BLOCK
            if block:
                self._flush()
                stack.append(None)
            stack.extend((child, children_flags) for child in reversed(node.children))

    def _enter(self, node: Element, flags: int) -> int | None:
        """Handle ``node``; the flags for its children, or ``None`` to skip them."""
        tag = node.tag
        if tag == "br":
            self._flush()
            return None
        if tag in INVISIBLE and tag not in ("iframe", "embed", "object", "script", "noscript"):
            return None
        if is_hidden(node):
            return None
        flags = self._flags(node, flags)
        if tag == "script":
            self._script_embeds(node, flags)
            return None
        if tag == "meta" and flags & IMAGE_OBJECT:
            self._schema_meta(node, flags)
            return None
        embed = read_embed(node)
        if embed is not None:
            self._flush()
            self._add_post(embed, flags)
            return None
        if tag in INVISIBLE:
            return None
        for value in node.attrs.values():
            if "<iframe" in value and _EMBED_MARKUP.search(value):
                for found in embeds_in_markup(value, "escaped-markup"):
                    self._flush()
                    self._add_post(found, flags)
        if self._is_credit_element(node, flags):
            self._flush()
            self._add_credit_element(node, flags)
            return None
        return flags

    def _flags(self, node: Element, flags: int) -> int:
        if node is self.region:
            flags |= REGION
        words = class_words(node) if node.attrs else set()
        if id(node) not in self.protected:
            if node.tag in FURNITURE_TAGS or (
                not words.isdisjoint(FURNITURE_WORDS) and words.isdisjoint(EMBED_WORDS)
            ):
                flags |= FURNITURE
            if node.tag == "article" and not flags & REGION:
                flags |= OTHER_ARTICLE
            if node.tag in ("figure", "figcaption"):
                flags |= FIGURE | IMAGE
            elif (
                node.tag == "picture"
                or not words.isdisjoint(IMAGE_WORDS)
                or not words.isdisjoint(CAPTION_WORDS)
                or "caption" in node.get("itemprop")
            ):
                flags |= IMAGE
        if not words.isdisjoint(NOT_ARTICLE_IMAGE_WORDS):
            flags |= NOT_ARTICLE_IMAGE
        if "imageobject" in node.get("itemtype").lower():
            flags |= IMAGE_OBJECT
        if node.tag == "pre":
            flags |= PRE
        return flags

    # --- text lines ---

    def _add_text(self, text: str, flags: int) -> None:
        if flags & PRE and "\n" in text:
            first, *rest = text.split("\n")
            self._add_text(first, flags & ~PRE)
            for line in rest:
                self._flush()
                self._add_text(line, flags & ~PRE)
            return
        if not self._line:
            if not text.strip():
                return
            self._line_flags = flags
        self._line.append(text)

    def _flush(self) -> None:
        if not self._line:
            return
        text = collapse("".join(self._line))
        flags = self._line_flags
        self._line = []
        if not text:
            return
        credits: tuple[ImageCredit, ...] = ()
        if flags & IMAGE and not flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
            credits = credits_in_caption(text, self.context)
        self.pieces.append(Piece("line", text, flags, credits=credits))

    # --- posts ---

    def _add_post(self, embed: Embed, flags: int) -> None:
        if flags & NOT_ARTICLE or not embed.text:
            return
        key = embed.post.url or embed.text
        if key in self.seen_posts:
            return
        self.seen_posts.add(key)
        self.pieces.append(Piece("post", embed.text, flags, posts=(embed.post,)))

    def _script_embeds(self, node: Element, flags: int) -> None:
        """A player that a small inline script writes where it stands."""
        source = node.raw_text()
        if len(source) > _MAX_SCRIPT_EMBED or "json" in node.get("type").lower():
            return
        if not _EMBED_MARKUP.search(source):
            return
        for embed in embeds_in_markup(source, "script-player"):
            self._flush()
            self._add_post(embed, flags)

    # --- credits ---

    def _is_credit_element(self, node: Element, flags: int) -> bool:
        if flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
            return False
        if node.get("itemprop") in SCHEMA_CREDIT_PROPERTIES and flags & IMAGE_OBJECT:
            return True
        classes = node.classes()
        if any(part in classes for part in CREDIT_CLASS_PARTS):
            own = flags & IMAGE or not class_words(node).isdisjoint(IMAGE_WORDS)
            return bool(own) and not _holds_caption(node)
        if not flags & FIGURE:
            return False  # a byline or a <cite> is a credit only under a figure
        if node.tag in ("cite", "small") or any(p in classes for p in FIGURE_CREDIT_CLASS_PARTS):
            return not _holds_caption(node)
        return False

    def _add_credit_element(self, node: Element, flags: int) -> None:
        text = node.text()
        if not text:
            return
        credit = credit_of_element(text, self._context_of(node), "credit-element")
        if credit is None:
            credits = credits_in_caption(text, self._context_of(node))
            self.pieces.append(Piece("line", text, flags | IMAGE, credits=credits))
            return
        self.pieces.append(Piece("credit", text, flags, credits=(credit,)))

    def _context_of(self, node: Element) -> CreditContext:
        accounts = accounts_in(node)
        if not accounts:
            return self.context
        return attrs.evolve(self.context, accounts=accounts)

    def _schema_meta(self, node: Element, flags: int) -> None:
        if node.get("itemprop") not in SCHEMA_CREDIT_PROPERTIES:
            return
        text = collapse(node.get("content"))
        credit = credit_of_element(text, self.context, "schema-microdata") if text else None
        if credit is not None and not flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
            self.pieces.append(Piece("schema", text, flags, credits=(credit,)))


def _holds_caption(node: Element) -> bool:
    """Whether ``node`` wraps a caption or another credit (then it is not the credit)."""
    for child in node.iter():
        if child is node:
            continue
        classes = child.classes()
        if "caption" in classes or any(p in classes for p in CREDIT_CLASS_PARTS):
            return True
        if child.tag == "figcaption":
            return True
    return False


def pieces_text(pieces: Iterator[Piece] | tuple[Piece, ...]) -> str:
    return "\n".join(p.text for p in pieces)
