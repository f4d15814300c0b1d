"""Hedged claims: what the article asserts without a source, hedged instead.

"The Pentagon is reportedly tracking …", "it is believed that …", "the
militants are said to have …": a reader wants to see these beside the
sources, as the claims that have none. One pass over the text with one
pattern; hedges inside a quotation (the speaker's own hedge) or an embedded
post are left out.
"""

from __future__ import annotations

import regex

from ._coreference import read
from ._lexicon import HEDGES
from ._records import Article, Hedge, Span
from ._segment import Document

# The hedging words on whole words, longest first: "reportedly",
# "it is believed", "are said to".
_HEDGE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(
        regex.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True)
    )
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)


def find_hedges(doc: Document, article: Article) -> tuple[Hedge, ...]:
    """Every hedge outside quotations and posts, in text order."""
    text = doc.text
    quoted = [q.outer for q in read(doc).quoted] + [p.span for p in article.posts]
    quoted.sort()
    hedges: list[Hedge] = []
    position = 0
    for match in _HEDGE.finditer(text):
        while position < len(quoted) and quoted[position].end <= match.start():
            position += 1
        if position < len(quoted) and quoted[position].start <= match.start():
            continue
        sentence = doc.sentence_at(match.start()) or Span(match.start(), match.end())
        hedges.append(
            Hedge(
                span=Span(match.start(), match.end()),
                cue=match.group(),
                sentence=sentence,
                rule="hedge-word",
            )
        )
    return tuple(hedges)
