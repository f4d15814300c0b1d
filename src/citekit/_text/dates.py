"""Dates as embeds print them: found by one pattern, parsed with dateutil, never invented.

A signature date such as "November 12, 2016", "25. September 2018", "14. Okt
2018 um 9:12 Uhr" or "Jun 16, 2019 at 7:30am PDT" becomes a ``date``, or a
``datetime`` when a time is given (time-zone aware when a known abbreviation
such as PDT follows). One without a year ("Jun 16") becomes ``None``:
completing it with the current year would be a guess that looks like a fact.

``DATE`` is the pattern source (verbose syntax, one named group ``date``) that
the post signatures embed, so that every platform reads dates one way.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import regex
from dateutil import parser as dateutil_parser

from .._lexicon.calendar import ENGLISH_MONTHS, MONTHS, TIME_JOINERS, TIME_ZONES, WEEKDAYS
from .patterns import lazy_pattern

__all__ = ["DATE", "parse_date"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, so "Sept" is tried before "Sep"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", "[ ]") for w in ordered) + ")"


_MONTH = _alternation(MONTHS)
_WEEKDAY = _alternation(WEEKDAYS)
_ZONE = _alternation(z for z in TIME_ZONES if len(z) >= 3)
_JOINER = _alternation(TIME_JOINERS)

# A clock time with what may follow it: "7:30am PDT", "9:12 Uhr", "12:58 AM", "15h30".
_TIME = rf"""
    \d{{1,2}} (?: [:.h] \d\d ){{1,2}}
    (?: [ ]?+ [AaPp] \.?+ [Mm] \.?+ )?+
    (?: [ ]{{1,2}} Uhr )?+
    (?: [ ]{{1,2}} {_ZONE} (?! [\p{{Ll}}] ) )?+
"""

#: A date as signatures print it, in the named group ``date``:
#:   "November 12, 2016"   "Jun 16, 2019 at 7:30am PDT"   "25. September 2018"
#:   "14. Okt 2018 um 9:12 Uhr"   "25 de septiembre de 2018"   "Monday, February 7, 2022"
#:   "November 25, 2024 at 12:58 AM"   "3:45 PM - 12 Nov 2016"   "2018年9月25日"
DATE = rf"""
    (?P<date>
        (?: {_TIME} [ ]{{0,2}} [-–·] [ ]{{0,2}} )?+                 # 3:45 PM - 12 Nov 2016
        (?: (?i: {_WEEKDAY} ) \.?+ ,?+ [ ]{{1,3}} )?+               # Monday,
        (?:
            (?i: {_MONTH} ) \.?+ [ ]{{1,3}} \d{{1,2}} (?: st|nd|rd|th )?+
                (?: ,?+ [ ]{{1,3}} \d{{4}} | , \d{{4}} )?+           # November 12, 2016 / Jun 16
          | \d{{1,2}} \.?+ [ ]{{0,3}} (?: de [ ] )?+ (?i: {_MONTH} ) \.?+
                (?: ,?+ [ ]{{1,3}} (?: de [ ] )?+ \d{{4}} )?+        # 25. September 2018
          | \d{{4}} 年 \d{{1,2}} 月 \d{{1,2}} 日                       # 2018年9月25日
        )
        (?: ,?+ [ ]{{1,3}} (?: (?i: {_JOINER} ) [ ]{{1,3}} )?+ {_TIME} )?+  # at 7:30am PDT
    )
"""

_WORD = lazy_pattern(r"(?<![\p{L}\d])\p{L}[\p{L}-]*+")
# "a.m.", "P.M." -> "AM", "PM", before the words are looked at one by one.
_MERIDIEM = lazy_pattern(r"(?<![\p{L}])([AaPp])\.?+[ ]?+[Mm]\b\.?+")
_HAS_YEAR = lazy_pattern(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_HAS_TIME = lazy_pattern(r"\d[:.h]\d\d|\d\s*+[ap]\.?+m\b", regex.IGNORECASE)
# "3:45 PM - 12 Nov 2016": the time first, as old tweet cards print it.
_TIME_FIRST = lazy_pattern(r"^([^-–·]{1,20}+)[ ]{0,2}[-–·][ ]{0,2}(.{1,60}+)$")
_CJK_DATE = lazy_pattern(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# "7.30", "15h30" -> "7:30", "15:30", so that dateutil reads a clock time.
_CLOCK = lazy_pattern(r"(?<![\d.])(\d{1,2})[.h](\d\d)(?![\d.])")
# Words inside a date that join it to its time and mean nothing to dateutil.
_FILLER = frozenset(w for joiner in (*TIME_JOINERS, "de", "uhr") for w in joiner.split())


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """A ``date`` (or ``datetime`` when a time is given) from ``text``; ``None`` if unsure.

    ``text`` is a date as an embed prints it, in any of the shapes ``DATE``
    matches. A date without a year, or one that does not exist (February 30),
    gives ``None``. Cached: an article repeats its signatures' dates, and
    dateutil is the slowest step of reading a post.
    """
    if not _HAS_YEAR.search(text):
        return None
    english = _TIME_FIRST.sub(r"\2 \1", text.strip())
    english = _CJK_DATE.sub(r"\1-\2-\3", english)
    english = _CLOCK.sub(r"\1:\2", english)
    english = _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", english)
    english = _WORD.sub(_english_word, english)
    english = " ".join(english.replace(",", " ").split()).strip(" .-–·")
    try:
        parsed = dateutil_parser.parse(english, fuzzy=True, dayfirst=True, tzinfos=TIME_ZONES)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if _HAS_TIME.search(text):
        return parsed
    return parsed.date()


def _english_word(match: regex.Match[str]) -> str:
    """A month name in English, a filler word dropped, other words kept for dateutil."""
    word = match.group()
    lower = word.lower()
    if lower in MONTHS:
        return ENGLISH_MONTHS[MONTHS[lower] - 1]
    if lower in _FILLER or lower in WEEKDAYS:
        return " "
    return word
