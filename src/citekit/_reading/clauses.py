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
from typing import Literal

import attrs

from .._lexicon.function_words import (
    ARTICLES,
    BASE_FORM_PRONOUNS,
    BE_FORMS,
    CLAIM_OPENERS,
    COMPLEMENT_OPENERS,
    DETERMINERS,
    INFINITIVE_OPENERS,
    MEDIUM_PREPOSITIONS,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    RELATIVES,
    STOP_WORDS,
    VERB_PARTICLES,
)
from .._lexicon.speech_verbs import (
    ACCUSED_PASSIVES,
    AMBIGUOUS_VERBS,
    BASE_FORMS,
    BY_CUES,
    COMPLEMENT_VERBS,
    COUNTING_VERBS,
    CUE_TAILS,
    HEARER_VERBS,
    INFINITIVE_VERBS,
    OBJECT_CUE_PASTS,
    OBJECT_CUES,
    OBJECT_PHRASES,
    PERSONAL_SPEECH_VERBS,
    PHRASAL_VERBS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    VERB_OF,
)
from .._records import Span
from .._text.engines import dual_pattern
from .._text.patterns import trie
from .._text.segment import Document
from .descriptions import Description, classify
from .names import NameIndex
from .phrases import Phrase, noun_phrase
from .subjects import (
    clause_subject,
    longest_suffix,
    segment_start,
    subject_before,
    unlisted_subject,
    with_apposition,
)
from .tokens import POSSESSIVES, Token, next_is

Role = Literal["subject", "inverted", "object", "hearer"]

_CUE_TAIL_STARTS = frozenset(tail[0] for tail in CUE_TAILS)

# Every word that may be a cue: the clause reader looks no further at the rest.
_CUE_WORDS = frozenset({"by", *OBJECT_PHRASES}) | OBJECT_CUES | SPEECH_PARTICIPLES | SPEECH_VERBS

# The forms of the verbs that some rules name by their base form ("add":
# "added", "adds"), found once rather than looked up for every verb.
_COUNTING_FORMS = frozenset(form for form, verb in VERB_OF.items() if verb in COUNTING_VERBS)
_PHRASAL_FORMS = frozenset(form for form, verb in VERB_OF.items() if verb in PHRASAL_VERBS)
_HEARER_FORMS = frozenset(form for form, verb in VERB_OF.items() if verb in HEARER_VERBS)

# Each phrase of ``OBJECT_PHRASES`` by its key word: the key's place in it, its
# words, and the cue it gives ("according to").
_OBJECT_PHRASES = {
    key: (phrase.index(key), phrase, " ".join(phrase)) for key, phrase in OBJECT_PHRASES.items()
}

#: The words that open a clause ``read_clauses`` may find, in any case: a
#: unit holding none of them holds no clause. "by" is not among them, as it
#: cues only after one of ``BY_CUES`` ("published by"), which are.
CUE_OPENERS = (_CUE_WORDS - {"by"}) | BY_CUES

# Where a unit may hold an attribution clause: a word that opens one, in any
# case (the clause reader decides what case it takes: "said", but "According
# to the BBC, …"), or the colon of a headline. One pass over the lower-cased
# text finds them all, faster than a case-blind pattern over the text. Each
# starts and ends with a letter, so its word boundaries are the look-arounds,
# which the standard library's engine reads three times faster.
CUE_OPENER = dual_pattern(r"(?<!\w)(?:" + trie(sorted(CUE_OPENERS)) + r")(?!\w)")


@attrs.frozen
class Attribution:
    """A speaker phrase, described, and the cue that attributes something to it.

    ``role`` says where the phrase stands: the verb's ``subject`` ("Ferreira
    said"), ``inverted`` after it ("said Ferreira"), the ``object`` of "according
    to" or "citing", or the outlet a speaker talked to (``hearer``: "told CNN").
    ``first`` and ``last`` are the token indices the clause covers in its unit.
    """

    speaker: Description
    cue: str
    cue_span: Span
    role: Role
    first: int
    last: int


def read_clauses(text: str, words: Sequence[Token], names: NameIndex) -> list[Attribution]:
    """Every attribution clause in one unit's tokens, in text order."""
    found: list[Attribution] = []
    for index, token in enumerate(words):
        lower = token.lower
        if lower not in _CUE_WORDS or not token.is_word:
            continue
        phrase = _object_phrase(words, index) if lower in OBJECT_PHRASES else None
        if phrase is not None:
            first, after, cue = phrase
            found.extend(_object(text, words, first, after, cue, names))
        elif lower == "by" and index > 0 and words[index - 1].lower in BY_CUES:
            cue = f"{words[index - 1].text} by"
            found.extend(_object(text, words, index - 1, index + 1, cue, names))
        elif lower in OBJECT_CUES:
            found.extend(_object(text, words, index, index + 1, token.text, names))
            if lower in OBJECT_CUE_PASTS:
                found.extend(_verb(text, words, index, names, object_cue=True))
        elif lower in SPEECH_PARTICIPLES and index > 0 and words[index - 1].text != ".":
            found.extend(_participle(text, words, index, names))
        elif lower in SPEECH_VERBS and token.text[:1].islower():
            found.extend(_verb(text, words, index, names))
    found.sort(key=lambda a: (a.speaker.span.start, a.cue_span.start))
    return found


def _object_phrase(words: Sequence[Token], index: int) -> tuple[int, int, str] | None:
    """ "according to", "the words of" around its key word at ``index``: where it starts,
    where its object starts, and the cue; or None when the words around are others."""
    at, phrase, cue = _OBJECT_PHRASES[words[index].lower]
    first = index - at
    after = first + len(phrase)
    if first < 0 or after > len(words):
        return None
    for offset, word in enumerate(phrase):
        if words[first + offset].lower != word:
            return None
    return first, after, cue


def _cue(words: Sequence[Token], index: int, text: str) -> tuple[str, Span, int]:
    """The cue verb with its tail ("said in a statement", "told reporters")."""
    verb = words[index]
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
        if before.lower == "to" or (before.lower in DETERMINERS and before.lower not in RELATIVES):
            return []  # "declined to state", "the report": no clause
        if before.lower in BE_FORMS:
            return []  # "employees were told": passive
        if before.lower.endswith(POSSESSIVES[:2]):
            return []  # "Trump’s remarks"
    if (
        lower in INFINITIVE_VERBS
        and index + 1 < len(words)
        and words[index + 1].lower in INFINITIVE_OPENERS
    ):
        return []  # "promised to act", "asked not to be named"
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.is_word:
        if lower in _COUNTING_FORMS and (
            following.text[:1].isdigit() or following.lower in ARTICLES
        ):
            return []  # "Mensah added 25 points", "the court added a second case"
        if following.lower == "by" and not object_cue:
            return []  # "A post shared by …": a participle, its subject after "by"
        if lower in _PHRASAL_FORMS and following.lower in VERB_PARTICLES:
            return []  # "called for talks", "called on Congress to act"
        if ACCUSED_PASSIVES.get(lower) == following.lower:
            return []  # "companies accused of helping …": the accused, not the accuser
    if lower in AMBIGUOUS_VERBS and following is not None and following.is_word:
        after = following.lower
        if after not in CLAIM_OPENERS and after not in DETERMINERS:
            return []  # "the Russian claims are false", "U.S. states on Thursday"
    cue, cue_span, cue_last = _cue(words, index, text)
    found: list[Attribution] = []
    subject = subject_before(text, words, index, names)
    if subject is None and lower in PERSONAL_SPEECH_VERBS:
        subject = unlisted_subject(text, words, index)
    if (
        subject is not None
        and lower in COMPLEMENT_VERBS
        and subject[1].profile.kind != "document"
        and not _complement_follows(words, index, subject[0])
    ):
        return []  # "the EU maintains current quotas", "state legislative districts"
    if (
        subject is not None
        and lower in AMBIGUOUS_VERBS
        and not _verb_before_mark(words, index, subject[0])
    ):
        return []  # "member states, which …", "the consent of member states."
    if subject is not None and _agrees(verb.lower, subject[1]):
        phrase, description = subject
        found.append(Attribution(description, cue, cue_span, "subject", phrase.start, cue_last))
    elif (before is None or not before.is_word) and not object_cue:
        inverted = _inverted(text, words, cue_last + 1, names)
        if inverted is not None:
            phrase, description = inverted
            found.append(Attribution(description, cue, cue_span, "inverted", index, phrase.end - 1))
    if lower in _HEARER_FORMS:
        found.extend(_hearer(text, words, index, index + 1, names))
    elif found:
        found.extend(_hearer(text, words, index, _medium(words, cue_last + 1), names))
    return found


def _medium(words: Sequence[Token], index: int) -> int:
    """Where the outlet a speaker talked on starts, after the cue: "said on CNN", "said
    in an interview with the BBC", "wrote in The Atlantic"; else past the tokens."""
    if index < len(words) and words[index].lower in MEDIUM_PREPOSITIONS:
        return index + 1
    if index > 0 and words[index - 1].lower == "interview" and next_is(words, index - 1, "with"):
        return index + 1
    return len(words)


def _complement_follows(words: Sequence[Token], index: int, subject: Phrase) -> bool:
    """ "maintained that …", "state: …", "argued, …": what a reported claim opens with.

    At the end of a sentence the claim is before the clause ("Prices will
    fall, the bank agreed."), so a comma or quotation must stand before it.
    """
    if index + 1 >= len(words) or words[index + 1].text in ".!?":
        return subject.start > 0 and not words[subject.start - 1].is_word
    following = words[index + 1]
    return not following.is_word or following.lower in COMPLEMENT_OPENERS


def _verb_before_mark(words: Sequence[Token], index: int, subject: Phrase) -> bool:
    """Whether a word that is as often a plural noun ("states", "reports") is a verb here.

    Before a word it was checked already. Before a colon or a quotation it is
    one ("The Post reports: …", "the report states, “…”"); before a comma it
    is a noun ("member states, which …"); at the end of a sentence a verb only
    after the claim it reports ("Prices will fall, the Post reports.").
    """
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.text in ".!?":
        return subject.start > 0 and not words[subject.start - 1].is_word
    if following.is_word or following.kind == "quote" or following.text == ":":
        return True
    after = words[index + 2] if index + 2 < len(words) else None
    return following.text == "," and after is not None and after.kind == "quote"


def _agrees(verb: str, subject: Description) -> bool:
    """ "advisers state" and "the Post states", not "the president state"."""
    if verb not in BASE_FORMS:  # by the table's column, not the ending: "said", "swore"
        return not (
            verb in AMBIGUOUS_VERBS and subject.profile.plural and subject.anaphor != "pronoun"
        )
    return subject.profile.plural or subject.profile.head in BASE_FORM_PRONOUNS


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
    if phrase is None:
        return []
    description = classify(text, words, phrase, names)
    if description is None:
        return []
    cue_span = Span(words[first].start, words[index - 1].end)
    return [Attribution(description, cue, cue_span, "object", first, phrase.end - 1)]


def _inverted(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """ "…,” said Sen. Ted Cruz, R-Texas": the speaker right after the verb."""
    if index >= len(words) or not words[index].is_word:
        return None
    first = words[index]
    if first.lower in PERSON_PRONOUNS:
        return None
    if first.lower in NOT_SPEAKERS and not next_is(words, index, "of"):
        return None  # "said it", but "said one of the officials"
    if first.lower in RELATIVES or first.lower in PREPOSITIONS or first.lower in STOP_WORDS:
        return None
    phrase = noun_phrase(words, index, len(words), post=True, bounded=True)
    if phrase is None:
        return None
    description = classify(text, words, phrase, names)
    if description is None:
        return None
    return phrase, with_apposition(text, words, phrase, description)


def _participle(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "comments by Wendell Price saying that": the phrase just before the participle."""
    if words[index - 1].text == ",":  # "the minister defended the plan, saying …"
        subject = clause_subject(text, words, names)
    else:
        subject = longest_suffix(text, words, segment_start(words, index), index, names)
    if subject is not None and subject[1].profile.kind == "document":
        sender = clause_subject(text, words, names)  # "The group … sent a letter stating"
        if sender is not None and sender[1].profile.kind != "document":
            subject = sender
    if subject is None:
        return []
    phrase, description = subject
    verb = words[index]
    return [
        Attribution(
            description, verb.text, Span(verb.start, verb.end), "subject", phrase.start, index
        )
    ]


def headline_clause(
    text: str, doc: Document, span: Span, tokens: Sequence[Token], names: NameIndex
) -> Attribution | None:
    """ "Orbit's Halvorsen: If the board picks Lund …": the speaker of a headline."""
    paragraph = doc.paragraphs[doc.paragraph_index(span.start)] if doc.paragraphs else None
    if paragraph is None or paragraph.start != span.start:
        return None
    colon = next((i for i, t in enumerate(tokens[:7]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return None
    phrase = noun_phrase(tokens, 0, colon, post=False)
    if phrase is None or phrase.end != colon:
        return None
    description = classify(text, tokens, phrase, names)
    if description is not None and description.profile.kind == "anonymous" and description.anaphor:
        # "Judge: “I Will Not …”" over "Judge Ines Varga said …": the title's holder
        holder = names.holder_of(description.profile.head, span.start, ahead=True)
        if holder is not None:
            person = attrs.evolve(description.profile, kind="person", title=holder.title)
            description = attrs.evolve(description, name=holder.full, profile=person, anaphor=None)
    if description is None or description.profile.kind not in {"person", "organization", "outlet"}:
        return None
    cue = tokens[colon]
    return Attribution(description, ":", Span(cue.start, cue.end), "subject", 0, colon)
