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

# The attributes of a tag, up to its ">" (or its "/>"): a quoted value may
# hold ">", and an attribute name is anything up to white space, "/", ">" or
# "=" (the standard's attribute name state):
#   href="https://x.com/a/status/1" title='a > b'   src=a.jpg alt=x   hidden
_ATTRIBUTES = r"""
    (?: \s++ | / (?! > )
      | [^\s/>=] [^\s/>=]*+ (?: \s*+ =++ \s*+ (?: "[^"]*+" | '[^']*+' | [^\s>]*+ ) )?+
      | = [^\s/>=]*+ )*+
"""
# The page as tokens, each read once from left to right:
#   text up to the next "<"                           "The ferry left at nine "
#   a run of line breaks, which reads as one          <br><br/>\n<BR>
#   a start or end tag with its attributes            <a href="/x">  </p >  <br/>
#   a comment, CDATA, a declaration or an instruction  <!-- x -->  <![CDATA[x]]>  <!DOCTYPE html>
#     (unclosed, each runs to the end of the page, as in a browser)
#   a "<" that starts none of them, which is text     "a < b"
_TOKEN = regex.compile(
    rf"""
      (?P<text> [^<]++ )
    | (?P<breaks> <[bB][rR] \s*+ /?+ > (?: \s*+ <[bB][rR] \s*+ /?+ > )++ )
    | < (?P<end> / )? (?P<name> [a-zA-Z] [^\s/>\x00]*+ ) (?P<attrs> {_ATTRIBUTES} )
        (?P<self_closing> / )? >
    | (?P<comment> <!-- (?: -?> | .*? --!?\s*+> | .*+ )
        | <!\[CDATA\[ .*? \]\]>
        | <[!?] [^>]*+ >?
        | </ (?! [a-zA-Z] ) [^>]*+ >? )
    | (?P<lone> < )
    """,
    regex.VERBOSE | regex.DOTALL,
)
# One attribute of a tag's attributes: name="value", name='value', name=value, name.
_ATTRIBUTE = regex.compile(
    r"""
    (?P<name> [^\s/>=] [^\s/>=]*+ | = [^\s/>=]*+ )
    (?: \s*+ =++ \s*+ (?P<value> "[^"]*+" | '[^']*+' | [^\s>]*+ ) )?+
    """,
    regex.VERBOSE,
)
# A "<" that starts a tag the page cuts off: "… last words <spa", "</di".
_CUT_TAG = regex.compile(r"</?[a-zA-Z]")
# The end of a raw-text element: "</script>", "</STYLE >".
_RAW_END = {tag: regex.compile(rf"</{tag}(?=[\s/>])[^>]*+>?", regex.IGNORECASE) for tag in RAW_TEXT}

# Runs of white space, which HTML shows as one space (a no-break space stays).
_SPACE = regex.compile(r"[ \t\n\r\f\v\u200b]++")

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
    them included (the tree holds one element for the run).
    """

    __slots__ = ("_by_tag", "elements", "root", "tags")

    def __init__(self, root: Element, elements: list[Element], tags: int) -> None:
        self.root = root
        self.elements = elements
        self.tags = tags
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
        return Tree(self.root, self.elements, len(self.elements) - 1 + self.merged_breaks)


def collapse(text: str) -> str:
    """``text`` with each run of white space made one space, and trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def parse_tree(markup: str) -> Tree:
    """The element tree of ``markup``; never raises on broken markup."""
    builder = _Builder()
    start = 0
    while start < len(markup):
        start = _read_tokens(builder, markup, start)
    return builder.finish()


def _read_tokens(builder: _Builder, markup: str, start: int) -> int:
    """Build from the tokens from ``start`` on; where to go on after raw text, or the end."""
    text_from = start  # the text not yet given to the builder starts here
    for token in _TOKEN.finditer(markup, start):
        text, breaks, end, name, attributes, self_closing, comment, lone = token.groups()
        if text is not None:
            continue
        if breaks is not None:
            # Lines are broken once however many times: empty lines are not read.
            _give_text(builder, markup, text_from, token.start())
            text_from = token.end()
            builder.append("br", _NO_ATTRIBUTES)
            builder.merged_breaks += breaks.count("<") - 1
            continue
        if lone is not None:
            at = token.start()
            if _CUT_TAG.match(markup, at) and markup.find(">", at) < 0:
                _give_text(builder, markup, text_from, at)  # a tag cut off by the end
                return len(markup)  # of the page is dropped, as a browser drops it
            continue
        _give_text(builder, markup, text_from, token.start())
        text_from = token.end()
        if comment is not None:
            continue
        name = name.lower()
        if end is not None:
            builder.end(name)
            continue
        attrs = (
            _attributes(attributes) if attributes and not attributes.isspace() else _NO_ATTRIBUTES
        )
        if self_closing is not None:
            # "<br/>", "<img … />", and the self-closing elements of inline SVG.
            builder.append(name, attrs)
            continue
        builder.start(name, attrs)
        if name in RAW_TEXT:
            # Raw text, read as it stands (no entities), up to the element's end tag.
            close = _RAW_END[name].search(markup, text_from)
            stop = close.start() if close is not None else len(markup)
            if stop > text_from:
                builder.text(markup[text_from:stop])
            if close is None:
                return len(markup)
            builder.end(name)
            return close.end()
    _give_text(builder, markup, text_from, len(markup))
    return len(markup)


def _give_text(builder: _Builder, markup: str, start: int, stop: int) -> None:
    if stop > start:
        text = markup[start:stop]
        builder.text(unescape(text) if "&" in text else text)


def _attributes(text: str) -> dict[str, str]:
    """A tag's attributes, names in lower case, values unquoted and unescaped.

    Of two attributes of one name, the last counts.
    """
    attrs: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = match["value"] or ""
        if value[:1] in ("'", '"') and value[-1:] == value[:1] and len(value) > 1:
            value = value[1:-1]
        attrs[match["name"].lower()] = unescape(value) if "&" in value else value
    return attrs
