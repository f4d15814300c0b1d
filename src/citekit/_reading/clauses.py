"""Attribution clauses: who (a noun phrase) says (a cue) something.

Quotes and sources both read "White House spokesman Carl Woog said", "“…,”
said Sen. Ted Cruz, R-Texas", "Cruz, a Republican, told reporters:",
"according to Reuters", "people familiar with the talks say" and "The
Washington Post states the words of one of the U.S. senior officials". The
clauses are read in one unit's tokens (``tokens``), whose quotations are each
one token, so that words inside a quotation are never read as the article's own.

A clause is a cue (a speech verb, "according to", "citing", "the words of";
the cues are in ``_lexicon.speech_verbs``) and a noun phrase: before the verb
("Ferreira said", found by ``subjects``), after it when the verb follows a
quotation or a comma ("…,” said Cruz"), or as its object ("according to
Reuters"). Each phrase is described by ``descriptions.classify``: its kind,
the person's name in it, the title and affiliation.

``CUE_OPENER`` finds the words that may open a clause (``CUE_OPENERS``) in
the lower-cased text, in one pass: the reading reads a unit in full only when
it holds one (a documented internal: the tests check that no unit with a
clause is missed).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    ARTICLES,
    BE_FORMS,
    CLAIM_OPENERS,
    DETERMINERS,
    INFINITIVE_OPENERS,
    INVERTING_VERBS,
    MEDIUM_PREPOSITIONS,
    NEGATED_AUXILIARIES,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
    VERB_PARTICLES,
    VERB_PREFIXES,
)
from .._lexicon.speech_verbs import (
    ACCUSED_PASSIVES,
    AMBIGUOUS_VERBS,
    BASE_FORMS,
    BY_CUES,
    COMPLEMENT_VERBS,
    COUNTING_VERBS,
    CUE_TAILS,
    DOCUMENT_BASE_FORMS,
    DOCUMENT_VERBS,
    HEARER_VERBS,
    INFINITIVE_VERBS,
    OBJECT_CUE_PASTS,
    OBJECT_CUES,
    OBJECT_PHRASES,
    OBJECT_VERB_TABLE,
    PARTICLE_CUES,
    PERFECT_PARTICIPLES,
    PERSONAL_SPEECH_VERBS,
    PHRASAL_FORMS,
    QUOTATION_VERBS,
    SENDER_FORMS,
    SPEECH_NOUNS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    THINKING_PASTS,
    VERB_OF,
)
from .._records import Span
from .._text.engines import dual_pattern
from .._text.patterns import trie
from .appositions import with_apposition
from .attributions import Attribution
from .channels import via_source
from .complements import complement_follows, verb_before_mark
from .cue_marks import (
    headline_document,
    lead_in,
    leads_in,
    line_start,
    named_in_story,
    signature,
    title_case,
    transcript_label,
    transcript_turn,
)
from .descriptions import classify
from .gaps import aspect_start, floats_after_subject
from .hypotheticals import hypothetical
from .modified_subjects import inside_postmodifier, postmodified_subject
from .names import NameIndex
from .objects import according_to_object, object_phrase
from .participles import read_participle
from .passives import passive_participle
from .phrases import Phrase, noun_phrase
from .profiles import Description, Profile
from .shares import ends_count
from .subjects import clause_subject, possessor, subject_before
from .tokens import POSSESSIVES, Token, next_is, used_to
from .unlisted import after_quotation, unlisted_after, unlisted_subject
from .verb_forms import (
    NOUN_OPENERS,
    after_modal,
    agrees,
    beside_quotation,
    by_means,
    holds_document,
    is_attributive,
    is_naming,
    is_perfect,
    reported_evidence,
)
from .word_kinds import is_modifier_word

_CUE_TAIL_STARTS = frozenset(tail[0] for tail in CUE_TAILS)

# The forms of "be" among the negated auxiliaries: "they aren’t admitted".
_NEGATED_BE = frozenset(
    w for w in NEGATED_AUXILIARIES if w.startswith(("is", "are", "was", "were"))
)

# The kinds of agent a passive reaches over words between it and "by": "was
# recommended for the job by Roger Stone", not "was asked to leave by the end of May".
_AGENT_KINDS = frozenset({"person", "anonymous", "group", "organization", "outlet"})

# The conjunctions that join a second predicate to its clause's subject.
_PREDICATE_CONJUNCTIONS = frozenset({"and", "but"})

# Every word that may be a cue: the clause reader looks no further at the rest.
_CUE_WORDS = (
    frozenset({"by", *OBJECT_PHRASES, *PARTICLE_CUES})
    | OBJECT_CUES
    | SPEECH_PARTICIPLES
    | SPEECH_VERBS
)

# The forms of the verbs that some rules name by their base form ("add":
# "added", "adds"), found once rather than looked up for every verb.
_COUNTING_FORMS = frozenset(form for form, verb in VERB_OF.items() if verb in COUNTING_VERBS)
_HEARER_FORMS = frozenset(form for form, verb in VERB_OF.items() if verb in HEARER_VERBS)

# What "citing" attributes to, of its objects: a source who told ("citing a confidant",
# "cited two officials who were briefed"); the reasons, figures and records a speaker
# cites ("citing trust", "cited polling data", "citing internal documents") are his
# own argument, not a source of it.
_CITED_KINDS = frozenset({"anonymous"})
_CITE_FORMS = frozenset(
    form.strip("()") for row in OBJECT_VERB_TABLE if row[0].strip("()") == "cite" for form in row
)


#: The words that open a clause ``read_clauses`` may find, in any case: a
#: unit holding none of them holds no clause. "by" is not among them, as it
#: cues only after one of ``BY_CUES`` ("published by"), which are; nor the verbs
#: that speak only beside a quotation ("went on", "shot back"), whose unit is read
#: for its quotation.
CUE_OPENERS = (_CUE_WORDS - {"by"} - QUOTATION_VERBS) | BY_CUES

# Where a unit may hold an attribution clause: a word that opens one, in any
# case (the clause reader decides what case it takes: "said", but "According
# to the BBC, …"), or the colon of a headline. One pass over the lower-cased
# text finds them all, faster than a case-blind pattern over the text. Each
# starts and ends with a letter, so its word boundaries are the look-arounds,
# which the standard library's engine reads three times faster.
CUE_OPENER = dual_pattern(r"(?<!\w)(?:" + trie(sorted(CUE_OPENERS)) + r")(?!\w)")


def read_clauses(text: str, words: Sequence[Token], names: NameIndex) -> list[Attribution]:
    """Every attribution clause in one unit's tokens, in text order."""
    found: list[Attribution] = []
    # A lower-case speech verb stands before the token: a colon after it leads into no
    # quotation ("Trump tweeted at Ana Ruiz: “…”"). Kept as the words are read, so that
    # a unit of many colons is not read again from its start at each one.
    # A dash ends a run-in's clause: "Pollsters agree - Omar Price: “…”" is Price's.
    spoken = False
    before_dash = 0  # how many clauses stand before the last dash
    headline: bool | None = None  # whether the unit is a title-case headline, once asked
    for index, token in enumerate(words):
        if index and not spoken:
            before = words[index - 1]
            spoken = before.lower in SPEECH_VERBS and before.text[:1].islower()
        lower = token.lower
        if lower not in _CUE_WORDS or not token.is_word:
            if token.kind == "dash":
                spoken, before_dash = False, len(found)
            if (
                token.text == ":"
                and len(found) == before_dash
                and not spoken
                and leads_in(text, words, index)
            ):
                found.extend(lead_in(text, words, index, names))
            elif token.kind == "quote":
                found.extend(transcript_label(text, words, index, names))
                if index + 1 < len(words):
                    found.extend(signature(text, words, index + 1, token.end, names))
            elif index == 0 and (token.is_word or token.kind == "dash"):
                found.extend(signature(text, words, 0, line_start(text, token.start), names))
                found.extend(transcript_turn(text, words))  # "JAKE TAPPER: Donald Trump …"
            continue
        phrase = object_phrase(words, index) if lower in OBJECT_PHRASES else None
        if phrase is not None:
            first, after, cue = phrase
            found.extend(
                a
                for a in _object(text, words, first, after, cue, names)
                if (cue != "via" or via_source(words, first, a.speaker))
                and (lower not in SPEECH_NOUNS or a.speaker.name.lower() not in PREDETERMINERS)
            )  # "criticism from some other quarters": "some" names no one
        elif lower == "words" and index >= 2:
            found.extend(_possessed_words(text, words, index, names))  # "in Ruiz’s words"
        elif lower == "by" and (participle := passive_participle(words, index)) is not None:
            cue = f"{words[participle].text} by"  # "was asked by", "were described to him by"
            found.extend(
                a
                for a in _object(text, words, participle, index + 1, cue, names)
                if participle == index - 1 or a.speaker.profile.kind in _AGENT_KINDS
            )
        elif lower in OBJECT_CUES:
            if lower not in BASE_FORMS:  # "did not cite a source", "Opponents cite concerns"
                found.extend(
                    a
                    for a in _object(text, words, index, index + 1, token.text, names)
                    if lower not in _CITE_FORMS or a.speaker.profile.kind in _CITED_KINDS
                )
            if lower in OBJECT_CUE_PASTS:
                found.extend(
                    a
                    for a in _verb(text, words, index, names, object_cue=True)
                    if lower not in _CITE_FORMS or a.speaker.profile.kind != "document"
                )  # "the report cites comments by …": the comments' speaker, not the report
        elif lower in SPEECH_PARTICIPLES and index > 0 and words[index - 1].text != ".":
            found.extend(read_participle(text, words, index, names))
        elif lower in SPEECH_VERBS and token.text[:1].islower():
            found.extend(_verb(text, words, index, names))
        elif lower in PARTICLE_CUES and token.text[:1].islower() and _particle_cue(words, index):
            found.extend(_verb(text, words, index, names))  # "“…,” Trump went on."
        elif lower in SPEECH_VERBS and index == 0:
            found.extend(_opening_inversion(text, words, names))  # "Said Ana Ruiz, …: “…”"
        elif lower in SPEECH_VERBS and index > 0:
            if headline is None:  # asked once a unit, however many capitalised verbs it holds
                headline = title_case(words)
            if headline:
                # "Clinton Says No To Fox News": a name's verb; in title case, little else
                # is told apart ("Optimistic Americans Will Say", "Sanders Told A Reporter")
                found.extend(
                    a
                    for a in _verb(text, words, index, names)
                    if a.role == "subject" and named_in_story(a.speaker, words, names)
                )
                if not found or found[-1].cue_span.start != token.start:
                    span = Span(token.start, token.end)  # "Leaked Documents Reveal …"
                    found.extend(headline_document(text, words, index, token.text, span))
    found.sort(key=lambda a: (a.speaker.span.start, a.cue_span.start))
    return found


def _opening_inversion(text: str, words: Sequence[Token], names: NameIndex) -> list[Attribution]:
    """ "Said Dora Pike, who grew up on the island, “We were proud.”": a verb that opens
    its sentence, capitalised, before its speaker and a quotation the speaker says; a
    headline's "Says" before no quotation is not read so."""
    if words[0].lower not in INVERTING_VERBS or not any(w.kind == "quote" for w in words[2:]):
        return []
    inverted = _inverted(text, words, 1, names)
    if inverted is None or inverted[0].end - inverted[0].start < 2:
        return []  # "Said Ellis: “…”": the name index reads a given name "Said"
    phrase, description = inverted
    verb = words[0]
    cue_span = Span(verb.start, verb.end)
    return [Attribution(description, verb.text, cue_span, "inverted", 0, phrase.end - 1)]


def _particle_cue(words: Sequence[Token], index: int) -> bool:
    """ "went on.", "shot back: “…”", "shot back that …", "As Ruiz put it, …", "put it
    this way:", "put it bluntly:": the verb, its particle, and a mark or "that" after
    them; not "went on Twitter", "shot back up", "put it on the market"."""
    particle = index + 1
    if particle >= len(words) or words[particle].lower != PARTICLE_CUES[words[index].lower]:
        return False
    after = particle + 1
    if after + 1 < len(words) and words[after].lower == "this" and words[after + 1].lower == "way":
        after += 2  # "put it this way: “…”"
    elif after < len(words) and words[after].lower.endswith("ly") and words[index].lower != "went":
        after += 1  # "put it bluntly: “…”"
    return after >= len(words) or not words[after].is_word or words[after].lower == "that"


def _cue(words: Sequence[Token], index: int, text: str) -> tuple[str, Span, int]:
    """The cue verb with its tail ("said in a statement", "told reporters") or its
    particle ("went on", "shot back")."""
    verb = words[index]
    if verb.lower in PARTICLE_CUES:
        span = Span(verb.start, words[index + 1].end)
        return span.of(text), span, index + 1
    if index + 1 >= len(words) or words[index + 1].lower not in _CUE_TAIL_STARTS:
        return verb.text, Span(verb.start, verb.end), index
    for tail in CUE_TAILS:
        stop = index + 1 + len(tail)
        if stop <= len(words) and tuple(w.lower for w in words[index + 1 : stop]) == tail:
            span = Span(verb.start, words[stop - 1].end)
            return span.of(text), span, stop - 1
    return verb.text, Span(verb.start, verb.end), index


def _verb(
    text: str, words: Sequence[Token], index: int, names: NameIndex, *, object_cue: bool = False
) -> list[Attribution]:
    verb = words[index]
    lower = verb.lower
    before = words[index - 1] if index > 0 else None
    if before is not None and before.is_word:
        after_to = before.lower == "to" and aspect_start(words, index) is None
        if (after_to and not used_to(words, index)) or (
            before.lower in DETERMINERS
            and before.lower not in RELATIVES
            and not ends_count(words, index - 1)  # "two in three said", "all but two said"
            and not floats_after_subject(words, index - 1)  # "Ruiz and Kerr both said"
        ):
            return []  # "declined to state", "the report": no clause
        if before.lower in BE_FORMS or before.lower in _NEGATED_BE:
            return []  # "employees were told", "they aren’t admitted": passive
        if before.lower.endswith(POSSESSIVES[:2]):
            return []  # "Trump’s remarks"
        if not used_to(words, index) and is_attributive(
            before, words[index + 1] if index + 1 < len(words) else None
        ):
            return []  # "a majority of pledged delegates": an adjective
    if lower in PERFECT_PARTICIPLES and not is_perfect(words, index):
        return []  # "the figures shown above": no perfect, no clause
    if (
        lower in INFINITIVE_VERBS
        and index + 1 < len(words)
        and words[index + 1].lower in INFINITIVE_OPENERS
    ):
        return []  # "continued to say", "asked not to be named"
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.is_word:
        if (
            lower in _COUNTING_FORMS
            and (following.text[:1].isdigit() or following.lower in ARTICLES)
            and not after_quotation(words, index)  # "“…,” added a Democrat"
        ):
            return []  # "Mensah added 25 points", "the court added a second case"
        if following.lower == "by" and not object_cue and not by_means(words, index + 1):
            return []  # "A post shared by …": a participle, its subject after "by"
        if lower in PHRASAL_FORMS and following.lower in VERB_PARTICLES:
            return []  # "called off the strike", "swore in the new judge"
        if ACCUSED_PASSIVES.get(lower) == following.lower:
            return []  # "companies accused of helping …": the accused, not the accuser
    # "the report shows him", "Video of the incident shows him": a document's verb
    after_document = VERB_OF.get(lower) in DOCUMENT_VERBS and any(
        w.lower in DOCUMENT_NOUNS for w in words[max(0, index - 5) : index]
    )
    if lower in AMBIGUOUS_VERBS and following is not None and following.is_word:
        after = following.lower
        if (
            after not in CLAIM_OPENERS
            and after not in DETERMINERS
            and not after_document
            and not _outlet_reports(text, words, index, names)
        ):
            return []  # "the Russian claims are false", "U.S. states on Thursday"
    if index > 0 and words[index - 1].lower in NOUN_OPENERS and not object_cue:
        return []  # "Colin Powell, the former secretary of state, and …": a noun
    cue, cue_span, cue_last = _cue(words, index, text)
    if lower in QUOTATION_VERBS and not beside_quotation(words, index, cue_last):
        return []  # "read the report", "Read more": no quotation read out
    found: list[Attribution] = []
    subject = subject_before(text, words, index, names)
    if subject is None and lower in PERSONAL_SPEECH_VERBS:
        subject = unlisted_subject(text, words, index)
    if subject is None:
        subject = _coordinated_subject(text, words, index, names)
    if before is not None and before.is_word:
        # "Democrats trying to regain the Senate say", "leaders who’d rather work for
        # Ben Carson said": the nearest phrase is the postmodifier's, not the subject
        modified = postmodified_subject(text, words, index, names)
        if modified is not None and (
            subject is None
            or not agrees(lower, subject[1])
            or inside_postmodifier(words, subject, modified[0])
        ):
            subject = modified
    if (
        subject is not None
        and lower in COMPLEMENT_VERBS
        and subject[1].profile.kind != "document"
        and subject[1].profile.head not in DOCUMENT_NOUNS  # "a CBS poll showed"
        and not (after_document and holds_document(words, subject[0]))
        and not complement_follows(words, index, subject[0])
    ):
        return []  # "the EU maintains current quotas", "state legislative districts"
    if (
        subject is not None
        and lower in AMBIGUOUS_VERBS
        and not verb_before_mark(words, index, subject[0])
    ):
        return []  # "member states, which …", "the consent of member states."
    if subject is not None and is_naming(words, index, subject[0], subject[1].profile.kind):
        return []  # "a firm called Cambridge Analytica": a name given, no words
    if subject is not None and lower in SENDER_FORMS and subject[1].profile.head in DOCUMENT_NOUNS:
        return []  # "a video posted to her account": put out by someone
    if (
        subject is not None
        and subject[0].end == index
        and _after_past_verb(words, subject[0].start, lower)
    ):
        return []  # "postponed a decision on buildings proposed for …": a participle
    if subject is not None and hypothetical(words, subject[0].start):
        return []  # "If the person reports a fault, …": no one spoke
    if lower in DOCUMENT_BASE_FORMS and (subject is None or subject[1].profile.kind != "document"):
        return []  # "they would reveal": only a document reveals in the base form
    if subject is not None and reported_evidence(words, index, subject):
        return []  # "The results, the plaintiffs said, show …": the plaintiffs' claim
    if subject is not None and (agrees(verb.lower, subject[1]) or after_modal(words, index)):
        phrase, description = subject
        found.append(Attribution(description, cue, cue_span, "subject", phrase.start, cue_last))
    elif (before is None or not before.is_word) and not object_cue and VERB_OF.get(lower) != "call":
        # not "…, called the results “hard to ignore”": "call" names its object
        inverted = _inverted(text, words, cue_last + 1, names)
        if inverted is None and after_quotation(words, index):
            inverted = unlisted_after(text, words, cue_last + 1)  # "…,” said the 46-year-old
        if inverted is not None and agrees(verb.lower, inverted[1]):
            # "…, say economists"; not "Executives …, say the company will …"
            phrase, description = inverted
            found.append(Attribution(description, cue, cue_span, "inverted", index, phrase.end - 1))
    if lower in _HEARER_FORMS:
        found.extend(_hearer(text, words, index, index + 1, names))
    elif found:
        found.extend(_hearer(text, words, index, _medium(words, cue_last + 1), names))
    return found


def _outlet_reports(text: str, words: Sequence[Token], index: int, names: NameIndex) -> bool:
    """ "The Tide Herald reports Ruiz will run": "reports" before a name, after an outlet,
    is the outlet's verb. (After a comma, "…,” said Ruiz, reports the Tide Herald." is
    left: the outlet would be the paragraph's last speaker, and take Ruiz's next words.)"""
    if words[index].lower != "reports" or not words[index + 1].text[:1].isupper():
        return False
    if index == 0 or not words[index - 1].is_word:
        return False
    subject = subject_before(text, words, index, names)
    return subject is not None and subject[1].profile.kind == "outlet"


def _coordinated_subject(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "A spokesman for the port defended the route and said …", "Judge Varga put off
    the decision but later said …": a second predicate's subject is its clause's."""
    position = index - 1
    while position > 0 and words[position].lower in VERB_PREFIXES:
        position -= 1  # "and later said", "but also told"
    if position <= 0 or words[position].lower not in _PREDICATE_CONJUNCTIONS:
        return None
    subject = clause_subject(text, words, names)
    if subject is None or subject[0].end >= position:
        return None  # "Ana Ruiz and Dana Kerr said": a coordinated subject, not predicate
    if any(not w.is_word for w in words[subject[0].end : position]):
        return None  # "…, she said, and added": a mark between the clauses
    return subject


def _medium(words: Sequence[Token], index: int) -> int:
    """Where the outlet a speaker talked on starts, after the cue: "said on CNN", "said
    in an interview with the BBC", "wrote in The Atlantic"; else past the tokens."""
    if index < len(words) and words[index].lower in MEDIUM_PREPOSITIONS:
        return index + 1
    if index > 0 and words[index - 1].lower == "interview" and next_is(words, index - 1, "with"):
        return index + 1
    return len(words)


def _hearer(
    text: str, words: Sequence[Token], index: int, start: int, names: NameIndex
) -> list[Attribution]:
    """ "told CNN", "said on Fox News Sunday": the outlet a speaker talked to is a source
    too. ``index`` is the verb's token, ``start`` the outlet's first."""
    phrase = noun_phrase(words, start, len(words), post=False)
    if phrase is None:
        return []
    description = classify(text, words, phrase, names)
    if description is None or description.profile.kind != "outlet" or description.anaphor:
        return []
    verb = words[index]
    return [
        Attribution(
            description,
            verb.text,
            Span(verb.start, verb.end),
            "hearer",
            index,
            phrase.end - 1,
        )
    ]


def _object(
    text: str, words: Sequence[Token], first: int, index: int, cue: str, names: NameIndex
) -> list[Attribution]:
    """ "according to Reuters", "citing a confidant", "quoted Trump as saying"."""
    phrase = noun_phrase(words, index, len(words), post=True, bounded=True, possessor=True)
    description = classify(text, words, phrase, names) if phrase is not None else None
    if description is None and cue.lower() == "according to":
        found = according_to_object(text, words, index)
        if found is not None:
            phrase, description = found
    if phrase is None or description is None:
        return []
    cue_span = Span(words[first].start, words[index - 1].end)
    return [Attribution(description, cue, cue_span, "object", first, phrase.end - 1)]


def _after_past_verb(words: Sequence[Token], start: int, verb: str) -> bool:
    """ "The board postponed a decision on buildings proposed for the yard": the
    phrase right before the "-ed" form is a past verb's object, so the form is a
    participle, no verb it is the subject of. A speech verb's object may be its
    complement's subject ("admitted the report concluded"); a relative's verb has its
    antecedent ("appointed a chief who had accused")."""
    if start == 0 or not verb.endswith("ed"):
        return False
    before = words[start - 1]
    return (
        before.is_word
        and before.text[:1].islower()
        and before.lower.endswith("ed")
        and before.lower not in SPEECH_VERBS
        and before.lower not in BE_FORMS
        and before.lower not in THINKING_PASTS
    )


def _possessed_words(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "in Park-Adeyemi’s words, “…”", "in Ana Ruiz’s own words": the person the
    article names so is the source."""
    start = index - 2 if words[index - 1].lower == "own" else index - 1
    if start < 1 or not words[start].lower.endswith(POSSESSIVES):
        return []
    while (
        start > 0
        and words[start - 1].is_word
        and words[start - 1].text[:1].isupper()
        and words[start - 1].lower != "in"  # "In Ruiz’s words, “…”" opening the sentence
    ):
        start -= 1
    if start == 0 or words[start - 1].lower != "in":
        return []
    found = possessor(text, Span(words[start].start, words[index].end), names)
    if found is None:
        return []
    cue_span = Span(words[start - 1].start, words[index].end)
    return [Attribution(found, "in words", cue_span, "object", start - 1, index)]


def _inverted(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "…,” said Sen. Ted Cruz, R-Texas": the speaker right after the verb."""
    if index >= len(words) or not words[index].is_word:
        return None
    first = words[index]
    if first.lower in PERSON_PRONOUNS:
        return None
    if first.lower in {"one", "another"} and (
        index + 1 >= len(words) or not words[index + 1].is_word
    ):
        span = Span(first.start, first.end)  # "“…,” said one.", "“…,” said another."
        return Phrase(index, index, index + 1), Description(
            first.text, span, Profile("anonymous", first.lower)
        )
    if first.lower in NOT_SPEAKERS and not (first.lower == "one" and _one_of_them(words, index)):
        return None  # "said it", but "said one of the officials", "said one GOP aide"
    if first.lower in RELATIVES or first.lower in PREPOSITIONS or first.lower in STOP_WORDS:
        return None
    phrase = noun_phrase(words, index, len(words), post=True, bounded=True)
    if phrase is None:
        return None
    description = classify(text, words, phrase, names)
    if description is None:
        return None
    return phrase, with_apposition(text, words, phrase, description, names)


def _one_of_them(words: Sequence[Token], index: int) -> bool:
    """ "one of the officials", "one former GOP leadership aide": "one" before a phrase."""
    if index + 1 >= len(words) or not words[index + 1].is_word:
        return False
    return words[index + 1].lower == "of" or is_modifier_word(words[index + 1])
