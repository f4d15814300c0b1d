"""Month and weekday names, and time-zone abbreviations: the one calendar every rule reads.

Data only: ``_text.dates`` reads these to parse a date, the post signatures
to recognise one, the segmentation to keep "Jan. 5" in one sentence.
Embeds are localised by the reader's language, so the month names of the
languages news sites are written in are all here, full and abbreviated
("Oktober", "Okt", "oct.", "sept."). Each month and weekday is written once:
its English name and abbreviations as English prints them, then the other
languages' words, lower-cased.
"""

from __future__ import annotations

import datetime as dt

from dateutil import tz

# Each month: its English name and abbreviations, then the other languages' words.
_MONTH_ROWS: tuple[tuple[str, str], ...] = (
    ("January Jan", "januar jänner jän janvier janv enero ene gennaio genn gen janeiro januari"),
    (
        "February Feb",
        "februar feber février fevrier févr fevr febrero febbraio fevereiro fev februari",
    ),
    ("March Mar", "märz maerz mrz mars marzo março marco maart mrt"),
    ("April Apr", "avril avr abril abr aprile"),
    ("May", "mai mayo maggio mag maio mei"),
    ("June Jun", "juni juin junio giugno giu junho"),
    ("July Jul", "juli juillet juil julio luglio lug julho"),
    ("August Aug", "août aout agosto ago augustus"),
    ("September Sep Sept", "septembre septiembre setiembre settembre set setembro"),
    ("October Oct", "oktober okt octobre octubre ottobre ott outubro out"),
    ("November Nov", "novembre noviembre novembro"),
    ("December Dec", "dezember dez décembre decembre déc diciembre dic dicembre dezembro"),
)

#: The English month names, January first: "January", ..., "December".
ENGLISH_MONTHS: tuple[str, ...] = tuple(english.split()[0] for english, _ in _MONTH_ROWS)

#: The English abbreviations of month names, as printed: "Jan", "Sept" ("May" has none).
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(
    short for english, _ in _MONTH_ROWS for short in english.split()[1:]
)

#: Every month name or abbreviation, lower-cased, with its number (1-12).
MONTHS: dict[str, int] = {
    word.lower(): number
    for number, (english, others) in enumerate(_MONTH_ROWS, 1)
    for word in (*english.split(), *others.split())
}

#: The English weekday names, Monday first.
ENGLISH_WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

#: Weekday names that open a date such as "Monday, February 7, 2022", lower-cased.
WEEKDAYS: frozenset[str] = frozenset(day.lower() for day in ENGLISH_WEEKDAYS) | frozenset(
    """
    mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi
    sabato domenica
    segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """.split()
)

#: The English day and month names and abbreviations, lower-cased: words of a
#: time, never of a name ("Trump Monday said", "Jan. 5").
DAYS_AND_MONTHS: frozenset[str] = frozenset(
    word.lower() for word in (*ENGLISH_WEEKDAYS, *ENGLISH_MONTHS, *MONTH_ABBREVIATIONS)
)

#: Time-zone abbreviations that embeds print after a time; dateutil knows only UTC/GMT.
TIME_ZONES: dict[str, int | dt.tzinfo] = {
    "UTC": tz.UTC,
    "GMT": tz.UTC,
    "Z": tz.UTC,
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
    "IST": 19800,
    "WET": 0,
    "WEST": 1 * 3600,
    "CET": 1 * 3600,
    "CEST": 2 * 3600,
    "MEZ": 1 * 3600,
    "MESZ": 2 * 3600,
    "EET": 2 * 3600,
    "EEST": 3 * 3600,
    "MSK": 3 * 3600,
    "JST": 9 * 3600,
    "KST": 9 * 3600,
    "AEST": 10 * 3600,
    "AEDT": 11 * 3600,
}

#: Words between a date and its time: "at", "um", "à", "a las", "alle ore", "às".
TIME_JOINERS: tuple[str, ...] = ("at", "um", "à", "a las", "a la", "alle ore", "alle", "às", "om")
