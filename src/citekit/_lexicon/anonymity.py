"""What makes a source anonymous: the phrases that give the reason, the plural heads.

"two people familiar with the talks", "an official, who spoke on condition
of anonymity because …": ``_reading.descriptions`` reads the reason from
these.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Plural heads that make a source anonymous rather than a group: "people
# familiar with the talks", "sources close to", "insiders".
ANONYMOUS_PLURALS: frozenset[str] = _words("people sources insiders persons individuals")

# Plural roles that, counted, are a handful of unnamed insiders, an anonymous source
# rather than a group: "Two House Republican aides said", "five current and former
# employees said" (but "Several parents said", "Two senators said" are groups).
COUNTED_INSIDERS: frozenset[str] = _words(
    "officials aides staffers employees engineers managers executives investors advisers advisors"
)

# The small counts that make such a handful: "two" to "twelve", and 2 to 20 in digits.
SMALL_COUNTS: frozenset[str] = _words(
    "two three four five six seven eight nine ten eleven twelve"
) | frozenset(str(n) for n in range(2, 21))

# Phrases near a mention that make it anonymous, with the reason they give.
ANONYMITY_MARKERS: tuple[str, ...] = (
    "on condition of anonymity",
    "on conditions of anonymity",
    "on the condition of anonymity",
    "on condition that",
    "condition of not being named",
    "requested anonymity",
    "declined to be named",
    "declined to be identified",
    "not authorized to speak",
    "not authorised to speak",
    "not authorized to discuss",
    "not authorized to comment",
    "familiar with",
    "briefed on",
    "close to",
    "with knowledge of",
    "knowledgeable about",
    "asked not to be identified",
    "asked not to be named",
    # "asked that her name not be used", "asked that she be identified only by …",
    # "asked that we not name him"; not "asked that donations be made"
    *(f"asked that {who} " for who in ("her", "his", "their", "she", "he", "they", "we")),
    "speaking anonymously",
    "unnamed",
    "anonymous",
)

# The words before a marker that belong to it: "who spoke on condition of
# anonymity", "speaking anonymously", "asked not to be identified".
ANONYMITY_LEADS: tuple[str, ...] = ("who", "speaking", "spoke", "talking", "asked", "requested")

# The words that open the reason after a marker: "… because they were not
# authorized to speak", "… as the talks are private".
REASON_OPENERS: tuple[str, ...] = ("because", "as", "since")
