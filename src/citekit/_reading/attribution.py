"""Attribution clauses: who (a noun phrase) says (a cue) something.

Quotes and sources both read "White House spokesman Carl Woog said", "“…,”
said Sen. Ted Cruz, R-Texas", "Cruz, a Republican, told reporters:",
"according to Reuters", "people familiar with the talks say" and "The
Washington Post states the words of one of the U.S. senior officials". This
module reads such clauses in one *unit* (a sentence, or several when a
quotation runs across their boundary) whose quotations are folded into single
tokens, so that words inside a quotation are never read as the article's own.

A clause is a cue (a speech verb, "according to", "citing", "the words of")
and a noun phrase: before the verb ("Ferreira said"), after it when the verb
follows a quotation or a comma ("…,” said Cruz"), or as its object
("according to Reuters"). A subject may stand a few comma-separated
appositives away ("Hale, the U.S. envoy, said"), and is then the
nearest proper name among them. Each phrase is described by ``classify``:
its kind, the person's name in it, the title and affiliation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
import regex

from .._lexicon.words import (
    AMBIGUOUS_VERBS,
    ANONYMITY_MARKERS,
    ANONYMOUS_PLURALS,
    COMPLEMENT_VERBS,
    CONJUNCTIONS,
    CUE_TAILS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    INFINITIVE_VERBS,
    MALE_WORDS,
    MEDIA_NOUNS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NOT_PERSON_NOUNS,
    OBJECT_CUES,
    ORGANIZATION_HEADS,
    ORGANIZATION_NAMES,
    OUTLET_ANAPHORS,
    OUTLET_WORDS,
    OUTLETS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSONAL_SPEECH_VERBS,
    PLACES,
    POSTMODIFIER_ADJECTIVES,
    PREDETERMINERS,
    PREPOSITIONS,
    RELATIVES,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STOP_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    VERB_PREFIXES,
)
from .._records import SourceKind, Span
from .names import (
    PERSONAL_TITLES,
    NameIndex,
    OutletMention,
    is_person_name,
    is_titleish,
    long_name_start,
    trie,
)

TokenKind = Literal["word", "punct", "dash", "quote"]
Role = Literal["subject", "inverted", "object", "hearer"]

# A word, with the inner dots, apostrophes and hyphens of "U.S", "al-Qaeda’s",
# "Factcheck.example" and the closing apostrophe of a plural possessive
# ("Kansas’ Whitaker"), but not the full stop of two sentences glued
# together ("context.Then"); then the punctuation that bounds phrases.
_TOKEN = regex.compile(
    r"""
    (?P<word> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&] | (?<! \p{Ll} ) \. (?= [\p{L}\p{N}] )
                                | \. (?= [\p{Ll}\p{N}] ) | ['’-] (?= [\p{L}\p{N}] ) ){0,60}+
              (?: (?<= [sS] ) ['’] (?= [\s,] ) )? )
    | (?P<punct> [,;:()\[\].!?] )
    | (?P<dash> [—–] | -- | (?<= \s ) - (?= \s ) )
    """,
    regex.VERBOSE,
)
# The same tokens, found faster: a word of letters and digits only, which is
# most words, in one step, and so the word before a lone full stop ("said.",
# "Mr.": the full stop is its own token or, after an abbreviation, the
# word's); any other run of word characters ("U.S.", "al-Qaeda’s") is
# handed to ``_TOKEN``.
_QUICK_TOKEN = regex.compile(
    r"""
    (?P<word> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+ (?! [\p{L}\p{N}\p{M}&.'’-] ) )
    | (?P<stop> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+ (?= \. (?! [\p{L}\p{N}\p{M}&.'’-] ) ) )
    | (?P<punct> [,;:()\[\].!?] )
    | (?P<dash> [—–] | -- | (?<= \s ) - (?= \s ) )
    | (?P<other> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&.'’-]*+ )
    """,
    regex.VERBOSE,
)
# Organisation and outlet names that a noun phrase would break apart: with a
# lower-case word ("Save the Children", "Time magazine"), a capitalised
# function word ("Doctors Without Borders") or an ampersand ("Procter &
# Gamble"). Each is read as one word, unless a possessive follows it.
_FOLDED_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + trie(
        sorted(
            name
            for name in (*ORGANIZATION_NAMES, *OUTLETS)
            if any(
                word == "&"
                or (word.islower() and word not in NAME_PARTICLES | {"of", "for", "and", "in"})
                or (index > 0 and word.lower() in FUNCTION_WORDS and word[:1].isupper())
                for index, word in enumerate(name.split())
            )
        )
    )
    + r")(?![\p{L}\p{N}]|['’]s\b)"
)
# A word that keeps its full stop: an initial ("J."), "U.S.", "Sen.", "Inc.".
_ABBREVIATION = regex.compile(
    r"\p{L}(?:\.\p{L}){0,3}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Cmdr|Sgt|Adm|Prof|Rev|"
    r"Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|No|Dept|Univ|Bros",
)
_DAYS_AND_MONTHS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec
    """.split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_NOUNS = frozenset("month week year night morning afternoon evening weekend day".split())
_ORG_NAMES_LOWER = frozenset(name.lower() for name in ORGANIZATION_NAMES)
_NOT_SPEAKERS = frozenset(
    "it this that which what who there here we i you us them me him one".split()
)
# A party and a state after a lawmaker's name: "R-Texas", "D-Calif."
_PARTY_STATE = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]{1,20}+")
_NUMERALS = frozenset("II III IV VI VII VIII".split())
# "D.C.", "Calif.", "Md.": a place in an apposition ("an analyst in Washington, D.C., told …").
_STATE_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.")
# The place that opens a dateline, in capitals: "OSLO", "NEW", "ST."; and the
# most tokens before its dash ("SAN JUAN, Puerto Rico (Reuters) -").
_DATELINE_PLACE = regex.compile(r"\p{Lu}[\p{Lu}.'’-]{1,30}+")
_MAX_DATELINE = 12
# The most words a speaker phrase or a segment is read over: phrases are
# short, and the bound keeps a sentence without punctuation linear.
_MAX_PHRASE = 40
_VERB_PREFIXES = VERB_PREFIXES - {"on"}
# Participles between a document and its author: "a study published by X".
_AUTHORING = frozenset(
    "written published released issued prepared commissioned conducted compiled produced "
    "funded authored".split()
)
# Endings of nouns for a person who does something: "beekeeper", "surveyor",
# "florist", "librarian", "saboteur", "trainee".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "eur", "ee")
# Words that open what a verb reports: "states that …", "shares how …".
_CLAIM_OPENERS = frozenset(
    "that how what why when where whether who which if he she they it we i you there".split()
)
_CUE_TAIL_STARTS = frozenset(tail[0] for tail in CUE_TAILS)
_CLAUSE_OPENERS = FUNCTION_WORDS - PERSON_PRONOUNS.keys()
_PARTICLES = frozenset("for on off up out back in".split())
_PLURAL_PRONOUNS = frozenset({"they", "some", "others", "many", "several", "most", "both"})
_POSSESSIVES = ("’s", "'s", "s’", "s'")
# Words that open a new clause inside what looked like one phrase: "… in
# May that she would appeal … but she said".
_CLAUSE_BREAKERS = frozenset("but yet he she they it we i".split())
_TITLE_EDGES = frozenset(
    "former senior top chief deputy assistant acting interim vice executive lead longtime "
    "veteran majority minority republican democratic democrat then-president of for and".split()
)
_NAME_CONNECTORS = frozenset({"of", "for", "and", "in"}) | NAME_PARTICLES
# The participles whose source follows "by": "as reported by the BBC".
_BY_CUES = frozenset({"reported", "published"})
# Every word that may be a cue: the clause reader looks no further at the rest.
_CUE_WORDS = (
    frozenset({"according", "words", "by"}) | OBJECT_CUES | SPEECH_PARTICIPLES | SPEECH_VERBS
)
#: The words that open a clause ``read_clauses`` may find, in any case: a
#: unit holding none of them holds no clause. "by" is not among them, as it
#: cues only after one of ``_BY_CUES`` ("published by"), which are.
CUE_OPENERS = (_CUE_WORDS - {"by"}) | _BY_CUES
# The words that open a relative clause after a phrase's head ("officials who …").
_RELATIVE_OPENERS = frozenset({"who", "whose", "that", "which"})


class Token:
    """A word, a punctuation mark, a dash, or a whole quotation, with its offsets.

    Tokens are the reading's bulk, so each keeps little: its end is computed
    from its start and text rather than stored, as it is read seldom.
    ``is_word`` and ``lower`` are read for nearly every token, so they are
    stored (``lower`` as the same string as ``text`` when the word is in
    lower case already).
    """

    __slots__ = ("is_word", "kind", "lower", "start", "text")

    def __init__(self, text: str, start: int, kind: TokenKind) -> None:
        self.text = text
        self.start = start
        self.kind: TokenKind = kind
        lower = text.lower()
        self.lower = text if lower == text else lower  # one string for "said"
        self.is_word = kind == "word"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


@attrs.frozen
class Phrase:
    """A noun phrase: tokens ``[start, end)``, whose head is the token at ``head``."""

    start: int
    head: int
    end: int


@attrs.frozen
class Description:
    """What a speaker phrase is: its kind, name, and for a person title and affiliation.

    ``name`` is the person's name without title ("Carl Woog") or the phrase as
    written ("one of the U.S. senior officials", "the Pentagon"); ``anaphor``
    says how it refers back: "pronoun", "outlet" ("the publication"),
    "definite" ("the official", "the association"), "surname" (one word that
    may be a person's surname), or None. ``confident`` is false for a lone
    capitalised word that names no one the article introduced ("Brightloom"),
    taken for an organisation.
    """

    name: str
    span: Span
    kind: SourceKind
    head: str
    title: str | None = None
    affiliation: str | None = None
    reason: str | None = None
    anaphor: str | None = None
    plural: bool = False
    gender: str | None = None
    confident: bool = True
    place: bool = False


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


# ------------------------------------------------------------------ tokens


def tokenize(text: str, span: Span, quoted: Sequence[Span]) -> list[Token]:
    """The unit's tokens, each quotation in ``quoted`` (outer spans) folded into one."""
    found: list[Token] = []
    position = span.start
    for outer in quoted:
        if outer.start > position:
            found.extend(_tokens(text, position, min(outer.start, span.end)))
        if outer.end > outer.start and outer.start >= span.start:
            found.append(Token(text[outer.start : outer.end], outer.start, "quote"))
        position = max(position, outer.end)
    if span.end > position:
        found.extend(_tokens(text, position, span.end))
    return found


def _tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, each known name in ``_FOLDED_NAME`` one word."""
    found: list[Token] = []
    position = start
    for name in _FOLDED_NAME.finditer(text, start, end):
        found.extend(_plain_tokens(text, position, name.start()))
        found.append(Token(name.group(), name.start(), "word"))
        position = name.end()
    found.extend(_plain_tokens(text, position, end))
    return found


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    found: list[Token] = []
    skip_to = -1
    for match in _QUICK_TOKEN.finditer(text, start, end):
        first, last = match.span()
        kind = match.lastgroup
        if kind == "word":
            found.append(Token(text[first:last], first, "word"))
        elif kind == "stop":
            word = text[first:last]
            if _ABBREVIATION.fullmatch(word):
                word += "."
                skip_to = last + 1  # the full stop belongs to the abbreviation
            found.append(Token(word, first, "word"))
        elif kind == "other":
            skip_to = _inner_tokens(text, first, last, end, found, skip_to)
        elif first >= skip_to:
            found.append(Token(text[first:last], first, _mark_kind(kind)))
    return found


def _inner_tokens(
    text: str, start: int, stop: int, end: int, found: list[Token], skip_to: int
) -> int:
    """The tokens of a run of word characters and ``.'’-`` that ``_TOKEN`` splits.

    They go to ``found``; returns where the next token may start (past the
    full stop an abbreviation takes). ``_TOKEN`` may look one character past
    the run, never further.
    """
    for match in _TOKEN.finditer(text, start, min(stop + 1, end)):
        first, last = match.span()
        if first >= stop:
            break
        kind = match.lastgroup
        if kind == "word":
            word = text[first:last]
            if last < end and text[last] == "." and _ABBREVIATION.fullmatch(word):
                last += 1
                word += "."
                skip_to = last  # the full stop belongs to the abbreviation
            found.append(Token(word, first, "word"))
        elif first >= skip_to:
            found.append(Token(text[first:last], first, _mark_kind(kind)))
    return skip_to


def _mark_kind(group: str | None) -> TokenKind:
    return "punct" if group == "punct" else "dash"


# ------------------------------------------------------------------ clauses


def read_clauses(text: str, words: Sequence[Token], names: NameIndex) -> list[Attribution]:
    """Every attribution clause in one unit's tokens, in text order."""
    found: list[Attribution] = []
    for index, token in enumerate(words):
        lower = token.lower
        if lower not in _CUE_WORDS or not token.is_word:
            continue
        if lower == "according" and _next_is(words, index, "to"):
            found.extend(_object(text, words, index, index + 2, "according to", names))
        elif (
            lower == "words" and _previous_is(words, index, "the") and _next_is(words, index, "of")
        ):
            found.extend(_object(text, words, index - 1, index + 2, "the words of", names))
        elif lower == "by" and index > 0 and words[index - 1].lower in _BY_CUES:
            cue = f"{words[index - 1].text} by"
            found.extend(_object(text, words, index - 1, index + 1, cue, names))
        elif lower in OBJECT_CUES:
            found.extend(_object(text, words, index, index + 1, token.text, names))
            if lower in {"quoted", "cited"}:
                found.extend(_verb(text, words, index, names, object_cue=True))
        elif lower in SPEECH_PARTICIPLES and index > 0 and words[index - 1].text != ".":
            found.extend(_participle(text, words, index, names))
        elif lower in SPEECH_VERBS and token.text[:1].islower():
            found.extend(_verb(text, words, index, names))
    found.sort(key=lambda a: (a.speaker.span.start, a.cue_span.start))
    return found


def _next_is(words: Sequence[Token], index: int, word: str) -> bool:
    return index + 1 < len(words) and words[index + 1].lower == word


def _previous_is(words: Sequence[Token], index: int, word: str) -> bool:
    return index > 0 and words[index - 1].lower == word


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
        if before.lower in {"was", "were", "is", "are", "be", "been", "being"}:
            return []  # "employees were told": passive
        if before.lower.endswith(("’s", "'s")):
            return []  # "Trump’s remarks"
    if lower in INFINITIVE_VERBS and (
        _next_is(words, index, "to") or _next_is(words, index, "not")
    ):
        return []  # "promised to act", "asked not to be named"
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.is_word:
        if lower in {"added", "adds", "add"} and (
            following.text[:1].isdigit() or following.lower in {"a", "an", "the"}
        ):
            return []  # "Mensah added 25 points", "the court added a second case"
        if following.lower == "by" and not object_cue:
            return []  # "A post shared by …": a participle, its subject after "by"
        if lower in {"called", "calls"} and following.lower in _PARTICLES:
            return []  # "called for talks", "called on Congress to act"
        if (lower, following.lower) in {("accused", "of"), ("charged", "with")}:
            return []  # "companies accused of helping …": the accused, not the accuser
    if lower in AMBIGUOUS_VERBS and following is not None and following.is_word:
        after = following.lower
        if after not in _CLAIM_OPENERS and after not in DETERMINERS:
            return []  # "the Russian claims are false", "U.S. states on Thursday"
    cue, cue_span, cue_last = _cue(words, index, text)
    found: list[Attribution] = []
    subject = _subject_before(text, words, index, names)
    if subject is None and lower in PERSONAL_SPEECH_VERBS:
        subject = _unlisted_subject(text, words, index)
    if (
        subject is not None
        and lower in COMPLEMENT_VERBS
        and subject[1].kind != "document"
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
    if lower in {"told", "tells", "tell"}:
        found.extend(_hearer(text, words, index, index + 1, names))
    elif found:
        found.extend(_hearer(text, words, index, _medium(words, cue_last + 1), names))
    return found


def _medium(words: Sequence[Token], index: int) -> int:
    """Where the outlet a speaker talked on starts, after the cue: "said on CNN", "said
    in an interview with the BBC", "wrote in The Atlantic"; else past the tokens."""
    if index < len(words) and words[index].lower in {"on", "to", "in"}:
        return index + 1
    if index > 0 and words[index - 1].lower == "interview" and _next_is(words, index - 1, "with"):
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
    return not following.is_word or following.lower in {"that", "he", "she", "they", "it"}


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
    base_form = not verb.endswith(("s", "ed")) and verb not in {
        "said", "told", "wrote", "read", "found", "shown", "sang",
    }  # fmt: skip
    if not base_form:
        return not (verb in AMBIGUOUS_VERBS and subject.plural and subject.anaphor != "pronoun")
    return subject.plural or subject.head in {"they", "we", "i", "you"}


def _hearer(
    text: str, words: Sequence[Token], index: int, start: int, names: NameIndex
) -> list[Attribution]:
    """ "told CNN", "said on Fox News Sunday": the outlet a speaker talked to is a source
    too. ``index`` is the verb's token, ``start`` the outlet's first."""
    phrase = noun_phrase(words, start, len(words), post=False)
    if phrase is None:
        return []
    description = classify(text, words, phrase, names)
    if description is None or description.kind != "outlet" or description.anaphor:
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
    if first.lower in _NOT_SPEAKERS and not _next_is(words, index, "of"):
        return None  # "said it", but "said one of the officials"
    if first.lower in RELATIVES or first.lower in PREPOSITIONS or first.lower in STOP_WORDS:
        return None
    phrase = noun_phrase(words, index, len(words), post=True, bounded=True)
    if phrase is None:
        return None
    description = classify(text, words, phrase, names)
    if description is None:
        return None
    return phrase, _with_apposition(text, words, phrase, description)


def _participle(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "comments by Wendell Price saying that": the phrase just before the participle."""
    if words[index - 1].text == ",":  # "the minister defended the plan, saying …"
        subject = clause_subject(text, words, names)
    else:
        subject = _longest_suffix(text, words, _segment_start(words, index), index, names)
    if subject is not None and subject[1].kind == "document":
        sender = clause_subject(text, words, names)  # "The group … sent a letter stating"
        if sender is not None and sender[1].kind != "document":
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


# ------------------------------------------------------------------ subjects


def _segment_start(words: Sequence[Token], end: int) -> int:
    """Where the run of words ending at ``end`` starts, looking back a phrase's length."""
    start = end
    floor = max(0, end - _MAX_PHRASE)
    while start > floor and words[start - 1].is_word:
        start -= 1
    return start


def _skip_prefixes(words: Sequence[Token], index: int) -> int:
    """The index just after a subject: before "also", "has", "last month", "on Tuesday"."""
    end = index
    while end > max(0, index - 9) and words[end - 1].is_word and _is_prefix(words, end - 1, index):
        end -= 1
    return end


def _is_prefix(words: Sequence[Token], position: int, verb: int) -> bool:
    """Whether the word at ``position`` stands between a subject and its verb at ``verb``.

    Adverbs and auxiliaries are lower-case words ("also", "has", "publicly"):
    a capitalised "Daly" or "Connolly" is a surname. A weekday is always a
    time ("Trump Monday said"), but a month right after a given name is a
    surname ("Laura March said"), not a date ("Ruiz last May said").
    """
    word = words[position]
    lower = word.lower
    if lower in _WEEKDAYS:
        return True
    if lower in _DAYS_AND_MONTHS:
        before = words[position - 1] if position > 0 else None
        return before is None or not (before.is_word and _continues_phrase(before))
    if not word.text[:1].islower():
        return False
    if lower == "on":
        return position + 1 < verb and words[position + 1].lower in _DAYS_AND_MONTHS
    adverb = lower.endswith("ly") and len(lower) > 4 and lower not in {"family", "ally"}
    return adverb or lower in _VERB_PREFIXES


def _subject_before(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The verb's subject: the phrase before it, or a name a few appositives back."""
    end = _skip_prefixes(words, index)
    if index - end > 8:
        return None  # no subject is this far from its verb
    if end > 0 and words[end - 1].lower in RELATIVES and end - 1 > _segment_start(words, end):
        end -= 1  # "a blog post that said": the relative's antecedent
    segments: list[tuple[int, int]] = []
    stop = end
    for _ in range(7):
        start = _segment_start(words, stop)
        segments.append((start, stop))
        if start == 0 or words[start - 1].kind == "quote" or words[start - 1].text in ":;.!?()":
            break
        if words[start - 1].is_word:
            break  # cut at _MAX_PHRASE words, not at a comma: no appositive before it
        stop = start - 1
    first_start, first_end = segments[0]
    nearest = (
        _longest_suffix(text, words, first_start, first_end, names)
        if first_end > first_start
        else None
    )
    if nearest is not None and not _is_apposition(words, nearest[0]):
        return nearest
    wholes = [_whole(text, words, start, stop, names) for start, stop in segments[1:]]
    candidates = [
        w for w in wholes if w is not None and not _is_apposition(words, w[0]) and not w[1].place
    ]
    for accept in (_is_person, _is_proper, _is_any):
        for phrase, description in candidates:
            if accept(words, phrase, description):
                return phrase, _with_apposition(text, words, phrase, description)
    if nearest is not None:
        return nearest
    for whole in wholes:  # "An official, who spoke on condition of anonymity, said"
        if (
            whole is not None
            and not whole[1].place
            and words[whole[0].start].lower not in RELATIVES
        ):
            return whole
    if first_end - first_start == 1 and all(
        words[i].lower in CONJUNCTIONS for i in range(first_start, first_end)
    ):
        return clause_subject(text, words, names)  # "She …, but said …"
    return None


def _unlisted_subject(
    text: str, words: Sequence[Token], index: int
) -> tuple[Phrase, Description] | None:
    """A person or people named by a noun the lexicon does not list, before a speech verb.

    "A local beekeeper said", "The surveyor told": a determiner, modifiers and
    a singular noun that ends like a noun for a person ("-er", "-or", "-ist")
    is an anonymous source; "Medics said", "Stallholders told": a bare plural
    is a group. The phrase must open its clause and stand right before the
    verb; nouns for texts ("the order says", "rules say") are never read so.
    """
    end = _skip_prefixes(words, index)
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
    written = _written(text, words, phrase)
    if plural:
        if determiner and words[start].lower not in {"the", "some", "many", "several"}:
            return None
        return phrase, Description(written, span, "group", lower, plural=True)
    if not determiner or not lower.endswith(_AGENT_ENDINGS):
        return None
    definite = words[start].lower in {"the", "this", "that"}
    description = Description(
        written, span, "anonymous", lower, reason=anonymity_reason(text, span),
        anaphor="definite" if definite else None,
    )  # fmt: skip
    return phrase, description


def _unlisted_noun(word: Token) -> bool:
    """A lower-case noun no word list names: "beekeeper", "stallholders"."""
    lower = word.lower
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
        and not word.lower.endswith(_POSSESSIVES[:2])
        and _is_modifier_word(word)
    )


def _is_person(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return description.kind == "person" and description.anaphor != "pronoun"


def _is_proper(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return words[phrase.head].text[:1].isupper()


def _is_any(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return True


def _longest_suffix(
    text: str, words: Sequence[Token], start: int, end: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    for first in range(_phrase_floor(words, max(start, end - 25), end), end):
        if first > start and words[first - 1].is_word and _continues_phrase(words[first - 1]):
            continue  # a suffix of a phrase is no phrase: "Wendell Price", not "Price"
        found = _whole(text, words, first, end, names)
        if found is not None:
            return found
    return None


def _phrase_floor(words: Sequence[Token], start: int, end: int) -> int:
    """The first index in ``[start, end)`` a phrase ending at ``end`` may start at.

    No phrase runs over a lower-case speech verb ("Woog said Lund said"), but
    for a relative clause ("people who said …"): without one, the phrases
    that start before the last such verb are not tried, which keeps a text
    dense with clauses to one phrase reading per verb.
    """
    for index in range(end - 1, start - 1, -1):
        if _stops_phrase(words[index]):
            if any(w.lower in _RELATIVE_OPENERS for w in words[start:index]):
                return start
            return index + 1
    return start


def _stops_phrase(word: Token) -> bool:
    """A word that ends every phrase but a relative clause: a lower-case speech verb."""
    lower = word.lower
    return (
        lower in SPEECH_VERBS
        and word.is_word
        and word.text[:1].islower()
        and lower not in TITLE_MODIFIERS
        and lower not in PREPOSITIONS
        and lower not in POSTMODIFIER_ADJECTIVES
        and lower not in _NAME_CONNECTORS
    )


def _continues_phrase(word: Token) -> bool:
    return word.text[:1].isupper() and word.lower not in FUNCTION_WORDS


def _whole(
    text: str, words: Sequence[Token], start: int, end: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The phrase that is exactly ``words[start:end]``, described, or None."""
    phrase = noun_phrase(words, start, end, post=True)
    if phrase is None or phrase.end != end:
        return None
    if any(w.lower in _CLAUSE_BREAKERS for w in words[phrase.head + 1 : phrase.end]):
        return None
    description = classify(text, words, phrase, names)
    if description is None:
        return None
    return phrase, description


def _is_apposition(words: Sequence[Token], phrase: Phrase) -> bool:
    """ "a spokesperson for X", "who once ran the FBI", "24", "president of X"."""
    first = words[phrase.start]
    lower = first.lower
    return (
        lower in {"a", "an", "another", "also"}
        or lower in RELATIVES
        or first.text.isdigit()
        or (first.text[:1].islower() and lower in PERSON_NOUNS and phrase.head == phrase.start)
    )


def clause_subject(
    text: str, words: Sequence[Token], names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The noun phrase that opens a unit and is followed by a verb.

    "The Pentagon rejected …", "On Tuesday, the chairman blasted …": the
    subject that a quotation inside the sentence is attributed to when no
    clause names its speaker.
    """
    for start in _clause_starts(words):
        phrase = noun_phrase(words, start, len(words), post=True, bounded=True)
        if phrase is None or phrase.end >= len(words):
            continue
        after = phrase.end
        while after + 1 < len(words) and (
            words[after].lower in _VERB_PREFIXES
            or words[after].lower in _DAYS_AND_MONTHS
            or (words[after].lower == "on" and words[after + 1].lower in _DAYS_AND_MONTHS)
        ):
            after += 1  # "the minister on Monday defended", "Trump last week said"
        apposition = None
        if words[after].text == ",":
            # "The group, Rideshare Workers United, formed …": past the apposition
            closing = next(
                (i for i in range(after + 1, min(len(words), after + 14)) if not words[i].is_word),
                None,
            )
            if closing is None or words[closing].text != "," or closing + 1 >= len(words):
                continue
            apposition = (after + 1, closing)
            after = closing + 1
        following = words[after]
        if not following.is_word or not following.text[:1].islower():
            continue
        if following.lower in PREPOSITIONS or following.lower in CONJUNCTIONS:
            continue
        description = classify(text, words, phrase, names)
        if description is not None and apposition is not None:
            named = _named_in_apposition(text, words, phrase, description, apposition, names)
            if named is not None:
                return named
        if description is not None:
            return phrase, description
    return None


def _named_in_apposition(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    description: Description,
    apposition: tuple[int, int],
    names: NameIndex,
) -> tuple[Phrase, Description] | None:
    """ "A government spokesman, Tomas Ekwe, rejected …": the person the role is.

    The name between the commas is the subject, with the role as its title,
    so that a later "he said" finds him.
    """
    if description.kind != "anonymous":
        return None
    first, stop = apposition
    inner = noun_phrase(words, first, stop, post=False)
    if inner is None or inner.start != first or inner.end != stop:
        return None
    person = classify(text, words, inner, names)
    if person is None or person.kind != "person" or " " not in person.name:
        return None
    role = [w for w in words[phrase.start : phrase.head + 1] if w.lower not in DETERMINERS]
    title = text[role[0].start : role[-1].end] if role else None
    gender = person.gender or description.gender
    return inner, attrs.evolve(person, title=person.title or title, gender=gender)


def _clause_starts(words: Sequence[Token]) -> list[int]:
    """Where the unit's clause may open: its start, after an opener ("On Tuesday, …")."""
    first = _after_dateline(words)
    starts = [first]
    if first < len(words) and words[first].is_word and words[first].lower in _CLAUSE_OPENERS:
        starts.append(first + 1)
        for index in range(first, min(len(words), first + 15)):
            if words[index].text == ",":
                starts.append(index + 1)
                break
    return starts


def _after_dateline(words: Sequence[Token]) -> int:
    """The first token after a dateline that opens the unit, else 0.

    A dateline is a place in capitals, maybe a region and an agency in
    brackets, and a dash: "OSLO (Reuters) - …", "LYON, France — …".
    """
    if not words or not _DATELINE_PLACE.fullmatch(words[0].text):
        return 0
    for index in range(1, min(len(words), _MAX_DATELINE)):
        word = words[index]
        if word.kind == "dash":
            return index + 1
        if word.kind == "quote" or word.text in ".;:!?":
            return 0
    return 0


# ------------------------------------------------------------------ phrases


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
    pronoun = words[index].lower in PERSON_PRONOUNS or words[index].lower in _PLURAL_PRONOUNS
    if pronoun and (index + 1 >= limit or not _is_modifier_word(words[index + 1])):
        return Phrase(index, index, index + 1)
    if (
        words[index].lower in PREDETERMINERS
        and _next_is(words, index, "of")
        and index + 2 < limit
        and words[index + 2].lower in DETERMINERS
    ):
        index += 2  # "one of the U.S. senior officials"
    if index < limit and words[index].is_word and words[index].lower in DETERMINERS:
        index += 1
    head = None
    possessive = None
    seen_noun = False
    unknown = 0
    position = index
    limit = min(limit, index + _MAX_PHRASE)
    while position < limit:
        word = words[position]
        if word.text == "(" and position + 2 < limit and words[position + 2].text == ")":
            position += 3  # "Coach (Tom) Brandt", "Inc (ORB.N) CEO"
            continue
        if not word.is_word:
            break
        if _connects(words, position, limit) or _coordinates(words, position, limit, seen_noun):
            position += 1
            continue
        if not _is_modifier_word(word, after_noun=seen_noun):
            break
        if seen_noun and word.text[:1].islower() and not _noun_ahead(words, position, limit):
            break  # "Inflation hits Retail …": a verb, not a modifier
        if word.text[:1].islower() and not is_nominal(word) and word.lower not in TITLE_MODIFIERS:
            unknown += 1
            if unknown > 2 and not (possessor and possessive is not None):
                return None  # "The new limits curb private flights": a clause
        if is_nominal(word):
            head = position
            seen_noun = True
        elif word.lower.endswith(_POSSESSIVES):
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
    end = head + 1
    if post and end < limit:
        end = _postmodifiers(words, end, limit, bounded=bounded)
    return Phrase(start, head, end)


def _coordinates(words: Sequence[Token], index: int, limit: int, seen_noun: bool) -> bool:
    """ "the Democratic chair and ranking Republican": "and" between two noun phrases."""
    if words[index].lower != "and" or not seen_noun or index + 1 >= limit:
        return False
    following = words[index + 1]
    if not following.is_word:
        return False
    return (
        following.lower in {"the", "a", "an", "his", "her", "their", "its"}
        or following.lower in TITLE_MODIFIERS
        or (following.text[:1].isupper() and following.lower not in FUNCTION_WORDS)
        or is_nominal(following)
    )


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
            if not _is_modifier_word(word, after_noun=True):
                return False
    return False


def _connects(words: Sequence[Token], index: int, limit: int) -> bool:
    """ "Department of Justice", "Russian and Syrian", "de la Vega": a word inside a name."""
    lower = words[index].lower
    if lower not in _NAME_CONNECTORS:
        return False
    if index == 0 or index + 1 >= limit:
        return False
    before, after = words[index - 1], words[index + 1]
    if not (before.is_word and after.is_word):
        return False
    if lower in NAME_PARTICLES:
        return after.text[:1].isupper() or after.lower in NAME_PARTICLES
    return (
        before.text[:1].isupper() and after.text[:1].isupper() and after.lower not in FUNCTION_WORDS
    )


def _is_modifier_word(word: Token, *, after_noun: bool = False) -> bool:
    """A word that may stand inside a noun phrase before its head ends it."""
    lower = word.lower
    if not word.is_word:
        return False
    if word.text[:1].isupper() or word.text[:1].isdigit():
        return lower not in FUNCTION_WORDS or lower in {"the"}
    if lower in TITLE_MODIFIERS and lower in SPEECH_VERBS:
        return True  # "The Texas state attorney general"
    if (
        lower in STOP_WORDS
        or lower in PREPOSITIONS
        or lower in RELATIVES
        or lower in CONJUNCTIONS
        or lower in FUNCTION_WORDS
        or lower in DETERMINERS
        or lower in PERSON_PRONOUNS
        or lower in POSTMODIFIER_ADJECTIVES
        or lower in SPEECH_VERBS
        or lower in SPEECH_PARTICIPLES
        or lower in OBJECT_CUES
    ):
        return False
    if is_nominal(word):
        return True
    if after_noun and lower.endswith(("ed", "ing")):
        return False  # "members leaving the session", "a person briefed on"
    return not lower.endswith("ly") or len(lower) <= 4


def is_nominal(word: Token) -> bool:
    """A word that can head a speaker phrase: a name, a role, a group, an institution."""
    lower = word.lower
    if word.text[:1].isupper():
        return (
            not lower.endswith(_POSSESSIVES)
            and lower not in FUNCTION_WORDS
            and not any(map(str.isdigit, word.text))
        )
    return (
        lower in PERSON_NOUNS
        or lower in GROUP_NOUNS
        or lower in ORGANIZATION_HEADS
        or lower in DOCUMENT_NOUNS
        or lower in OUTLET_ANAPHORS
        or lower in MEDIA_NOUNS
        or is_plural_person(lower)
        or (lower.endswith("s") and (lower[:-1] in ORGANIZATION_HEADS or lower == "groups"))
    )


def is_plural_person(lower: str) -> bool:
    """ "entrepreneurs", "challengers", "senators": plural nouns for people."""
    if lower in GROUP_NOUNS:
        return True
    if lower.endswith("ies"):
        return False
    if lower.endswith("s") and lower[:-1] in PERSON_NOUNS:
        return True
    return lower.endswith(("ers", "ors", "ists", "ians", "ants", "ents", "eurs", "ees")) and (
        lower not in DOCUMENT_NOUNS and lower not in ORGANIZATION_HEADS
    )


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
            if position + 1 < limit and _is_time(words, position + 1, limit):
                break  # "an official on Tuesday": a time, not a modifier
            inner = _object_end(words, position + 1, limit)
            if inner is None:
                break
            position = end = inner
        elif lower in POSTMODIFIER_ADJECTIVES or (
            lower.endswith(("ed", "ing"))
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
        elif lower in {"who", "whose"} or (
            lower in {"that", "which"} and not bounded and words[index - 1].text[:1].islower()
        ):
            if position + 1 >= limit:
                break  # "a post that said": the relative pronoun is the verb's
            clause_end = position + 1
            while (
                clause_end < limit
                and words[clause_end].is_word
                and words[clause_end].lower not in _CLAUSE_BREAKERS
                and not _ends_relative(words, position, clause_end)
            ):
                clause_end += 1
            if bounded:
                return min(clause_end, position + budget)
            return limit if clause_end >= limit else end
        else:
            break
    return end


def _ends_relative(words: Sequence[Token], relative: int, index: int) -> bool:
    """Whether the speech verb at ``index`` is the main clause's, after a relative clause.

    "a passenger who was on the bus on Monday said …" ends at "said"; the
    relative's own verbs do not end it: "who said", "who feared … and asked
    not to be named".
    """
    word = words[index]
    if index <= relative + 1 or word.lower not in SPEECH_VERBS:
        return False
    if words[index - 1].lower in CONJUNCTIONS:
        return False
    return not (
        word.lower in INFINITIVE_VERBS
        and index + 1 < len(words)
        and words[index + 1].lower in {"to", "not"}
    )


def _verb_after_name(words: Sequence[Token], index: int, limit: int) -> bool:
    """A lower-case word after a name that a lower-case word follows: a verb.

    "challengers in Vermont take aim at …" ends the phrase at "take"; "sources
    in the Hadiya camp told …" keeps "camp", which ends its clause.
    """
    word = words[index]
    if not word.text[:1].islower() or not words[index - 1].text[:1].isupper():
        return False
    if is_nominal(word) or index + 1 >= limit:
        return False
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
    index = start
    limit = min(limit, start + _MAX_PHRASE)
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
        if index > first and (lower in DETERMINERS or _verb_after_name(words, index, limit)):
            break  # "the Senate committee both blasted", "in Vermont take aim"
        if (
            lower in STOP_WORDS
            or lower in PREPOSITIONS
            or lower in RELATIVES
            or lower in CONJUNCTIONS
            or lower in SPEECH_VERBS
            or lower in SPEECH_PARTICIPLES
            or lower in PERSON_PRONOUNS
            or (lower in _CLAUSE_BREAKERS)
        ):
            break
        index += 1
    return index if index > first else None


def _is_time(words: Sequence[Token], index: int, limit: int) -> bool:
    word = words[index].lower
    if word in _DAYS_AND_MONTHS:
        return True
    return (
        word in {"last", "this", "next"}
        and index + 1 < limit
        and (words[index + 1].lower in _TIME_NOUNS)
    )


# ------------------------------------------------------------------ description


def classify(
    text: str, words: Sequence[Token], phrase: Phrase, names: NameIndex
) -> Description | None:
    """What the phrase names, or None when it names no possible source."""
    core = words[phrase.start : phrase.head + 1]
    head = words[phrase.head]
    lower = head.lower
    span = Span(words[phrase.start].start, words[phrase.end - 1].end)
    written = _written(text, words, phrase)
    reason = anonymity_reason(text, span) if head.text[:1].islower() else None
    if len(core) == 1 and lower in PERSON_PRONOUNS:
        return Description(
            head.text, span, "person", lower, anaphor="pronoun", plural=lower == "they",
            gender=PERSON_PRONOUNS[lower],
        )  # fmt: skip
    if len(core) == 1 and lower in _PLURAL_PRONOUNS:
        return Description(head.text, span, "group", lower, plural=True)
    if len(core) == 1 and lower in _NOT_SPEAKERS:
        return None
    outlet = names.outlet_at(span.start, head.end)
    if (
        outlet is not None
        and (outlet.end >= head.end or lower in DOCUMENT_NOUNS)
        and _opens_name(words, phrase, outlet.start)
        and not _surname_of_someone(outlet, names)
    ):
        # "The Washington Post", "a new Wired report"; not "a VOA reporter"
        return Description(outlet.name, Span(outlet.start, outlet.end), "outlet", lower)
    if (
        _coordinated(core)
        and not any(w.lower in ORGANIZATION_HEADS for w in core)
        and lower not in ORGANIZATION_HEADS
    ):
        return Description(written, span, "group", lower, plural=True)
    if head.text[:1].isupper() and head.text in OUTLET_WORDS and phrase.head > phrase.start:
        return Description(written, span, "outlet", lower)  # "The Daily Ledger reported"
    if head.text[:1].isupper() and not (
        phrase.head == phrase.start and _common(lower) and not names.is_surname(head.text)
    ):
        return _proper(text, words, phrase, names, span, written, reason)
    determiner = words[phrase.start].lower if phrase.start < phrase.head else ""
    definite = determiner in {"the", "this", "that", "these", "those"}
    if lower in OUTLET_ANAPHORS and any(w.text[:1].isupper() for w in core[1:-1]):
        return Description(written, span, "outlet", lower)  # "the Bild newspaper"
    if lower in OUTLET_ANAPHORS and definite and phrase.head - phrase.start <= 2:
        return Description(written, span, "outlet", lower, anaphor="outlet")
    if lower in MEDIA_NOUNS:
        if phrase.head - phrase.start > (1 if determiner in DETERMINERS else 0):
            return Description(written, span, "outlet", lower)  # "Iranian state media"
        return None  # "the media": no one in particular
    if lower in DOCUMENT_NOUNS:
        return _document(text, words, phrase, names, span, written)
    if lower in {"group", "groups"}:
        return Description(written, span, "group", lower, anaphor=_definite(definite, core))
    if lower in ORGANIZATION_HEADS:
        return Description(
            written, span, "organization", lower, anaphor=_definite(definite, core),
            plural=lower.endswith("s"),
        )  # fmt: skip
    if is_plural_person(lower) or lower in ANONYMOUS_PLURALS:
        if lower in ANONYMOUS_PLURALS or reason is not None:
            return Description(
                written, span, "anonymous", lower, reason=reason, plural=True,
                anaphor=_definite(definite, core),
            )  # fmt: skip
        return Description(
            written, span, "group", lower, anaphor=_definite(definite, core), plural=True
        )
    if lower in PERSON_NOUNS:
        named = _named_after_title(text, words, phrase)
        if named is not None:
            return named
        anaphor = "definite" if definite or determiner in {"his", "her", "their", "its"} else None
        return Description(
            written, span, "anonymous", lower, reason=reason, anaphor=anaphor,
            gender=_gender_of(core),
        )  # fmt: skip
    return None


def _opens_name(words: Sequence[Token], phrase: Phrase, start: int) -> bool:
    """Whether no given name stands right before ``start`` in the phrase.

    "Dana Bloomberg", "Rita Fox": a person whose surname is an outlet's
    name; "news agency Interfax", "CIA’s" or a title before it leave it one.
    """
    before = None
    for index in range(phrase.start, phrase.head + 1):
        if words[index].start >= start:
            break
        before = words[index]
    return before is None or not (
        before.is_word
        and _continues_phrase(before)
        and not is_titleish(before.text)
        and not _is_place(before.text)
        and not before.lower.endswith(_POSSESSIVES)
    )


def _surname_of_someone(outlet: OutletMention, names: NameIndex) -> bool:
    """ "Bloomberg said" after "Dana Bloomberg" was named: the person, not the outlet."""
    if " " in outlet.name.removeprefix("The ").removeprefix("the "):
        return False
    person = names.full_name(outlet.name, outlet.start)
    return person is not None and person.start < outlet.start


def _named_after_title(text: str, words: Sequence[Token], phrase: Phrase) -> Description | None:
    """ "city chief of staff Dana Kerr", "director of communications Ana Ruiz": a
    title whose complement the person's name follows, read as the person.

    The head is a title word and the word before the name no person noun: in
    "the lawyer for defendant Ana Ruiz" the name is the defendant's.
    """
    if words[phrase.head].lower not in TITLE_WORDS:
        return None
    end = phrase.end
    start = end
    while start > phrase.head + 1 and words[start - 1].is_word and _name_word(words[start - 1]):
        start -= 1
    if end - start < 2:
        return None
    before = words[start - 1]
    if not before.text[:1].islower() or before.lower in PERSON_NOUNS:
        return None
    if (
        before.lower in PREPOSITIONS
        or before.lower in DETERMINERS
        or before.lower in _NAME_CONNECTORS
    ):
        return None
    name_span = Span(words[start].start, words[end - 1].end)
    name = name_span.of(text)
    if not is_person_name(name):
        return None
    title, affiliation = _title(text, words[phrase.start : start])
    return Description(
        name, name_span, "person", words[end - 1].lower, title=title, affiliation=affiliation,
        gender=_gender_of(words[phrase.start : start]),
    )  # fmt: skip


def _coordinated(core: Sequence[Token]) -> bool:
    """ "Senator Hal Moss and Senator Rita Lang", "the chairman and top Democrat".

    Two phrases of two words or more each; "Smith and Wesson" or "Russian
    and Syrian" join single words inside one name.
    """
    for index, word in enumerate(core):
        if word.lower == "and" and index >= 2 and len(core) - index - 1 >= 2:
            return is_nominal(core[index - 1])
    return False


def _common(lower: str) -> bool:
    """ "Members of the committee", "Officials said": a common noun capitalised by place."""
    if " " in lower:
        return False  # a known name read as one word: "Doctors Without Borders"
    return (
        lower in GROUP_NOUNS
        or lower in ANONYMOUS_PLURALS
        or (lower in PERSON_NOUNS and lower not in PERSONAL_TITLES)
        or lower in DOCUMENT_NOUNS
        or is_plural_person(lower)
    )


def _definite(definite: bool, core: Sequence[Token]) -> str | None:
    """ "the association": an anaphor, unless it carries a name ("the Chilean government")."""
    if definite and not any(w.text[:1].isupper() for w in core[1:]):
        return "definite"
    return None


def _written(text: str, words: Sequence[Token], phrase: Phrase) -> str:
    written = text[words[phrase.start].start : words[phrase.end - 1].end]
    for ending in _POSSESSIVES[:2]:
        written = written.removesuffix(ending)
    return written


def _proper(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    names: NameIndex,
    span: Span,
    written: str,
    reason: str | None,
) -> Description | None:
    """A phrase whose head is a name: a person, an organisation, a place, an outlet.

    The name is the run of capitalised words that ends the phrase, after its
    last title word ("Secretary of State Ada Brennan"); a run joined by
    "of", "for" or "in" names an organisation ("Parents for Safe Streets"),
    unless it ends in a place ("Dale Whitaker of Kansas").
    """
    core = words[phrase.start : phrase.head + 1]
    run_start = len(core)
    while run_start > 0 and (
        _name_word(core[run_start - 1])
        or (
            core[run_start - 1].lower in _NAME_CONNECTORS
            and run_start >= 2
            and _name_word(core[run_start - 2])
        )
    ):
        run_start -= 1
    run = [w for w in core[run_start:] if w.is_word]
    place_after: str | None = None
    if len(run) >= 3 and run[-2].lower == "of" and _is_place(run[-1].text):
        place_after = run[-1].text  # "Dale Whitaker of Kansas"
        run = run[:-2]
    name_start = 0
    for position, word in enumerate(run[:-1]):
        if _is_leading(word):
            name_start = position + 1
    connected = any(w.lower in {"of", "for", "in", "and"} for w in run[name_start:])
    name_words = [w for w in run[name_start:] if not w.text.startswith("(")]
    leading_end = core.index(run[name_start]) if run and name_start < len(run) else len(core)
    leading = [w for w in core[:leading_end] if w.lower not in DETERMINERS and w.is_word]
    joined = " ".join(w.text for w in core if w.lower not in {"the"})
    run_text = " ".join(w.text for w in run)
    head = words[phrase.head].lower
    place = (
        joined in MULTIWORD_PLACES
        or run_text in MULTIWORD_PLACES
        or (len(name_words) == 1 and _is_place(name_words[0].text))
    )
    organization = (
        place
        or connected
        or joined.lower() in _ORG_NAMES_LOWER
        or run_text.lower() in _ORG_NAMES_LOWER
        or any(w.lower in ORGANIZATION_HEADS for w in run[name_start:])
        or any(_is_acronym(w.text) for w in name_words)
        or not name_words
    )
    title, affiliation = _title(text, leading)
    affiliation = affiliation or place_after
    if name_words and all(_is_title_word(w) for w in name_words):
        title_head = name_words[-1].lower
        return Description(written, span, "anonymous", title_head, anaphor="definite")
    if name_words and _names_outlet(leading):
        return Description(written, span, "outlet", head)  # "state news agency KPL"
    if organization:
        if not name_words and leading and any(w.lower in PERSONAL_TITLES for w in leading):
            return None
        return Description(
            written, span, "organization", head, affiliation=affiliation, place=place
        )
    name_words = name_words[long_name_start([w.text for w in name_words]) :]
    name_span = Span(name_words[0].start, name_words[-1].end)
    name = name_span.of(text)
    gender = _gender_of(core)
    if len(name_words) == 1:
        role_before = bool(leading) and (
            leading[-1].lower in PERSONAL_TITLES
            or (leading[-1].text[:1].islower() and leading[-1].lower in PERSON_NOUNS)
        )
        if names.is_surname(name) or role_before:
            return Description(
                name, name_span, "person", head, title=title, affiliation=affiliation,
                anaphor="surname", gender=gender,
            )  # fmt: skip
        if len(name) < 2 or not names.is_proper(name):
            return None  # "See …", "R": no name the article uses
        if name.lower() in _DAYS_AND_MONTHS:
            return None  # "Monday brought more losses": a time, no one
        return Description(
            written, span, "organization", head, affiliation=affiliation, confident=False
        )
    return Description(
        name, name_span, "person", head, title=title, affiliation=affiliation, gender=gender
    )


def _names_outlet(leading: Sequence[Token]) -> bool:
    """ "state news agency KPL", "the broadcaster NHK", "local newspaper Ostsee-Blick":
    a word for an outlet right before the name."""
    if not leading or leading[-1].text[:1].isupper():
        return False
    last = leading[-1].lower
    if last in OUTLET_ANAPHORS or last in MEDIA_NOUNS:
        return True
    return (
        last in {"agency", "service"} and len(leading) > 1 and leading[-2].lower in {"news", "wire"}
    )


def _is_title_word(word: Token) -> bool:
    return word.lower in PERSONAL_TITLES or (word.lower in PERSON_NOUNS and not word.text.isupper())


def _is_place(word: str) -> bool:
    return word in PLACES or word in MULTIWORD_PLACES or bool(_STATE_ABBREVIATION.fullmatch(word))


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word and word not in _NUMERALS


def _is_leading(word: Token) -> bool:
    """A word before a name that is not part of it: a title, "Former", "Blaming"."""
    if word.lower in {"of", "for", "in", "and"}:
        return False
    return is_titleish(word.text.strip("()"))


def _name_word(word: Token) -> bool:
    text = word.text
    if not word.is_word:
        return text in "()"
    if any(map(str.isdigit, text)):
        return False
    return (text[:1].isupper() or word.lower in NAME_PARTICLES) and not (
        word.lower.endswith(("’s", "'s", "s’", "s'"))
    )


def _document(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    names: NameIndex,
    span: Span,
    written: str,
) -> Description:
    """ "a report by the inspector general", "data from Bondwatch", "court filings"."""
    head = words[phrase.head].lower
    for index in range(phrase.head + 1, phrase.end - 1):
        if words[index].lower not in {"from", "by"} or not words[index + 1].text[:1].isupper():
            continue
        if index > phrase.head + 1 and words[index - 1].lower not in _AUTHORING:
            continue  # "a draft seen by The Associated Press": not its author
        inner = noun_phrase(words, index + 1, phrase.end, post=False)
        author = classify(text, words, inner, names) if inner is not None else None
        if author is None:
            continue
        if author.kind == "person" and words[index].lower == "from":
            return Description(written, span, "organization", head)  # "a survey from X"
        return Description(written, span, author.kind, head)
    return Description(written, span, "document", head, plural=head.endswith("s"))


def _title(text: str, leading: Sequence[Token]) -> tuple[str | None, str | None]:
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
        if word.text[:1].isupper() or (run and word.lower in _NAME_CONNECTORS):
            run.append(word)
        else:
            best = run or best
            run = []
    best = run or best
    while best and (best[-1].lower in PERSON_NOUNS or best[-1].lower in _TITLE_EDGES):
        best = best[:-1]
    while best and (best[0].lower in _TITLE_EDGES or best[0].lower in PERSONAL_TITLES):
        best = best[1:]
    affiliation = None
    single = len(best) == 1 and not (_is_acronym(best[0].text) or _is_place(best[0].text))
    if (
        best
        and not single
        and not all(w.lower in NOT_NAME_WORDS or w.lower in TITLE_MODIFIERS for w in best)
    ):
        affiliation = text[best[0].start : best[-1].end].removesuffix("’s").removesuffix("'s")
    return title, affiliation


def _with_apposition(
    text: str, words: Sequence[Token], phrase: Phrase, description: Description
) -> Description:
    """ "Priya Raman, a trade scholar with the Atlantic Policy Institute": title and
    affiliation from the apposition after a person's name."""
    index = phrase.end
    if description.kind != "person" or index + 1 >= len(words) or words[index].text != ",":
        return description
    start = index + 1
    stop = start
    while stop < len(words) and words[stop].is_word:
        stop += 1
    apposition = words[start:stop]
    if len(apposition) == 1 and _PARTY_STATE.fullmatch(apposition[0].text):
        return attrs.evolve(description, affiliation=apposition[0].text)  # "Ted Cruz, R-Texas"
    if description.title is not None:
        return description
    while apposition and apposition[0].lower in DETERMINERS:
        apposition = apposition[1:]
    if not apposition or not any(w.lower in PERSON_NOUNS for w in apposition[:6]):
        return description
    cut = next(
        (i for i, w in enumerate(apposition) if w.lower in {"of", "at", "for", "with"}),
        len(apposition),
    )
    title = text[apposition[0].start : apposition[max(cut, 1) - 1].end]
    affiliation = None
    if cut + 1 < len(apposition):
        rest = apposition[cut + 1 :]
        while rest and rest[0].lower in DETERMINERS:
            rest = rest[1:]
        if rest:
            affiliation = text[rest[0].start : rest[-1].end]
    return attrs.evolve(description, title=title, affiliation=affiliation)


def _gender_of(core: Sequence[Token]) -> str | None:
    for word in core:
        if word.lower in MALE_WORDS:
            return "m"
        if word.lower in FEMALE_WORDS:
            return "f"
    return None


# ------------------------------------------------------------------ anonymity

# "who spoke on condition of anonymity because they were not authorized to …",
# "familiar with", "unnamed": the marker, the verb before it, the reason after.
_ANONYMITY = regex.compile(
    r"(?:(?:who|speaking|spoke|talking|asked|requested)\s+)?"
    + trie(ANONYMITY_MARKERS)
    + r"(?:\s+(?:because|as|since)\s+[^.;,]{1,80}+)?",
    regex.IGNORECASE,
)
_ANONYMITY_MARKERS_LOWER = tuple(marker.lower() for marker in ANONYMITY_MARKERS)


def anonymity_reason(text: str, span: Span) -> str | None:
    """The reason a source is not named, given in its phrase or right after it.

    "two people familiar with the matter", "an official, who spoke on
    condition of anonymity because …": the marker must start inside the
    phrase or within a few words after it, in the same clause.
    """
    window_end = min(len(text), span.end + 160)
    window = text[span.start : window_end].lower()
    if not any(marker in window for marker in _ANONYMITY_MARKERS_LOWER):
        return None  # the marker is the pattern's one required part: no need to search
    match = _ANONYMITY.search(text, span.start, window_end)
    if match is None or match.start() > span.end + 40:
        return None
    if any(mark in text[span.end : match.start()] for mark in ".;:!?"):
        return None
    return match.group().strip(" ,")
