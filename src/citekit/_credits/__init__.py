"""Image credits: who made an image and which agency or platform supplied it.

A credit is a cue and a body. The cue is a label and its joint ("Featured
image via", "Photo:", "Image credit:", "Courtesy of", "©"), or an agency
that labels its own pictures ("(AP Photo/", "REUTERS/"); a line such as
"Spencer Platt/Getty Images" or "Lena Park | Getty Images", whose last name
is a photo agency, is a credit without a label. The body is a few names
joined by "/", "|", ",", "&", "via", "and", "on", "for" or "from"; it must
end where a credit ends (a closing bracket, a full stop, the end of the line,
or the next credit), so a label that opens a sentence of prose is no credit.
Each name is then an agency (by the table in ``_lexicon.agencies``,
canonical) or a person, by where it stands and what it looks like;
``docs/credits.md`` spells the rules out.

The modules, in the order a credit is read:

* ``cues``: labelled credits and agencies' own labels, found at their stems;
* ``lines``: credits without a label (agency lines, an agency alone);
* ``body``: a credit's names read one by one, and where the credit ends;
* ``names``: what one name is (agency, organisation, person-shaped);
* ``splitting``: the names split into creators and agencies.

Everything is bounded: one ``find`` pass over the text for the stems of
cues and for the separators of unlabelled credits, then for each hit a
match anchored there and a walk over a few names of a few words.
"""

from __future__ import annotations

import heapq

from .._records import Article, ImageCredit
from .._text.patterns import lazy_pattern
from .._text.segment import Document, lower_keeping_offsets
from .body import scan_body
from .cues import CueReader, cue_starts, stem_hits
from .lines import bare_credit_at, bare_name_starts, lone_agencies, lone_agency
from .names import collapse
from .splitting import add_once, split_credit, split_parts

__all__ = ["find_image_credits", "split_credit", "split_credit_text"]


def find_image_credits(doc: Document, article: Article) -> tuple[ImageCredit, ...]:
    """Every image credit in the document, in text order."""
    return _find_credits(doc.text, doc.lowered)


# The kinds of candidate, in the order they are taken at one offset.
_AT_CUE, _BEFORE_SEPARATOR, _LONE_AGENCY = range(3)


def _find_credits(text: str, lowered: str | None = None) -> tuple[ImageCredit, ...]:
    """Every credit in ``text``: cues and agency lines in text order, none overlapping.

    The candidates are listed as offsets only, and each is matched when its
    turn comes: a text of many cues ("(Photo: " repeated) would otherwise
    hold a match object, with all its groups, for every one of them at once.
    Candidates are taken by start, then kind: a cue (listed as its start
    alone), names before a separator, an agency alone.
    """
    if lowered is None:
        lowered = lower_keeping_offsets(text)
    hits = stem_hits(lowered)
    candidates = heapq.merge(
        ((start, _AT_CUE, start) for start in cue_starts(text, hits)),
        ((start, _BEFORE_SEPARATOR, at) for start, at in bare_name_starts(text)),
        ((at, _LONE_AGENCY, index) for at, index in lone_agencies(text, hits)),
    )
    credits: list[ImageCredit] = []
    taken_until = -1
    reader = CueReader(text)
    for start, kind, value in candidates:
        if start < taken_until:
            continue
        credit: ImageCredit | None
        if kind == _AT_CUE:
            credit = reader.credit_at(start)
        elif kind == _BEFORE_SEPARATOR:
            credit = bare_credit_at(text, start, value)
        else:
            credit = lone_agency(text, start, value)
        if credit is not None:
            credits.append(credit)
            taken_until = credit.span.end
    return tuple(credits)


# Any one- or two-word label before a colon, for a credit element whose text
# is known to be a credit: "Source: NASA", "Bildquelle: dpa".
_ANY_LABEL = lazy_pattern(r"[(\[]?+(?P<label>\p{L}{2,20}+(?:[ ]\p{L}{2,20}+)?+)[ ]?+[:：][ ]?+")


def split_credit_text(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool, str | None]:
    """Split a whole credit into (creators, agencies, is_screenshot, label).

    ``text`` is one credit as a reader sees it: "(AP Photo/Evan Vucci)",
    "Photo: Lena Park via Getty Images", "Nadia Haddad | Bloomberg |
    Getty Images", or a credit element's bare "Ana Kim / The Verge".
    Two credits in one string ("Photo illustration by Slate. Photo by …")
    give the names of both; the label is the first credit's.
    """
    text = collapse(text)
    found = _find_credits(text)
    if found:
        creators: list[str] = []
        agencies: list[str] = []
        for credit in found:
            for name in credit.creators:
                add_once(creators, name)
            for name in credit.agencies:
                add_once(agencies, name)
        screenshot = any(credit.screenshot for credit in found)
        return tuple(creators), tuple(agencies), screenshot, found[0].label
    label_match = _ANY_LABEL.match(text)
    body = text[label_match.end() :] if label_match else text.strip("()[] ")
    parts, _ = scan_body(body.rstrip(")] "), 0)
    label = label_match.group("label") if label_match else None
    split = split_parts(tuple(parts), label or "", "")
    return (*split, label)
