"""English words of time that the reading skips: "Trump Monday said", "last week".

A time between a subject and its verb is neither ("McConnell last month
said"), and a day or month is never a speaker ("Monday brought more
losses"). Lower case.
"""

from __future__ import annotations

from .calendar import ENGLISH_WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The English weekdays, lower-cased: always a time, even right after a given
# name ("Trump Monday said"), where a month may be a surname ("Laura March
# said"). The day and month names themselves are written once, in ``calendar``
# (``DAYS_AND_MONTHS``, which the reading imports from there).
WEEKDAY_NAMES: frozenset[str] = frozenset(day.lower() for day in ENGLISH_WEEKDAYS)

# Nouns of a stretch of time after "last", "this" or "next": "an official last week".
TIME_NOUNS: frozenset[str] = _words("month week year night morning afternoon evening weekend day")

# Words before a noun of time that make a time of it: "last week", "this morning".
TIME_DETERMINERS: frozenset[str] = _words("last this next")
