"""A small, forgiving element tree, read from markup in one left-to-right pass.

Pages arrive broken: unclosed paragraphs and list items, stray end tags,
markup cut off in the middle of a tag. The tokenizer reads tags, comments
and text as the HTML standard's tokenizer does for the cases that decide
what a reader sees (a quoted attribute may hold ">", a comment or a tag cut
off by the end of the page is dropped, ``<script>`` and ``<style>`` hold raw
text up to their end tag), and the tree builder follows the parts of the
tree-building rules that decide where text belongs (void elements, a block
that closes an open ``<p>``, a ``<li>`` that closes the one before it, an end
tag that closes everything opened inside it) and ignores the rest.

Every step is bounded: each character is read once by the tokenizer, each
element is opened and closed once, the search for an open ``<p>`` or
``<li>`` looks a fixed depth up. A page of a million unclosed elements costs
linear time, and nothing here recurses, so depth never overflows the stack.
After the build, one pass from the last element to the first gives every
element its ``size`` (elements in its subtree) and ``weight`` (elements and
characters of text in its subtree), so a reader can tell in constant time
whether a subtree is small enough to read, or whether one element holds
another.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import unescape

import regex

from .._lexicon.markup import BLOCK, CLOSES_PARAGRAPH, INVISIBLE, RAW_TEXT, VOID
from .._text.patterns import lazy_pattern

# One step through a tag's attributes, up to its ">" (or its "/>"): a quoted
# value may hold ">", and an attribute name is anything up to white space, "/",
# ">" or "=" (the standard's attribute name state). Every character but ">"
# (and the "/" of "/>") starts a step, so a tag ends at its first ">" outside a
# quoted value, or runs to the end of the page:
#   href="https://x.com/a/status/1" title='a > b'   src=a.jpg alt=x   hidden
_STEP = r"""
    \s++ | / (?! > )
    | [^\s/>=] [^\s/>=]*+ (?: \s*+ =++ \s*+ (?: "[^"]*+" | '[^']*+' | [^\s>]*+ ) )?+
    | = [^\s/>=]*+
"""
# A tag of up to _QUICK_STEPS steps, read in one match (nearly every tag of a page):
#   <a href="/x">  </p >  <br/>  <img src=a.jpg alt="A > B" />
_QUICK_STEPS = 64
_TAG = lazy_pattern(
    rf"""
    < (?P<end> / )? (?P<name> [a-zA-Z] [^\s/>\x00]*+ )
    (?P<attrs> (?: {_STEP} ){{0,{_QUICK_STEPS}}}+ ) (?P<self_closing> / )? >
    """,
    regex.VERBOSE,
)
# A longer tag is read a run of steps at a time, so that no single match of
# the engine keeps the state of a million repetitions (one tag of a million
# attributes once took gigabytes here).
_TAG_HEAD = lazy_pattern(r"< (?P<end> / )? (?P<name> [a-zA-Z] [^\s/>\x00]*+ )", regex.VERBOSE)
_STEPS = lazy_pattern(rf"(?: {_STEP} ){{1,4096}}+", regex.VERBOSE)
# A run of line breaks, which reads as one: <br><br/>\n<BR>
_BREAKS = lazy_pattern(r"<[bB][rR] \s*+ /?+ > (?: \s*+ <[bB][rR] \s*+ /?+ > )++", regex.VERBOSE)
# The end of a comment: "-->", "--!>", "-- >".
_COMMENT_END = lazy_pattern(r"--!?\s*+>")
# One attribute of a tag's attributes: name="value", name='value', name=value, name.
_ATTRIBUTE = lazy_pattern(
    r"""
    (?P<name> [^\s/>=] [^\s/>=]*+ | = [^\s/>=]*+ )
    (?: \s*+ =++ \s*+ (?P<value> "[^"]*+" | '[^']*+' | [^\s>]*+ ) )?+
    """,
    regex.VERBOSE,
)
# The attributes kept of one element: far more than any real element has (a
# few dozen, with a framework's data- attributes); the others are read past.
MAX_ATTRIBUTES = 256
# The end of a raw-text element: "</script>", "</STYLE >".
_RAW_END = {tag: lazy_pattern(rf"</{tag}(?=[\s/>])[^>]*+>?", regex.IGNORECASE) for tag in RAW_TEXT}

# Runs of white space, which HTML shows as one space (a no-break space stays).
_SPACE = lazy_pattern(r"[ \t\n\r\f\v\u200b]++")

# Look no deeper than this for an open <p> or <li> to close: enough for any
# real page, and it keeps a page of endless nesting linear.
_SCOPE_DEPTH = 24

# Elements that an open list item, cell or option closes when a sibling starts.
_SIBLING_CLOSES: dict[str, frozenset[str]] = {
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "option": frozenset({"option"}),
}
# A sibling search stops at these: an <li> never closes one of an outer list.
_SIBLING_SCOPE = frozenset({"ul", "ol", "dl", "table", "select", "div", "blockquote", "section"})

_NO_ATTRIBUTES: dict[str, str] = {}


class Element:
    """An element: its tag, its attributes, and its children (elements and text).

    ``index`` is its place in document order; ``size`` counts the elements of
    its subtree (itself included) and ``weight`` those elements and the
    characters of their text, once the tree is built.
    """

    __slots__ = ("attrs", "children", "index", "parent", "size", "tag", "weight")

    def __init__(
        self, tag: str, attrs: dict[str, str], parent: Element | None, index: int = 0
    ) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []
        self.parent = parent
        self.index = index
        self.size = 1
        self.weight = 1

    def get(self, name: str) -> str:
        """The attribute's value, or "" when it is absent."""
        return self.attrs.get(name, "")

    def classes(self) -> str:
        """The class and id attributes in lower case, for token tests."""
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}".lower()

    def contains(self, other: Element) -> bool:
        """Whether ``other`` is this element or stands below it."""
        return self.index <= other.index < self.index + self.size

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Element))

    def outermost(self, tag: str) -> Iterator[Element]:
        """The ``tag`` elements below this one that no other ``tag`` element holds.

        A link inside a link is not a link of its own (a browser splits them),
        and reading each of them would read the inner ones again.
        """
        stack: list[Element] = [c for c in reversed(self.children) if isinstance(c, Element)]
        while stack:
            node = stack.pop()
            if node.tag == tag:
                yield node
                continue
            stack.extend(c for c in reversed(node.children) if isinstance(c, Element))

    def text(self) -> str:
        """The visible text below this element on one line, whitespace collapsed.

        A line break or a block boundary reads as a space: "tickets:<br>Adults"
        is "tickets: Adults", as a reader sees the words.
        """
        return self.text_without(())

    def text_without(self, skipped: tuple[Element, ...] | list[Element]) -> str:
        """The visible text below this element, leaving out the ``skipped`` elements."""
        parts: list[str] = []
        stack: list[Element | str] = [self]
        left_out = {id(e) for e in skipped}
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif left_out and id(node) in left_out:
                parts.append(" ")
            elif node.tag == "br" or node.tag in BLOCK:
                parts.append(" ")
                if node.tag not in INVISIBLE:
                    stack.append(" ")
                    stack.extend(reversed(node.children))
            elif node.tag not in INVISIBLE:
                stack.extend(reversed(node.children))
        return collapse("".join(parts))

    def raw_text(self) -> str:
        """The element's own text children joined: the body of a <script>."""
        return "".join(c for c in self.children if isinstance(c, str))


class Tree:
    """A page's elements: the root (``#document``) and every element in document order.

    ``tags`` counts the start tags of the markup, each ``<br>`` of a run of
    them included (the tree holds one element for the run); ``crowded``
    counts the elements with more than ``MAX_ATTRIBUTES`` attributes, of
    which only the first were kept.
    """

    __slots__ = ("_by_tag", "crowded", "elements", "root", "tags")

    def __init__(self, root: Element, elements: list[Element], tags: int, crowded: int = 0) -> None:
        self.root = root
        self.elements = elements
        self.tags = tags
        self.crowded = crowded
        self._by_tag: dict[str, list[Element]] | None = None

    def all(self, tag: str) -> list[Element]:
        """The ``tag`` elements of the page, in document order."""
        if self._by_tag is None:
            by_tag: dict[str, list[Element]] = {}
            for element in self.elements:
                by_tag.setdefault(element.tag, []).append(element)
            self._by_tag = by_tag
        return self._by_tag.get(tag, [])

    def first(self, tag: str) -> Element | None:
        found = self.all(tag)
        return found[0] if found else None


class _Builder:
    """The tree as the tokens build it: open elements on a stack, closed by the rules above."""

    def __init__(self) -> None:
        self.root = Element("#document", {}, None)
        self.elements: list[Element] = [self.root]
        self.stack: list[Element] = [self.root]
        self.open: dict[str, int] = {}
        self.merged_breaks = 0  # the <br>s of runs beyond the one element each run is
        self.crowded = 0  # elements with more attributes than are kept

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        """Open ``tag`` (a void element is closed at once) after closing what it closes."""
        open_ = self.open
        if tag in CLOSES_PARAGRAPH and open_.get("p"):
            self._close_within("p", frozenset())
        closes = _SIBLING_CLOSES.get(tag)
        if closes is not None:
            for name in closes:
                if open_.get(name):
                    self._close_within(name, _SIBLING_SCOPE)
        stack = self.stack
        parent = stack[-1]
        element = Element(tag, attrs, parent, len(self.elements))
        parent.children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            stack.append(element)
            open_[tag] = open_.get(tag, 0) + 1
        return element

    def append(self, tag: str, attrs: dict[str, str]) -> Element:
        """An element without content: "<br/>", "<img … />", "</br>"."""
        parent = self.stack[-1]
        element = Element(tag, attrs, parent, len(self.elements))
        parent.children.append(element)
        self.elements.append(element)
        return element

    def end(self, tag: str) -> None:
        if tag == "br":  # "</br>" is a line break, as browsers read it
            self.append("br", _NO_ATTRIBUTES)
            return
        if not self.open.get(tag) or tag in ("body", "html"):
            # A stray end tag closes nothing; text after "</body>" or "</html>"
            # still belongs to the body, as browsers read it.
            return
        stack = self.stack
        while len(stack) > 1:
            element = stack.pop()
            self.open[element.tag] -= 1
            if element.tag == tag:
                return

    def text(self, data: str) -> None:
        element = self.stack[-1]
        element.children.append(data)
        element.weight += len(data)

    def _close_within(self, tag: str, scope: frozenset[str]) -> None:
        """Close an open ``tag`` found among the last few open elements."""
        stack = self.stack
        if stack[-1].tag == tag:  # (the common case: "<p>One<p>Two")
            self.open[tag] -= 1
            del stack[-1]
            return
        depth = min(len(stack) - 1, _SCOPE_DEPTH)
        for index in range(len(stack) - 1, len(stack) - 1 - depth, -1):
            name = stack[index].tag
            if name == tag:
                for element in stack[index:]:
                    self.open[element.tag] -= 1
                del stack[index:]
                return
            if name in scope:
                return

    def finish(self) -> Tree:
        for element in reversed(self.elements):
            parent = element.parent
            if parent is not None:
                parent.size += element.size
                parent.weight += element.weight
        tags = len(self.elements) - 1 + self.merged_breaks
        return Tree(self.root, self.elements, tags, self.crowded)


def collapse(text: str) -> str:
    """``text`` with each run of white space made one space, and trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def parse_tree(markup: str) -> Tree:
    """The element tree of ``markup``; never raises on broken markup."""
    builder = _Builder()
    _Tokens(builder, markup).read()
    return builder.finish()


class _Tokens:
    """The page read token by token, once, from left to right, into the builder.

    The tokens: text up to the next "<"; a run of line breaks; a start or end
    tag with its attributes; a comment, CDATA, a declaration or an
    instruction (``<!-- x -->``, ``<![CDATA[x]]>``, ``<!DOCTYPE html>``;
    unclosed, each runs to the end of the page, as in a browser); a "<" that
    starts none of them, which is text ("a < b"). A tag that runs to the end
    of the page without its ">" is dropped with it, as a browser drops it.

    Each character is read a bounded number of times: a tag is read a run of
    steps at a time, and where a token's end is looked for further on (the
    "]]>" of CDATA), the answer is kept, so that a page of a thousand unclosed
    CDATA sections does not look for it a thousand times to the end.
    """

    def __init__(self, builder: _Builder, markup: str) -> None:
        self.builder = builder
        self.markup = markup
        self.cdata_end = -2  # where the next "]]>" stands (-1: none; -2: not looked for)

    def read(self) -> None:
        markup = self.markup
        size = len(markup)
        builder = self.builder
        text_from = 0  # the text not yet given to the builder starts here
        at = markup.find("<")
        while 0 <= at < size - 1:
            following = markup[at + 1]
            if following in "bB" and (breaks := _BREAKS.match(markup, at)) is not None:
                # Lines are broken once however many times: empty lines are not read.
                _give_text(builder, markup, text_from, at)
                text_from = breaks.end()
                builder.append("br", _NO_ATTRIBUTES)
                builder.merged_breaks += breaks[0].count("<") - 1
            elif following == "/" or _is_letter(following):
                tag = self.tag(at)
                if tag is None:
                    if following != "/" or _is_letter(markup[at + 2 : at + 3]):
                        _give_text(builder, markup, text_from, at)  # a tag cut off by the end
                        return  # of the page is dropped, as a browser drops it
                    text_from = self.skip(at, text_from, markup.find(">", at + 2))  # "</ x>"
                else:
                    _give_text(builder, markup, text_from, at)
                    text_from = self.build(tag)
            elif following == "!" and markup.startswith("<!--", at):
                text_from = self.skip(at, text_from, self.comment_end(at))
            elif following == "!" and markup.startswith("<![CDATA[", at):
                close = self.cdata(at)
                stop = close + 2 if close >= 0 else markup.find(">", at + 2)
                text_from = self.skip(at, text_from, stop)
            elif following in "!?":
                text_from = self.skip(at, text_from, markup.find(">", at + 2))
            at = markup.find("<", max(at + 1, text_from))
        _give_text(builder, markup, text_from, size)

    def skip(self, at: int, text_from: int, last: int) -> int:
        """Give the text before ``at``; pass a token that ends at ``last`` (-1: the page's end)."""
        _give_text(self.builder, self.markup, text_from, at)
        return last + 1 if last >= 0 else len(self.markup)

    def comment_end(self, at: int) -> int:
        """Where the comment at ``at`` ends (its last character), or -1 at the page's end."""
        markup = self.markup
        if markup.startswith(">", at + 4):  # "<!-->"
            return at + 4
        if markup.startswith("->", at + 4):  # "<!--->"
            return at + 5
        close = _COMMENT_END.search(markup, at + 4)
        return close.end() - 1 if close is not None else -1

    def cdata(self, at: int) -> int:
        """Where the first "]]>" after ``at`` starts, or -1; looked for once per "]]>"."""
        if self.cdata_end == -2 or 0 <= self.cdata_end < at + 9:
            self.cdata_end = self.markup.find("]]>", at + 9)
        return self.cdata_end

    def tag(self, at: int) -> _Tag | None:
        """The tag that starts at ``at``, or ``None`` when it has no ">" before the page ends."""
        markup = self.markup
        quick = _TAG.match(markup, at)
        if quick is not None:
            start, stop = quick.span("attrs")
            closing = quick["self_closing"] is not None
            return _Tag(quick["name"], quick["end"] is not None, closing, start, stop, quick.end())
        head = _TAG_HEAD.match(markup, at)
        if head is None:
            return None
        position = head.end()
        while (steps := _STEPS.match(markup, position)) is not None:
            position = steps.end()
        if markup.startswith("/>", position):
            return _Tag(
                head["name"], head["end"] is not None, True, head.end(), position, position + 2
            )
        if markup.startswith(">", position):
            return _Tag(
                head["name"], head["end"] is not None, False, head.end(), position, position + 1
            )
        return None

    def build(self, tag: _Tag) -> int:
        """Give the builder the tag (and a raw-text element's text); where to read on."""
        builder, markup = self.builder, self.markup
        name = tag.name.lower()
        if tag.end_tag:
            builder.end(name)
            return tag.stop
        attrs = self.attributes(tag)
        if tag.self_closing:
            # "<br/>", "<img … />", and the self-closing elements of inline SVG.
            builder.append(name, attrs)
            return tag.stop
        builder.start(name, attrs)
        if name not in RAW_TEXT:
            return tag.stop
        # Raw text, read as it stands (no entities), up to the element's end tag.
        close = _RAW_END[name].search(markup, tag.stop)
        stop = close.start() if close is not None else len(markup)
        if stop > tag.stop:
            builder.text(markup[tag.stop : stop])
        if close is None:
            return len(markup)
        builder.end(name)
        return close.end()

    def attributes(self, tag: _Tag) -> dict[str, str]:
        if tag.attrs_stop <= tag.attrs_start:
            return _NO_ATTRIBUTES
        text = self.markup[tag.attrs_start : tag.attrs_stop]
        if text.isspace():
            return _NO_ATTRIBUTES
        attrs, complete = _attributes(text)
        if not complete:
            self.builder.crowded += 1
        return attrs


class _Tag:
    """A tag as read: its name, its kind, where its attributes stand and where it ends."""

    __slots__ = ("attrs_start", "attrs_stop", "end_tag", "name", "self_closing", "stop")

    def __init__(
        self,
        name: str,
        end_tag: bool,
        self_closing: bool,
        attrs_start: int,
        attrs_stop: int,
        stop: int,
    ) -> None:
        self.name = name
        self.end_tag = end_tag
        self.self_closing = self_closing
        self.attrs_start = attrs_start
        self.attrs_stop = attrs_stop
        self.stop = stop


def _is_letter(character: str) -> bool:
    """An ASCII letter, as a tag's name starts with one (``<é`` is text)."""
    return character.isascii() and character.isalpha()


def _give_text(builder: _Builder, markup: str, start: int, stop: int) -> None:
    if stop > start:
        text = markup[start:stop]
        builder.text(unescape(text) if "&" in text else text)


def _attributes(text: str) -> tuple[dict[str, str], bool]:
    """A tag's attributes, names in lower case, values unquoted and unescaped; and whether all.

    Of two attributes of one name, the last counts. Only the first
    ``MAX_ATTRIBUTES`` are read: the flag says whether there were more.
    """
    attrs: dict[str, str] = {}
    for count, match in enumerate(_ATTRIBUTE.finditer(text)):
        if count >= MAX_ATTRIBUTES:
            return attrs, False
        value = match["value"] or ""
        if value[:1] in ("'", '"') and value[-1:] == value[:1] and len(value) > 1:
            value = value[1:-1]
        attrs[match["name"].lower()] = unescape(value) if "&" in value else value
    return attrs, True
