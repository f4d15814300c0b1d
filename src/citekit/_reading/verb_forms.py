"""Verb forms: whether a speech verb's form, where it stands, is a cue at all.

"said" in "in said cases" is an adjective, "called" in "a firm called Cambridge
Analytica" names a thing, "state" in "the state" is a noun, "read" speaks only
beside a quotation, "show" is a document's verb only when its subject is one,
and "advisers state" agrees where "the president state" does not. ``clauses``
finds a verb and its subject; these checks, each on the tokens around one verb,
decide whether the pair is a clause, and stand apart as the grammar of the verb
form alone, apart from what the clause attributes.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    ARTICLES,
    AUXILIARY_ADVERBS,
    BASE_FORM_PRONOUNS,
    CLAIM_OPENERS,
    DETERMINERS,
    MODALS,
    NOT_SPEAKERS,
    PREPOSITIONS,
    STOP_WORDS,
    VERB_PARTICLES,
)
from .._lexicon.people import PLURAL_COLLECTIVES
from .._lexicon.speech_verbs import (
    AMBIGUOUS_VERBS,
    BASE_FORMS,
    MEANS_OF_SPEAKING,
    PERFECT_AUXILIARIES,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    VERB_OF,
)
from .gaps import aspect_start
from .phrases import Phrase
from .profiles import Description
from .tokens import Token, used_to

# Words after a verb form that open its clause's complement or object, not a noun the
# form would modify as an adjective ("in said that", "of told them").
_NOT_NOUNS = CLAIM_OPENERS | DETERMINERS | PREPOSITIONS | STOP_WORDS | NOT_SPEAKERS | VERB_PARTICLES

# Modals before a document's verb that say what it would show, not what it shows.
_UNREAL_MODALS = frozenset({"would", "could", "might", "may"})

# Determiners of a document the clause already knows: "said the results showed".
_DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "those", "that"})


def reported_evidence(
    words: Sequence[Token], index: int, subject: tuple[Phrase, Description]
) -> bool:
    """ "The results, the plaintiffs said, show …", "Ruiz said the results showed …": a
    document whose verb follows a speech clause between commas, or a definite one that
    opens what a speech verb reports, is what that clause's speaker says it shows; and
    "the results would show" is what it might. An indefinite one is a document the
    speaker cites ("The weather service said a preliminary survey found …")."""
    phrase, description = subject
    if description.profile.kind != "document":
        return False
    if _is_modal(words[index - 1]) and words[index - 1].lower in _UNREAL_MODALS:
        return True  # "…, which would show evidence of …"; not "released in May show"
    opener = phrase.start - 1
    if opener > 0 and words[opener].lower == "that":
        opener -= 1  # "argued that the polls show"
    if opener >= 0 and words[opener].lower in SPEECH_VERBS | SPEECH_PARTICIPLES:
        definite = words[phrase.start].lower in _DEFINITE_DETERMINERS
        return definite and words[opener].text[:1].islower()
    if index < phrase.end + 3:
        return False
    before = words[index - 2]
    return (
        words[phrase.end].text == ","
        and words[index - 1].text == ","
        and before.lower in SPEECH_VERBS
        and before.text[:1].islower()
    )


def holds_document(words: Sequence[Token], phrase: Phrase) -> bool:
    """ "A Reuters rolling poll", "the rolling average of polls": a phrase that ends in a
    document's noun, whatever its head, is a document's subject for "show" or "find"
    ("Republican data operatives" is none)."""
    return words[phrase.end - 1].lower in DOCUMENT_NOUNS


def is_perfect(words: Sequence[Token], index: int) -> bool:
    """ "polls have shown", "has also shown", "have similarly shown": the participle
    after its auxiliary."""
    position = index - 1
    while position >= 0 and (
        words[position].lower in AUXILIARY_ADVERBS or words[position].lower.endswith("ly")
    ):
        position -= 1
    return position >= 0 and words[position].lower in PERFECT_AUXILIARIES


def is_attributive(before: Token, following: Token | None) -> bool:
    """ "a majority of pledged delegates", "in reported cases": a verb form after a
    preposition, before a lower-case noun, is an adjective of that noun, not a clause
    (a clause's verb follows its subject, which a preposition is not)."""
    if before.lower not in PREPOSITIONS or following is None or not following.is_word:
        return False
    word = following.lower.replace("’", "'").split("'")[0]  # "he’s", "they're"
    return following.text[:1].islower() and word not in _NOT_NOUNS


def is_naming(words: Sequence[Token], index: int, subject: Phrase, kind: str) -> bool:
    """ "a firm called Cambridge Analytica", "a program called “Safe Harbour”": "called"
    right after an indefinite phrase that is no person, before a name, names the
    thing; it reports no words ("a spokesman called Trump a liar" does)."""
    if VERB_OF.get(words[index].lower) != "call" or subject.end != index:
        return False
    if kind in ("person", "anonymous"):
        return False
    if words[subject.start].lower not in ARTICLES - {"the"}:
        return False  # "what multiple lawmakers called “…”", "the letter called it"
    at = index + 1
    if at < len(words) and words[at].lower == "the":
        at += 1
    if at >= len(words):
        return False
    name = words[at]
    return (
        name.kind == "quote" or name.text[:1] == "#" or (name.is_word and name.text[:1].isupper())
    )


def by_means(words: Sequence[Token], index: int) -> bool:
    """ "said by telephone", "told by phone": "by" and a means of speaking, no agent."""
    return index + 1 < len(words) and words[index + 1].lower in MEANS_OF_SPEAKING


def beside_quotation(words: Sequence[Token], index: int, cue_last: int) -> bool:
    """Whether a verb that speaks only beside a quotation ("read") has one: before
    it and its subject ("“…,” the email read"), or after it ("the suit reads: “…”")."""
    back = index
    while back > max(0, index - 6) and words[back - 1].is_word:
        back -= 1  # "“…,” the email read": back over the subject to the quotation
    if back > 0 and words[back - 1].kind == "quote":
        return True
    following = cue_last + 1
    if following < len(words) and words[following].text in ",:":
        following += 1
    return following < len(words) and words[following].kind == "quote"


# Words after which a speech verb that is also a noun ("state", "claims") is the noun.
NOUN_OPENERS = ARTICLES | {"of"}


def agrees(verb: str, subject: Description) -> bool:
    """ "advisers state" and "the Post states", not "the president state"."""
    if verb not in BASE_FORMS:  # by the table's column, not the ending: "said", "swore"
        return not (
            verb in AMBIGUOUS_VERBS and subject.profile.plural and subject.anaphor != "pronoun"
        )
    return (
        subject.profile.plural
        or subject.profile.head in BASE_FORM_PRONOUNS
        or subject.profile.head in PLURAL_COLLECTIVES  # "Police say", "Cologne police say"
    )


def after_modal(words: Sequence[Token], index: int) -> bool:
    """ "Trump would not say", "Clinton did tell", "Ruiz continues to insist": a base form
    after an auxiliary or a verb of aspect and "to", which any subject takes."""
    if aspect_start(words, index) is not None:
        return True
    position = index - 1
    while position >= 0 and words[position].lower in AUXILIARY_ADVERBS:
        position -= 1
    if position >= 0 and words[position].lower in MODALS:
        return _is_modal(words[position])  # not the month of "filed in May say"
    return position >= 0 and used_to(words, position + 1)


def _is_modal(word: Token) -> bool:
    """A modal, written in lower case: inside a sentence "May" is the month (and a
    title-case headline's "Could", "Will" are read as no modal either)."""
    return word.lower in MODALS and word.text[:1].islower()
