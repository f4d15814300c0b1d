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
import regex

from .._lexicon.documents import DOCUMENT_NOUNS
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
from .._lexicon.people import NOT_SPEAKER_LABELS
from .._lexicon.shares import RATIO_WORDS
from .._lexicon.speech_verbs import (
    ACCUSED_PASSIVES,
    AMBIGUOUS_VERBS,
    BASE_FORMS,
    BY_CUES,
    COMPLEMENT_VERBS,
    COUNTING_VERBS,
    CUE_TAILS,
    DOCUMENT_VERBS,
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
from .._text.patterns import trie
from .._text.segment import Document
from .descriptions import Description, Profile, classify
from .names import NameIndex, is_person_name
from .phrases import Phrase, is_modifier_word, noun_phrase
from .shares import share_phrase
from .subjects import (
    clause_subject,
    longest_suffix,
    segment_start,
    subject_before,
    unlisted_subject,
    with_apposition,
)
from .tokens import POSSESSIVES, Token, next_is, next_kind

Role = Literal["subject", "inverted", "object", "hearer", "signature", "label"]

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
# text finds them all, faster than a case-blind pattern over the text.
CUE_OPENER = regex.compile(r"\b(?:" + trie(sorted(CUE_OPENERS)) + r")\b")


# A transcript's label at the start of a quotation: "“PENCE: …", "“JOHN KING: …".
_LABEL = regex.compile(
    r"""
    [ \t\u00a0]*+
    (?P<label> \p{Lu}[\p{L}.'’-]{1,20}+ (?: [ ]\p{Lu}[\p{L}.'’-]{1,20}+ ){0,2}+ )
    :[ \t\u00a0]
    """,
    regex.VERBOSE,
)

# The dash that signs a quotation with its speaker's name: "“…” ― Pamela Padilla",
# "“…” — Ana Ruiz", "-Michelle Marks, Philadelphia." (a hyphen glued to the name).
_SIGNATURE_DASH = regex.compile(r"[ \t\u00a0]*+[―—–-]{1,2}+[ \t\u00a0]*+")


@attrs.frozen
class Attribution:
    """A speaker phrase, described, and the cue that attributes something to it.

    ``role`` says where the phrase stands: the verb's ``subject`` ("Ferreira
    said"), ``inverted`` after it ("said Ferreira"), the ``object`` of "according
    to" or "citing", the outlet a speaker talked to (``hearer``: "told CNN"), or the
    name a dash signs a quotation with (``signature``: "“…” ― Pamela Padilla"),
    which is a source only as the speaker of the quotation it signs, or the
    label of a transcript's line inside a quotation (``label``: "“PENCE: …”").
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
            if token.text == ":" and not found and next_kind(words, index) == "quote":
                found.extend(_lead_in(text, words, index, names))
            elif token.kind == "quote":
                found.extend(_transcript_label(text, words, index, names))
                if index + 1 < len(words):
                    found.extend(_signature(text, words, index + 1, token.end, names))
            elif index == 0 and (token.is_word or token.kind == "dash"):
                found.extend(_signature(text, words, 0, _line_start(text, token.start), names))
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
        if before.lower == "to" or (
            before.lower in DETERMINERS
            and before.lower not in RELATIVES
            and not (index > 2 and words[index - 2].lower in RATIO_WORDS)  # "two in three said"
        ):
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
    # "the report shows him", "Video of the incident shows him": a document's verb
    after_document = VERB_OF.get(lower) in DOCUMENT_VERBS and any(
        w.lower in DOCUMENT_NOUNS for w in words[max(0, index - 5) : index]
    )
    if lower in AMBIGUOUS_VERBS and following is not None and following.is_word:
        after = following.lower
        if after not in CLAIM_OPENERS and after not in DETERMINERS and not after_document:
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
        and subject[1].profile.head not in DOCUMENT_NOUNS  # "a CBS poll showed"
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
    return phrase, with_apposition(text, words, phrase, description)


def _line_start(text: str, offset: int) -> int:
    """Where the line of ``offset`` starts, if within a few characters: else ``offset``
    (so that a signature's dash is looked for only at the start of a line)."""
    newline = text.rfind("\n", max(0, offset - 8), offset)
    if newline < 0:
        return 0 if offset <= 8 else offset
    return newline + 1


def _signature(
    text: str, words: Sequence[Token], index: int, gap_start: int, names: NameIndex
) -> list[Attribution]:
    """ "“…” ― Pamela Padilla", "“…” ¶ - Bernie Sanders.": the name a dash signs a
    quotation with, after it or opening the next paragraph.

    ``gap_start`` is where the dash may start (the quotation's end, or the
    line's start); only blanks and the dash stand between it and the name, and
    nothing but punctuation follows the name ("-President Obama, tweeting …").
    """
    first = index
    if index < len(words) and words[index].kind == "dash":
        index += 1
        gap_start = words[index - 1].start
    if index >= len(words) or not words[index].text[:1].isupper():
        return []
    if not _SIGNATURE_DASH.fullmatch(text, gap_start, words[index].start):
        return []
    phrase = noun_phrase(words, index, len(words), post=False)
    if phrase is None or (phrase.end < len(words) and words[phrase.end].is_word):
        return []
    description = classify(text, words, phrase, names)
    if description is None or description.anaphor == "pronoun" or description.profile.place:
        return []
    if description.profile.kind == "document" or not description.profile.confident:
        return []
    dash = _SIGNATURE_DASH.match(text, gap_start, words[index].start)
    assert dash is not None
    cue_span = Span(dash.start() + len(dash.group()) - len(dash.group().lstrip()), dash.end())
    cue = cue_span.of(text).strip()
    cue_span = Span(cue_span.start, cue_span.start + len(cue))
    return [Attribution(description, cue, cue_span, "signature", first, phrase.end - 1)]


def _transcript_label(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "“PENCE: Well, the question really should be …”": a transcript's line, whose
    label in capitals names its speaker ("Pence", or the full name the article
    gives: "Mike Pence")."""
    quote = words[index]
    label = _LABEL.match(text, quote.start + 1, quote.end)
    if label is None:
        return []
    written = label.group("label")
    if not written.isupper() or any(w.lower() in NOT_SPEAKER_LABELS for w in written.split()):
        return []  # "“Half Life: Alyx”" is a title
    name = " ".join(w.capitalize() for w in written.split())
    if not is_person_name(name):
        return []
    person = Profile("person", name.split()[-1].lower())
    anaphor = "surname" if " " not in name else None
    span = Span(label.start("label"), label.end("label"))
    colon = Span(span.end, span.end + 1)
    description = Description(name, span, person, anaphor=anaphor)
    return [Attribution(description, ":", colon, "label", index, index)]


def _lead_in(text: str, words: Sequence[Token], colon: int, names: NameIndex) -> list[Attribution]:
    """ "… does not surprise pollster Daron Shaw: “…”": who stands before a colon and a
    quotation, in a sentence with no clause before it, is its speaker.

    A phrase that names no one ("had a warning:", "two words:") gives none,
    nor does a lone capitalised word the article does not explain ("Transcript:"),
    a phrase after a preposition ("happened on his watch:"), or, after a verb,
    a phrase that is not a name ("silenced his former wife:").
    """
    if any(w.lower in SPEECH_VERBS and w.text[:1].islower() for w in words[:colon]):
        return []  # "Trump tweeted at Ana Ruiz:": the clause's, not the one spoken to
    found = longest_suffix(text, words, segment_start(words, colon), colon, names)
    if found is None:
        return []
    phrase, description = found
    profile = description.profile
    if phrase.start > 0 and words[phrase.start - 1].lower in PREPOSITIONS:
        return []  # "happened on his watch:", "by Post’s Kathianne Boniello:"
    if description.anaphor == "pronoun" or profile.place or not profile.confident:
        return []
    named = profile.kind in {"person", "outlet"} or (
        profile.kind == "organization" and description.anaphor is None
    )
    if not named and phrase.start > 0:
        return []  # "had silenced his former wife:": only a name is spoken for after a verb
    cue = words[colon]
    return [Attribution(description, ":", Span(cue.start, cue.end), "subject", phrase.start, colon)]


def _one_of_them(words: Sequence[Token], index: int) -> bool:
    """ "one of the officials", "one former GOP leadership aide": "one" before a phrase."""
    if index + 1 >= len(words) or not words[index + 1].is_word:
        return False
    return words[index + 1].lower == "of" or is_modifier_word(words[index + 1])


def _participle(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "comments by Wendell Price saying that": the phrase just before the participle."""
    if words[index - 1].text == ",":  # "the minister defended the plan, saying …"
        subject = clause_subject(text, words, names)
    else:
        start = segment_start(words, index)
        subject = share_phrase(text, words, start, index) or longest_suffix(
            text, words, start, index, names
        )  # "with 30 percent of voters saying", "comments by Wendell Price saying"
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
