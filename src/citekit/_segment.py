"""One segmentation of the text, shared by every detector.

The text is cut once into paragraphs (lines: scraped articles keep one
paragraph a line, or lose the breaks altogether) and each paragraph into
sentences. Detectors read these spans; none re-segments the text.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ._records import Span

# A paragraph is a run of non-blank text between line breaks: "\n", "\r\n",
# "\r" and the Unicode line and paragraph separators all end one.
_PARAGRAPH = regex.compile(r"[^\n\r\u2028\u2029]+")

# A sentence ends at ".", "!" or "?" (possibly doubled, possibly followed by
# closing quotes or brackets) and a space, before what may start a sentence:
# "… in Libya. The Pentagon …", "… them off?” Expansion …".
_SENTENCE_END = regex.compile(
    r"""
    (?<= [.!?]{1,3} [\"'”’)\]]{0,2} )   # end punctuation, closing marks
    [ \t\u00a0]{1,20}+                 # the space after it
    (?= [\"'“‘(\[]{0,2} [\p{Lu}\p{N}] )  # what a sentence may start with
    """,
    regex.VERBOSE,
)

# Abbreviations after which a full stop does not end a sentence:
# "Sen. Ted Cruz", "U.S. officials", "Jan. 5", "J. Smith".
_ABBREVIATION_BEFORE = regex.compile(
    r"""
    (?: \b (?: Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|Hon
             |Pres|Sec|Atty|Supt|Det|Insp|Gov|St|Mt|Ft|Jr|Sr|No|Vol|vs|etc|approx
             |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Bros
             |Ave|Blvd|Rd|Univ|Dept|Fig|ca|cf|al ) \.
      | (?<! \p{L} ) \p{Lu} \.           # an initial: "J." in "J. Smith"
      | (?: \p{L} \. ){2,}+ )            # "U.S.", "U.N.", "e.g."
    \Z
    """,
    regex.VERBOSE,
)


# A run of capitalised words that may name someone: "Carl Woog", "Sen. Ted
# Cruz", "Marta de la Vega", "Jürgen Köhler". Bounded, so it stays linear.
_NAME_RUN = regex.compile(
    r"""
    (?<! [\p{L}\p{N}] )
    \p{Lu} [\p{Ll}\p{M}'’-]{1,30}+ \.?
    (?: [ ] (?: (?:de|la|van|von|der|bin|al|da|di|del|le)[ ] ){0,3}+
        (?: \p{Lu}\. | \p{Lu} [\p{Ll}\p{M}'’-]{1,30}+ ) ){1,4}+
    """,
    regex.VERBOSE,
)


@attrs.frozen
class Document:
    """The text with its paragraphs, sentences and capitalised name runs, in text order.

    ``names`` are candidate proper names found in the same single pass: the
    speakers' fuller names that a later "he said" or "Woog said" refers to.
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    names: tuple[Span, ...]
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False)
    _paragraph_starts: tuple[int, ...] = attrs.field(repr=False)

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


def segment(text: str) -> Document:
    """Cut ``text`` into paragraphs and sentences, in one linear pass."""
    trimmed = (_trimmed(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text))
    paragraphs = tuple(p for p in trimmed if p is not None)
    sentences: list[Span] = []
    for paragraph in paragraphs:
        sentences.extend(_sentences(text, paragraph))
    return Document(
        text=text,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        names=tuple(Span(m.start(), m.end()) for m in _NAME_RUN.finditer(text)),
        sentence_starts=tuple(s.start for s in sentences),
        paragraph_starts=tuple(p.start for p in paragraphs),
    )


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _sentences(text: str, paragraph: Span) -> list[Span]:
    spans: list[Span] = []
    start = paragraph.start
    for gap in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        before = text[max(start, gap.start() - 12) : gap.start()]
        if _ABBREVIATION_BEFORE.search(before):
            continue
        spans.append(Span(start, gap.start()))
        start = gap.end()
    if start < paragraph.end:
        spans.append(Span(start, paragraph.end))
    return spans
