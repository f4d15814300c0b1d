"""A small, forgiving element tree built with the standard library's HTML parser.

Pages arrive broken: unclosed paragraphs and list items, stray end tags,
markup cut off in the middle of a tag. The tree builder follows the parts of
the HTML5 rules that decide where text belongs (void elements, a block that
closes an open ``<p>``, a ``<li>`` that closes the one before it, an end tag
that closes everything opened inside it) and ignores the rest. Every step is
bounded, so a page of a million unclosed elements costs linear time, and
nothing here recurses, so depth never overflows the stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import regex

from ._html_lexicon import BLOCK, CLOSES_PARAGRAPH, INVISIBLE, VOID

# A tag cut off by the end of the page ("…last words <spa"): the standard
# parser rescans such a tail once per "<" and turns quadratic, and a browser
# drops it anyway. Matched after the page's last ">".
_CUT_TAG = regex.compile(r"<[A-Za-z/!?]")

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


class Element:
    """An element: its tag, its attributes, and its children (elements and text)."""

    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []
        self.parent = parent

    def get(self, name: str) -> str:
        """The attribute's value, or "" when it is absent."""
        return self.attrs.get(name, "")

    def classes(self) -> str:
        """The class and id attributes in lower case, for token tests."""
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}".lower()

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

    def text(self) -> str:
        """The visible text below this element on one line, whitespace collapsed.

        A line break or a block boundary reads as a space: "to:<br>Observe"
        is "to: Observe", as a reader sees the words.
        """
        parts: list[str] = []
        stack: list[Element | str] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
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


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self._stack: list[Element] = [self.root]
        self._open: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CLOSES_PARAGRAPH and self._open.get("p"):
            self._close_within("p", frozenset())
        closes = _SIBLING_CLOSES.get(tag)
        if closes is not None:
            for name in closes:
                if self._open.get(name):
                    self._close_within(name, _SIBLING_SCOPE)
        parent = self._stack[-1]
        element = Element(tag, {k: v or "" for k, v in attrs}, parent)
        parent.children.append(element)
        if tag not in VOID:
            self._stack.append(element)
            self._open[tag] = self._open.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>", "<img … />", and the self-closing elements of inline SVG.
        parent = self._stack[-1]
        parent.children.append(Element(tag, {k: v or "" for k, v in attrs}, parent))

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # "</br>" is a line break, as browsers read it
            self.handle_startendtag("br", [])
            return
        if not self._open.get(tag) or tag in ("body", "html"):
            # A stray end tag closes nothing; text after "</body>" or "</html>"
            # still belongs to the body, as browsers read it.
            return
        while len(self._stack) > 1:
            element = self._stack.pop()
            self._open[element.tag] -= 1
            if element.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)

    def _close_within(self, tag: str, scope: frozenset[str]) -> None:
        """Close an open ``tag`` found among the last few open elements."""
        depth = min(len(self._stack) - 1, _SCOPE_DEPTH)
        for index in range(len(self._stack) - 1, len(self._stack) - 1 - depth, -1):
            name = self._stack[index].tag
            if name == tag:
                for element in self._stack[index:]:
                    self._open[element.tag] -= 1
                del self._stack[index:]
                return
            if name in scope:
                return


def collapse(text: str) -> str:
    """``text`` with each run of white space made one space, and trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def parse_tree(markup: str) -> Element:
    """The element tree of ``markup``; never raises on broken markup."""
    last = markup.rfind(">")
    cut = _CUT_TAG.search(markup, last + 1)
    if cut is not None:
        markup = markup[: cut.start()]
    builder = _TreeBuilder()
    try:
        builder.feed(markup)
        builder.close()
    except (AssertionError, ValueError, IndexError):  # pragma: no cover - defensive
        # Older standard-library parsers raised on some malformed declarations;
        # what was built so far is the page as far as it could be read.
        pass
    return builder.root
