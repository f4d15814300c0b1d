"""Pattern builders that more than one stage uses, and patterns compiled on first use.

Every pattern of citekit is made by ``lazy_pattern``: compiled the first time
it is used, not at import. Compiling them all took most of the time of
``import citekit`` (a quarter of a second), which a pool of spawned worker
processes pays once per worker, and a parse uses only some of them (a text
without posts never needs the posts' patterns, nor text the markup's).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, AnyStr, cast, overload

import regex

# What a pattern is asked for; after the first use each is the compiled
# pattern's own, kept on the stand-in, so a later call costs no more than a
# call to the compiled pattern.
_PATTERN_ATTRIBUTES = (
    "findall",
    "finditer",
    "flags",
    "fullmatch",
    "groupindex",
    "groups",
    "match",
    "pattern",
    "scanner",
    "search",
    "split",
    "splititer",
    "sub",
    "subf",
    "subn",
)


class _LazyPattern:
    """A ``regex`` pattern compiled on the first use of any of its attributes."""

    def __init__(self, source: str | bytes, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: at the first use.
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and the like ask for dunders
        compiled: Any = regex.compile(self._source, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source!r}, {self._flags})"


@overload
def lazy_pattern(source: str, flags: int = 0) -> regex.Pattern[str]: ...
@overload
def lazy_pattern(source: bytes, flags: int = 0) -> regex.Pattern[bytes]: ...
def lazy_pattern(source: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(source, flags)``, done when the pattern is first used."""
    return cast("regex.Pattern[AnyStr]", _LazyPattern(source, flags))


def trie(words: Iterable[str]) -> str:
    """One pattern for many literals, as a character trie: linear to match.

    A plain alternation of a few hundred names is tried name by name at every
    position; the trie tries one character class. Optional tails are greedy,
    so the longest name wins ("Bloomberg News" over "Bloomberg").
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            regex.escape(char) + build(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(root)


# A run of letters and digits: what counts as a word when quotations are measured or
# compared ("It came through like a train" is six).
WORD = lazy_pattern(r"[\p{L}\p{N}]+")
