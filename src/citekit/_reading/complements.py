"""What follows a verb that reports a claim only with the claim beside it.

"maintained", "argued", "showed", "states" have a sense that reports nothing ("the
EU maintains quotas", "four U.S. states"): ``clauses`` reads them as cues only
where the claim opens after them ("maintained that …", "argued, …"), stands before
them ("Prices will fall, the bank agreed."), or the clause is a comment on the
sentence it ends ("The pier is safe, as Ruiz has maintained for months."). A few
take a particle or "as": "ruled out a tax rise", "identified the driver as a local
man" (``CLAIM_PARTICLES``, ``AS_VERBS``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    BE_FORMS,
    COMPLEMENT_OPENERS,
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    REFLEXIVES,
    RELATIVES,
)
from .._lexicon.speech_verbs import AS_VERBS, CLAIM_PARTICLES, VERB_OF
from .._text.patterns import lazy_pattern
from .phrases import Phrase
from .tokens import Token

# The most tokens between "identified" and its "as": "identified the driver of
# the van as …".
_AS_WINDOW = 8

# The most words in the subject of a claim with no "that": "suggested the former
# secretary of state is …".
_BARE_SUBJECT_WORDS = 6
_HAVE_FORMS = frozenset({"has", "had", "have"})
_NONFINITE = frozenset({"be", "been", "being"})

# The most words of a time between a verb and its "that", and the words it is made of.
_TIME_WORDS = 4
_TIME_PHRASE_WORDS = frozenset(
    "last this next past on in earlier later week month year weekend yesterday today".split()
)

# Adverbs not in "-ly" between a verb and its "that": "suggest however that".
_SENTENCE_ADVERBS = frozenset({"however", "instead", "too", "again", "also", "now"})

# What may follow a comment clause's verb, the claim being before it: "for months",
# "since May", "all along", "again", "before the vote".
_COMMENT_TAILS = PREPOSITIONS | {"since", "before", "after", "all", "again", "repeatedly"}


def complement_follows(words: Sequence[Token], index: int, subject: Phrase) -> bool:
    """ "maintained that …", "state: …", "argued, …": what a reported claim opens with.

    At the end of a sentence the claim is before the clause ("Prices will
    fall, the bank agreed."), so a comma or quotation must stand before it.
    """
    verb = VERB_OF.get(words[index].lower, words[index].lower)
    if verb in AS_VERBS:
        return _as_follows(words, index)
    if verb in CLAIM_PARTICLES:
        return _particle_follows(words, index, CLAIM_PARTICLES[verb])
    if _comment_clause(words, index, subject):
        return True
    if index + 1 >= len(words) or words[index + 1].text in ".!?":
        return subject.start > 0 and not words[subject.start - 1].is_word
    following = words[index + 1]
    if following.lower == "to" and any(w.lower == "that" for w in words[index + 2 : index + 6]):
        return True  # "suggested to me that", "argued to the court that"
    if _adverb(following) and index + 2 < len(words) and words[index + 2].lower == "that":
        return True  # "suggest however that", "argued repeatedly that"
    if _time_then_that(words, index + 1):
        return True  # "estimated last month that", "found on Tuesday that"
    if not following.is_word:
        return True
    pronoun = following.lower.replace("’", "'").split("'")[0]  # "he'd", "it’s", "they're"
    if pronoun in COMPLEMENT_OPENERS:
        return True  # "suggested he'd be competitive"
    return _bare_clause_follows(words, index)


def _bare_clause_follows(words: Sequence[Token], index: int) -> bool:
    """ "suggested the United States should send troops", "argue voters are tired": a
    claim with no "that", a short noun phrase (with its postmodifier, "voters in the
    north") and then an auxiliary. Any other word between (a verb, a relative, "as")
    makes the phrase the verb's object: "maintains quotas that are", "kept order as it
    was"."""
    for offset, word in enumerate(words[index + 1 : index + 2 + _BARE_SUBJECT_WORDS]):
        lower = word.lower
        if not word.is_word:
            return False
        if offset > 0 and (lower in MODALS or lower in BE_FORMS or lower in _HAVE_FORMS):
            return lower not in _NONFINITE  # "the plan was", not "the plan been"
        if lower in RELATIVES and offset > 0:
            return False  # "maintains quotas that are high"
        if lower in FUNCTION_WORDS and lower not in DETERMINERS and lower not in PREPOSITIONS:
            return False
    return False


def _time_then_that(words: Sequence[Token], start: int) -> bool:
    """ "last month that", "on Tuesday that", "in March that": a short time between a
    verb and the "that" of its claim."""
    for position in range(start, min(start + _TIME_WORDS, len(words))):
        word = words[position]
        if word.lower == "that":
            return position > start
        if not word.is_word or not (
            word.lower in _TIME_PHRASE_WORDS or word.lower in DAYS_AND_MONTHS or word.text.isdigit()
        ):
            return False
    return False


def _adverb(word: Token) -> bool:
    """ "however", "repeatedly", "privately": a lower-case adverb between a verb and "that"."""
    lower = word.lower
    return word.text[:1].islower() and (
        lower in _SENTENCE_ADVERBS or (lower.endswith("ly") and len(lower) > 4)
    )


def _particle_follows(words: Sequence[Token], index: int, particle: str) -> bool:
    """ "ruled that …", "ruled out a tax rise", "would not rule it out": "that", or
    the particle with its object. Never at a mark: "With a vote ruled out, …", "the
    new rule, …" (the verb's past and base are a participle and a noun as often)."""
    following = [w.lower if w.is_word else "" for w in words[index + 1 : index + 4]]
    if following[:1] == ["that"]:
        return True
    if following[:1] == [particle]:
        return len(following) > 1 and following[1] != ""
    return len(following) > 1 and following[0] in COMPLEMENT_OPENERS and following[1] == particle


def _as_follows(words: Sequence[Token], index: int) -> bool:
    """ "identified the driver as a local man": an "as" after the object, in the
    clause (no mark between), or "that". Right after the verb it reads no claim: "voters who
    identify as independents", "the people identified as victims"."""
    if index + 1 < len(words) and words[index + 1].lower == "that":
        return True  # "the audit identified that costs rose"
    for offset, word in enumerate(words[index + 1 : index + 1 + _AS_WINDOW]):
        if not word.is_word:
            return False
        if word.lower == "as":
            return offset > 0
        if word.lower in REFLEXIVES:
            return False  # "identified themselves as teachers"
    return False


def _comment_clause(words: Sequence[Token], index: int, subject: Phrase) -> bool:
    """ "The pier is safe, as Ruiz has maintained for months.", "As Ruiz has argued,
    …": a clause opened by "as" after a comma or at the sentence's start comments
    on the claim the sentence makes; its verb takes nothing after it but a mark or a
    preposition's phrase ("for months", "in court"). ("As the EU maintains quotas, …"
    is a time's clause, with an object.)"""
    opener = subject.start - 1
    if opener < 0 or words[opener].lower != "as":
        return False
    if opener > 0 and words[opener - 1].text != ",":
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    return following is None or not following.is_word or following.lower in _COMMENT_TAILS


def verb_before_mark(words: Sequence[Token], index: int, subject: Phrase) -> bool:
    """Whether a word that is as often a plural noun ("states", "reports") is a verb here.

    Before a word it was checked already. Before a colon or a quotation it is
    one ("The Post reports: …", "the report states, “…”"); before a comma it
    is a noun ("member states, which …"), but after a document's phrase between
    commas ("…, a new poll finds, …"); at the end of a sentence a verb only
    after the claim it reports ("Prices will fall, the Post reports.").
    """
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.text in ".!?":
        return subject.start > 0 and not words[subject.start - 1].is_word
    if following.is_word or following.kind == "quote" or following.text == ":":
        return True
    after = words[index + 2] if index + 2 < len(words) else None
    if following.text == "," and subject.start > 0 and words[subject.start - 1].text == ",":
        # "Most oppose the cuts, a new poll finds, a debate that …": a document's clause
        return words[subject.head].lower in DOCUMENT_NOUNS
    return following.text == "," and after is not None and after.kind == "quote"


# A relative clause's opening: "early numbers, which Lumenvale shared …"; and the comma
# that closes it, with words after it before the quotation: "… with analysts, were “".
_RELATIVE_OPENING = lazy_pattern(r",\s*(?:which|who|whom)\s*+$")
_CLOSED = lazy_pattern(r",[^,“”\"]*?\w[^,“”\"]*+$")


def closed_relative(text: str, speaker: int, cue_end: int, quote_start: int) -> bool:
    """Whether the clause whose speaker starts at ``speaker`` is a relative clause that
    closes before the quotation at ``quote_start``, so attributes nothing in it: "Okonjo
    said early numbers, which Lumenvale shared with analysts, were “…”". Not "the bill,
    which Ruiz called, simply, “a disgrace,”": the quotation is the clause's own."""
    opening = _RELATIVE_OPENING.search(text, max(0, speaker - 10), speaker)
    return opening is not None and _CLOSED.search(text, cue_end, quote_start) is not None


# "that" before a time: "Ruiz said that night" opens no clause.
_THAT_CLAUSE = lazy_pattern(
    r"\s*+that\b(?!\s+(?:night|day|morning|evening|afternoon|week|month|year|time)\b)"
)


def that_clause(text: str, at: int) -> bool:
    """Whether a "that" clause opens at ``at``: "reported that police …", not "said that
    night"."""
    return _THAT_CLAUSE.match(text, at) is not None
