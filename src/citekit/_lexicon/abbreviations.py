"""Abbreviations whose full stop is their own: "Sen.", "Jr.", "Inc.".

The reading keeps such a full stop with its word, where any other full stop
after a word ends a sentence glued to the next ("Russia. Lund").
"""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS

# Titles and suffixes of people's names: "Sen. Ted Cruz", "Martin Luther King Jr.".
NAME_ABBREVIATIONS: tuple[str, ...] = tuple(
    "Mr Mrs Ms Dr Sen Rep Gov Pres Lt Gen Col Capt Cmdr Sgt Adm Prof Rev Det Supt Jr Sr St"
    " Maj Brig Cpl Pfc Spc Ens Msgr Fr Insp Atty".split()
)

# Every abbreviation a token keeps its full stop with: the names' and those of
# companies, places and numbers ("Orbit Labs Inc.", "Mt. Hood", "No. 10").
ABBREVIATIONS: tuple[str, ...] = (
    *NAME_ABBREVIATIONS,
    *"Inc Corp Co Ltd Mt No Dept Univ Bros".split(),
)

# Words whose full stop ends no English sentence: "Sen. Ted Cruz", "Jan. 5",
# "Orbit Labs Inc. said" (read by ``_text.segment``).
SENTENCE_ABBREVIATIONS: tuple[str, ...] = (
    *(
        "Mr Mrs Ms Dr Prof Sen Rep Gov Lt Gen Col Capt Sgt Adm Maj Cmdr Rev"
        " Hon Pres Sec Atty Supt Det Insp St Mt Ft Jr Sr No Vol vs etc approx"
        " Brig Cpl Pfc Spc Ens Msgr Fr"
    ).split(),
    *MONTH_ABBREVIATIONS,
    *"Inc Corp Co Ltd Bros Ave Blvd Rd Univ Dept Fig ca cf al".split(),
)
