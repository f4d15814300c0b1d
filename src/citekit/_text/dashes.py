"""Quotations opened by a dialogue dash: Spanish, Italian and French interviews and reportage.

"—No vamos a ceder —dijo el ministro—. Habrá negociación." is two quoted
stretches and one incise: the paragraph opens with a dash (—, ― or –), the
words run to the dash that opens the incise (a dash before a lower-case
word), the incise to the next dash or the paragraph's end, and the quotation
resumes after it. Only for a language whose ``Lexicon.dialogue_dashes`` is
set (never English, where a paragraph that opens with a dash is a byline or
a list item), and only for a paragraph whose incise holds a speech verb, or
that follows another accepted one: a list of dashes with no one speaking (a
programme after a colon) is no dialogue.
"""

from __future__ import annotations

import bisect

from .._records import Span
from .marks import Quoted
from .patterns import lazy_pattern
from .segment import Document

# The dash that opens a paragraph of dialogue, then its first word:
# "—No", "— ¿Y ahora?", "– Nous".
_OPENING = lazy_pattern(r"[—―–][ \u00a0\u202f]?(?=[¿¡\"«“]?[\p{Lu}\p{N}])")
# The dash that opens an incise: "… ceder —dijo", "… ceder – dit-il".
_INCISE = lazy_pattern(r"[ \u00a0\u202f][—―–][ \u00a0\u202f]?(?=\p{Ll})")
# The dash that closes it, with what may follow: "ministro—.", "—, y".
_CLOSING = lazy_pattern(r"[ \u00a0\u202f]?[—―–]")
_WORD = lazy_pattern(r"\p{L}+")
_TRIM = " \t\u00a0\u202f\u2009,.;:"


def find_dialogue(doc: Document) -> tuple[Quoted, ...]:
    """The quoted stretches of the document's dialogue paragraphs, in text order."""
    lexicon = doc.lexicon
    if not lexicon.dialogue_dashes:
        return ()
    text = doc.text
    found: list[Quoted] = []
    accepted_before = False
    for index, paragraph in enumerate(doc.paragraphs):
        opening = _OPENING.match(text, paragraph.start, paragraph.end)
        if opening is None:
            accepted_before = False
            continue
        stretches, incises = _split(text, opening.end(), paragraph.end)
        spoken = any(
            word.group().lower() in lexicon.speech_verbs
            or word.group().lower() in lexicon.auxiliaries
            for start, end in incises
            for word in _WORD.finditer(text, start, end)
        )
        if not (spoken or accepted_before):
            continue
        accepted_before = True
        for position, (start, end) in enumerate(stretches):
            inner = _trimmed(text, start, end)
            if inner is None:
                continue
            outer_start = paragraph.start if position == 0 else inner.start
            found.append(
                Quoted(
                    inner=inner,
                    outer=Span(outer_start, max(inner.end, end)),
                    paragraph=index,
                    mark="dash",
                )
            )
    return tuple(found)


def _split(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quoted stretches and the incises of a dialogue paragraph, as (start, end)."""
    stretches: list[tuple[int, int]] = []
    incises: list[tuple[int, int]] = []
    position = start
    while position < end:
        incise = _INCISE.search(text, position, end)
        if incise is None:
            stretches.append((position, end))
            break
        stretches.append((position, incise.end()))  # the incise's dash ends the outer span
        closing = _CLOSING.search(text, incise.end(), end)
        if closing is None:
            incises.append((incise.end(), end))
            break
        incises.append((incise.end(), closing.start()))
        position = closing.end()
    return stretches, incises


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The stretch without blanks, punctuation and dashes at its edges, or None if no words."""
    while start < end and (text[start] in _TRIM or text[start] in "—―–"):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] in "—―–"):
        end -= 1
    if not _WORD.search(text, start, end):
        return None
    return Span(start, end)


def merge(quoted: tuple[Quoted, ...], dialogue: tuple[Quoted, ...]) -> tuple[Quoted, ...]:
    """The marks' stretches and the dialogue's in text order, a dialogue stretch that
    overlaps a marked one dropped."""
    if not dialogue:
        return quoted
    starts = [q.outer.start for q in quoted]  # in text order, apart
    kept = []
    for item in dialogue:
        # the marked stretches that may overlap it: the one before its end, and its neighbour
        at = bisect.bisect_left(starts, item.outer.end)
        near = quoted[max(0, at - 2) : at]
        if not any(q.outer.start < item.outer.end and item.outer.start < q.outer.end for q in near):
            kept.append(item)
    return tuple(sorted((*quoted, *kept), key=lambda q: q.outer.start))
