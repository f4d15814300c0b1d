"""Month and weekday names, and time-zone abbreviations, as embeds print them.

Data only: ``_dates`` reads these to parse a date, the post signatures to
recognise one. Embeds are localised by the reader's language, so the month
names of the languages news sites are written in are all here, full and
abbreviated ("Oktober", "Okt", "oct.", "sept."), lower-cased.
"""

from __future__ import annotations

import datetime as dt

from dateutil import tz

_MONTH_WORDS: tuple[str, ...] = (
    # 1 January
    "january jan januar jänner jän janvier janv enero ene gennaio genn gen janeiro januari",
    # 2 February
    "february feb februar feber février fevrier févr fevr febrero febbraio fevereiro fev februari",
    # 3 March
    "march mar märz maerz mrz mars marzo março marco maart mrt",
    # 4 April
    "april apr avril avr abril abr aprile",
    # 5 May
    "may mai mayo maggio mag maio mei",
    # 6 June
    "june jun juni juin junio giugno giu junho",
    # 7 July
    "july jul juli juillet juil julio luglio lug julho",
    # 8 August
    "august aug août aout agosto ago augustus",
    # 9 September
    "september sep sept septembre septiembre setiembre settembre set setembro",
    # 10 October
    "october oct oktober okt octobre octubre ottobre ott outubro out",
    # 11 November
    "november nov novembre noviembre novembro",
    # 12 December
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro",
)

#: Every month name or abbreviation, lower-cased, with its number (1-12).
MONTHS: dict[str, int] = {
    word: number for number, words in enumerate(_MONTH_WORDS, 1) for word in words.split()
}

#: Weekday names that open a date such as "Monday, February 7, 2022".
WEEKDAYS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
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
