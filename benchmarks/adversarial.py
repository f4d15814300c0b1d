"""Hostile inputs for citekit: one table, read by the benchmark and the tests.

Scraped text is not prose: a page can turn into megabytes without a line
break, thousands of quote marks, a wall of ``@`` or ``#``, or a table of
dates. Each case below is a short *unit* that is repeated to the wanted size.
Most units hold no line break, so the whole input is one paragraph and, when
the unit has no full stop, one sentence: the shape in which any per-record
rescan of the paragraph or sentence turns quadratic.

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
)

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
    """The adversarial input ``name`` at ``size`` characters."""
    return repeated(dict(CASES)[name], size)


def without_line_breaks(text: str, size: int) -> str:
    """``text`` with every line break turned into a space, repeated to ``size`` characters."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return repeated(flat + " ", size)


def ordinary(size: int) -> str:
    """:data:`ORDINARY` repeated (paragraphs kept) to about ``size`` characters."""
    return "".join(itertools.islice(itertools.cycle([ORDINARY]), size // len(ORDINARY) + 1))[:size]
