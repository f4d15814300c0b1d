"""Hyphenated words before a surname: a given name or a title's or modifier's word.

"Hyun-woo Park" and "Mei-ling Chan" open with a given name whose second part is in lower
case, as romanised Korean and Chinese names are written; "President-elect Ruiz",
"Co-founder Lee", "Korean-born Tom Hale" and "Runner-up Ana Ruiz" open with a title or a
modifier, which is no part of the name.
"""

from __future__ import annotations

from .._lexicon.people import PERSON_NOUNS, TITLE_WORDS

_TITLE_SUFFIXES = frozenset({"elect", "designate", "general", "chief", "large", "appointed"})

# The ends of hyphenated modifiers, which no given name has: "Korean-born", "long-time".
_MODIFIER_SUFFIXES = frozenset(
    {
        "born", "bred", "run", "era", "style", "old", "wide", "made", "time", "term", "year",
        "area", "wing", "side", "party", "state", "city", "county", "region", "level",
        "class", "scale", "size", "type", "like", "free", "friendly", "long", "only",
        "up", "in", "on", "off", "out", "down", "over", "known", "law", "hand",
    }
)  # fmt: skip


def lower_after_hyphen(word: str) -> bool:
    """ "President-elect", "Korean-born", "Hyun-woo": a lower-case word after a hyphen."""
    return "-" in word and word.rsplit("-", 1)[-1][:1].islower()


def hyphenated_given_name(word: str) -> bool:
    """ "Hyun-woo" in "Hyun-woo Park": a hyphenated word in lower case after its hyphen
    that no title ("President-elect Ruiz", "Co-founder Lee") nor modifier ("Korean-born",
    "Runner-up") ends like."""
    if "-" not in word:
        return False
    suffix = word.lower().rsplit("-", 1)[-1]
    if suffix.endswith("ed") or suffix in _MODIFIER_SUFFIXES:
        return False  # "Korean-born Tom Hale", "Texas-based Ruiz"
    return not (suffix in _TITLE_SUFFIXES or suffix in TITLE_WORDS or suffix in PERSON_NOUNS)
