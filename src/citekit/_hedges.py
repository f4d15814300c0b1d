"""Hedged claims: what the article asserts without a source, hedged instead.

"The Pentagon is reportedly tracking …", "it is believed that …", "the
militants are said to have …": a reader wants to see these beside the
sources, as the claims that have none. One pass over the text with one
pattern; hedges inside a quotation (the speaker's own hedge) or an embedded
post are left out.

Documented internals, which the tests read: ``HEDGE``, the one pattern that
defines a hedge, and ``hedge_matches``, what it finds, found faster.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ._lexicon.hedges import HEDGES
from ._reading import Reading
from ._records import Article, Hedge, Span
from ._text.patterns import lazy_pattern
from ._text.segment import Document

# The most white space between two words of a hedge: "it is  said".
_MAX_GAP = 3
# The hedging words on whole words, longest first: "reportedly",
# "it is believed", "are said to".
HEDGE = lazy_pattern(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(
        regex.escape(h).replace(r"\ ", rf"\s{{1,{_MAX_GAP}}}")
        for h in sorted(HEDGES, key=len, reverse=True)
    )
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)


# Finding them: the regex engine tries an alternation of phrases at every
# offset of the text, which costs more than the rest of the detector. Each
# hedge has a rare word ("reportedly", "believed", "said"), its anchor; the
# anchors are found with substring searches in the lower-cased text, and the
# pattern is tried only where a hedge holding one may start: at the anchor,
# or at a hedge's first word ("it", "are") a few words before it.
_WORD_ANCHORS = {max(reversed(h.split()), key=len) for h in HEDGES}
# An anchor that holds another ("allegedly" holds "alleged") is found with it, at
# the same offsets, and is not searched for again.
_ANCHORS = tuple(
    sorted(a for a in _WORD_ANCHORS if not any(b != a and b in a for b in _WORD_ANCHORS))
)
_FIRST_WORDS = lazy_pattern(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(sorted({regex.escape(h.split()[0]) for h in HEDGES}, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)


def _reach(hedge: str) -> int:
    """How far before its anchor ``hedge`` may start, its spaces at their widest."""
    before = hedge[: hedge.index(max(reversed(hedge.split()), key=len))]
    return len(before) + (_MAX_GAP - 1) * before.count(" ")


# How far before its anchor a hedge may start: "it has been   ".
_REACH = max(_reach(h) for h in HEDGES)


def find_hedges(doc: Document, reading: Reading, article: Article) -> tuple[Hedge, ...]:
    """Every hedge outside quotations and posts, in text order (English hedges: none
    in a language whose lexicon lists no hedge words)."""
    if not doc.lexicon.hedges:
        return ()
    text = doc.text
    quoted = [q.outer for q in reading.quoted] + [p.span for p in article.posts]
    quoted.sort()
    hedges: list[Hedge] = []
    position = 0
    for match in hedge_matches(text, doc.lowered):
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


def _words_before(anchor: str) -> frozenset[str] | None:
    """The words a hedge holding ``anchor`` has before it ("is", "are", ... before
    "said"), or None when a hedge starts with it ("reportedly")."""
    before: set[str] = set()
    for hedge in HEDGES:
        words = hedge.split()
        for index, word in enumerate(words):
            if anchor in word:
                if index == 0:
                    return None
                before.add(words[index - 1])
    return frozenset(before)


# An anchor found after none of these words ("he said") starts no hedge and ends none.
_BEFORE_ANCHOR = {anchor: _words_before(anchor) for anchor in _ANCHORS}


def _may_hold_hedge(lowered: str, anchor: str, at: int) -> bool:
    """Whether the anchor found at ``at`` may belong to a hedge: it may start one, or the
    word before it is one that a hedge has there ("is said", not "he said")."""
    words = _BEFORE_ANCHOR[anchor]
    if words is None:
        return True
    end = at
    while end > 0 and at - end <= _REACH and lowered[end - 1].isspace():
        end -= 1
    tail = lowered[max(end - 8, 0) : end]
    # "ſ" and other letters that match an ASCII letter when case is ignored: let them by
    return not tail.isascii() or tail.endswith(tuple(words))


def hedge_matches(text: str, lowered: str) -> Iterator[regex.Match[str]]:
    """What ``HEDGE.finditer(text)`` gives, trying the pattern only near anchors.

    One difference: the anchors are found in the lower-cased text, so a hedge
    spelled with a letter that only case-folds to an ASCII one ("it is ſaid")
    is not found, where the pattern, which ignores case, would find it.
    """
    starts: set[int] = set()
    for anchor in _ANCHORS:
        at = lowered.find(anchor)
        while at >= 0:
            if not _may_hold_hedge(lowered, anchor, at):
                at = lowered.find(anchor, at + 1)
                continue
            starts.add(at)
            window = max(at - _REACH, 0)
            starts.update(m.start() for m in _FIRST_WORDS.finditer(lowered, window, at))
            at = lowered.find(anchor, at + 1)
    taken_until = 0
    for start in sorted(starts):
        if start < taken_until:
            continue
        match = HEDGE.match(text, start)
        if match is not None:
            taken_until = match.end()
            yield match
