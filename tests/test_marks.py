"""Quotation marks of every typography, paired from the marks present (``_text/marks.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit._lexicon.abbreviations import SENTENCE_ABBREVIATIONS
from citekit._text.marks import find_quoted
from citekit._text.segment import segment
from strategies import hostile_text

# (text, the inner text of every quotation found)
EXAMPLES = [
    # German print: »…« and ›…‹, paired inwards
    ("Er sagte »Wir fahren morgen« und ging. Sie rief »Nein«.", ["Wir fahren morgen", "Nein"]),
    ("»Wir lesen ›das Heft‹ heute«, sagte sie.", ["Wir lesen ›das Heft‹ heute"]),
    ("Der Titel ›Abendlicht‹ blieb.", ["Abendlicht"]),
    # Swiss, French, Italian, Spanish: «…», with or without inner spaces
    ("Er sagte «Wir fahren morgen» und ging.", ["Wir fahren morgen"]),
    ("Il a dit « nous partons demain » hier.", ["nous partons demain"]),
    ("Il a dit «\u202fnous partons\u202f» hier.", ["nous partons"]),
    ("Il a dit «\u00a0nous partons\u00a0», puis il est sorti.", ["nous partons"]),
    ("«Siamo pronti» ha detto la sindaca.", ["Siamo pronti"]),
    # German „…“ and ‚…‘, and „…” as scraped
    ("Er sagte „Wir kommen ‚bald‘ wieder“ und ging.", ["Wir kommen ‚bald‘ wieder"]),
    ("Er sagte ‚nur kurz‘ und ging.", ["nur kurz"]),
    ("Er sagte „Wir kommen“ und sie „Nein“.", ["Wir kommen", "Nein"]),
    ("Sie schrieb „Wir bleiben hier” an alle.", ["Wir bleiben hier"]),
    # another family inside: the quotation's own quotation
    ("« Nous avons lu “le rapport” hier », dit-elle.", ["Nous avons lu “le rapport” hier"]),
    ("«Abbiamo letto “la nota” ieri», ha detto.", ["Abbiamo letto “la nota” ieri"]),
    ("„Sie nannten es »den Plan« damals“, sagte er.", ["Sie nannten es »den Plan« damals"]),
    # Swedish and Finnish: »…», one mark both ways
    ("Han sa »Vi kommer i morgon» och gick.", ["Vi kommer i morgon"]),
    # English stays as it was
    ("“We are ready,” she said. “Again.”", ["We are ready,", "Again."]),
    ('She said "yes" and then "no".', ["yes", "no"]),
    # a closing mark typed as an opening one after the sentence's punctuation
    ("“It is over,“ she said. “Again.”", ["It is over,", "Again."]),
    ("“Is it over?“ he asked, and left.", ["Is it over?"]),
    # a scrape that lost the space beside a straight mark
    ('She said "We are ready."The vote came later.', ["We are ready."]),
    ('He was not asked."We found out," she said.', ["We found out,"]),
    ('"I found it hard,"he said.', ["I found it hard,"]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_pairs(text: str, expected: list[str]) -> None:
    found = find_quoted(segment(text))
    assert [text[q.inner.start : q.inner.end] for q in found] == expected


def test_direction_from_the_marks_not_the_language() -> None:
    """The same »…« document pairs the same way with any language's segmentation."""
    from citekit._lexicon.languages import LANGUAGES

    text = "Am Montag hieß es »Wir prüfen das« und am Dienstag »Es bleibt dabei«."
    results = {
        code: [text[q.inner.start : q.inner.end] for q in find_quoted(segment(text, lexicon))]
        for code, lexicon in LANGUAGES.items()
    }
    assert set(map(tuple, results.values())) == {("Wir prüfen das", "Es bleibt dabei")}


_WORDS = st.lists(
    st.sampled_from(["Wir", "kommen", "bald", "nous", "partons", "oggi", "mañana", "ja", "Plan"]),
    min_size=1,
    max_size=6,
).map(" ".join)
_FILLER = st.lists(
    st.sampled_from(["und dann", "hier", "et puis", "e poi", "y luego", "am Abend"]),
    min_size=1,
    max_size=3,
).map(" ".join)
# (opening, closing) of each typography; spaced French with NBSP and NNBSP
TYPOGRAPHIES = [
    ("»", "«"),
    ("«", "»"),
    ("«\u202f", "\u202f»"),
    ("« ", " »"),
    ("„", "“"),
    ("“", "”"),
    ('"', '"'),
    ("›", "‹"),
    ("‚", "‘"),
]


@given(
    st.sampled_from(TYPOGRAPHIES),
    st.lists(st.tuples(_FILLER, _WORDS), min_size=1, max_size=6),
    _FILLER,
)
def test_planted_quotations_are_found_in_every_typography(
    typography: tuple[str, str], parts: list[tuple[str, str]], tail: str
) -> None:
    """n planted quotations between filler give exactly n, none holding the filler."""
    opening, closing = typography
    text = " ".join(f"{filler} {opening}{words}{closing}" for filler, words in parts) + f" {tail}."
    found = find_quoted(segment(text))
    assert [text[q.inner.start : q.inner.end] for q in found] == [words for _, words in parts]


@given(st.sampled_from(TYPOGRAPHIES), _WORDS, _WORDS, _FILLER)
def test_a_stray_opening_mark_costs_only_itself(
    typography: tuple[str, str], stray: str, words: str, filler: str
) -> None:
    opening, closing = typography
    text = f"{stray}. {filler} {opening}{words}{closing} {filler}."
    inner = [text[q.inner.start : q.inner.end] for q in find_quoted(segment(text))]
    assert words in inner


@given(_WORDS, st.sampled_from([",", ".", "?", "!"]), _FILLER)
def test_a_closing_mark_typed_as_an_opening_one_closes_after_punctuation(
    words: str, stop: str, filler: str
) -> None:
    """ "“…,“ she said": a “ after punctuation and before a space ends the quotation."""
    text = f"“{words}{stop}“ she said {filler}. “{words}.”"
    inner = [text[q.inner.start : q.inner.end] for q in find_quoted(segment(text))]
    assert inner == [f"{words}{stop}", f"{words}."]


@given(_WORDS, _WORDS, st.sampled_from([".", "?", "!"]))
def test_a_straight_mark_glued_to_both_sentences_pairs_by_order(
    first: str, second: str, stop: str
) -> None:
    """'ready."The vote' and 'asked."We found': the lost space leaves the mark between
    two sentences; the first such mark closes, the next opens."""
    text = f'Ruiz said "{first}{stop}"Then she left{stop}"{second}," Ruiz said.'
    inner = [text[q.inner.start : q.inner.end] for q in find_quoted(segment(text))]
    assert inner == [f"{first}{stop}", f"{second},"]


_INNER = [("«", "»", "“", "”"), ("„", "“", "‚", "‘"), ("»", "«", "›", "‹"), ("«", "»", "‹", "›")]


@given(st.sampled_from(_INNER), _WORDS, _WORDS, _WORDS)
def test_nested_quotation_is_part_of_the_outer_one(
    marks: tuple[str, str, str, str], a: str, b: str, c: str
) -> None:
    outer_open, outer_close, inner_open, inner_close = marks
    inner = f"{a} {inner_open}{b}{inner_close} {c}"
    text = f"Sie sagte {outer_open}{inner}{outer_close} am Abend."
    found = find_quoted(segment(text))
    assert [text[q.inner.start : q.inner.end] for q in found] == [inner]


@given(hostile_text)
def test_spans_lie_inside_and_marks_pair(text: str) -> None:
    """Never raises; the inner span lies in the outer one; outer starts with a mark."""
    previous = -1
    for q in find_quoted(segment(text)):
        assert 0 <= q.outer.start <= q.inner.start <= q.inner.end <= q.outer.end <= len(text)
        assert text[q.outer.start] == q.mark
        assert q.outer.start >= previous
        previous = q.outer.start


SEGMENTS = [
    # a sentence may open with any mark, and end with any closing mark
    ("de", "Er kam nicht. «Wir warten», sagt sie.", ["Er kam nicht.", "«Wir warten», sagt sie."]),
    ("de", "Er kam nicht. »Wir warten«, sagt sie.", ["Er kam nicht.", "»Wir warten«, sagt sie."]),
    ("de", "Sie sagte „Nein.“ Dann ging sie.", ["Sie sagte „Nein.“", "Dann ging sie."]),
    # German ordinals end no sentence
    ("de", "Er kommt am 15. Juni zurück.", ["Er kommt am 15. Juni zurück."]),
    ("de", "Das war im 19. Jahrhundert so.", ["Das war im 19. Jahrhundert so."]),
    ("de", "Es waren 15. Danach kam keiner.", ["Es waren 15.", "Danach kam keiner."]),
    # a scrape that lost the space between two sentences
    ("en", "He ran home.Coach Ada Berg was calm.", ["He ran home.", "Coach Ada Berg was calm."]),
    ("en", 'He said "I ran."Ada Berg was calm.', ['He said "I ran."', "Ada Berg was calm."]),
    ("en", 'He was not asked."We knew," she said.', ["He was not asked.", '"We knew," she said.']),
    ("en", "It ended.“We knew,” she said.", ["It ended.", "“We knew,” she said."]),
    # but not after an abbreviation, an initial or an outlet's "!"
    ("en", "It was Reds vs.The Rest.", ["It was Reds vs.The Rest."]),
    ("en", "It was Sen.Ted Cruz.", ["It was Sen.Ted Cruz."]),
    ("en", "Tips from Yahoo!News today.", ["Tips from Yahoo!News today."]),
]


@pytest.mark.parametrize(("code", "text", "expected"), SEGMENTS)
def test_sentences(code: str, text: str, expected: list[str]) -> None:
    from citekit._lexicon.languages import LANGUAGES

    doc = segment(text, LANGUAGES[code])
    assert [text[s.start : s.end] for s in doc.sentences] == expected


_ABBREVIATED = frozenset(SENTENCE_ABBREVIATIONS)
_SENTENCE = st.from_regex(r"[A-Z][a-z]{1,8}( [a-z]{2,8}){1,5}", fullmatch=True).filter(
    lambda sentence: sentence.rsplit(" ", 1)[-1] not in _ABBREVIATED
)
_QUOTED = st.sampled_from(["{}.", '"{}."', "“{}.”", "{}!"])


@given(st.lists(st.tuples(_SENTENCE, _QUOTED), min_size=2, max_size=5))
def test_sentences_glued_by_a_lost_space_are_cut_apart(sentences: list[tuple[str, str]]) -> None:
    """ "…home.Coach Berg …": each sentence of a paragraph whose spaces were lost is its
    own sentence, with the marks that open and close it, straight or curly."""
    glued = [form.format(sentence) for sentence, form in sentences]
    text = "".join(glued)
    assert [text[s.start : s.end] for s in segment(text).sentences] == glued
