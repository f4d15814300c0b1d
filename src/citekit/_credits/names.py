"""What one name of a credit is: an agency by the table, an organisation, or a person's shape.

A credit's body is a few names; each is cleaned of what only describes the
picture ("screenshot", "- Pool", "YouTube video") and then weighed: an agency
the table knows (reported by its canonical name), an organisation by its
shape (an acronym, a brand's inner capitals, an organisation word, a known
outlet), or a person by its shape (one to four capitalised words, particles
allowed). ``splitting`` decides from these which names are creators.
"""

from __future__ import annotations

import regex

from .._lexicon.agencies import AGENCIES
from .._lexicon.credit_words import COMPANY_SUFFIXES, ORGANISATION_WORDS
from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.organisations import ORGANIZATION_NAMES
from .._lexicon.outlets import OUTLETS
from .._text.patterns import lazy_pattern

# Names of outlets and institutions, as written: organisations, not people.
_KNOWN_ORGANISATIONS = frozenset(
    name
    for known in (*OUTLETS, *ORGANIZATION_NAMES)
    for name in (known, known.removeprefix("The "))
)

# News outlets, as written: a photographer works "for" one of them.
OUTLET_NAMES = frozenset(name for known in OUTLETS for name in (known, known.removeprefix("The ")))

# Lower-case words that may stand inside a name: "University of Leeds",
# "Marta de la Vega", "the White House".
CONNECTORS = frozenset(
    "of the de da di del della der den van von la le du des al el bin ibn y".split()
)

# A screenshot instead of a name: "screengrab", "a screenshot",
# "video screen capture", "YouTube screenshot" (after the name).
SCREEN = lazy_pattern(
    r"""
    (?i: (?: an? [ \t]{1,3}+ )?+ (?: video [ \t]{1,3}+ )?+
         (?: screen [ \t-]?+ (?: shots? | grabs? | caps? | captures? ) | screenshots? | screengrabs?
           | screencaps? ) ) (?: \b | (?<= \p{Ll} ) (?= \p{Lu} ) )  # or glued: "screengrabThe"
    """,
    regex.VERBOSE,
)

# Words that describe the picture rather than name anyone: "YouTube video".
DESCRIPTOR = lazy_pattern(r"(?i:video|still|photo|image)\b")

# "Al Drago-Pool", "Pierre Lamont   Pool", "Pierre Lamont- Pool": the
# pool is how the picture was shared, not who took it.
_POOL = lazy_pattern(r"(?:[ \t\u00a0]*+[-–][ \t\u00a0]*+|[ \t\u00a0]++)(?i:pool)\Z")

# "POOL New", "Pool Jane Roe": a pool before the name, in a credit's first words.
_POOL_FIRST = lazy_pattern(r"(?i:pool)[ \t\u00a0]++(?=\S)")

# A web address as a name: "Shutterstock.com", "example.org".
_DOMAIN = lazy_pattern(r"\.\p{Ll}{2,}")

# One word with capitals inside it, a brand rather than a surname: "SwRI",
# "NurPhoto", "TheBlaze"; but not "McNamee", "DeVos", "O'Neill".
_CAPITALS_INSIDE = lazy_pattern(
    r"(?! (?: Mc | Mac | O['’] | D['’] | De | Di | Da | Du | Le | La | Van | Von ) \p{Lu} )"
    r"\p{Lu}? \p{Ll}++ \p{Lu} [\p{L}\p{N}]*+ | \p{Lu}{2,} \p{Ll} [\p{L}\p{N}]*+",
    regex.VERBOSE,
)

# A word of a person's name: "Spencer", "McNamee", "BECERRA", "B.", "Fré".
_NAME_WORD = lazy_pattern(r"\p{Lu}[\p{L}\p{M}'’-]{0,40}+\.?+|\p{Lu}\.")


def clean_name(name: str) -> str:
    """A name as written, without its screenshot words, its pool, or runs of spaces.

    A pool before the name ("POOL New/Reuters") leaves it only if it is still a name:
    an agency, or two words or more; one stray word is what the scrape kept of a line.
    """
    name = collapse(name)
    name = SCREEN.sub("", name)
    name = collapse(name)
    pooled = _POOL_FIRST.match(name) if name[:4].lower() == "pool" else None
    if pooled is not None:
        name = name[pooled.end() :]
        if " " not in name and agency_name(name) is None:
            return ""
    while True:
        trimmed = _POOL.sub("", name)
        words = trimmed.split()
        if words and DESCRIPTOR.fullmatch(words[-1]) and len(words) > 1:
            trimmed = " ".join(words[:-1])
        if trimmed == name:
            break
        name = trimmed
    return name.strip(" -–")


def agency_name(name: str) -> str | None:
    """The canonical agency a name is, by the table, or None."""
    key = name_key(name)
    for candidate in (key, key.removeprefix("the "), key.removesuffix(".com")):
        if candidate in AGENCIES:
            return AGENCIES[candidate]
    return None


def is_organisation(name: str) -> bool:
    """An agency by the table, an acronym ("NRA", "GPO"), or a name with an organisation word."""
    if agency_name(name) is not None or name in _KNOWN_ORGANISATIONS:
        return True
    if is_acronym(name) or _CAPITALS_INSIDE.fullmatch(name):
        return True
    words = name.split()
    if len(words) > 1 and is_acronym(words[0]) and not all(w.isupper() for w in words):
        return True  # "WWF Nepal", "UNICEF Jordan"; not "MARTA KOWALSKA"
    lowered = [word.lower().strip(".,") for word in words]
    if any(word in ORGANISATION_WORDS for word in lowered):
        return True
    if len(words) > 1 and words[-1].strip(",") in COMPANY_SUFFIXES:
        return True  # "Apple, Inc.", "Hafenbild GmbH"
    if words and lowered[0] == "the":
        return True
    return any(word in {"of", "for", "and"} for word in lowered) or bool(_DOMAIN.search(name))


def is_acronym(name: str) -> bool:
    """One word in capitals: "NRA", "GPO", "C-SPAN"."""
    return " " not in name and len(name) >= 2 and name.replace("-", "").isupper()


def is_person_shaped(name: str) -> bool:
    """One to four capitalised words, particles allowed: "Samuel T. Ortiz", "Ezequiel BECERRA"."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    if not all(
        _NAME_WORD.fullmatch(word) or (index > 0 and word.lower() in CONNECTORS)
        for index, word in enumerate(words)
    ):
        return False
    return not (len(words) == 1 and name.isupper() and len(name) > 1)


def has_given_name(name: str) -> bool:
    """Two words or more, the first a given name: "Shelby Bell", not "Business Trajectory"."""
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in GIVEN_NAMES


def name_key(name: str) -> str:
    """A name as the tables key it: blanks collapsed, lower-cased."""
    return collapse(name).lower()


def collapse(value: str) -> str:
    """``value`` with every run of blanks one space, and none at its ends."""
    return " ".join(value.split())
