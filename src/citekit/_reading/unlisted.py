"""Speakers named by words no list holds: "A local beekeeper said", "“…,” the
businessman replied", "“…,” said the 46-year-old", "“…,” Hale said".

A noun for a person that no word list names is read as one only where the
clause leaves no other reading: a determiner and a noun that ends like a noun
for a person ("-er", "-or", "-ist") before a verb of speaking, or any noun
right after a quotation and beside its verb; a bare plural before the verb is
a group; and one capitalised word between a quotation and its verb is a
surname. ``subjects`` reads the phrases the lists know.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GROUP_DETERMINERS,
    NOT_SPEAKERS,
    POSTMODIFIER_ADJECTIVES,
    PREPOSITIONS,
    SINGULAR_DEFINITES,
    STOP_WORDS,
)
from .._lexicon.people import (
    NOT_PERSON_NOUNS,
    PERSON_NOUN_ENDINGS,
)
from .._lexicon.speech_verbs import SPEECH_VERBS
from .._records import Span
from .._text.patterns import lazy_pattern
from .anonymity import anonymity_reason
from .descriptions import phrase_text
from .gaps import skip_prefixes
from .genders import relative_clause_gender
from .phrases import Phrase
from .profiles import Description, Profile
from .tokens import POSSESSIVES, Token
from .word_kinds import is_modifier_word


def unlisted_subject(
    text: str, words: Sequence[Token], index: int
) -> tuple[Phrase, Description] | None:
    """A person or people named by a noun the lexicon does not list, before a speech verb.

    "A local beekeeper said", "The surveyor told": a determiner, modifiers and
    a singular noun that ends like a noun for a person ("-er", "-or", "-ist")
    is an anonymous source; "Medics said", "Stallholders told": a bare plural
    is a group. The phrase must open its clause and stand right before the
    verb; nouns for texts ("the order says", "rules say") are never read so.
    """
    end = skip_prefixes(words, index)
    if end > 0 and (
        _surname_after_quotation(words, end - 1) or _surname_after_exclamation(text, words, end)
    ):
        # "“…,” Hale said": a surname the article gives no first name for
        word = words[end - 1]
        profile = Profile("person", word.lower)
        return Phrase(end - 1, end - 1, end), Description(
            word.text, Span(word.start, word.end), profile, anaphor="surname"
        )
    if end == 0 or index - end > 3 or not _unlisted_noun(words[end - 1]):
        return None
    head = end - 1
    start = head
    while start > max(0, head - 3) and _unlisted_modifier(words[start - 1]):
        start -= 1
    determiner = start > 0 and words[start - 1].is_word and words[start - 1].lower in DETERMINERS
    if determiner:
        start -= 1
    if start > 0 and words[start - 1].is_word:
        return None  # not the clause's opening phrase: "… and the order said"
    lower = words[head].lower
    plural = lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    phrase = Phrase(start, head, end)
    span = Span(words[start].start, words[head].end)
    written = phrase_text(text, words, phrase)
    if plural:
        if determiner and words[start].lower not in GROUP_DETERMINERS:
            return None
        return phrase, Description(written, span, Profile("group", lower, plural=True))
    if not determiner or not (lower.endswith(PERSON_NOUN_ENDINGS) or after_quotation(words, start)):
        return None
    definite = words[start].lower in SINGULAR_DEFINITES
    description = Description(
        written,
        span,
        Profile(
            "anonymous",
            lower,
            reason=anonymity_reason(text, span),
            gender=relative_clause_gender(text, span.end),
        ),
        anaphor="definite" if definite else None,
    )
    return phrase, description


def _surname_after_quotation(words: Sequence[Token], index: int) -> bool:
    """ "“…,” Hale said", "“…!” Cruz said": one capitalised word between a quotation
    and a verb of speaking, which only a person's surname stands as."""
    word = words[index]
    return (
        (after_quotation(words, index) or _after_bare_quotation(words, index))
        and word.is_word
        and word.text[:1].isupper()
        and word.text.isalpha()
        and len(word.text) > 2
        and not word.text.isupper()
        and word.lower not in FUNCTION_WORDS
        and word.lower not in DAYS_AND_MONTHS
        and word.lower not in NOT_SPEAKERS
    )


def _after_bare_quotation(words: Sequence[Token], index: int) -> bool:
    """ "“…, too” Sweeny said", "“…”, Sweeny said": a quotation whose comma the scrape
    lost or put outside its mark, right before a lone surname and its verb."""
    if index > 0 and words[index - 1].kind == "quote":
        return len(words[index - 1].text) > 2  # a quotation, not a stray mark
    return index > 1 and words[index - 1].text == "," and words[index - 2].kind == "quote"


def _surname_after_exclamation(text: str, words: Sequence[Token], end: int) -> bool:
    """ "“…offensive!” Cruz said.": the surname that opens its unit, after a quotation that
    ends the sentence before with "!" or "?" (the sentences are read apart there)."""
    if end != 1:
        return False
    before = text[max(0, words[0].start - 8) : words[0].start].rstrip()
    closing = before.rstrip("”’\"'")
    if len(closing) == len(before) or closing[-1:] not in "!?":
        return False
    marked = Token(before[-2:], words[0].start - 2, "quote")  # the mark and its "!" or "?"
    return _surname_after_quotation([marked, words[0]], 1)


def after_quotation(words: Sequence[Token], start: int) -> bool:
    """ "“…,” the businessman replied": the phrase right after a quotation's closing
    mark, whose comma, question or exclamation mark is inside it. A speech verb
    there takes any noun for its speaker ("tycoon", "narrator", "46-year-old")."""
    if start == 0 or words[start - 1].kind != "quote":
        return False
    return words[start - 1].text.rstrip("”’\"'")[-1:] in _QUOTATION_ENDS


def unlisted_after(
    text: str, words: Sequence[Token], index: int
) -> tuple[Phrase, Description] | None:
    """ "“…,” said the 46-year-old.", "“…,” says a narrator.": after a quotation and
    its verb, a determiner, modifiers and a noun no word list holds, up to the
    sentence's end or a comma, is the speaker (``unlisted_subject`` reads it before
    the verb)."""
    if index >= len(words) or words[index].lower not in DETERMINERS:
        return None
    end = index + 1
    while end < len(words) and end < index + 5 and words[end].is_word:
        end += 1
    if end == index + 1 or (end < len(words) and words[end].is_word):
        return None
    head = end - 1
    if not _unlisted_noun(words[head]) or words[head].lower.endswith("s"):
        return None
    if not all(_unlisted_modifier(w) for w in words[index + 1 : head]):
        return None
    phrase = Phrase(index, head, end)
    span = Span(words[index].start, words[head].end)
    definite = words[index].lower in SINGULAR_DEFINITES
    description = Description(
        phrase_text(text, words, phrase),
        span,
        Profile(
            "anonymous",
            words[head].lower,
            reason=anonymity_reason(text, span),
            gender=relative_clause_gender(text, span.end),
        ),
        anaphor="definite" if definite else None,
    )
    return phrase, description


_QUOTATION_ENDS = frozenset({",", "?", "!", "—", "–", "-"})

# "the 46-year-old", "a 19-year-old": an age that stands for a person.
_AGE_NOUN = lazy_pattern(r"\d{1,3}-year-olds?")


def _unlisted_noun(word: Token) -> bool:
    """A lower-case noun no word list names: "beekeeper", "stallholders", "46-year-old"."""
    lower = word.lower
    if word.is_word and _AGE_NOUN.fullmatch(lower):
        return True
    return (
        word.is_word
        and word.text.isalpha()
        and word.text[:1].islower()
        and len(lower) > 3
        and lower not in NOT_PERSON_NOUNS
        and lower not in STOP_WORDS
        and lower not in FUNCTION_WORDS
        and lower not in DETERMINERS
        and lower not in PREPOSITIONS
        and lower not in SPEECH_VERBS
        and lower not in POSTMODIFIER_ADJECTIVES
        and lower not in DOCUMENT_NOUNS
        and not lower.endswith(("ly", "ed", "ing"))
    )


def _unlisted_modifier(word: Token) -> bool:
    """A word before such a noun: "local", "European", "volunteer"."""
    return (
        word.is_word
        and word.lower not in DETERMINERS
        and word.lower not in FUNCTION_WORDS
        and word.lower not in STOP_WORDS
        and word.lower not in PREPOSITIONS
        and word.lower not in CONJUNCTIONS
        and not word.lower.endswith(POSSESSIVES[:2])
        and is_modifier_word(word)
    )
