"""English words of time that the reading skips: "Trump Monday said", "last week".

A time between a subject and its verb is neither ("McConnell last month
said"), and a day or month is never a speaker ("Monday brought more
losses"). Lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The English day and month names and abbreviations: words of a time, never
# of a name ("Ruiz last May said", "on Jan. 5").
DAYS_AND_MONTHS: frozenset[str] = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec
    """
)

# The weekdays: always a time, even right after a given name ("Trump Monday
# said"), where a month may be a surname ("Laura March said").
WEEKDAY_NAMES: frozenset[str] = _words("monday tuesday wednesday thursday friday saturday sunday")

# Nouns of a stretch of time after "last", "this" or "next": "an official last week".
TIME_NOUNS: frozenset[str] = _words("month week year night morning afternoon evening weekend day")

# Words before a noun of time that make a time of it: "last week", "this morning".
TIME_DETERMINERS: frozenset[str] = _words("last this next")
