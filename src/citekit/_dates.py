"""Dates as embeds print them, parsed with dateutil without inventing parts.

A signature date such as "November 12, 2016" or "Jun 16, 2019 at 7:30am
PDT" becomes a ``date`` or ``datetime``; one without a year ("Jun 16")
becomes nothing, because completing it with the current year would be a
guess that looks like a fact.
"""

from __future__ import annotations

import datetime as dt

import regex
from dateutil import parser as dateutil_parser
from dateutil import tz

# Time-zone abbreviations that embeds print; dateutil knows only UTC/GMT.
_TZINFOS: dict[str, int | dt.tzinfo | None] = {
    "UTC": tz.UTC,
    "GMT": tz.UTC,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "AKST": -9 * 3600,
    "AKDT": -8 * 3600,
    "HST": -10 * 3600,
    "BST": 1 * 3600,
    "CET": 1 * 3600,
    "CEST": 2 * 3600,
    "MEZ": 1 * 3600,
    "MESZ": 2 * 3600,
    "IST": 19800,
    "JST": 9 * 3600,
    "AEST": 10 * 3600,
    "AEDT": 11 * 3600,
}

# German and French month names, mapped to English for dateutil.
_MONTH_WORDS: dict[str, str] = {
    "januar": "January",
    "jänner": "January",
    "februar": "February",
    "märz": "March",
    "maerz": "March",
    "mai": "May",
    "juni": "June",
    "juli": "July",
    "oktober": "October",
    "okt": "Oct",
    "dezember": "December",
    "dez": "Dec",
    "janvier": "January",
    "février": "February",
    "fevrier": "February",
    "mars": "March",
    "avril": "April",
    "juin": "June",
    "juillet": "July",
    "août": "August",
    "aout": "August",
    "septembre": "September",
    "octobre": "October",
    "novembre": "November",
    "décembre": "December",
    "decembre": "December",
    "um": "at",
    "uhr": "",
    "à": "at",
}
_WORD = regex.compile(r"\p{L}+")
_HAS_YEAR = regex.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_HAS_TIME = regex.compile(r"\d{1,2}[:.]\d\d|\d\s*[ap]\.?m\b", regex.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """A ``date`` (or ``datetime`` when a time is given) from ``text``; ``None`` if unsure."""
    if not _HAS_YEAR.search(text):
        return None
    english = _WORD.sub(lambda m: _MONTH_WORDS.get(m.group().lower(), m.group()), text)
    english = english.replace(" at ", " ").strip(" .,")
    try:
        parsed = dateutil_parser.parse(english, fuzzy=True, tzinfos=_TZINFOS)
    except (ValueError, OverflowError, TypeError):
        return None
    if _HAS_TIME.search(text):
        return parsed
    return parsed.date()
