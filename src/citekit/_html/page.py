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

from .._lexicon.markup import (
    BLOCK,
    CAPTION_WORDS,
    CELLS,
    CONTAINER_BLOCKS,
    CREDIT_CLASS_PARTS,
    CREDIT_LINE_WORDS,
    EMBED_WORDS,
    FIGURE_CREDIT_CLASS_PARTS,
    FURNITURE_TAGS,
    FURNITURE_WORDS,
    HIDDEN_CLASSES,
    IMAGE_WORDS,
    INVISIBLE,
    NOT_ARTICLE_IMAGE_WORDS,
    NOT_CONTENT_WORDS,
    PHOTOGRAPHER_CLASS_PARTS,
    PLAIN_TAGS,
    SCHEMA_CREDIT_PROPERTIES,
    SCORED_BLOCKS,
)
from .._records import ImageCredit, Post
from .._text.patterns import lazy_pattern
from .credits import (
    CreditContext,
    SchemaCredit,
    accounts_in,
    credit_of_element,
    credits_in_caption,
    schema_credits,
)
from .embeds import NO_CLASSLESS, NO_SUBTREE, Embed, embeds_in_markup, read_embed
from .tree import Element, Tree, collapse

# Flags of the walk's context, one bit each.
FURNITURE = 1  # inside navigation, a sidebar, a related widget, comments…
REGION = 2  # inside the article's region (<article>, <main> or <body>)
IMAGE = 4  # inside an image's container: a figure, a caption, a photo block
NOT_ARTICLE_IMAGE = 8  # inside a logo, an avatar, an advertisement
IMAGE_OBJECT = 16  # inside a schema.org ImageObject (microdata)
PRE = 32  # inside <pre>: line breaks are kept
FIGURE = 64  # inside a <figure> or <figcaption> itself
OTHER_ARTICLE = 128  # inside another <article> than the page's: a teaser, a related story
# (256 and 512 are the embed readers' own: ``NO_SUBTREE``, ``NO_CLASSLESS``.)
EXTENT = 1024  # inside the article's extent: what holds both its title and its main block
LINKED = 2048  # inside a link to another page that holds a picture: a teaser's card
# Where no record of the article stands.
NOT_ARTICLE = FURNITURE | OTHER_ARTICLE

# Words of a class or id: "story-with-sidebar-wrp" -> story, with, sidebar, wrp;
# "StoryImage-imageFooterCredit" -> story, image, image, footer, credit.
_WORD = lazy_pattern(r"[A-Z]?[a-z0-9]++|[A-Z]++(?![a-z])")
_HIDDEN_STYLE = lazy_pattern(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_WORD_CHARS = lazy_pattern(r"[^\W_]++")
_EMBED_MARKUP = lazy_pattern(r"youtube(?:-nocookie)?\.com/(?:embed|v)/|player\.vimeo\.com/video/")
# A paragraph this long or longer counts toward the page's main block.
_MIN_PARAGRAPH = 25
_MAX_SCRIPT_EMBED = 2000
# A line under an image this long or shorter may be its caption (see ``_credit_line``).
_MAX_CREDIT_LINE = 300
# Elements whose text never counts toward the page's main block.
_NOT_SCORED_TAGS = INVISIBLE | FURNITURE_TAGS
# Elements that change the walk's flags by their tag alone (see ``_Walker._flags``).
_TAGS_WITH_FLAGS = FURNITURE_TAGS | {"article", "figure", "figcaption", "picture", "pre", "dialog"}


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


def read_page(tree: Tree, context: CreditContext) -> Page:
    """Walk the page once and return its pieces."""
    body = tree.first("body") or tree.root
    main = _main_block(_titled_article(tree, body) or body)
    protected = {id(e) for e in (main, *main.ancestors())}
    region = next((e for e in (main, *main.ancestors()) if e.tag in ("article", "main")), body)
    extent = _extent(_title_heading(tree, body), main, body)
    walker = _Walker(
        context, protected, region, extent, _caption_holders(tree), _picture_holders(tree)
    )
    walker.walk(body)
    scripts = [e.raw_text() for e in tree.all("script") if "ld+json" in e.get("type").lower()]
    return Page(tuple(walker.pieces), tuple(schema_credits(scripts)))


def _title_heading(tree: Tree, body: Element) -> Element | None:
    """The page's title: its first ``<h1>`` with words in ``body``."""
    empty: Element | None = None
    for candidate in tree.all("h1"):
        if not body.contains(candidate) or (empty is not None and empty.contains(candidate)):
            continue  # a heading inside an empty one is empty too: its words were read
        if candidate.text():
            return candidate
        empty = candidate
    return None


def _extent(heading: Element | None, main: Element, body: Element) -> Element:
    """The article's extent: the smallest element that holds both the page's title and its
    main block, or ``body`` on a page without a title.

    Whatever a page shows around its story (a player fixed to the screen, a
    pop-up added to ``<body>``, the next story's card, a second story loaded
    below) stands outside it, whatever the names of its classes; the lead
    image and its credit, between the title and the text, stand inside.
    """
    if heading is None:
        return body
    around_heading = {id(e) for e in (heading, *heading.ancestors())}
    return next((e for e in (main, *main.ancestors()) if id(e) in around_heading), body)


def _titled_article(tree: Tree, body: Element) -> Element | None:
    """On a page of several ``<article>``s, the one the page's ``<h1>`` heads.

    A page that shows its story and then the next ones (teasers, a feed of
    related stories, each an ``<article>``) heads its own with the title: the
    article that holds the first ``<h1>`` with words, or else the first one
    after it.
    """
    articles = [a for a in tree.all("article") if body.contains(a)]
    if len(articles) < 2:
        return None
    heading = _title_heading(tree, body)
    if heading is None:
        return None
    holder = next((a for a in heading.ancestors() if a.tag == "article"), None)
    return holder or next((a for a in articles if a.index > heading.index), None)


def _caption_holders(tree: Tree) -> set[int]:
    """The indexes of the elements that hold a caption or a credit element below them.

    Read once from the last element to the first, so that asking it of each
    element of a deep nest of them costs nothing more.
    """
    holders: set[int] = set()
    for element in reversed(tree.elements):
        parent = element.parent
        if parent is None or parent.index in holders:
            continue
        if element.index in holders or element.tag == "figcaption":
            holders.add(parent.index)
        elif element.attrs:
            classes = element.classes()
            if "caption" in classes or any(p in classes for p in CREDIT_CLASS_PARTS):
                holders.add(parent.index)
    return holders


def _picture_holders(tree: Tree) -> set[int]:
    """The indexes of the links that hold a picture below them ("<a href=…><figure><img>").

    Read once from the last element to the first, as ``_caption_holders``: a
    nest of links costs nothing more for each level.
    """
    holding: set[int] = set()
    links: set[int] = set()
    for element in reversed(tree.elements):
        parent = element.parent
        if element.tag in _PICTURE_TAGS or element.index in holding:
            if element.tag == "a":
                links.add(element.index)
            if parent is not None:
                holding.add(parent.index)
    return links


_PICTURE_TAGS = frozenset({"img", "picture", "figure", "amp-img"})


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
            if child.tag in _NOT_SCORED_TAGS:
                continue
            if child.attrs and not class_words(child).isdisjoint(NOT_CONTENT_WORDS):
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
    if not element.attrs:
        return False
    if "hidden" in element.attrs:
        return True
    if _HIDDEN_STYLE.search(element.get("style")):
        return True
    return any(c in HIDDEN_CLASSES for c in element.get("class").lower().split())


class _Walker:
    def __init__(
        self,
        context: CreditContext,
        protected: set[int],
        region: Element,
        extent: Element,
        holders: set[int],
        pictures: set[int],
    ) -> None:
        self.context = context
        self.protected = protected
        self.region = region
        self.extent = extent
        self.holders = holders
        self.pictures = pictures
        self.pieces: list[Piece] = []
        self.seen_posts: set[str] = set()
        self._line: list[str] = []
        self._line_flags = 0
        # Whether an article's image stands right before the line being read.
        self._after_image = False

    def walk(self, root: Element) -> None:
        # The stack holds (node, flags) to enter, and None to end a block.
        stack: list[tuple[Element | str, int] | None] = [(root, self._places(root, 0))]
        while stack:
            item = stack.pop()
            if item is None:
                self._flush()
                continue
            node, flags = item
            if isinstance(node, str):
                self._add_text(node, flags)
                continue
            if node.attrs or node.tag not in PLAIN_TAGS:
                children_flags = self._enter(node, flags)
                if children_flags is None:
                    continue
            else:  # (a bare <p>, <span>, <li>: nothing to read but its children)
                children_flags = self._places(node, flags)
            if node.tag in CELLS and self._line:
                self._line.append(" | ")
            block = node.tag in BLOCK
            if block:
                self._flush()
                stack.append(None)
            stack.extend([(child, children_flags) for child in reversed(node.children)])
        self._flush()  # the last line of a page without a block around it

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
        embed, skip = read_embed(node, flags & (NO_SUBTREE | NO_CLASSLESS))
        if embed is not None:
            self._flush()
            self._add_post(embed, flags)
            return None
        flags |= skip
        if tag in INVISIBLE:
            return None
        if tag in ("img", "amp-img") and not self._line and _is_article_image(node, flags):
            self._after_image = True
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

    def _places(self, node: Element, flags: int) -> int:
        """``flags`` with the bits of the places ``node`` starts: the region, the extent."""
        if node is self.region:
            flags |= REGION
        if node is self.extent:
            flags |= EXTENT
        return flags

    def _flags(self, node: Element, flags: int) -> int:
        flags = self._places(node, flags)
        if not node.attrs and node.tag not in _TAGS_WITH_FLAGS:
            return flags  # (the common case: a plain <p>, <span>, <li>)
        words = class_words(node) if node.attrs else set()
        if id(node) not in self.protected:
            if (
                node.tag in FURNITURE_TAGS
                or (not words.isdisjoint(FURNITURE_WORDS) and words.isdisjoint(EMBED_WORDS))
                or _is_dialog(node)
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
        if node.tag == "a" and node.index in self.pictures and _links_a_page(node.get("href")):
            # a picture that leads to another page: a teaser's thumbnail (a caption's
            # linked photographer, "<a href="/people/ana">Ana Lind</a>", holds none)
            flags |= LINKED
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
        if not flags & EXTENT or flags & LINKED:
            pass  # no credit of the article stands outside its extent, nor in a teaser's link
        elif flags & IMAGE and not flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
            credits = credits_in_caption(text, self.context)
        elif self._after_image and not flags & NOT_ARTICLE:
            credits = _credit_line(text, self.context)
        self._after_image = False
        self.pieces.append(Piece("line", text, flags, credits=credits))

    # --- posts ---

    def _add_post(self, embed: Embed, flags: int) -> None:
        if flags & NOT_ARTICLE or not flags & EXTENT or not embed.text:
            return
        key = embed.post.url or embed.text
        if key in self.seen_posts:
            return
        self.seen_posts.add(key)
        self._after_image = False
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
        if flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE | LINKED) or not flags & EXTENT:
            return False
        if not node.attrs:
            return (
                bool(flags & FIGURE)
                and node.tag in ("cite", "small")
                and (node.index not in self.holders)
            )
        if node.get("itemprop") in SCHEMA_CREDIT_PROPERTIES and flags & (IMAGE_OBJECT | FIGURE):
            return node.tag != "meta"  # "<span itemprop="author">" in a figcaption too
        classes = node.classes()
        if any(part in classes for part in CREDIT_CLASS_PARTS):
            own = flags & IMAGE or not class_words(node).isdisjoint(IMAGE_WORDS)
            return bool(own) and node.index not in self.holders
        if not flags & FIGURE:
            return False  # a byline or a <cite> is a credit only under a figure
        if node.tag in ("cite", "small") or any(p in classes for p in FIGURE_CREDIT_CLASS_PARTS):
            return node.index not in self.holders
        return False

    def _add_credit_element(self, node: Element, flags: int) -> None:
        text = node.text()
        if not text:
            return
        self._after_image = False
        credit = credit_of_element(
            text, self._context_of(node), "credit-element", photographer=_names_photographer(node)
        )
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
        if credit is not None and flags & EXTENT and not flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
            self.pieces.append(Piece("schema", text, flags, credits=(credit,)))


def _names_photographer(node: Element) -> bool:
    """Whether a credit element says it names who took the picture: its class ("photog",
    "fotograf", "autor", "author") or its ``itemprop`` ("author", "creator")."""
    if node.get("itemprop") in ("author", "creator"):
        return True
    classes = node.classes()
    return any(part in classes for part in PHOTOGRAPHER_CLASS_PARTS)


def _links_a_page(href: str) -> bool:
    """Whether a link leads to another page ("/2016/05/next-story"), not to the picture
    itself ("/media/pier-large.jpg") or a place on this page ("#gallery")."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    return not path.endswith(_IMAGE_FILE_ENDINGS)


_IMAGE_FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".tif", ".tiff")


def _is_dialog(node: Element) -> bool:
    """A dialog or pop-up, by the standard's own marks rather than by class names:
    ``<dialog>``, ``role="dialog"``, ``aria-modal="true"`` (a video pop-up, a newsletter
    prompt); what it shows is not the article."""
    if node.tag == "dialog":
        return True
    if not node.attrs:
        return False
    role = node.get("role").strip().lower()
    return role in ("dialog", "alertdialog") or node.get("aria-modal").strip().lower() == "true"


def _is_article_image(node: Element, flags: int) -> bool:
    """An image of the article: not a logo, an avatar, an ad, nor a one-pixel tracker."""
    if flags & (NOT_ARTICLE | NOT_ARTICLE_IMAGE):
        return False
    return all(node.get(side).strip() not in ("0", "1") for side in ("width", "height"))


def _credit_line(line: str, context: CreditContext) -> tuple[ImageCredit, ...]:
    """The credit that closes a short line right under an image, outside any caption.

    "<p><img …><br>Pastries at the corner bakery. Foto: Elena Moreau</p>" and
    "<figure><img …></figure><p>Photo: Jonas Brandt/Reuters</p>": the page
    prints the caption as a plain line. Only a labelled credit ("Photo:",
    "Foto:", "©", "Image courtesy of") that ends the line counts, and only on a
    line as short as a caption, so the article's first paragraph after a
    picture gives nothing.
    """
    if len(line) > _MAX_CREDIT_LINE:
        return ()
    return tuple(
        c
        for c in credits_in_caption(line, context)
        if c.label and not line[c.span.end :].strip(" .") and _only_names(c, line)
    )


def _only_names(credit: ImageCredit, line: str) -> bool:
    """Whether the credit's words are its label's, its names' and the words that join them.

    "Photo: Jonas Brandt/Reuters" is; "Photo: Ana Lind took it at dawn" is a
    sentence about a photo, not a credit.
    """
    names = [credit.label or "", *credit.creators, *credit.agencies]
    allowed = {w for name in names for w in _WORD_CHARS.findall(name.lower())}
    words = _WORD_CHARS.findall(line[credit.span.start : credit.span.end].lower())
    return all(w in allowed or w in CREDIT_LINE_WORDS for w in words)


def pieces_text(pieces: Iterator[Piece] | tuple[Piece, ...]) -> str:
    return "\n".join(p.text for p in pieces)
