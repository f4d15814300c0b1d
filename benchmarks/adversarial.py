"""Hostile inputs for citekit: one table, read by the benchmark and the tests.

Scraped text is not prose: a page can turn into megabytes without a line
break, thousands of quote marks, a wall of ``@`` or ``#``, or a table of
dates. Each case below is a short *unit* that is repeated to the wanted size.
Most units hold no line break, so the whole input is one paragraph and, when
the unit has no full stop, one sentence: the shape in which any per-record
rescan of the paragraph or sentence turns quadratic.

A unit may hold ``{word}``, ``{Word}`` (capitalised) or ``{date}``: each
copy then gets a word or a date of its own, so that an index or a cache
keyed by it is asked as many distinct questions as there are copies (a
repeated unit asks one, and hides a lookup that walks the whole text).

``bench.py`` times every case at 1 MB and reports its cost per MB against
ordinary article text (the bound is three times). ``tests/strategies.py``
builds Hypothesis strategies from the same units, so the tests parse the same
shapes at small sizes.

This module imports nothing but the standard library.
"""

from __future__ import annotations

import itertools

#: (name, unit): each unit is repeated, without separators, to the wanted size.
CASES: tuple[tuple[str, str], ...] = (
    # Quotation marks, alone and in every direction and script.
    ("straight quotes", '"'),
    ("curly quotes", "“”‘’"),
    ("mixed quote marks", "\"“”„‟«»'‘’‚‹›"),
    ("quoted words, one sentence", '"it is" '),
    ("quoted statements, said", "“We will not back down on this,” he said, "),
    ("apostrophes", "officials’ don’t ’90s '"),
    # Embedded-post signatures: "(@", dashes, handles and dates.
    ("(@", "(@"),
    ("(@handle)", "(@handle) "),
    ("signatures, one line", "— Jane Doe (@janedoe) November 12, 2016 "),
    ("posts with clauses", "Ann Lee said it.\n— Jane Doe (@janedoe) May 1, 2020\n"),
    ("dashes", "— "),
    ("hyphens", "-- "),
    ("dates", "November 12, 2016 "),
    # Brackets and credit labels.
    ("brackets", "(["),
    ("credit labels", "(Photo: "),
    ("closed credits", "[Photo: Jane Doe/Getty Images] "),
    # Names, cues and entities.
    ("capitalised words", "Carl Woog "),
    ("names said", "Carl Woog said "),
    ("pronoun said", "he said, "),
    ("according to", "according to "),
    ("ages in apposition", "Ana Ruiz, 34, a nurse, spoke. “We won,” said the 34-year-old. "),
    ("glued straight marks", 'ab."Cd'),
    ("questions and answers", "Are you back?\n\n“Yes, I am back now.”\n\n"),
    ("spaced time stamps", "1:00" + " " * 60 + "‘a b c d’ "),
    ("verb-nouns", "reports state "),  # a speech verb that is also a phrase word
    ("long speaker phrases", "The Senior Deputy Press Secretary of the Office "),
    ("at signs", "@"),
    ("mentions", "@jane "),
    ("hashes", "#"),
    ("hashtags", "#news "),
    ("urls", "https://t.co/abc "),
    # Line structure.
    ("blank lines", "\n"),
    ("one-word lines", "word\n"),
    ("open-quote lines", "“Yes\n"),
    ("sentence ends", "A. "),
    # Dense cues of other shapes: one clause per sentence, quotations alone.
    ("told", "told reporters "),
    ("names told", "John Smith told "),
    ("short sentences said", "He said. "),
    ("said quote lines", "“We go,” said John Doe.\n"),
    ("quotation lines", "“a”\n"),
    ("single-quoted said", "‘a’ "),
    ("straight quotes said", '"a" said B '),
    ("open credit, agency", "(AP Photo/"),
    ("copyright signs", "© "),
    ("quotations in brackets", "(“a”) "),
    ("said that", "said that "),
    ("headline lines", "Ann Lee: \n"),
    ("one-character lines", "a\n"),
    # Distinct words and dates: one lookup per copy, none answered by a cache.
    ("distinct role nouns", "Ann Lee met Bob Ray. The {word}qer said it. "),
    ("distinct surnames said", "Ann {Word}son spoke. {Word}son said it. "),
    ("lone names said", '"We won," said {Word}ax.\n\n'),
    # (citekit keeps 4,096 dates read: the rounds timed at the smaller sizes find
    # theirs there, so this case's growth exponent reads high; its cost at full
    # size is the one of a cold cache.)
    ("distinct signature dates", "— Jane Doe (@janedoe) {date} at 3:05pm "),
    # One embedded post whose words are the whole run (its signature in TAILS).
    ("caption of glued links", "x https://t.co/aBchttps://t.co/dEf @ann #tag "),
    ("caption of glued links, no spaces", "ahttps://t.co/b"),
)

#: A line closing the run of some cases, once: a caption read whole as one post's words.
TAILS: dict[str, str] = {
    "caption of glued links": "\nA post shared by Ann Lee (@annlee) on Nov 12, 2016 at 3:00pm PST",
    "caption of glued links, no spaces": "\nPosted by Ann Lee on Monday, May 1, 2020",
}

#: Article-like prose of our own, for when no corpus is at hand: quotations,
#: attributions, an embedded post and a credit, one paragraph a line.
ORDINARY = """\
The council met on Tuesday to discuss the new bridge over the river.
“We have waited for this bridge for twenty years,” said Mayor Ann Holt, who chaired the meeting.
Holt said the work would start in the spring and end before the winter.
According to the regional transport office, the bridge will carry 12,000 cars a day.
A spokesman for the builders, Tom Reyes, told reporters that the budget was fixed.
“There will be no surprises,” he said. “The plans are public and the money is there.”
Residents were divided. Some welcomed the plan; others feared the noise of the works.
The bridge is finally happening! https://t.co/abc123 pic.twitter.com/XyZ987
— River Town News (@rivertownnews) March 3, 2021
(Photo: Jane Doe/Getty Images)
The meeting ended after three hours, and the vote is expected next month.
"""


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    if not unit or size <= 0:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def case(name: str, size: int) -> str:
    """The adversarial input ``name`` at ``size`` characters (its tail included)."""
    tail = TAILS.get(name, "")[:size]
    return build(dict(CASES)[name], size - len(tail)) + tail


#: What a unit's placeholders stand for in copy number ``n``.
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PLACEHOLDERS = ("{word}", "{Word}", "{date}")


def build(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters, each copy's placeholders its own."""
    if not any(mark in unit for mark in _PLACEHOLDERS):
        return repeated(unit, size)
    copies: list[str] = []
    length = 0
    for n in itertools.count():
        if length >= size:
            break
        word = _word(n)
        day, month, year = n % 28 + 1, _MONTHS[n // 28 % 12], 1900 + n // 336 % 200
        copy = (
            unit.replace("{word}", word)
            .replace("{Word}", word.capitalize())
            .replace("{date}", f"{month} {day}, {year}")
        )
        copies.append(copy)
        length += len(copy)
    return "".join(copies)[:size]


def _word(n: int) -> str:
    """The ``n``-th word of the letters a to z: "a", "b", …, "z", "ba", "bb", …"""
    letters = ""
    while True:
        n, letter = divmod(n, 26)
        letters = chr(ord("a") + letter) + letters
        if not n:
            return letters


def without_line_breaks(text: str, size: int) -> str:
    """``text`` with every line break turned into a space, repeated to ``size`` characters."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return repeated(flat + " ", size)


def ordinary(size: int) -> str:
    """:data:`ORDINARY` repeated (paragraphs kept) to about ``size`` characters."""
    return "".join(itertools.islice(itertools.cycle([ORDINARY]), size // len(ORDINARY) + 1))[:size]
