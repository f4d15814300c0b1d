"""Words for a share of people polled, the subject of a poll's finding: "52 percent said".

"Two in three said", "Nearly half of respondents said", "a majority of
Americans say", "Sixty-six percent said": a number or a fraction, a word for
a share, and maybe whom it is a share of. Lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Numbers written as words, and the parts of a hyphenated one ("sixty-six").
NUMBER_WORDS: frozenset[str] = _words(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred
    """
)

# Words after a number that make a share of it: "52 percent", "a 52% share".
PERCENT_WORDS: frozenset[str] = _words("percent per cent pct")

# Nouns that are a share by themselves: "half", "a third", "two-thirds", "a majority".
SHARE_NOUNS: frozenset[str] = _words(
    """
    half halves third thirds quarter quarters fourth fourths fifth fifths tenth tenths majority
    majorities minority minorities plurality
    """
)

# The words between two numbers of a ratio: "two in three", "eight of 10", "four out of 10".
RATIO_WORDS: frozenset[str] = _words("in of")

# Words before a share that belong to its phrase: "Only 24 percent", "Nearly half",
# "A full 79 percent", "Just over a quarter", "More than half", "Another 19 percent".
SHARE_LEADS: frozenset[str] = _words(
    """
    a an the another only just about nearly almost roughly some around approximately
    more than fewer less over under fully full mere least at close to slightly
    """
)

# Adjectives between a share's lead and its noun: "A strong majority", "Large
# majorities", "an overwhelming majority", "a narrow plurality".
SHARE_ADJECTIVES: frozenset[str] = _words(
    """
    strong large overwhelming slim narrow clear bare solid vast sizable sizeable small
    substantial significant healthy comfortable wide slight
    """
)

# Leads of more than one word before a share: "as many as 40 percent", "Just shy of
# half", "as few as one in 10".
SHARE_PHRASE_LEADS: tuple[tuple[str, ...], ...] = (
    ("as", "many", "as"),
    ("as", "much", "as"),
    ("as", "few", "as"),
    ("shy", "of"),
    ("short", "of"),
)

# Words that stand for people counted, before a phrase that says whom: "Many in the
# crowd", "most of them", "all but two", "Those over 60", "some who advocate …".
QUANTITY_HEADS: frozenset[str] = _words(
    "some many most several both all none few others those one each either neither"
)

# Pronouns a quantity may be "of": "most of them", "many of you", "some of us".
QUANTITY_OF_PRONOUNS: frozenset[str] = _words("them us you")

# Prepositions after a quantity that say where its people are: "Many in the crowd",
# "some on the left", "most among the delegates".
QUANTITY_PLACES: frozenset[str] = _words("in on among at inside within across")

# Words before a quantity, in its clause, that are no part of a phrase: "and most of
# them", "after several of them", "even those who".
QUANTITY_LEADS: frozenset[str] = _words(
    """
    and but or yet while though although as because since when if so even only after
    before until once whereas still also
    """
)
