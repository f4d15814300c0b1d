"""An incise inside the quotation marks: "« Le texte est prêt, assure la ministre. Il sera voté. »".

French and Italian put the clause that names the speaker inside one pair of
marks: "« A, souligne-t-elle. B »", "«A, ha detto il sindaco, B»". That is
two quotations and a clause between them, so the stretch is cut in two
around the incise, which is left outside both as the article's own words
(the clause readers then find it right after the first part). Only for a
language whose ``Lexicon.incise_inside_quotes`` is set, and only where the
words after a comma open with a verb carrying its pronoun ("souligne-t-elle")
or a speech verb ("assure", "ha detto"), and end within a few words at a
full stop or a comma.
"""

from __future__ import annotations

from .._lexicon.lexicon import Lexicon
from .._records import Span
from .marks import Quoted
from .patterns import lazy_pattern

# The most words an incise has: "poursuit le secrétaire général du syndicat".
_MAX_WORDS = 8
# A comma and the words after it, to the next full stop or comma.
_AFTER_COMMA = lazy_pattern(r",[ \u00a0\u202f]+(?P<words>[^.,;:!?«»“”\"]{1,120}?)(?=[.,]\s)")
_WORD = lazy_pattern(r"[\p{L}’'-]+")
# A part of a quotation quotes words: the marks and points before an incise that
# opens the quotation ("«..., ha detto il sindaco. Si vota»") are no quotation.
_WORDLIKE = lazy_pattern(r"[\p{L}\p{N}]")


def split_incises(quoted: tuple[Quoted, ...], text: str, lexicon: Lexicon) -> tuple[Quoted, ...]:
    """The stretches with each one that holds an incise cut in two around it."""
    if not lexicon.incise_inside_quotes:
        return quoted
    result: list[Quoted] = []
    for item in quoted:
        result.extend(_split(item, text, lexicon))
    return tuple(result)


def _split(item: Quoted, text: str, lexicon: Lexicon) -> list[Quoted]:
    if item.mark == "dash" or item.open_end:
        return [item]
    parts: list[Quoted] = []
    cut = False
    outer_start, start, end = item.outer.start, item.inner.start, item.inner.end
    for match in _AFTER_COMMA.finditer(text, start, end):
        words = _WORD.findall(match.group("words"))
        if not words or len(words) > _MAX_WORDS or not _is_incise(words, lexicon):
            continue
        resume = match.end() + 1
        while resume < end and text[resume].isspace():
            resume += 1
        if resume >= end:
            continue
        comma = match.start()
        if _WORDLIKE.search(text, start, comma):  # "«…, ha detto X. Si vota»": no words before
            parts.append(_part(item, outer_start, start, comma, comma))
        outer_start = start = resume
        cut = True
    if not cut:
        return [item]
    if _WORDLIKE.search(text, start, end):  # "«A, assure la ministre. «««": no words after
        parts.append(_part(item, outer_start, start, end, item.outer.end))
    return parts


def _part(item: Quoted, outer_start: int, start: int, end: int, outer_end: int) -> Quoted:
    return Quoted(
        inner=Span(start, end),
        outer=Span(outer_start, outer_end),
        paragraph=item.paragraph,
        double=item.double,
        mark=item.mark,
    )


def _is_incise(words: list[str], lexicon: Lexicon) -> bool:
    """ "souligne-t-elle", "assure la ministre", "ha detto il sindaco": a speaker's clause."""
    first = words[0].lower().replace("’", "'")
    parts = first.split("-")
    if lexicon.inversion and len(parts) > 1 and parts[-1] in lexicon.pronouns:
        return parts[0] in lexicon.speech_verbs or parts[0] in lexicon.auxiliaries
    if first in lexicon.speech_verbs:
        return len(words) > 1 or lexicon.pro_drop
    if first in lexicon.auxiliaries and len(words) > 1:
        return words[1].lower() in lexicon.participles
    return False
