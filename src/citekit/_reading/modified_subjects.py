"""A subject held apart from its verb by its own postmodifier.

"Democrats trying to regain the Senate say", "The Republican nominee for the
November election later said", "Several people I've spoken with over the last
weeks said", "Many of the local leaders who’d rather be working for another
candidate said": the phrase nearest the verb ("the Senate", "the November
election") is the postmodifier's object, and no phrase that ``subjects`` reads
ends at the verb. The subject is the phrase that opens the clause, when the word
right after it opens a postmodifier (an "-ing" participle, a preposition, "who",
or a contact clause's "I" or "we"), not a predicate.

``clauses`` takes it when ``subjects`` found no subject the verb agrees with, or
when the phrase ``subjects`` found stands inside the postmodifier, after one of its
prepositions or conjunctions (``inside_postmodifier``: "leaders who’d rather work
for Cruz or Ben Carson said"); elsewhere the nearest phrase keeps its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    BE_FORMS,
    CONJUNCTIONS,
    DETERMINERS,
    MODALS,
    POSTMODIFIER_ADJECTIVES,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVE_ENDS,
    RELATIVES,
)
from .._lexicon.speech_verbs import SPEECH_PARTICIPLES, SPEECH_VERBS
from .descriptions import classify
from .gaps import skip_prefixes
from .names import NameIndex
from .phrase_ends import IRREGULAR_PARTICIPLES
from .phrases import Phrase, noun_phrase
from .profiles import Description
from .tokens import Token

# The prepositions that open a postmodifier of a noun for people: "voters in Iowa",
# "the nominee for the November election", "officers with no direct knowledge".
_POSTMODIFIER_PREPOSITIONS = frozenset(
    {
        "for", "with", "in", "at", "from", "on", "inside", "outside", "across", "around",
        "near", "through", "under",
    }
)  # fmt: skip

# The pronouns that open a contact clause after a noun: "people I've spoken with",
# "officials we talked to".
_CONTACT = frozenset({"i", "i've", "i’ve", "we", "we've", "we’ve"})

# The relative that opens a subject's relative clause, with its contractions:
# "leaders who’d rather …", "voters who've moved".
_WHO_FORMS = frozenset({"who", "who’d", "who'd", "who’ve", "who've"})

# Auxiliaries and modals, which make a predicate of what follows a subject.
_FINITE_WORDS = BE_FORMS | MODALS | frozenset({"has", "have", "had", "been", "does", "did"})

# Words that open a clause of their own inside the run: "… in 2009 when he yelled".
_SUBORDINATORS = RELATIVE_ENDS - CONJUNCTIONS

# The conjunctions that join objects inside a postmodifier: "for Cruz or Ben Carson".
_OBJECT_CONJUNCTIONS = frozenset({"or", "and"})

# The kinds of phrase that speak: no place, time or figure.
_SPEAKING_KINDS = frozenset({"person", "group", "anonymous", "organization", "outlet", "document"})

# The most words a postmodifier runs over between its noun and the verb.
_MAX_POSTMODIFIER = 20


def postmodified_subject(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The phrase that opens the verb's clause and whose postmodifier runs up to the verb.

    The clause is the run of words before the verb (no mark between them); a
    capitalised conjunction that opens it ("But Democrats trying …") is passed.
    The phrase is read with its postmodifier, as "people familiar with the talks"
    is, so that a user sees who the people are.
    """
    end = skip_prefixes(words, index)
    start = end
    while start > max(0, end - _MAX_POSTMODIFIER - 8) and (
        words[start - 1].is_word or _abbreviation_stop(words, start - 1)
    ):
        start -= 1
    if start > 0 and (words[start - 1].is_word or words[start - 1].kind == "quote"):
        return None  # a run too long to be one phrase, or a quotation's words before it
    if start < end and words[start].lower in CONJUNCTIONS and words[start].text[:1].isupper():
        start += 1
    phrase = noun_phrase(words, start, end, post=False)
    if phrase is None and words[start].lower in PREDETERMINERS:  # "all the experts I …"
        inner = noun_phrase(words, start + 1, end, post=False)
        phrase = Phrase(start, inner.head, inner.end) if inner is not None else None
    if phrase is not None and phrase.head > phrase.start and words[phrase.head].lower in _CONTACT:
        phrase = Phrase(phrase.start, phrase.head - 1, phrase.head)  # "people I've spoken with"
    if phrase is None or phrase.end >= end - 1 or end - phrase.end > _MAX_POSTMODIFIER:
        return None
    opener = words[phrase.end]
    if not _opens_postmodifier(words, phrase.end) or _opens_predicate(words[start]):
        return None
    if opener.lower in _WHO_FORMS and _object_relative(words, phrase.end):
        return None  # "the hackers who U.S. officials say": the relative is the object
    last = words[end - 1].lower
    if last in CONJUNCTIONS or last in DETERMINERS or last in PREPOSITIONS or last in RELATIVES:
        return None  # "… spotted Stein and", "… a near-sweep of the": no phrase ends there
    postmodifier = words[phrase.end : end]
    contact = opener.lower in _CONTACT  # "the experts I interviewed": its verb is its own
    if any(
        w.lower in _SUBORDINATORS or (_is_verb_of_speech(w) and not contact) for w in postmodifier
    ):
        return None  # "people who said …", "… in 2009 when he yelled": a clause of its own
    clause = opener.lower in _WHO_FORMS or contact
    rest = postmodifier[2:] if opener.lower == "being" else postmodifier[1:]  # "being heard"
    if not clause and any(finite(w) for w in rest):
        # "A reporter for the paper spotted Stein and …", "His campaign for the
        # nomination has been …": a predicate, not a postmodifier, runs to the verb
        return None
    whole = Phrase(phrase.start, phrase.head, end)
    description = classify(text, words, whole, names)
    if (
        description is None
        or description.anaphor == "pronoun"
        or description.profile.kind not in _SPEAKING_KINDS
        or description.profile.place
    ):
        return None
    return whole, description


def inside_postmodifier(
    words: Sequence[Token], subject: tuple[Phrase, Description], modified: Phrase
) -> bool:
    """ "leaders who’d rather work for Cruz or Ben Carson said", "A spokesman for
    candidate Hillary Clinton called": the nearest phrase is the object of a preposition
    or a conjunction inside the postmodifier of the phrase that opens the clause; not a
    pronoun ("… when he said") nor a name after its title ("Vice President for news
    and talk Dave Gorab said")."""
    phrase, description = subject
    if phrase.start == modified.start and phrase.end > modified.end:
        return True  # "… knowledge of the contract later said": the time is the verb's
    if phrase.start <= modified.start or description.anaphor == "pronoun":
        return False
    before = words[phrase.start - 1].lower
    if before in _OBJECT_CONJUNCTIONS:
        return words[phrase.start].text[:1].isupper()  # "or Ben Carson", not "and talk Dave …"
    return before in PREPOSITIONS


def _opens_postmodifier(words: Sequence[Token], index: int) -> bool:
    """ "trying", "for", "who’d", "I've", "familiar with", "interviewed at": a word that
    opens a noun's postmodifier, not its predicate (a past participle only after a
    common noun, before its preposition: "veterans interviewed at rallies", not "a
    reporter spotted Ruiz", "Schoen elaborated in a piece")."""
    word = words[index]
    lower = word.lower
    if not word.is_word or (not word.text[:1].islower() and lower not in _CONTACT):
        return False
    if lower in _WHO_FORMS or lower in _CONTACT or lower in _POSTMODIFIER_PREPOSITIONS:
        return True
    if lower in POSTMODIFIER_ADJECTIVES or lower == "being":
        return True  # "a source familiar with the inquiry", "lawsuits being considered"
    if (lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES) and index + 1 < len(words):
        # after a common noun: "Schoen elaborated in a piece" is a name's predicate
        following = words[index + 1].lower  # "records kept by the office" too
        return _common_noun(words, index - 1) and (
            following in _POSTMODIFIER_PREPOSITIONS or following == "by"
        )
    return lower.endswith("ing") and len(lower) > 5 and lower not in SPEECH_PARTICIPLES


def _common_noun(words: Sequence[Token], index: int) -> bool:
    """A word in lower case, or a document's noun that opens its clause ("Disclosures
    filed on Sunday revealed"; not the "Records" of "Tallis Records")."""
    word = words[index]
    if word.text[:1].islower():
        return True
    return word.lower in DOCUMENT_NOUNS and (index == 0 or not words[index - 1].is_word)


def _abbreviation_stop(words: Sequence[Token], index: int) -> bool:
    """ "the Nov. 8 election": the full stop of a month's abbreviation inside the run."""
    return (
        words[index].text == "."
        and index > 0
        and words[index - 1].lower in DAYS_AND_MONTHS
        and index + 1 < len(words)
        and words[index + 1].is_word
    )


def _object_relative(words: Sequence[Token], index: int) -> bool:
    """ "who U.S. officials say", "who the mayor named": a name or a determiner after
    "who" is the relative's subject; the phrase before it is the relative's object."""
    after = words[index + 1] if index + 1 < len(words) else None
    return after is not None and (after.text[:1].isupper() or after.lower in DETERMINERS)


def _opens_predicate(word: Token) -> bool:
    """ "winning 14 delegates …": a lower-case participle opens no subject."""
    return word.text[:1].islower() and word.lower.endswith(("ing", "ed"))


def finite(word: Token) -> bool:
    """A word that is most often a clause's verb: "has", "was", "would", "spotted"."""
    lower = word.lower
    if not word.text[:1].islower():
        return False
    return lower in _FINITE_WORDS or (lower.endswith("ed") and len(lower) > 4)


def _is_verb_of_speech(word: Token) -> bool:
    return word.lower in SPEECH_VERBS and word.text[:1].islower() and word.lower not in RELATIVES
