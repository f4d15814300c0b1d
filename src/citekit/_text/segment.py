"""One segmentation of the text, shared by every detector.

The text is cut once into paragraphs (lines: scraped articles keep one
paragraph a line, or lose the breaks altogether) and each paragraph into
sentences. Detectors read these spans; none re-segments the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from .._lexicon.languages import ENGLISH
from .._lexicon.lexicon import Lexicon
from .._lexicon.outlets import MARKED_NAME_WORDS
from .._records import Span
from .patterns import lazy_pattern

# A paragraph is a line with its surrounding blanks trimmed: it starts and
# ends with a character that is not white space (as ``str.isspace`` reads it)
# and holds no line break ("\n", "\r\n", "\r", U+2028, U+2029), so both
# one paragraph a line and a whole article on one line are read as written.
# The greedy run backtracks only over the line's trailing blanks: linear.
PARAGRAPH = lazy_pattern(
    r"""
    [^\s\x1c-\x1f]                                        # "The council met …"
    (?: [^\n\r\u2028\u2029]*  [^\s\x1c-\x1f] )?            # … "next month."
    """,
    regex.VERBOSE,
)


# A sentence ends at ".", "!" or "?" (possibly doubled, possibly followed by
# closing quotes or brackets) and a space, before what may start a sentence:
# "… in Libya. The Pentagon …", "… them off?” Expansion …". A full stop
# that ends an abbreviation ends no sentence: "Sen. Ted Cruz", "U.S.
# officials", "Jan. 5", "J. Smith"; nor does the mark inside an outlet's name:
# "E! News reported", "Yahoo! News said" (``MARKED_NAME_WORDS``). Matching the
# punctuation first (not a lookbehind tried at every space) keeps the scan to
# the rare end marks.
def _sentence_end(abbreviations: tuple[str, ...]) -> regex.Pattern[str]:
    marked = "|".join(regex.escape(word) for word in MARKED_NAME_WORDS)
    return lazy_pattern(
        rf"""
        [.!?]{{1,3}}+ [\"'”’“‘»«›‹)\]]{{0,2}}+            # end punctuation, closing marks
        (?<! (?: \b (?: {"|".join(abbreviations)} )         # "Sen.", "Jan.", "Inc."
               | (?<! \p{{L}} ) \p{{Lu}}                      # an initial: "J." in "J. Smith"
               | \p{{L}} \. \p{{L}} )                         # "U.S.", "U.N.", "e.g."
             \.
           | (?<! \p{{L}} ) (?: {marked} ) )                # "E! News", "Yahoo! News"
        (?P<gap> [ \t\u00a0]{{1,20}}+ )                     # the space after it
        (?= (?: [«»‹›] [ \u00a0\u202f] )?+                  # "« La": French spacing
            [\"'“‘„‚«»‹›(\[]{{0,2}} [\p{{Lu}}\p{{N}}] )        # what a sentence may start with
        """,
        regex.VERBOSE,
    )


# The English pattern, made at import; another language's on its first use.
SENTENCE_END = _sentence_end(ENGLISH.abbreviations)
_SENTENCE_ENDS: dict[str, regex.Pattern[str]] = {ENGLISH.code: SENTENCE_END}


def _sentence_end_of(lexicon: Lexicon) -> regex.Pattern[str]:
    """``SENTENCE_END`` for ``lexicon``: its abbreviations and the English ones."""
    found = _SENTENCE_ENDS.get(lexicon.code)
    if found is None:
        words = dict.fromkeys((*ENGLISH.abbreviations, *lexicon.abbreviations))
        found = _SENTENCE_ENDS[lexicon.code] = _sentence_end(
            tuple(regex.escape(word) for word in words)
        )
    return found


@attrs.frozen
class Document:
    """The text with its paragraphs and sentences, in text order.

    ``lowered`` is the text lower-cased with the same offsets
    (``lower_keeping_offsets``), for the case-blind searches of every stage
    (posts, image credits, the reading, hedges), made once here; ``lexicon``
    the language the text is read in (``_lexicon.languages``), whose words
    the stages read. The document holds nothing else: what a stage derives from it (the reading)
    is that stage's own record, handed on by the pipeline.
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    lowered: str = attrs.field(repr=False, eq=False)
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False)
    _paragraph_starts: tuple[int, ...] = attrs.field(repr=False)
    lexicon: Lexicon = attrs.field(default=ENGLISH, repr=False, eq=False)

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (or the one before it)."""
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (or the one before it)."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def paragraph_at(self, offset: int) -> Span | None:
        if not self.paragraphs:
            return None
        return self.paragraphs[self.paragraph_index(offset)]

    def sentence_at(self, offset: int) -> Span | None:
        if not self.sentences:
            return None
        return self.sentences[self.sentence_index(offset)]


_LOWER_PIECE = 1 << 8


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased with the same offsets, in memory bounded by the text's size.

    "İ", the one character that lower-cases to two, is read as "I". Text
    that is not ASCII is lowered a piece at a time: ``str.lower`` first
    builds a buffer of 12 bytes a character, which would make the peak
    memory of a long text many times its size.
    """
    text = text.replace("\u0130", "I")
    if text.isascii():
        return text.lower()
    return "".join(
        text[start : start + _LOWER_PIECE].lower() for start in range(0, len(text), _LOWER_PIECE)
    )


def segment(text: str, lexicon: Lexicon = ENGLISH) -> Document:
    """Cut ``text``, written in ``lexicon``'s language, into paragraphs and sentences,
    in one linear pass."""
    paragraphs = tuple(Span(start, end) for start, end in paragraph_bounds(text))
    gaps = sentence_gaps(text, _sentence_end_of(lexicon))
    if lexicon.ordinal_words and gaps:
        gaps = [gap for gap in gaps if not _after_ordinal(text, gap, lexicon)]
    glued = glued_gaps(text, _abbreviations_of(lexicon))
    if glued:
        gaps = sorted((*gaps, *glued))
    sentences: list[Span] = []
    next_gap = 0
    for paragraph in paragraphs:
        start = paragraph.start
        # A gap lies between two non-blank characters of one line, so it is
        # inside exactly one paragraph: the gaps are consumed in one sweep.
        while next_gap < len(gaps) and gaps[next_gap][0] < paragraph.end:
            gap_start, gap_end = gaps[next_gap]
            next_gap += 1
            if gap_start >= start:
                sentences.append(Span(start, gap_start))
                start = gap_end
        sentences.append(Span(start, paragraph.end))
    return Document(
        text=text,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        lowered=lower_keeping_offsets(text),
        lexicon=lexicon,
        sentence_starts=tuple(s.start for s in sentences),
        paragraph_starts=tuple(p.start for p in paragraphs),
    )


def paragraph_bounds(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: what ``PARAGRAPH.finditer`` gives, found faster.

    When the text breaks lines with line feeds only, each line is found with
    ``str.find`` and trimmed with ``str.isspace``, which reads white space
    exactly as the pattern's ``[^\\s\\x1c-\\x1f]`` does; a line that neither
    starts nor ends with a blank (most of them) is not even sliced.
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        for match in PARAGRAPH.finditer(text):
            yield match.span()
        return
    size = len(text)
    start = 0
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if end > start:
            if not text[start].isspace() and not text[end - 1].isspace():
                yield start, end
            else:
                line = text[start:end]
                kept = line.lstrip()
                if kept:
                    first = end - len(kept)
                    yield first, first + len(kept.rstrip())
        start = end + 1


# A sentence glued to the one before it, where a scrape lost the space: a word
# ending in two lower-case letters or three digits, its end mark, perhaps a closing
# and an opening quotation mark, and a capitalised word ("in the tunnel.Rovers
# manager", 'be brave."Rovers', "home.”“We", "above $25,000.The").
_GLUED_END = lazy_pattern(
    r"(?<=\p{Ll}\p{Ll}|\p{N}\p{N}\p{N})[.!?]([”’\"]?)([\"“]?)(?=\p{Lu}\p{Ll})"
)
_WORD_BEFORE = lazy_pattern(r"\p{L}+$")

# A live blog's time stamp glued to the entry it opens, and perhaps to the sentence
# before it, where a scrape lost the line breaks: "…without electricity.17:40Ardmore
# Power says", "17:21Council leader Ana Ruiz has just spoken", "10:48 p.m.Ruiz campaign: …".
_GLUED_TIME = lazy_pattern(
    r"(?<![\p{L}\p{N}:])(?:[01]?\d|2[0-3]):[0-5]\d(?:[ ]?[ap]\.m\.)?(?=\p{Lu}\p{Ll})"
)
_END_MARKS = frozenset('.!?”’"')
_ABBREVIATIONS: dict[str, frozenset[str]] = {}


def _abbreviations_of(lexicon: Lexicon) -> frozenset[str]:
    """The words whose end mark ends no glued sentence in ``lexicon``'s language, and
    English's, and the outlets' "Yahoo!"."""
    found = _ABBREVIATIONS.get(lexicon.code)
    if found is None:
        words = (*ENGLISH.abbreviations, *lexicon.abbreviations, *MARKED_NAME_WORDS)
        found = _ABBREVIATIONS[lexicon.code] = frozenset(w.rstrip("!?") for w in words)
    return found


def glued_gaps(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Empty gaps between sentences glued together ('brave."Rovers', "calmer.The").

    The gap follows a closing quotation mark and precedes an opening one. A
    straight mark is read by the straight marks before it in its line: after an
    odd number it closes the quotation they opened ('…brave."Rovers'), after an
    even number it opens one ('consulted."We found'). The word before the end
    mark must be no abbreviation ("vs.The") nor an outlet's "Yahoo!".
    """
    gaps: list[tuple[int, int]] = []
    marks = 0  # the straight marks of the current line before the last match
    seen = 0  # where counting stopped: one pass over the text
    for match in _GLUED_END.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if word is not None and word.group() in abbreviations:
            continue
        mark = match.start(1)
        newline = text.rfind("\n", seen, mark)
        if newline >= 0:
            marks = text.count('"', newline + 1, mark)
        else:
            marks += text.count('"', seen, mark)
        seen = mark
        at = match.end(1)  # after a closing mark, before an opening one
        if match.group(1) == '"' and not match.group(2) and marks % 2 == 0:
            at -= 1  # before a straight mark that opens: an even number before it in its line
        gaps.append((at, at))
    for match in _GLUED_TIME.finditer(text):  # "…electricity.17:40Ardmore Power says"
        if match.start() > 0 and text[match.start() - 1] in _END_MARKS:
            gaps.append((match.start(), match.start()))
        gaps.append((match.end(), match.end()))
    return sorted(gaps)


# A number of one or two digits and its full stop, and the words either side:
# German writes ordinals so ("am 15. Juni", "des 21. Jahrhunderts").
_ORDINAL_BEFORE = lazy_pattern(r"(?:(?<![\p{L}\p{N}])(\p{L}+)\s+)?\d{1,2}\.$")
_WORD_AFTER = lazy_pattern(r"\p{L}+")


def _after_ordinal(text: str, gap: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether the full stop before ``gap`` is an ordinal's, not a sentence's end.

    "am 15. Juni", "seit dem 3. Oktober", "des 21. Jahrhunderts": a number of
    one or two digits after a word of ``lexicon.ordinal_openers`` or before
    one of ``lexicon.ordinal_words``.
    """
    start, end = gap
    before = _ORDINAL_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    opener = before.group(1)
    if opener is not None and opener.lower() in lexicon.ordinal_openers:
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group().lower() in lexicon.ordinal_words


# What may follow a sentence's end mark in ``SENTENCE_END``: more marks and
# closing marks, then the space after it.
_END_RUN = frozenset(".!?\"'”’“‘»«›‹)]")
_GAP_SPACE = frozenset(" \t\u00a0")


def sentence_gaps(text: str, pattern: regex.Pattern[str] = SENTENCE_END) -> list[tuple[int, int]]:
    """The ``gap`` spans of ``SENTENCE_END.finditer(text)``, found faster.

    The pattern can only start at a ".", "!" or "?"; in prose those are few,
    and they are found with ``str.find`` (the engine would try the pattern's
    leading class at every offset), and the pattern is matched at each in text
    order, resuming after each match as ``finditer`` does. In text dense with
    marks ("A. A. A. …") the engine's own scan is the faster, and is used.
    """
    marks = _mark_offsets(text)
    if marks is None:
        return [match.span("gap") for match in pattern.finditer(text)]
    gaps: list[tuple[int, int]] = []
    size = len(text)
    floor = 0
    for at in marks:
        if at < floor:
            continue
        # The marks and closing marks (five at most) must be followed by a space.
        after = at + 1
        while after < size and after - at < 6 and text[after] in _END_RUN:
            after += 1
        if after >= size or text[after] not in _GAP_SPACE:
            continue
        match = pattern.match(text, at)
        if match is not None:
            gaps.append(match.span("gap"))
            floor = match.end()
    return gaps


# One end mark per this many characters or more is a text dense with marks.
_DENSE_MARKS = 40


def _mark_offsets(text: str) -> list[int] | None:
    """The offsets of ".", "!" and "?" in ``text``, in order; ``None`` when the text is
    dense with them (and the list would weigh more than the text)."""
    marks: list[int] = []
    most = len(text) // _DENSE_MARKS
    for mark in ".!?":
        at = text.find(mark)
        while at >= 0:
            if len(marks) >= most:
                return None
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    return marks
