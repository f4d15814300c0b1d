"""The words around a person's name: which belong to it, the title and affiliation
before it, and a word for an outlet before a name.

``descriptions`` classifies a whole phrase; these are the word-level tests it asks of
the words before and inside a name ("Former CIA Director Ana Ruiz", "the broadcaster
NHK", "Dale Whitaker of Kansas"), kept apart so that each reads on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.function_words import DETERMINERS
from .._lexicon.outlets import MEDIA_NOUNS, NEWS_SERVICES, OUTLET_ANAPHORS
from .._lexicon.people import (
    NAME_CONNECTORS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    ROMAN_NUMERALS,
    TITLE_EDGES,
    TITLE_MODIFIERS,
)
from .._lexicon.places import MULTIWORD_PLACES, PLACES
from .._text.patterns import lazy_pattern
from .names import is_titleish
from .tokens import NICKNAME, POSSESSIVES, Token
from .word_kinds import is_capitalised

# A pronoun glued to its verb: "I’m", "we’ve", "they’re", "it’s", "I'd".
PRONOUN_CONTRACTION = lazy_pattern(r"(?:i|we|you|he|she|it|they)['’](?:m|ve|re|ll|d|s)")

# "D.C.", "Calif.", "Md.": a place in an apposition ("an analyst in Washington, D.C., told …").
_STATE_ABBREVIATION = lazy_pattern(r"(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.")


def names_outlet(leading: Sequence[Token]) -> bool:
    """ "state news agency KPL", "the broadcaster NHK", "local newspaper Ostsee-Blick":
    a word for an outlet right before the name, or before its first words
    ("local broadcaster Channel 9 Sports", whose number ends the name's run)."""
    end = len(leading)
    while end > 1 and (leading[end - 1].text[:1].isupper() or leading[end - 1].text.isdigit()):
        end -= 1
    leading = leading[:end]
    if not leading or leading[-1].text[:1].isupper():
        return False
    last = leading[-1].lower
    if last in OUTLET_ANAPHORS or last in MEDIA_NOUNS:
        return True
    return len(leading) > 1 and f"{leading[-2].lower} {last}" in NEWS_SERVICES


def is_title_word(word: Token) -> bool:
    return word.lower in PERSONAL_TITLES or (word.lower in PERSON_NOUNS and not word.text.isupper())


def is_place(word: str) -> bool:
    return word in PLACES or word in MULTIWORD_PLACES or bool(_STATE_ABBREVIATION.fullmatch(word))


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word and word not in ROMAN_NUMERALS


def is_leading(word: Token) -> bool:
    """A word before a name that is not part of it: a title, "Former", "Blaming"."""
    if word.lower in NAME_JOINERS:
        return False
    return is_titleish(word.text.strip("()"))


def is_name_word(word: Token) -> bool:
    text = word.text
    if word.kind == "quote":
        return NICKNAME.fullmatch(text) is not None  # "Oluwaseun "Seun" Adeyemi"
    if not word.is_word:
        return text in "()"
    if any(map(str.isdigit, text)) or PRONOUN_CONTRACTION.fullmatch(word.lower):
        return False  # "Jim Eastland I’ve"
    return (is_capitalised(text) or word.lower in NAME_PARTICLES) and not (
        word.lower.endswith(POSSESSIVES)
    )


def title_before(text: str, leading: Sequence[Token]) -> tuple[str | None, str | None]:
    """The title before a name and the organisation inside it.

    "White House National Security Council spokesman" is the title, and
    "White House National Security Council" the affiliation; "Former CIA
    Director" gives "CIA", "Oklahoma City coach" gives "Oklahoma City".
    """
    words = [w for w in leading if w.lower not in DETERMINERS and w.is_word]
    if not words or not any(
        w.lower.strip("()") in PERSON_NOUNS or w.lower in PERSONAL_TITLES for w in words
    ):
        return None, None
    title = text[words[0].start : words[-1].end]
    run: list[Token] = []
    best: list[Token] = []
    for word in words:
        if word.text[:1].isupper() or (run and word.lower in NAME_CONNECTORS):
            run.append(word)
        else:
            best = run or best
            run = []
    best = run or best
    while best and (best[-1].lower in PERSON_NOUNS or best[-1].lower in TITLE_EDGES):
        best = best[:-1]
    while best and (best[0].lower in TITLE_EDGES or best[0].lower in PERSONAL_TITLES):
        best = best[1:]
    affiliation = None
    single = len(best) == 1 and not (is_acronym(best[0].text) or is_place(best[0].text))
    if (
        best
        and not single
        and not all(w.lower in NOT_NAME_WORDS or w.lower in TITLE_MODIFIERS for w in best)
    ):
        affiliation = text[best[0].start : best[-1].end].removesuffix("’s").removesuffix("'s")
    return title, affiliation
