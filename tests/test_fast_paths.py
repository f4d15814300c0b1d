"""Each shortcut a detector takes past the regex engine finds what the pattern finds.

To keep citekit fast, several scans do not run a pattern over the whole text
but find where it may match with ``str.find`` (or decide the commonest case
in Python) and match it only there. These properties compare each shortcut
with the pattern run the plain way, on text built from the pieces the
pattern cares about, so that a shortcut can never change what is found.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from citekit._credits import cues as _credit_cues
from citekit._hedges import HEDGE, hedge_matches
from citekit._posts import boundaries as _boundaries
from citekit._posts import twitter_text as _twitter_text
from citekit._reading import opens_with_dash
from citekit._reading.clauses import CUE_OPENER, read_clauses
from citekit._reading.names import NameIndex
from citekit._reading.tokens import tokenize
from citekit._reading.units import unit_spans
from citekit._text import segment as _segment
from citekit._text.marks import find_quoted
from citekit._text.segment import lower_keeping_offsets, segment
from strategies import hostile_text

# Pieces of text around line ends, sentence ends, abbreviations and initials.
_SENTENCE_PIECES = (
    "a", "word", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029",
    "\x1c", "\x85", "\v", ".", "!", "?", "...", '"', "'", "”", "’", ")", "]", "“", "(", "A",
    "J", "Mr", "Jan", "approx", "U.S", "e.g", "5", "_", "é", "Lorem ipsum dolor sit amet ",
    "The", "It", "Sen", "xCo", "abcdefg",
)  # fmt: skip
sentence_text = st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=80).map("".join)
# A text long enough beside its end marks to take the path by ``str.find``.
padded_sentence_text = sentence_text.map(lambda t: t + " lorem ipsum dolor sit amet" * 8)

_URL_PIECES = (
    "http://", "https://", "t.co/", "abc", ".com", ".co", "www.", "example", ".", " ", "\n",
    "/", "?q=1", "#x", "@u", "é", "中", "-", "_", "(", ")", "x.com", "\u00a0", "\u3000", "..",
    ":80", "xn--p1ai", "ä.de", "\x85", "\x1c", ".Then", "said.", "U.S.",
)  # fmt: skip
url_text = st.lists(st.sampled_from(_URL_PIECES), max_size=30).map("".join)

_WORDS_PIECES = (
    "Senate", ".", "!", "?", "…", ":", " ", "  ", "\t", "\u00a0", "Just", "said this", "@x",
    ".@y", "#t", "“We", "8", "22.4", "7:30", ")", "’", "https://t.co/abc", "pic.twitter.com/x",
    "PIC.X.COM/y", "HTTP://A.B", "httpſ://", "İ", "x",
)  # fmt: skip
words_text = st.lists(st.sampled_from(_WORDS_PIECES), max_size=40).map("".join)

_HEDGE_PIECES = (
    "it", "is", "are", "was", "were", "has", "been", "said", "believed", "thought",
    "understood", "alleged", "allegedly", "reported", "reportedly", "rumored", "rumoured",
    "rumors", "purportedly", "to", "He", "IS", "It Is Said", "this", " ", "  ", "    ", "\n",
    "\t\t", ".",
)  # fmt: skip
hedge_text = st.lists(st.sampled_from(_HEDGE_PIECES), max_size=20).map(" ".join)


@given(st.one_of(sentence_text, hostile_text))
def test_paragraphs_are_the_pattern_s(text: str) -> None:
    expected = [m.span() for m in _segment.PARAGRAPH.finditer(text)]
    assert list(_segment.paragraph_bounds(text)) == expected


@given(st.one_of(sentence_text, padded_sentence_text, hostile_text))
def test_sentence_ends_are_the_pattern_s(text: str) -> None:
    expected = [m.span("gap") for m in _segment.SENTENCE_END.finditer(text)]
    assert _segment.sentence_gaps(text) == expected


@given(st.one_of(padded_sentence_text, hostile_text))
def test_segment_covers_the_text_in_order(text: str) -> None:
    doc = segment(text)
    for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert a.end <= b.start
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in doc.paragraphs)


def _urls_by_plain_search(text: str) -> list[tuple[str, str, int, int]]:
    found = []
    pos = 0
    while (match := _twitter_text.URL_PATTERN.search(text, pos)) is not None:
        pos = match.end()
        url = _twitter_text.accept_url(match)
        if url is not None:
            found.append(("url", url, match.start(), match.start() + len(url)))
    return found


@given(st.one_of(url_text, hostile_text))
def test_urls_are_the_plain_search_s(text: str) -> None:
    assert _twitter_text.scan_urls(text) == _urls_by_plain_search(text)


@given(st.one_of(words_text, hostile_text), st.data())
def test_post_word_boundaries_are_the_patterns(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    last = data.draw(st.integers(start, len(text)))
    glued = [m.span() for m in _boundaries.glued(text, start, last)]
    assert glued == [m.span() for m in _boundaries.GLUED.finditer(text, start, last)]
    colons = _boundaries.colon_spaces(text, start, last)
    assert colons == [m.end() for m in _boundaries.COLON_SPACE.finditer(text, start, last)]


_BRACKET_BEFORE = regex.compile(r"(?r)(?:[\[(][ \t\u00a0]{0,3}+)?+")


@given(st.text(alphabet=" \t\u00a0[(xP\n", max_size=12), st.data())
def test_bracket_before_a_stem_is_the_pattern_s(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    match = _BRACKET_BEFORE.match(text, max(0, at - 16), at)
    assert match is not None
    assert _credit_cues.bracket_before(text, at) == match.start()


@given(hedge_text)
@example("The militants are" + " " * 30 + "said to have fled.")  # no hedge over a wide gap
def test_hedges_are_the_pattern_s(text: str) -> None:
    found = [m.span() for m in hedge_matches(text, lower_keeping_offsets(text))]
    assert found == [m.span() for m in HEDGE.finditer(text)]


# Clauses of every kind and case, among words that open none.
_CLAUSE_PIECES = (
    "Ana Ruiz said", "the report was published by the Lancet", "Published by the BBC",
    "as reported by Reuters", "Reported By officials", "according to Ana Ruiz",
    "According to the BBC", "in the words of Ana Ruiz", "citing officials", "Citing the BBC",
    "officials told the BBC", "quoted Ana Ruiz as saying", "“Yes,” Adding", "he SAID",
    "ſaid Ana Ruiz", "the İ BBC", "the river rose", "in May", ",", ":", "“Yes”", "\n",
)  # fmt: skip
# Short sentences, so that many hold one clause and nothing else.
clause_text = st.lists(
    st.lists(st.sampled_from(_CLAUSE_PIECES), min_size=1, max_size=3).map(" ".join), max_size=6
).map(". ".join)


@given(st.one_of(clause_text, hostile_text))
@example("'–AA")  # marks the tokens leave out before a signature's dash
@example("&–AA")
def test_a_unit_with_a_clause_is_read(text: str) -> None:
    """The cue words found in one pass, the quotations and a dash that opens a unit
    decide which units are read: never one too few."""
    doc = segment(text)
    quoted = find_quoted(doc)
    names = NameIndex(text)
    triggers = [m.start() for m in CUE_OPENER.finditer(doc.lowered)]
    for span in unit_spans(doc, quoted):
        inside = [q.outer for q in quoted if span.start <= q.outer.start < span.end]
        clauses = read_clauses(text, tokenize(text, span, inside), names)
        if clauses:
            # a quotation's lead-in, label or signature, and a signature under one
            assert (
                any(span.start <= t < span.end for t in triggers)
                or inside
                or opens_with_dash(text, span)
            ), (span, clauses)
