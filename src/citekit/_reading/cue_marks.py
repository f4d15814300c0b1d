"""Attribution clauses whose cue is a mark, not a word.

A colon before a quotation leads into it ("… does not surprise pollster Daron
Shaw: “…”"), a transcript's label in capitals names the speaker of its line
("“PENCE: …”", and "JAKE TAPPER: …" opening a line of a transcript), a dash
signs a quotation with a name ("“…” ― Pamela Padilla"), and a headline's colon
names its speaker ("Orbit's Halvorsen: If the board …").
``clauses.read_clauses`` calls the first four on each unit; the reading calls
``headline_clause`` on a paragraph's first unit.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from .._lexicon.documents import DOCUMENT_NOUNS, PLURAL_DOCUMENT_NOUNS
from .._lexicon.function_words import PREPOSITIONS
from .._lexicon.people import NOT_SPEAKER_LABELS
from .._lexicon.speech_verbs import DOCUMENT_BASE_FORMS, DOCUMENT_VERBS, SPEECH_VERBS, VERB_OF
from .._records import Span
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .attributions import Attribution
from .descriptions import classify
from .gaps import before_bracket, segment_start
from .names import NameIndex
from .openers import after_time_stamp
from .person_names import is_person_name
from .phrases import noun_phrase
from .profiles import Description, Profile
from .subjects import longest_suffix
from .tokens import Token
from .word_kinds import is_capitalised

# The marks that open a quotation a label line leads into.
_OPENING_MARKS = frozenset("“„«\"‘'")

# The verbs a document reports with, and the most words of its phrase in a headline.
_EVIDENCE_VERBS = DOCUMENT_VERBS | DOCUMENT_BASE_FORMS
_MAX_DOCUMENT_WORDS = 4

# The most words of four letters or more a title-case headline has.
_MAX_TITLE_WORDS = 20

# A transcript's label at the start of a quotation: "“PENCE: …", "“JOHN KING: …".
_LABEL = lazy_pattern(
    r"""
    [ \t\u00a0]*+
    (?P<label> \p{Lu}[\p{L}.'’-]{1,20}+ (?: [ ]\p{Lu}[\p{L}.'’-]{1,20}+ ){0,2}+ )
    :[ \t\u00a0]
    """,
    regex.VERBOSE,
)

# A transcript's label opening a line: "JAKE TAPPER: …", "TRUMP: …".
_TURN = lazy_pattern(
    r"""
    ^ [ \t\u00a0]*+
    (?P<label> \p{Lu}[\p{Lu}.'’-]{1,20}+ (?: [ ]\p{Lu}[\p{Lu}.'’-]{1,20}+ ){0,2}+ )
    :[ \t\u00a0]
    """,
    regex.MULTILINE | regex.VERBOSE,
)

# The dash that signs a quotation with its speaker's name: "“…” ― Pamela Padilla",
# "“…” — Ana Ruiz", "-Michelle Marks, Philadelphia." (a hyphen glued to the name).
_SIGNATURE_DASH = lazy_pattern(r"[ \t\u00a0]*+[―—–-]{1,2}+[ \t\u00a0]*+")


def title_case(words: Sequence[Token]) -> bool:
    """Whether a unit is a headline in title case, whose verbs are capitalised too:
    "Hillary Clinton Says No To Fox News", "Former White House Doctor Says."."""
    long_words = [w for w in words if w.is_word and len(w.text) > 3]
    if len(long_words) < 3 or len(long_words) > _MAX_TITLE_WORDS:
        return False
    return all(is_capitalised(w.text) for w in long_words)


def line_start(text: str, offset: int) -> int:
    """Where the line of ``offset`` starts, if within a few characters: else ``offset``
    (so that a signature's dash is looked for only at the start of a line)."""
    newline = text.rfind("\n", max(0, offset - 8), offset)
    if newline < 0:
        return 0 if offset <= 8 else offset
    return newline + 1


def signature(
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


def transcript_label(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> list[Attribution]:
    """ "“PENCE: Well, the question really should be …”": a transcript's line, whose
    label in capitals names its speaker ("Pence", or the full name the article
    gives: "Mike Pence")."""
    quote = words[index]
    label = _LABEL.match(text, quote.start + 1, quote.end)
    if label is None:
        return []
    return _label(text, label, index, index)


def transcript_turn(text: str, words: Sequence[Token]) -> list[Attribution]:
    """ "JAKE TAPPER: Donald Trump released a video …" ¶ "TRUMP: The deaths …": a line
    of a transcript, whose label in capitals at the start of the line names who speaks
    it; read only in a text with two such lines or more (a transcript has turns; "UPDATE:"
    or "EMAIL:" once is a note)."""
    if not words or line_start(text, words[0].start) != words[0].start:
        return []
    label = _LABEL.match(text, words[0].start)
    if label is None or label.start("label") != words[0].start:
        return []
    count, full_names = _turns(text)
    if count < 2:
        return []
    colon = next((i for i, w in enumerate(words) if w.text == ":"), 0)
    return _label(text, label, 0, max(colon - 1, 0), full_names)


@functools.lru_cache(maxsize=4)
def _turns(text: str) -> tuple[int, dict[str, str]]:
    """How many lines of ``text`` open with a speaker's label in capitals, and the full
    name of each surname the labels give in full ("KATE BOULDUAN:", then "BOULDUAN:")."""
    labels = [
        match.group("label")
        for match in _TURN.finditer(text)
        if not any(w.lower() in NOT_SPEAKER_LABELS for w in match.group("label").split())
    ]
    full_names = {label.split()[-1]: label for label in labels if " " in label}
    return len(labels), full_names


def _label(
    text: str,
    label: regex.Match[str],
    first: int,
    last: int,
    full_names: dict[str, str] | None = None,
) -> list[Attribution]:
    """The person a transcript's label in capitals names, as a ``label`` attribution
    (by the full name an earlier label gives, when ``full_names`` holds it)."""
    written = label.group("label")
    if not written.isupper() or any(w.lower() in NOT_SPEAKER_LABELS for w in written.split()):
        return []  # "“Half Life: Alyx”" is a title
    written = (full_names or {}).get(written, written)
    name = " ".join(w.capitalize() for w in written.split())
    if not is_person_name(name):
        return []
    person = Profile("person", name.split()[-1].lower())
    anaphor = "surname" if " " not in name else None
    span = Span(label.start("label"), label.end("label"))  # the label as written
    colon = Span(span.end, span.end + 1)
    description = Description(name, span, person, anaphor=anaphor)
    return [Attribution(description, ":", colon, "label", first, last)]


def leads_in(text: str, words: Sequence[Token], colon: int) -> bool:
    """Whether the colon at ``colon`` leads into a quotation: right before it, or, at
    the end of a line of its own, before a paragraph that opens with one
    ("Jane Holt, The Daily Ledger: ¶ “…”")."""
    if colon + 1 < len(words):
        return words[colon + 1].kind == "quote"
    end = words[colon].end
    after = text[end : end + 8]
    following = after.lstrip()
    return "\n" in after[: len(after) - len(following)] and following[:1] in _OPENING_MARKS


def lead_in(text: str, words: Sequence[Token], colon: int, names: NameIndex) -> list[Attribution]:
    """ "… does not surprise pollster Daron Shaw: “…”": who stands before a colon and a
    quotation, in a sentence with no clause before it, is its speaker.

    A phrase that names no one ("had a warning:", "two words:") gives none,
    nor does a lone capitalised word the article does not explain ("Transcript:"),
    a phrase after a preposition ("happened on his watch:"), or, after a verb,
    a phrase that is not a name ("silenced his former wife:"). The caller reads
    it only where no lower-case speech verb stands before the colon ("Trump
    tweeted at Ana Ruiz:": the clause's, not the one spoken to).
    """
    if colon + 1 == len(words):  # a line of its own before a quoted paragraph
        label = _label_line(text, words, colon, names)
        return [label] if label is not None else []
    end = before_bracket(words, colon)  # "Rep. Ana Ruiz (D-Ore.): “…”"
    start = segment_start(words, end)
    if start >= end:
        return []
    found = longest_suffix(text, words, start, end, names)
    if found is None:
        return []
    profile = found[1].profile
    whole_name = found[0].start == start and profile.kind == "person" and profile.title is not None
    if (
        title_case(words[start:end])
        and not whole_name  # "Rep. Ana Ruiz (D-Ore.): “…”"
        and not _two_people(text[words[start].start : words[end - 1].end])
    ):
        return []  # "Veto Power Impedes Peace Efforts: …": a headline's words
    phrase, description = found
    profile = description.profile
    if _page_label(words[phrase.start : phrase.end]):
        return []  # "EXCLUSIVE: ‘…’", "WATCH: …": the page's label, no speaker
    if phrase.start > 0 and words[phrase.start - 1].lower in PREPOSITIONS:
        return []  # "happened on his watch:", "by Post’s Kathianne Boniello:"
    if description.anaphor == "pronoun" or profile.place or not profile.confident:
        return []
    named = (
        profile.kind in {"person", "outlet"}
        or (profile.kind == "organization" and description.anaphor is None)
        or _two_people(description.name)  # "- Mark Blumenthal and Jon Cohen: “…”"
    )
    if not named and phrase.start > 0:
        return []  # "had silenced his former wife:": only a name is spoken for after a verb
    cue = words[colon]
    return [Attribution(description, ":", Span(cue.start, cue.end), "subject", phrase.start, colon)]


def _two_people(written: str) -> bool:
    """Whether a phrase is two people's full names joined by "and" ("Frank Newport and
    Jim Harter"), who sign a round-up's quotation together."""
    parts = written.split(" and ")
    return len(parts) == 2 and all(
        " " in part and part.istitle() and is_person_name(part) for part in parts
    )


def _label_line(
    text: str, words: Sequence[Token], colon: int, names: NameIndex
) -> Attribution | None:
    """The person a line of its own names before its colon, the outlet after a comma or
    in brackets: "Jane Holt, The Daily Ledger:", "Omar Price (Harbour Radio):", as a
    round-up of commentators labels the quotation in the next paragraph."""
    if line_start(text, words[0].start) != words[0].start:
        return None
    if words[0].lower in SPEECH_VERBS:
        return None  # "Stated Stone:": the verb of an inverted clause, no name
    stop = next((i for i in range(colon) if words[i].text in ",("), colon)
    found = longest_suffix(text, words, 0, stop, names) if stop > 0 else None
    if found is None or found[0].start != 0:
        return None
    description = found[1]
    if description.profile.kind != "person" or description.anaphor is not None:
        return None
    cue = words[colon]
    return Attribution(description, ":", Span(cue.start, cue.end), "subject", 0, colon)


def _page_label(words: Sequence[Token]) -> bool:
    """ "EXCLUSIVE", "BREAKING", "WATCH", "Review", "Opinion": a label a page puts before a
    colon, in capitals or one word alone, which names no speaker."""
    alone = len(words) == 1
    return bool(words) and all(
        (w.text.isupper() or alone) and w.lower in NOT_SPEAKER_LABELS for w in words
    )


def headline_clause(
    text: str, doc: Document, span: Span, tokens: Sequence[Token], names: NameIndex
) -> Attribution | None:
    """ "Orbit's Halvorsen: If the board picks Lund …": the speaker of a headline."""
    paragraph = doc.paragraphs[doc.paragraph_index(span.start)] if doc.paragraphs else None
    if paragraph is None or paragraph.start != span.start:
        return None
    first = after_time_stamp(tokens)  # "4:15 p.m. — Governor: ‘Stay where you are’"
    colon = next(
        (i for i in range(first, min(len(tokens), first + 7)) if tokens[i].text == ":"), None
    )
    if colon is None or colon == first or colon == len(tokens) - 1:
        return None  # "Jane Holt:" on a line of its own labels what follows (``lead_in``)
    if _page_label(tokens[first:colon]) and tokens[colon + 1].kind == "quote":
        first, colon = colon + 1, colon + 2  # "Q&A: ‘Nobody died’ — Ingrid Solberg on …"
        if colon >= len(tokens) or (tokens[colon].text != ":" and tokens[colon].kind != "dash"):
            return None
    if colon == first + 1 and tokens[first].kind == "quote":
        return _interview_headline(text, tokens, colon, names)
    phrase = noun_phrase(tokens, first, colon, post=False)
    if phrase is None or phrase.end != colon:
        return None
    if _page_label(tokens[first:colon]):
        return None  # "EXCLUSIVE: ‘…’ …", "BREAKING:": the page's label, no speaker
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
    return Attribution(description, ":", Span(cue.start, cue.end), "subject", first, colon)


def _interview_headline(
    text: str, tokens: Sequence[Token], colon: int, names: NameIndex
) -> Attribution | None:
    """ "‘I never liked losing’: Ines Marrow on 17 years at the top": an interview's
    headline, its quotation before the colon (or a dash, after a label: "Q&A: ‘…’ —"),
    the person after it, then "on" and the subject."""
    end = next(
        (i for i in range(colon + 1, min(len(tokens), colon + 9)) if tokens[i].lower == "on"), None
    )
    if end is None or end == colon + 1:
        return None
    phrase = noun_phrase(tokens, colon + 1, end, post=False)
    if phrase is None or phrase.start != colon + 1 or phrase.end != end:
        return None
    description = classify(text, tokens, phrase, names)
    if description is None or description.profile.kind != "person":
        return None
    cue = tokens[colon]
    return Attribution(description, ":", Span(cue.start, cue.end), "subject", colon + 1, end - 1)


def headline_document(
    text: str, words: Sequence[Token], index: int, cue: str, cue_span: Span
) -> list[Attribution]:
    """ "Leaked Documents Reveal Democratic Donors", "New Polls Show Double-Digit Gaps":
    in a title-case headline, a document's noun and its modifiers, capitalised before a
    verb a document reports with, are its subject (the capitals hide the noun)."""
    if VERB_OF.get(words[index].lower) not in _EVIDENCE_VERBS:
        return []
    start = segment_start(words, index)
    phrase = words[start:index]
    if not 0 < len(phrase) <= _MAX_DOCUMENT_WORDS or phrase[-1].lower not in DOCUMENT_NOUNS:
        return []
    if not all(w.is_word and w.text[:1].isupper() for w in phrase):
        return []
    span = Span(phrase[0].start, phrase[-1].end)
    head = phrase[-1].lower
    profile = Profile("document", head, plural=head in PLURAL_DOCUMENT_NOUNS)
    return [
        Attribution(
            Description(span.of(text), span, profile), cue, cue_span, "subject", start, index
        )
    ]


def named_in_story(speaker: Description, words: Sequence[Token], names: NameIndex) -> bool:
    """Whether a title-case headline's speaker is an outlet, or a person the story
    names outside the headline."""
    if speaker.profile.kind == "outlet":
        return True
    if speaker.profile.kind != "person":
        return False
    return names.named_elsewhere(speaker.name, words[0].start, words[-1].end)
