"""Attribution clauses: who (a noun phrase) says (a cue) something.

Quotes and sources both need to read "White House spokesman Carl Woog said",
"said Sen. Ted Cruz", "according to Reuters" and "The Washington Post states
the words of one of the U.S. senior officials". This module reads those
clauses in one sentence and describes the speaker: the name as the article
gives it, its title, and its kind. It is a helper, not a detector: the
quotes and sources detectors call it on the sentences they care about.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from ._lexicon import (
    ANONYMITY_MARKERS,
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANIZATION_HEADS,
    ORGANIZATION_NAMES,
    OUTLET_ANAPHORS,
    OUTLETS,
    PERSON_PRONOUNS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from ._records import SourceKind, Span
from ._segment import Document

# Words, with the punctuation that matters for phrase boundaries kept as
# tokens of their own: "U.S.", "al-Qaeda’s", "Woog", ",", ":".
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*+|[,:;()]")

# Words that may sit inside a name or a speaker description between
# capitalised words: "Department of Justice", "one of the U.S. officials".
_CONNECTORS = frozenset({"of", "the", "for", "de", "la", "van", "von", "der", "bin", "al", "and"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "two", "three", "several", "some", "many"})
_DETERMINER_PHRASE = regex.compile(
    r"(?:one|two|three|several|some|many|a\s+number|a\s+group|none|each)\s+of\s+the\s+", regex.I
)
_DETERMINERS_OR_OF = _DETERMINERS | {"of"}
# A speaker phrase is at most this many words: "White House deputy press
# secretary Carl Woog" is six. The walks over a phrase stop there, so a verb
# after a long run of capitalised words ("Reports Reports … reports") costs a
# bounded walk, not one as long as the run.
MAX_PHRASE_WORDS = 12
# Verbs that introduce the speaker after them, not before: "quoting X",
# "according to X", "the words of X".
_OBJECT_CUES = regex.compile(
    r"""
    \b (?: according [ ]to | the [ ]words [ ]of | quot(?:ed|es|ing) | cit(?:ed|es|ing)
         | (?:said|says|told|wrote|added|stated|tweeted) [ ]by ) [ ]
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_OUTLET_NAMES = frozenset(OUTLETS)
_OUTLET_LOWER = {name.lower().removeprefix("the "): name for name in OUTLETS}
_ORG_LOWER = frozenset(name.lower() for name in ORGANIZATION_NAMES)
_NOT_SPEAKERS = frozenset(
    {
        "it", "this", "that", "which", "what", "who", "there", "here", "we", "i", "you",
        "report", "reports", "state", "the state",
    }
)  # fmt: skip


@attrs.frozen
class Attribution:
    """A speaker and the cue that attributes something to them."""

    name: str
    span: Span
    kind: SourceKind
    cue: str
    cue_span: Span
    title: str | None = None
    pronoun: str | None = None
    anaphor: bool = False


@attrs.frozen
class _Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def attributions_in(text: str, sentence: Span) -> list[Attribution]:
    """Every attribution clause in one sentence, in text order."""
    words = tokens(text, sentence.start, sentence.end)
    found: list[Attribution] = []
    for index, word in enumerate(words):
        if word.text not in SPEECH_VERBS:
            continue  # lower case only: "United States" holds no verb
        following = words[index + 1].lower if index + 1 < len(words) else ""
        if following == "to" and word.lower in _INFINITIVE_VERBS:
            continue  # "continue to hold out", "promised to act": not speech
        attribution = _subject_before(text, words, index) or _subject_after(text, words, index)
        if attribution is not None:
            found.append(attribution)
    starts: list[int] | None = None
    for cue in _OBJECT_CUES.finditer(text, sentence.start, sentence.end):
        if starts is None:
            starts = [word.start for word in words]
        attribution = _object_after(text, words, bisect.bisect_left(starts, cue.end()), cue)
        if attribution is not None:
            found.append(attribution)
    found.sort(key=lambda a: a.span.start)
    return _without_overlaps(found)


def sentence_attributions(doc: Document, index: int) -> tuple[Attribution, ...]:
    """``attributions_in`` the document's sentence ``index``, read once per document.

    The quotes detector asks for the sentences around each quotation and the
    sources detector for every sentence: both share one reading.
    """
    return doc.memo(
        ("attributions", index), lambda: tuple(attributions_in(doc.text, doc.sentences[index]))
    )


def _without_overlaps(found: list[Attribution]) -> list[Attribution]:
    kept: list[Attribution] = []
    for attribution in found:
        if kept and attribution.span.start < kept[-1].span.end:
            if len(attribution.span) > len(kept[-1].span):
                kept[-1] = attribution
            continue
        kept.append(attribution)
    return kept


def _subject_before(text: str, words: Sequence[_Token], verb: int) -> Attribution | None:
    """ "spokesman Carl Woog, shares …", "the official said", "he said"."""
    end = verb
    if end > 0 and words[end - 1].text == ",":
        end -= 1  # "Carl Woog, shares": a stray comma before the verb
    start = _phrase_start(words, end)
    if start is None:
        return None
    if _is_base_form(words[verb].lower) and not _is_plural(words[end - 1].lower):
        return None  # "the president state" is no clause; "advisers state" is
    return _describe(text, words, start, end, words[verb])


_INFINITIVE_VERBS = frozenset(
    """
    continue continues continued promise promises promised vow vows vowed pledge pledges
    pledged urge urges urged ask asks asked demand demands demanded claim claims claimed
    beg begs begged plead pleads pleaded
    """.split()
)
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "read", "sang", "spoke"})


def _is_base_form(verb: str) -> bool:
    return not verb.endswith(("s", "ed")) and verb not in _IRREGULAR_PAST


def _is_plural(word: str) -> bool:
    return (
        word in {"they", "we", "i", "you"}
        or word in GROUP_NOUNS
        or (word.endswith("s") and not word.endswith(("ss", "’s", "'s")))
    )


def _subject_after(text: str, words: Sequence[_Token], verb: int) -> Attribution | None:
    """ "…,” said Sen. Ted Cruz, R-Texas." : a speaker after its verb."""
    if verb == 0 or (words[verb - 1].text not in {","} and not _quote_before(text, words[verb])):
        return None
    end = _phrase_end(words, verb + 1)
    if end is None:
        return None
    return _describe(text, words, verb + 1, end, words[verb])


def _quote_before(text: str, word: _Token) -> bool:
    before = text[max(0, word.start - 3) : word.start].strip()
    return bool(before) and before[-1] in "\"”’'"


def _object_after(
    text: str, words: Sequence[_Token], first: int, cue: regex.Match[str]
) -> Attribution | None:
    """ "according to Reuters", "states the words of one of the U.S. senior officials".

    ``words[first]`` is the sentence's first token after the cue: the
    sentence's tokens are reused, not read again from the cue to its end.
    """
    end = _phrase_end(words, first)
    if end is None:
        return None
    cue_span = Span(cue.start(), cue.end() - 1)
    cue_token = _Token(cue.group().strip(), cue_span.start, cue_span.end)
    return _describe(text, words, first, end, cue_token)


def _is_name_word(word: _Token) -> bool:
    first = word.text[0]
    return first.isupper() or (first.isdigit() and len(word.text) > 1 and word.text[-1] == ".")


def _is_phrase_word(word: _Token) -> bool:
    lower = word.lower
    return (
        _is_name_word(word)
        or lower in TITLE_WORDS
        or lower in TITLE_MODIFIERS
        or lower in GROUP_NOUNS
        or lower in ANONYMOUS_HEADS
        or lower in OUTLET_ANAPHORS
        or lower in DOCUMENT_NOUNS
        or lower.endswith(("’s", "'s"))
        or lower in {"u.s.", "u.n.", "u.k."}
        or lower in ORGANIZATION_HEADS
    )


def _phrase_start(words: Sequence[_Token], end: int) -> int | None:
    """Walk back from ``end`` over a noun phrase; the index of its first word."""
    start = end
    limit = max(end - MAX_PHRASE_WORDS, 0)
    while start > limit:
        word = words[start - 1]
        if _is_phrase_word(word) or word.lower in PERSON_PRONOUNS:
            start -= 1
            if word.lower in PERSON_PRONOUNS:
                break
            continue
        if word.lower in _CONNECTORS and start - 1 > 0 and _is_phrase_word(words[start - 2]):
            start -= 1
            continue
        if word.lower in _DETERMINERS:
            start -= 1
            if start >= 2 and words[start - 1].lower == "of" and words[start - 2].lower in {
                "one", "two", "three", "some", "several", "many",
            }:  # fmt: skip
                start -= 2
        break
    if start == end:
        return None
    while start < end and words[start].lower in _CONNECTORS - {"the"}:
        start += 1
    return start if start < end else None


def _phrase_end(words: Sequence[_Token], start: int) -> int | None:
    """Walk forward from ``start`` over a noun phrase; the index after its last word."""
    index = start
    limit = min(start + MAX_PHRASE_WORDS, len(words))
    while index < limit and words[index].lower in _DETERMINERS_OR_OF:
        index += 1
    end = index
    while end < limit:
        word = words[end]
        if _is_phrase_word(word) or (word.lower in PERSON_PRONOUNS and end == index):
            end += 1
            if word.lower in PERSON_PRONOUNS:
                break
            continue
        if word.lower in _CONNECTORS and end + 1 < len(words) and _is_phrase_word(words[end + 1]):
            end += 1
            continue
        break
    return end if end > index else None


def _describe(
    text: str, words: Sequence[_Token], start: int, end: int, cue: _Token
) -> Attribution | None:
    phrase = words[start:end]
    while phrase and phrase[-1].lower in _CONNECTORS:
        phrase = phrase[:-1]
    if not phrase:
        return None
    span = Span(phrase[0].start, phrase[-1].end)
    name = span.of(text)
    lower = name.lower()
    if lower in _NOT_SPEAKERS or lower.removeprefix("the ") in _NOT_SPEAKERS:
        return None
    if phrase[-1].lower.endswith(("’s", "'s")):
        return None  # "Trump’s said" is no speaker; possessives modify a head
    cue_span = Span(cue.start, cue.end)
    if len(phrase) == 1 and phrase[0].lower in PERSON_PRONOUNS:
        return Attribution(name, span, "person", cue.text, cue_span, pronoun=phrase[0].lower)
    if len(phrase) <= 2 and phrase[-1].lower in OUTLET_ANAPHORS and lower.startswith("the "):
        return Attribution(name, span, "outlet", cue.text, cue_span, anaphor=True)
    kind, title, person_name = classify(text, phrase)
    if kind == "person" and person_name is not None:
        name_span = Span(person_name[0], person_name[1])
        return Attribution(name_span.of(text), name_span, kind, cue.text, cue_span, title=title)
    if not any(_is_name_word(w) for w in phrase) and kind == "person":
        return None
    return Attribution(name, span, kind, cue.text, cue_span, title=title)


def classify(
    text: str, phrase: Sequence[_Token]
) -> tuple[SourceKind, str | None, tuple[int, int] | None]:
    """The kind of a speaker phrase, its title, and the span of a person's name."""
    words = [w.lower for w in phrase]
    joined = " ".join(w.text for w in phrase)
    bare = joined.removeprefix("The ").removeprefix("the ")
    after = text[phrase[-1].end : phrase[-1].end + 80].lower()
    if bare.lower() in _OUTLET_LOWER or joined in _OUTLET_NAMES:
        return "outlet", None, None
    head = words[-1]
    determiner = words[0] in {"a", "an", "one", "two", "three", "several", "some"}
    if any(marker in after for marker in ANONYMITY_MARKERS) and not _has_name(phrase):
        return "anonymous", None, None
    if determiner and (head in ANONYMOUS_HEADS or head in GROUP_NOUNS) and words[0] != "the":
        if head in GROUP_NOUNS and words[0] not in {"one", "a", "an"}:
            return "group", None, None
        return "anonymous", None, None
    if head in GROUP_NOUNS:
        return "group", None, None
    if head in DOCUMENT_NOUNS:
        return "document", None, None
    if (
        bare.lower() in _ORG_LOWER
        or head in ORGANIZATION_HEADS
        or (joined.isupper() and len(joined) > 1)
    ):
        return "organization", None, None
    if head in ANONYMOUS_HEADS or head in TITLE_WORDS:
        return "anonymous" if not _has_name(phrase) else "person", None, None
    # A person: a run of capitalised words at the end, after any title words.
    name_start = len(phrase)
    while name_start > 0 and _is_name_word(phrase[name_start - 1]):
        name_start -= 1
    if name_start == len(phrase):
        return "person", None, None
    title_words = phrase[:name_start]
    title = None
    if title_words:
        title = text[title_words[0].start : title_words[-1].end].strip(" ,")
        title = title.removeprefix("the ").removeprefix("The ") or None
    return "person", title, (phrase[name_start].start, phrase[-1].end)


def _has_name(phrase: Sequence[_Token]) -> bool:
    return any(_is_name_word(w) and w.lower not in {"u.s.", "the", "one"} for w in phrase[1:])


def is_anonymous_context(text: str, span: Span) -> str | None:
    """The anonymity reason given right after a mention ("spoke on condition of anonymity")."""
    after = text[span.end : span.end + 100].lower()
    for marker in ANONYMITY_MARKERS:
        if marker in after:
            return marker
    return None


def outlet_names() -> frozenset[str]:
    return _OUTLET_NAMES
