"""Speakers carried to quotations that name none, once every quotation is read.

``_quotes`` gives each quotation the speaker its own clauses name; three quotations
without one take another's afterwards, in order: a paragraph that opens a quotation
and never closes it takes the next one's speaker (``continued-quotation``), a
paragraph that is one quotation carries on the one just before it, and a headline's
quotation takes the speaker the story gives it lower down (``quoted-below``).
"""

from __future__ import annotations

import attrs
import regex

from ._reading import Reading
from ._reading.units import Unit
from ._records import Quote, Speaker
from ._text.patterns import WORD, lazy_pattern

# How far into the text a headline's quotation may start (``quoted-below``).
_HEADLINE_REACH = 300


def continued(reading: Reading, quotes: list[Quote]) -> list[Quote]:
    """A paragraph that opens a quotation never closed takes the next one's speaker."""
    open_ends = {q.inner.start for q in reading.quoted if q.open_end}
    result = list(quotes)
    for index in range(len(result) - 2, -1, -1):
        quote = result[index]
        if quote.speaker is None and quote.span.start in open_ends:
            following = result[index + 1]
            if following.speaker is not None:
                speaker = attrs.evolve(following.speaker, rule="continued-quotation")
                result[index] = attrs.evolve(quote, speaker=speaker)
    return result


def carried(reading: Reading, quotes: list[Quote]) -> list[Quote]:
    """A paragraph that is one quotation, with no speaker of its own, carries on the
    quotation just before it, in the paragraph before, and takes its speaker."""
    result = list(quotes)
    for index in range(1, len(result)):
        quote, before = result[index], result[index - 1]
        if quote.speaker is not None or before.speaker is None or quote.type != "direct":
            continue
        unit = reading.units[reading.unit_index(quote.span.start)]
        earlier = reading.units[reading.unit_index(before.span.start)]
        if earlier.paragraph != unit.paragraph - 1 or not _whole_paragraph(reading, unit, quote):
            continue
        speaker = attrs.evolve(before.speaker, rule="continued-quotation")
        result[index] = attrs.evolve(quote, speaker=speaker)
    return result


def _whole_paragraph(reading: Reading, unit: Unit, quote: Quote) -> bool:
    """Whether the quotation makes up its paragraph, but for marks."""
    start = reading.unit_index(unit.span.start)
    first = start
    while first > 0 and reading.units[first - 1].paragraph == unit.paragraph:
        first -= 1
    last = start
    while last + 1 < len(reading.units) and reading.units[last + 1].paragraph == unit.paragraph:
        last += 1
    head = reading.text[reading.units[first].span.start : quote.span.start]
    if any(c.isalnum() for c in head):
        return False
    return not any(reading.units[i].mentions for i in range(first, last + 1))


def answered(reading: Reading, quotes: list[Quote]) -> list[Quote]:
    """An interview whose questions stand unquoted: a paragraph that opens with a quotation
    with no speaker, right after a paragraph that asks a question and quotes nothing, is
    an answer, the words of the one the article quoted most before it (``answer``); the
    quotations after it in its paragraph that name no one are the answer's too."""
    result = list(quotes)
    counts: dict[str, int] = {}
    latest: dict[str, Speaker] = {}
    answer: tuple[int, Speaker] | None = None  # the paragraph of an answer, its speaker
    for index, quote in enumerate(result):
        paragraph = reading.units[reading.unit_index(quote.span.start)].paragraph
        if quote.speaker is None and quote.type == "direct":
            if answer is not None and answer[0] == paragraph:
                result[index] = attrs.evolve(quote, speaker=answer[1])
            elif counts and after_question(reading.text, quote.span.start):
                name = max(counts, key=lambda n: counts[n])
                answer = (paragraph, attrs.evolve(latest[name], rule="answer"))
                result[index] = attrs.evolve(quote, speaker=answer[1])
        speaker = result[index].speaker
        if speaker is not None and quote.type == "direct" and speaker.rule != "answer":
            counts[speaker.name] = counts.get(speaker.name, 0) + 1
            latest[speaker.name] = speaker
    return result


# The marks that show a paragraph quotes someone.
_QUOTATION_MARKS = frozenset('"“”„«»')
# The longest an interviewer's question may be, in characters.
_QUESTION_REACH = 400


def after_question(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens its paragraph and the paragraph before it
    is a question that quotes nothing: "Are you nervous about touring again? ¶ “Terrified.”"."""
    line = text.rfind("\n", max(0, start - _QUESTION_REACH), start) + 1
    if (line == 0 and start > _QUESTION_REACH) or any(c.isalnum() for c in text[line:start]):
        return False
    before = text[max(0, line - _QUESTION_REACH) : line].rstrip()
    opening = before.rfind("\n")
    if opening < 0 and line > _QUESTION_REACH:
        return False  # a paragraph too long for a question
    question = before[opening + 1 :]
    return question.endswith("?") and not any(c in _QUOTATION_MARKS for c in question)


def quoted_below(reading: Reading, quotes: list[Quote]) -> list[Quote]:
    """A headline's quotation with no speaker, which the story quotes again below, takes
    the speaker it has there: "‘It came through like a train’: Storm hits the coast" ¶ …
    "“It came through like a train,” said Ana Ruiz". So does a live blog entry's head
    ("2:58 p.m. — ‘It sounded like a train’"), from the quotations of its entry."""
    result = list(quotes)
    for index, quote in enumerate(result):
        if quote.speaker is not None:
            continue
        paragraph = reading.units[reading.unit_index(quote.span.start)].paragraph
        headline = paragraph == 0 and quote.span.start < _HEADLINE_REACH
        if not headline and not _entry_head(reading, quote):
            continue
        words = WORD.findall(quote.text.lower())
        if len(words) < 3:
            continue
        wanted = " ".join(words)
        below = result[index + 1 :] if headline else result[index + 1 : index + 1 + _ENTRY_QUOTES]
        for later in below:
            if later.speaker is not None and wanted in " ".join(WORD.findall(later.text.lower())):
                speaker = attrs.evolve(later.speaker, rule="quoted-below")
                result[index] = attrs.evolve(quote, speaker=speaker)
                break
    return result


# A live blog entry's head: a time stamp, a dash and a quotation, alone on its line.
_ENTRY_HEAD = lazy_pattern(
    r"(?:(?:updated|update)[ ]++)?\d{1,2}[:.]\d{2}[ ]*+(?:[ap]\.?m\.?[ ]*+)?"
    r"(?:[A-Z]{2,4}[ ]*+)?[—–-][ ]*+",
    regex.IGNORECASE,
)
# The longest a head's time stamp and dash may be ("Updated 10:45 a.m. ET — "), and
# how much of its line after the quotation is read.
_HEAD_REACH = 40
# How many quotations after an entry's head may quote it again: its entry's.
_ENTRY_QUOTES = 4


def _entry_head(reading: Reading, quote: Quote) -> bool:
    """Whether the quotation is an entry's head: "2:58 p.m. — ‘It sounded like a train’"."""
    text = reading.text
    start, end = quote.span.start, quote.span.end
    line = text.rfind("\n", max(0, start - _HEAD_REACH), start) + 1
    if line == 0 and start > _HEAD_REACH:
        return False  # a line that opens further back holds more than a head
    rest = text[end : end + _HEAD_REACH].split("\n", 1)[0]
    head = text[line:start].rstrip(" ‘“'\"")
    return _ENTRY_HEAD.fullmatch(head) is not None and not any(c.isalnum() for c in rest)
