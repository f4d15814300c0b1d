"""Noun phrases: where a phrase that may name a speaker starts, where its head is, where it ends.

"one of the U.S. senior officials", "White House spokesman Carl Woog",
"people familiar with the talks", "the Department of Justice": a determiner,
modifiers, a head, and postmodifiers (a prepositional phrase, "familiar
with", a relative clause). This module finds a phrase's bounds over the
tokens; what the phrase names is for ``descriptions`` to say.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    ARTICLES,
    BE_FORMS,
    CLAUSE_BREAKERS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    INFINITIVE_OPENERS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    POSTMODIFIER_ADJECTIVES,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
    THAT_RELATIVES,
    WH_RELATIVES,
)
from .._lexicon.outlets import MEDIA_NOUNS
from .._lexicon.people import (
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NOT_PERSON_NOUNS,
    PERSON_NOUN_ENDINGS,
    TITLE_MODIFIERS,
)
from .._lexicon.shares import NUMBER_WORDS
from .._lexicon.speech_verbs import INFINITIVE_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS
from .phrase_ends import (
    IRREGULAR_PARTICIPLES,
    OBJECT_PRONOUNS,
    infinitive_after,
    is_time,
    participle_with_time,
    time_end,
    verb_and_object,
)
from .tokens import POSSESSIVES, Token, is_nickname, next_is
from .word_kinds import (
    is_capitalised,
    is_modifier_word,
    is_nominal,
    is_plural_person,
    verb_after_name,
)

# The most words a speaker phrase or a segment is read over: phrases are
# short, and the bound keeps a sentence without punctuation linear.
MAX_PHRASE = 40

# Prepositions that are adjectives between a determiner and a noun: "an inside source".
_ADJECTIVE_PREPOSITIONS = frozenset({"inside", "outside"})

# Words for documents that are also forms of a speech verb: "reports", "posts".
_VERB_DOCUMENTS = DOCUMENT_NOUNS & SPEECH_VERBS
# "he" and "she" never open a longer phrase: "She thanked …", "He came …".
_SINGULAR_PRONOUNS = frozenset({"he", "she"})


@attrs.frozen
class Phrase:
    """A noun phrase: tokens ``[start, end)``, whose head is the token at ``head``."""

    start: int
    head: int
    end: int


def _after_quote(words: Sequence[Token], index: int) -> bool:
    """Whether a quotation's closing mark (maybe and a comma) stands right before ``index``."""
    before = [w for w in words[max(0, index - 2) : index] if w.text != ","]
    return bool(before) and before[-1].kind == "quote"


def noun_phrase(
    words: Sequence[Token],
    start: int,
    limit: int,
    *,
    post: bool,
    bounded: bool = False,
    possessor: bool = False,
) -> Phrase | None:
    """The noun phrase starting at ``start``: determiner, modifiers, head, postmodifiers.

    With ``post`` the phrase runs on over postmodifiers ("people familiar
    with the talks", "officials who attended the meeting"); ``bounded`` keeps
    them short, for a phrase after its cue, which nothing ends but a comma.
    With ``possessor`` a name in the possessive before words that name no
    source is the phrase ("according to the Foundation’s rating system").
    """
    index = start
    if index >= limit or not words[index].is_word:
        return None
    partitive = _partitive(words, index, limit)
    pronoun = words[index].lower in PERSON_PRONOUNS or words[index].lower in PLURAL_PRONOUNS
    if pronoun and not partitive and (index + 1 >= limit or not is_modifier_word(words[index + 1])):
        return Phrase(index, index, index + 1)
    if words[index].lower in _SINGULAR_PRONOUNS and words[index + 1].text[:1].islower():
        return Phrase(index, index, index + 1)  # "She thanked …": no modifier after "he", "she"
    if (
        words[index].lower == "it"
        and words[index + 1].lower in SPEECH_VERBS
        and _after_quote(words, index)
    ):
        return Phrase(index, index, index + 1)  # "“…,” it said": an organisation's pronoun
    if partitive:
        index += 2  # "one of the U.S. senior officials", "most of the candidates"
    else:
        index += _quantity_of(words, index, limit)  # "a number of attendees"
    if index < limit and words[index].is_word and words[index].lower in DETERMINERS:
        if words[index].lower == "that" and next_is_capitalised(words, index, limit):
            return None  # "expected that Americans will say": "that" opens a clause
        index += 1
    head = None
    possessive = None
    seen_noun = False
    unknown = 0
    position = index
    limit = min(limit, index + MAX_PHRASE)
    while position < limit:
        word = words[position]
        if word.text == "(" and position + 2 < limit and words[position + 2].text == ")":
            position += 3  # "Coach (Tom) Brandt", "Inc (ORB.N) CEO"
            continue
        if is_nickname(words, position) and position + 1 < limit:
            position += 1  # "Oluwaseun "Seun" Adeyemi"
            continue
        if not word.is_word:
            break
        if _lost_apostrophe(words, position, index, limit):
            seen_noun, unknown = False, 0  # "the County Sheriff s Office": a possessive
            position += 1
            continue
        if _connects(words, position, limit) or _coordinates(words, position, limit, seen_noun):
            position += 1
            if (
                words[position - 1].lower == "and"
                and words[position].lower in DETERMINERS
                and _people_ahead(words, position + 1, limit)
            ):
                position += 1  # "Sanders and his supporters", "Ruiz and some of her aides"
            continue
        if word.lower in _VERB_DOCUMENTS and _heads_as_noun(words, position, index):
            head = position  # "according to reports", "press reports", "media reports say"
            seen_noun = True
            position += 1
            continue
        if (
            position == index > start
            and word.lower in _ADJECTIVE_PREPOSITIONS
            and position + 1 < limit
            and is_nominal(words[position + 1])
        ):
            position += 1  # "an inside source", "two outside advisers": an adjective
            continue
        if not is_modifier_word(word, after_noun=seen_noun) or (
            seen_noun and verb_after_name(words, start, position)
        ):
            break  # "Hartley remembers": the name's verb
        if (
            seen_noun
            and word.text[:1].islower()
            and not _noun_ahead(words, position, limit)
            and not _role_before_name(words, position, limit)
        ):
            break  # "Inflation hits Retail …": a verb, not a modifier
        if word.text[:1].islower() and not is_nominal(word) and word.lower not in TITLE_MODIFIERS:
            unknown += 1
            if unknown > 2 and not (possessor and possessive is not None):
                return None  # "The new limits curb private flights": a clause
        if is_nominal(word):
            head = position
            seen_noun = True
        elif word.lower.endswith(POSSESSIVES):
            seen_noun = False  # "China's commerce ministry": a new phrase after the possessor
            unknown = 0
            if word.text[:1].isupper():
                possessive = position
        position += 1
    if (
        possessor
        and possessive is not None
        and (head is None or head < possessive)
        and position > possessive + 1
    ):
        head = possessive  # "the Council for Open Campus Speech’s rating system"
        return Phrase(start, head, head + 1)
    if head is None:
        return None
    if (
        index > start
        and words[index - 1].lower in _SINGULAR_DETERMINERS
        and (is_plural_person(words[head].lower))
    ):
        return None  # "expected that sailors will say": "that" opens a clause
    end = head + 1
    if post and end < limit and not verb_after_name(words, start, end):
        end = _postmodifiers(words, end, limit, bounded=bounded)  # not "Ana Ruiz paused"
    return Phrase(start, head, end)


# Nouns for a number of people before "of": "a number of attendees", "a handful of
# Democrats", "a significant number of voters", "dozens of members", "a wide array of
# economists", "a chorus of Republicans"; and of documents: "a new batch of emails".
_QUANTITY_NOUNS = frozenset(
    {"number", "handful", "couple", "dozen", "dozens", "host", "slew", "array", "chorus", "lot"}
    | {"lots", "variety", "range"}
    | {"batch", "trove", "cache", "series", "body", "collection"}  # "a new batch of emails"
)


def _quantity_of(words: Sequence[Token], index: int, limit: int) -> int:
    """How many words "a number of", "a significant number of", "dozens of" take
    before the phrase they count, or 0."""
    position = index
    if position < limit and words[position].lower in {"a", "an"}:
        position += 1
        if position + 1 < limit and words[position + 1].lower in _QUANTITY_NOUNS:
            position += 1  # "a significant number of"
    if (
        position + 2 < limit
        and words[position].lower in _QUANTITY_NOUNS
        and next_is(words, position, "of")
        and words[position + 2].is_word
    ):
        return position + 2 - index
    return 0


def _partitive(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "one of the officials", "most of the candidates", "some of Clinton’s allies":
    a quantity, "of", and a determiner or a possessor's name. "Most" and "some"
    stand alone as pronouns ("most said no"), but not before "of" and a phrase."""
    if words[index].lower not in PREDETERMINERS or not next_is(words, index, "of"):
        return False
    if index + 2 >= limit:
        return False
    third = words[index + 2]
    return third.lower in DETERMINERS or (
        is_capitalised(third.text) and third.lower.endswith(POSSESSIVES)
    )


# Determiners that take no plural noun: "that sailors" is a clause's opener.
_SINGULAR_DETERMINERS = frozenset({"that", "this"})


def next_is_capitalised(words: Sequence[Token], index: int, limit: int) -> bool:
    return index + 1 < limit and words[index + 1].text[:1].isupper()


# Verbs after a document's word that take a plural subject: "FEC reports show",
# "Police reports suggest" (never "The Post reports show").
_PLURAL_VERBS = frozenset(
    {"show", "say", "suggest", "indicate", "reveal", "find", "have", "showed", "found"}
)


def _heads_as_noun(words: Sequence[Token], position: int, first: int) -> bool:
    """Whether a word for a document that is also a speech verb ("reports", "posts")
    is a noun here: first in its phrase, or after a lower-case word that names no
    one ("press reports", "new reports"); not after a name or a noun for someone,
    whose verb it is ("The Post reports", "the agency reports that")."""
    if position == first:
        return True
    before = words[position - 1]
    following = words[position + 1].lower if position + 1 < len(words) else ""
    if before.lower in MEDIA_NOUNS or following in _PLURAL_VERBS:
        return True  # "Media reports say", "FEC reports show": a plural's verb after it
    if before.text[:1].isupper() or before.lower.endswith(POSSESSIVES):
        return False
    return not is_nominal(before)


# Modifiers paired by "and" or "or" before one noun: "current and former employees".
_PAIRED_MODIFIERS = frozenset({"current", "former", "past", "present", "retired", "serving"})


def _coordinates(words: Sequence[Token], index: int, limit: int, seen_noun: bool) -> bool:
    """ "the Democratic chair and ranking Republican": "and" between two noun phrases;
    "current and former employees": between two modifiers of one noun."""
    if words[index].lower not in {"and", "or"} or index + 1 >= limit or index == 0:
        return False
    following = words[index + 1]
    if not seen_noun:
        return words[index - 1].lower in _PAIRED_MODIFIERS and following.lower in _PAIRED_MODIFIERS
    if words[index].lower != "and":
        return False
    if not following.is_word:
        return False
    return (
        following.lower in ARTICLES
        or following.lower in POSSESSIVE_DETERMINERS
        or following.lower in TITLE_MODIFIERS
        or (following.text[:1].isupper() and following.lower not in FUNCTION_WORDS)
        or is_nominal(following)
        or _people_ahead(words, index + 1, limit)  # "Democrats and civil rights groups"
    )


def _role_before_name(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "former Obama speechwriter Jon Favreau": a lower-case noun that ends like one for a
    person ("-er", "-or", "-ist", "-ian"), no list holds, before a name of two words."""
    word = words[index]
    lower = word.lower
    return (
        index + 2 < limit
        and len(lower) > 5
        and word.text.isalpha()
        and lower.endswith(PERSON_NOUN_ENDINGS)
        and lower not in NOT_PERSON_NOUNS
        and lower not in STOP_WORDS
        and lower not in FUNCTION_WORDS
        and lower not in PREPOSITIONS
        and lower not in SPEECH_VERBS
        and lower not in DOCUMENT_NOUNS
        and all(continues_phrase(w) for w in words[index + 1 : index + 3])
    )


def _people_ahead(words: Sequence[Token], index: int, limit: int) -> bool:
    """Whether a plural noun for people ends the lower-case words from ``index``, within
    four: the second of two groups that speak together ("Sanders and his supporters",
    "Democrats and civil rights groups"); not an organisation ("and the State
    Department"), which is a source of its own."""
    for position in range(index, min(limit, index + 4)):
        word = words[position]
        if not word.is_word or not word.text[:1].islower():
            return False
        if is_plural_person(word.lower) or word.lower in _PLURAL_GROUP_HEADS:
            return True
        if is_nominal(word) or not is_modifier_word(word, after_noun=True):
            return False
    return False


# Plural heads for people organised: "civil rights groups".
_PLURAL_GROUP_HEADS = frozenset({"groups", "organizations", "organisations", "coalitions"})


def _noun_ahead(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "Chicago-based trade expert": a lower-case role or group noun within two words."""
    modifiers_only = True
    for position in range(index, min(limit, index + 3)):
        word = words[position]
        if not word.is_word:
            return False
        if word.text[:1].isupper():
            return modifiers_only and is_nominal(word)  # "and top Democrat"
        if is_nominal(word):
            return True
        if word.lower not in TITLE_MODIFIERS:
            modifiers_only = False
            if not is_modifier_word(word, after_noun=True):
                return False
    return False


def _lost_apostrophe(words: Sequence[Token], index: int, first: int, limit: int) -> bool:
    """A lone "s" between a capitalised word and another, where a scrape lost the
    possessive's apostrophe: "the Tallis County Sheriff s Office"."""
    return (
        words[index].text == "s"
        and index > first
        and words[index - 1].text[:1].isupper()
        and index + 1 < limit
        and words[index + 1].is_word
    )


def _connects(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "Department of Justice", "Russian and Syrian", "de la Vega": a word inside a name."""
    lower = words[index].lower
    if lower not in NAME_CONNECTORS:
        return False
    if index == 0 or index + 1 >= limit:
        return False
    before, after = words[index - 1], words[index + 1]
    if not (before.is_word and after.is_word):
        return False
    if lower in NAME_PARTICLES:
        return after.text[:1].isupper() or after.lower in NAME_PARTICLES
    if before.lower in DOCUMENT_NOUNS and (index == 1 or not words[index - 2].is_word):
        return False  # "Polls in Wisconsin show": a sentence's first word, no name's
    return (
        before.text[:1].isupper() and after.text[:1].isupper() and after.lower not in FUNCTION_WORDS
    )


# Adverbs of place right after a head, which they modify: "Polls there show".
_PLACE_ADVERBS = frozenset({"there", "here"})


def _postmodifiers(words: Sequence[Token], index: int, limit: int, *, bounded: bool) -> int:
    """The end of the postmodifiers from ``index``: PPs, "familiar with", "who …"."""
    end = index
    position = index
    budget = 10 if bounded else 25
    while position < limit and position - index < budget:
        word = words[position]
        if not word.is_word:
            break
        lower = word.lower
        if lower in PREPOSITIONS:
            if position + 1 < limit and is_time(words, position + 1, limit):
                break  # "an official on Tuesday": a time, not a modifier
            if lower == "to" and infinitive_after(words, position + 1, limit):
                break  # "told by managers to stay home": an infinitive, not a modifier
            inner = _object_end(words, position + 1, limit)
            if inner is None:
                break
            position = end = inner
            if _and_preposition(words, position, limit):
                # "observers in Virginia and around the country"
                position = end = _object_end(words, position + 2, limit) or end
        elif lower in _PLACE_ADVERBS and position == index:
            position = end = position + 1  # "Polls there show", "Officials here say"
        elif participle_with_time(words, position, limit):
            position = end = time_end(words, position + 1, limit)  # "a report released Friday"
        elif lower in POSTMODIFIER_ADJECTIVES or (
            (lower.endswith(("ed", "ing")) or lower in IRREGULAR_PARTICIPLES)
            and lower not in SPEECH_VERBS
            and lower not in SPEECH_PARTICIPLES
            and position + 1 < limit
            and words[position + 1].is_word
            and (lower.endswith("ing") or words[position + 1].lower in PREPOSITIONS)
        ):
            position += 1  # "familiar with", "briefed on", "leaving the session"
            if lower.endswith("ing") and words[position].lower not in PREPOSITIONS:
                inner = _object_end(words, position, limit)
                if inner is None:
                    break
                position = end = inner
        elif lower in WH_RELATIVES or (
            lower in THAT_RELATIVES and not bounded and words[index - 1].text[:1].islower()
        ):
            if position + 1 >= limit:
                break  # "a post that said": the relative pronoun is the verb's
            if lower != "whose" and _phrase_to(words, position + 1, limit):
                break  # "hackers who U.S. officials say are …": the pronoun is the verb's object
            clause_end = position + 1
            while (
                clause_end < limit
                and words[clause_end].is_word
                and words[clause_end].lower not in CLAUSE_BREAKERS
                and not _ends_relative(words, position, clause_end)
            ):
                clause_end += 1
            if bounded:
                return min(clause_end, position + budget)
            return limit if clause_end >= limit else end
        else:
            break
    return end


def _and_preposition(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "and" before a second prepositional phrase: "in Virginia and around the country"."""
    return (
        index + 1 < limit
        and words[index].lower == "and"
        and (words[index + 1].lower in PREPOSITIONS or words[index + 1].lower == "around")
    )


def _phrase_to(words: Sequence[Token], start: int, limit: int) -> bool:
    """Whether the words from ``start`` to ``limit`` are one noun phrase, and no clause."""
    inner = noun_phrase(words, start, limit, post=False)
    return inner is not None and inner.end == limit


def _ends_relative(words: Sequence[Token], relative: int, index: int) -> bool:
    """Whether the speech verb at ``index`` is the main clause's, after a relative clause.

    "a passenger who was on the bus on Monday said …" ends at "said"; the
    relative's own verbs do not end it: "who said", "who feared … and asked
    not to be named", "… asked not to be identified".
    """
    word = words[index]
    if index <= relative + 1 or word.lower not in SPEECH_VERBS:
        return False
    if words[index - 1].lower in CONJUNCTIONS or words[index - 1].lower in BE_FORMS:
        return False
    return not (
        word.lower in INFINITIVE_VERBS
        and index + 1 < len(words)
        and words[index + 1].lower in INFINITIVE_OPENERS
    )


# Endings of nouns that no verb has: "distribution", "maintenance", "security".
_NOUN_ENDINGS = ("tion", "sion", "ness", "ity", "ship", "ance", "ence")


def _verb_in_object(words: Sequence[Token], index: int, limit: int) -> bool:
    """A lower-case word after a name that a lower-case word follows: a verb.

    "challengers in Vermont take aim at …" ends the phrase at "take"; "sources
    in the Hadiya camp told …" keeps "camp", which ends its clause.
    """
    word = words[index]
    if not word.text[:1].islower() or not words[index - 1].text[:1].isupper():
        return False
    if is_nominal(word) or word.lower.endswith(_NOUN_ENDINGS) or index + 1 >= limit:
        return False  # "the Harlow distribution center": a noun's ending, no verb's
    following = words[index + 1]
    return (
        following.is_word
        and following.text[:1].islower()
        and following.lower not in PREPOSITIONS
        and following.lower not in STOP_WORDS
        and following.lower not in SPEECH_VERBS
    )


def _object_end(words: Sequence[Token], start: int, limit: int) -> int | None:
    """The end of any noun phrase from ``start`` (the object of a preposition)."""
    if start < limit and words[start].lower in OBJECT_PRONOUNS:
        return start + 1  # "a source close to him", "people familiar with them"
    index = start
    limit = min(limit, start + MAX_PHRASE)
    if index < limit and words[index].is_word and words[index].lower in DETERMINERS:
        index += 1
    first = index
    while index < limit:
        word = words[index]
        if word.text == "(" and index + 2 < limit and words[index + 2].text == ")":
            index += 3
            continue
        if not word.is_word:
            break
        lower = word.lower
        if _connects(words, index, limit):
            index += 1
            continue
        if index > first and (lower in DETERMINERS or _verb_in_object(words, index, limit)):
            break  # "the Senate committee both blasted", "in Vermont take aim"
        if index > first and word.text[:1].islower() and verb_and_object(words, index, limit):
            break  # "a spokesman for the port defended the route", "… put off the decision"
        if (
            lower in STOP_WORDS
            or lower in PREPOSITIONS
            or lower in RELATIVES
            or lower in CONJUNCTIONS
            or (
                lower in SPEECH_VERBS
                and not _state_in_name(words, index, first)
                and not _document_noun(words, index, first)
                and not (index == first > start and words[start].lower in ARTICLES)  # "the state"
            )
            or lower in SPEECH_PARTICIPLES
            or lower in PERSON_PRONOUNS
            or (lower in CLAUSE_BREAKERS)
        ):
            break  # but "an analysis of newly filed reports shows": a document's noun
        index += 1
    if index == first > start > 0 and words[start - 1].lower == "of" and _is_number(words[start]):
        return first  # "a father of two", "a mother of 3": the number is the object
    return index if index > first else None


def _is_number(word: Token) -> bool:
    return (word.lower in NUMBER_WORDS and word.lower != "one") or word.text.isdigit()


def _state_in_name(words: Sequence[Token], index: int, first: int) -> bool:
    """ "the United States", "the Islamic State": "State" a word of the name before it."""
    word = words[index]
    return word.lower in {"state", "states"} and index > first and word.text[:1].isupper()


def _document_noun(words: Sequence[Token], index: int, first: int) -> bool:
    return words[index].lower in _VERB_DOCUMENTS and _heads_as_noun(words, index, first)


def continues_phrase(word: Token) -> bool:
    return word.text[:1].isupper() and word.lower not in FUNCTION_WORDS
