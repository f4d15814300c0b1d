"""Participles that attribute: "the minister defended the plan, saying …", "comments by
Wendell Price saying that …", "The White House is saying …".

An "-ing" form of a speech verb (``SPEECH_PARTICIPLES``) attributes to its clause's
subject after a comma (also when the clause's verb was read as a participle of its
subject: "The judge sided with the port, saying …"), or after "by" or "while" ("ended
the meeting by saying …"); to the subject of "be" in a progressive; to the phrase
between "with" and it ("…, with Fox News calling the race"); and, for the few forms
of ``PHRASE_PARTICIPLES``, to the phrase right before it. "polls showing" and "a man
claiming allegiance" report nothing of a speaker's. ``clauses`` reads the finite verbs.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.documents import AUTHORING_PARTICIPLES
from .._lexicon.function_words import (
    AUXILIARY_ADVERBS,
    BE_FORMS,
    COMPLEMENT_OPENERS,
    CONJUNCTIONS,
    DEMAND_PARTICLES,
    DETERMINERS,
    INFINITIVE_OPENERS,
    NEGATED_AUXILIARIES,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
    VERB_PARTICLES,
)
from .._lexicon.speech_verbs import (
    COMPLEMENT_VERBS,
    INFINITIVE_VERBS,
    PHRASAL_FORMS,
    PHRASE_PARTICIPLES,
    QUOTATION_VERBS,
    SPEECH_VERBS,
    VERB_OF,
)
from .._records import Span
from .attributions import Attribution
from .descriptions import classify
from .gaps import segment_start
from .names import NameIndex
from .openers import clause_starts
from .phrases import Phrase, noun_phrase
from .profiles import Description
from .shares import share_phrase
from .subjects import clause_subject, longest_suffix, subject_before
from .tokens import Token

# The verbs, by their base form, that some rules below name by a form.
_INFINITIVE_BASES = frozenset(VERB_OF.get(form, form) for form in INFINITIVE_VERBS)
_COMPLEMENT_BASES = frozenset(VERB_OF.get(form, form) for form in COMPLEMENT_VERBS)

# Words that join a participle to its clause, whose subject is the participle's: "won
# votes by saying …", "pushed the bill while urging …". Not "after" or "before", whose
# participle is often another time's ("reignited the feud after writing a column").
_SUBORDINATORS = frozenset({"by", "while"})

# Words before a phrase that make it no verb's object: "with a statement saying".
_NOT_VERBS = PREPOSITIONS | CONJUNCTIONS | RELATIVES | STOP_WORDS | DETERMINERS


def _verb_object(words: Sequence[Token], start: int) -> bool:
    """ "issued a statement", "sent an email": the phrase at ``start`` follows a
    lower-case word that is no preposition, conjunction or relative, a verb's object."""
    if start == 0 or not words[start - 1].is_word:
        return False
    before = words[start - 1]
    return before.text[:1].islower() and before.lower not in _NOT_VERBS


# A participle of a raised voice, which follows its clause with no comma before the words
# it gives: "marched along the road chanting “…”".
_VOICE_PARTICIPLES = frozenset({"chanting"})
_CLAUSE_OPENERS = RELATIVES | {"where", "when", "as", "while"}
_PERCEPTION_VERBS = frozenset({"heard", "hear", "saw", "see", "watched", "filmed", "recorded"})


def read_participle(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "comments by Wendell Price saying that": the phrase just before the participle;
    "The White House is saying", "Schneiderman isn’t saying": the subject of "be"."""
    verb = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and verb.lower in PHRASAL_FORMS and following.lower in VERB_PARTICLES:
        return []  # "calling off the strike", "aren’t showing up"
    if (
        following is not None
        and VERB_OF.get(verb.lower) in _INFINITIVE_BASES
        and following.lower in INFINITIVE_OPENERS
    ):
        return []  # "agreeing to decide", "continuing to say"
    if verb.lower in QUOTATION_VERBS and not _before_quotation(words, index):
        return []  # "singing, chanting and waving": no words chanted
    absolute = _absolute_subject(text, words, index, names)
    if (
        absolute is not None
        and (verb.lower in PHRASAL_FORMS or not _needs_complement(verb, following))
        and not (absolute[1].profile.kind == "document" and verb.lower in PHRASE_PARTICIPLES)
    ):  # "with Fox News calling the race", "with polls showing a tie"; but "replied with a
        # statement saying …" is the one who replied (below)
        return [_attribution(verb, absolute, index)]
    if _needs_complement(verb, following) and not _names_in_quotation(words, index):
        return []  # "are showing signs of", but "showing that", "arguing, …"
    auxiliary = index - 1
    while auxiliary > 0 and words[auxiliary].lower in AUXILIARY_ADVERBS:
        auxiliary -= 1
    progressive = (
        words[auxiliary].lower in BE_FORMS or words[auxiliary].lower in NEGATED_AUXILIARIES
    )
    if progressive and auxiliary > 0:
        subject = subject_before(text, words, auxiliary, names)
    elif words[index - 1].text == ",":  # "the minister defended the plan, saying …"
        subject = clause_subject(text, words, names) or _subject_over_verb(text, words, names)
    elif _after_comma(words[index - 1]):  # "Ruiz called the plan “a disgrace,” saying …"
        subject = _speaker_before(text, words, index, names) or clause_subject(text, words, names)
    elif (
        words[index - 1].lower in _SUBORDINATORS
        and verb.lower not in PHRASAL_FORMS
        and verb.text[:1].islower()  # not a title-case headline's "… By Admitting …"
    ):
        # "Ruiz soared in the polls by saying …"; not "practised it while calling it …"
        subject = clause_subject(text, words, names)
        if subject is not None and not _one_predicate(words, subject[0].end, index - 1):
            return []  # "…, while Ruiz has soared by saying …": not the first clause's
        if subject is not None and _lone_quantity(words, subject[0]):
            return []  # "How many can be added by threatening …": no one in particular
    elif verb.lower in _VOICE_PARTICIPLES and _before_quotation(words, index):
        subject = _voice_subject(text, words, index, names)  # "marched … chanting “…”"
    elif verb.lower not in PHRASE_PARTICIPLES:
        return []  # "polls showing", "a man claiming allegiance": no speaker's words
    else:
        start = segment_start(words, index)
        subject = share_phrase(text, words, start, index) or longest_suffix(
            text, words, start, index, names
        )  # "with 30 percent of voters saying", "comments by Wendell Price saying"
    if subject is not None and subject[1].profile.kind == "document":
        sender = clause_subject(text, words, names)  # "The group … sent a letter stating"
        if sender is not None and sender[1].profile.kind != "document":
            subject = sender
        elif _verb_object(words, subject[0].start):
            return []  # "Minutes later, the campaign issued a statement saying": its sender's
    if subject is None:
        return []
    return [_attribution(verb, subject, index)]


def _voice_subject(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "Protesters marched along the road chanting “Levy now!”": the clause's subject;
    "She heard the crowd chanting “…”": the phrase a verb of perception governs. Not the
    subject of a clause a relative or "where" leaves ("…'s party, where his supporters
    were shown chanting")."""
    subject = longest_suffix(text, words, segment_start(words, index), index, names)
    if subject is not None and subject[0].start == 0 and subject[0].end > subject[0].head + 1:
        subject = _cut_at_head(text, words, subject[0], names)  # "Protesters gathered in …"
    if subject is not None and (
        subject[0].start == 0 or words[subject[0].start - 1].lower in _PERCEPTION_VERBS
    ):
        return subject
    subject = clause_subject(text, words, names)
    if subject is not None and any(
        w.lower in _CLAUSE_OPENERS for w in words[subject[0].end : index]
    ):
        return None
    return subject


def _cut_at_head(
    text: str, words: Sequence[Token], phrase: Phrase, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "Protesters gathered in the square chanting “…”": the phrase that opens the
    sentence ran over its verb as over a participle's postmodifier; it ends at its head."""
    cut = Phrase(phrase.start, phrase.head, phrase.head + 1)
    found = classify(text, words, cut, names)
    return None if found is None else (cut, found)


def _subject_over_verb(
    text: str, words: Sequence[Token], names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "The judge sided with the Democrats, saying …", "One aide declined to comment,
    saying …": the clause's verb, an "-ed" form before a preposition, was read as a
    participle after its subject ("people familiar with", "officials briefed on"), and
    the phrase ran over it. Before a participle after a comma, when no subject opens the
    clause otherwise, the phrase up to that verb is its subject."""
    for start in clause_starts(words):
        phrase = noun_phrase(words, start, len(words), post=True, bounded=True)
        if phrase is None:
            continue
        cut = next(
            (
                i
                for i in range(phrase.head + 1, phrase.end)
                if words[i].text[:1].islower()
                and words[i].lower.endswith("ed")
                and words[i].lower not in AUTHORING_PARTICIPLES
            ),
            None,
        )
        if cut is None:
            continue
        inner = noun_phrase(words, start, cut, post=True, bounded=True)
        if inner is None or inner.end != cut:
            continue
        description = classify(text, words, inner, names)
        if description is not None:
            return inner, description
    return None


def _one_predicate(words: Sequence[Token], start: int, stop: int) -> bool:
    """Whether the words from a subject's end to a subordinator are one predicate: "Ruiz
    [soared in the polls] by saying", "[has pushed the bill,] while urging"; not "Ruiz,
    who …", "…, and Kerr …", "…, while Kerr …", which open another clause."""
    if start >= stop:
        return False
    end = stop - 1 if words[stop - 1].text == "," else stop
    return all(
        w.is_word and w.lower not in RELATIVES and w.lower not in CONJUNCTIONS
        for w in words[start:end]
    )


def _after_comma(before: Token) -> bool:
    """ "called it “a disgrace,” saying": a quotation whose comma stands inside its
    closing mark, as a comma before the participle."""
    return before.kind == "quote" and before.text.rstrip("”’\"'»").endswith(",")


def _speaker_before(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "Ruiz said the process could be “messy,” adding …": the subject of the last
    speech verb before the quotation, who goes on speaking (not "In an interview with
    the Herald, …", which would open the clause)."""
    for position in range(index - 2, -1, -1):
        word = words[position]
        if word.is_word and word.lower in SPEECH_VERBS and word.text[:1].islower():
            if position > 0 and words[position - 1].lower in BE_FORMS:
                return None  # "what had been called “…,” saying": a passive's
            return subject_before(text, words, position, names)
    return None


def _lone_quantity(words: Sequence[Token], phrase: Phrase) -> bool:
    """ "many", "some", "most": a quantity standing alone, which names no one."""
    return phrase.end - phrase.start == 1 and words[phrase.start].lower in PREDETERMINERS


def _before_quotation(words: Sequence[Token], index: int) -> bool:
    """ "chanting “Dump Trump”", "chanting: “…”": a quotation right after the verb."""
    following = index + 1
    if following < len(words) and words[following].text in ",:":
        following += 1
    return following < len(words) and words[following].kind == "quote"


def _names_in_quotation(words: Sequence[Token], index: int) -> bool:
    """ "calling the failure “unacceptable”", "calling it “a betrayal”": a naming verb
    whose complement, after a short object, is the speaker's own words."""
    if words[index].lower not in PHRASAL_FORMS:
        return False
    for word in words[index + 1 : index + 1 + _MAX_NAMED_OBJECT + 1]:
        if word.kind == "quote":
            return True
        if not word.is_word:
            return False  # "calling the plan, which …": no quotation of its words
    return False


# The most words between "calling" and the quotation that names its object: "calling
# the city's response to the flood “slow”".
_MAX_NAMED_OBJECT = 6


def _needs_complement(verb: Token, following: Token | None) -> bool:
    """ "showing signs of", "claiming residency": a verb that may report nothing, with
    no complement opener after it ("showing that", "arguing, …", "calling for")."""
    return VERB_OF.get(verb.lower) in _COMPLEMENT_BASES and not (
        following is None
        or not following.is_word
        or following.lower in COMPLEMENT_OPENERS
        or (verb.lower in PHRASAL_FORMS and following.lower in DEMAND_PARTICLES)
    )


def _attribution(verb: Token, subject: tuple[Phrase, Description], index: int) -> Attribution:
    phrase, description = subject
    return Attribution(
        description, verb.text, Span(verb.start, verb.end), "subject", phrase.start, index
    )


def _absolute_subject(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "…, with Fox News and NBC News calling the race", "with a former governor calling
    him a fascist", "with recent polls showing a tie": the phrase between "with" and the
    participle is its subject, whatever the participle (the phrase is no object of a
    verb before it, and "calling" and "showing" need no complement opener there)."""
    if not words[index].text[:1].islower():
        return None  # a title-case headline: "… With Rivals Calling …"
    start = segment_start(words, index)
    at = next((i for i in range(index - 1, start - 1, -1) if words[i].lower == "with"), None)
    if at is None or at + 1 >= index:
        return None
    found = share_phrase(text, words, at + 1, index) or longest_suffix(
        text, words, at + 1, index, names
    )
    if found is None or found[0].start != at + 1:
        return None  # "with the help of a friend saying": no phrase of its own
    if any(w.lower in RELATIVES for w in words[at + 1 : index]):
        return None  # "with other hosts who doubted the polls showing …": another clause
    return found
