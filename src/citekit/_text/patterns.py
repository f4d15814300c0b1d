"""Pattern builders that more than one stage uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex


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
