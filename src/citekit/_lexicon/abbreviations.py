"""Abbreviations whose full stop is their own: "Sen.", "Jr.", "Inc.".

The reading keeps such a full stop with its word, where any other full stop
after a word ends a sentence glued to the next ("Russia. Lund").
"""

from __future__ import annotations

# Titles and suffixes of people's names: "Sen. Ted Cruz", "Martin Luther King Jr.".
NAME_ABBREVIATIONS: tuple[str, ...] = tuple(
    "Mr Mrs Ms Dr Sen Rep Gov Lt Gen Col Capt Cmdr Sgt Adm Prof Rev Jr Sr St".split()
)

# Every abbreviation a token keeps its full stop with: the names' and those of
# companies, places and numbers ("Orbit Labs Inc.", "Mt. Hood", "No. 10").
ABBREVIATIONS: tuple[str, ...] = (
    *NAME_ABBREVIATIONS,
    *"Inc Corp Co Ltd Mt No Dept Univ Bros".split(),
)
