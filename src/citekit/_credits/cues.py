"""Labelled credits: a cue ("Photo:", "Featured image via", "©", "(AP Photo/") and its body.

A cue is a label and its joint ("Featured image via", "Photo:", "Image
credit:", "Courtesy of", "©"), or an agency that labels its own pictures
("(AP Photo/", "REUTERS/"). Cues are looked for only where one of
``CUE_STEMS`` stands (one ``find`` pass each over the lower-cased text), and
matched there, at the bracket before the stem, or at the word before it;
whether the label and its joint can open a credit where they stand is then
decided by ``_cue_is_credit`` ("the photo by the wall" cannot).
"""

from __future__ import annotations

import regex

from .._lexicon.agencies import AGENCIES, SELF_LABELS
from .._lexicon.credit_words import PRIVATE_WORDS
from .._records import ImageCredit, Span
from .._text.patterns import lazy_pattern
from .body import BLANKS, END, END_CLOSE, may_start_name, scan_body, starts_line_or_sentence
from .names import agency_name, collapse, is_organisation, name_key
from .splitting import split_parts


def _label_alternation(labels: tuple[str, ...]) -> str:
    """The agencies' own labels as one alternation, longest first ("AP Photos" before
    "AP Photo"): each word as printed, "Photo" in any case, one to three blanks between."""
    alternatives = []
    for label in sorted(dict.fromkeys(labels), key=len, reverse=True):
        words = [
            f"(?i:{regex.escape(word.lower())})"
            if word.lower() in ("photo", "photos")
            else regex.escape(word)
            for word in label.split()
        ]
        alternatives.append(r"[ \t]{1,3}+".join(words))
    return "|".join(alternatives)


# A labelled credit's cue, or an agency's own label (``SELF_LABELS``, from the table):
#   "[Featured Image by "   "Featured image via "   "(Photo: "   "Photograph: "
#   "Image credit: "   "Image copyright "   "© "   "Courtesy of "   "Foto: "
#   "(AP Photo/"   "REUTERS/"   "(Reuters/"   "EPA/"   "Credit...", "Image source, "
_CUE = lazy_pattern(
    r"""
    (?P<open> [\[(] [ \t\u00a0]{0,3}+ )?
    (?:
        (?P<label>
            (?i: (?: featured | header | lead | main | top | cover | hero ) [ \t]{1,3}+
                   (?: image | photo | picture | img )
                   (?: [ \t]{1,3}+ (?: credits? | source | copyright ) )?+
               | (?: photo | image | picture ) s?+ [ \t]{1,3}+ (?: credits? | sources? | copyright )
               | photo [ \t]{1,3}+ illustration
               | photographs? | photos? | images? | pictures? | pics?
               | illustrations? | graphics? | fotos? | bild
               | (?: video [ \t]{1,3}+ )?+
                 (?: screen [ \t]?+ (?: shots? | grabs? | captures? ) | screengrabs? | screencaps? )
               | photography | credits? | crédits? (?: [ \t]{1,3}+ photos? )?+ | copyright
               | courtesy | composite ) (?! \p{L} )
          | (?P<sign> © )
        )
        (?P<joint>
            [ \t\u00a0]{0,3}+ [:：] [ \t\u00a0]{0,3}+
            (?: (?i: by | via | from | courtesy [ \t]{1,3}+ of ) [ \t\u00a0]{1,3}+
              | © [ \t\u00a0]{0,3}+ )?+                     # "(Image: © Lena Park)"
          | [ \t\u00a0]{1,3}+ (?i: by | via | from | courtesy [ \t]{1,3}+ of | of | is )
            (?: [ \t\u00a0]{0,3}+ : )?+ [ \t\u00a0]{1,3}+
          | [ \t\u00a0]{0,3}+ (?: \.{3} | … | , ) [ \t\u00a0]{0,3}+
          | [ \t\u00a0]{0,3}+ )
      | (?P<alabel> """
    + _label_alternation(SELF_LABELS)
    + r""" )
        (?P<ajoint> [ \t\u00a0]{0,3}+ / [ \t\u00a0]{0,3}+
                  | (?<= (?i: photo ) ) (?= [ \t\u00a0]{0,3}+ \) ) )
    )
    """,
    regex.VERBOSE,
)

# The cue's groups, by name: the pattern is compiled on first use, not at import.
_LABEL, _SIGN, _JOINT, _ALABEL, _AJOINT = "label", "sign", "joint", "alabel", "ajoint"

# The stems of the labels in ``_CUE``, lower-cased: cues are looked for only
# where one of them stands, which keeps the one pass over the text a fast ``find``.
_LABEL_STEMS = (
    "photo", "image", "pic", "img", "illustr", "graphic", "foto", "bild", "screen",
    "credit", "crédit", "copyright", "courtesy", "composite", "©",
)  # fmt: skip


def _with_label_stems(stems: tuple[str, ...], labels: tuple[str, ...]) -> tuple[str, ...]:
    """``stems`` and the first word, lower-cased, of each agency's label that they do not find.

    A cue is matched where a stem stands and at the short word before it
    (``_WORD_BEFORE``): "AP Photo" is found by "photo", "EPA-EFE" by "epa",
    but "REUTERS" and "Nordbild" (whose "bild" is no word of its own) need
    their own stem, where the label starts.
    """
    found = list(stems)
    for label in labels:
        words = label.lower().split()
        at_start = any(words[0].startswith(stem) for stem in found)
        after_word = (
            len(words) > 1
            and words[0].isalpha()
            and len(words[0]) <= 10
            and any(words[1].startswith(stem) for stem in found)
        )
        if not (at_start or after_word):
            found.append(words[0])
    return tuple(found)


#: Every cue contains one of these, lower-cased: the labels' stems, then the
#: agencies' own labels ("reuters", "afp", "epa").
CUE_STEMS = _with_label_stems(_LABEL_STEMS, SELF_LABELS)


# Where a cue may start before its stem: at the stem, at a bracket before it
# (``bracket_before``), or at the word before it with its bracket:
# "[Featured Image", "(AP Photo".
_WORD_BEFORE = lazy_pattern(r"(?r)(?:[\[(][ \t\u00a0]{0,3}+)?+\p{L}{1,10}+[ \t\u00a0]{1,3}+")

# "(Official White House Photo by": the organisation that owns a picture,
# before the "Photo by" of a credit in brackets, matched backwards.
_OWNER_BEFORE = lazy_pattern(
    r"(?r)\([ \t\u00a0]{0,3}(?P<owner>\p{Lu}[\p{L}.]{0,20}(?:[ \t\u00a0]\p{Lu}[\p{L}.]{0,20}){0,4})"
    r"[ \t\u00a0]{1,3}"
)

# A site's own footer, not a credit: "© 2017 Example News. All rights reserved."
_RIGHTS_RESERVED = lazy_pattern(r"[ \t\u00a0.,]{0,4}+(?i:all[ \t]{1,3}+rights[ \t]{1,3}+reserved)")


class CueReader:
    """Reads the cue that starts at an offset; a cue in brackets and its label share one match.

    A bracket before a label ("(Photo: ", "[ Featured image") is the cue's
    ``open`` group; matched at the bracket or at the label, the pattern reads
    the same label and joint. So the label is matched once, and the match is
    kept for the label's own candidate, which comes next in text order.
    """

    __slots__ = ("_at", "_match", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = -1
        self._match: regex.Match[str] | None = None

    def credit_at(self, start: int) -> ImageCredit | None:
        text = self._text
        open_start = -1
        label_at = start
        if text[start] in "[(":
            open_start = start
            label_at = start + 1
            while label_at < len(text) and label_at - start <= 3 and text[label_at] in BLANKS:
                label_at += 1
            if label_at >= len(text) or text[label_at] in "[(":
                return None  # no label after the bracket (no bracket opens two cues)
        if label_at != self._at:
            self._at, self._match = label_at, _CUE.match(text, label_at)
        cue = self._match
        return _labelled(text, cue, open_start) if cue is not None else None


def stem_hits(lowered: str) -> list[list[int]]:
    """Where each of ``CUE_STEMS`` stands in ``lowered`` (the text lower-cased, same offsets)."""
    hits: list[list[int]] = []
    for stem in CUE_STEMS:
        found: list[int] = []
        at = lowered.find(stem)
        while at >= 0:
            found.append(at)
            at = lowered.find(stem, at + 1)
        hits.append(found)
    return hits


def cue_starts(text: str, hits: list[list[int]]) -> list[int]:
    """Where a cue may start in ``text``: at each stem (``hits``), and just before it;
    in order, an offset possibly more than once (a list weighs less than a set)."""
    starts: list[int] = []
    for found_at in hits:
        for found in found_at:
            starts.append(found)
            bracket = bracket_before(text, found)
            if bracket != found:
                starts.append(bracket)
            if found > 0 and text[found - 1] in BLANKS:  # else no word before it is read
                head = _WORD_BEFORE.match(text, max(0, found - 16), found)
                if head is not None:
                    starts.append(head.start())
    starts.sort()
    return starts


def bracket_before(text: str, at: int) -> int:
    """Where a cue starts that has a bracket before its stem: at the bracket, up to
    three blanks before ``at`` ("( Photo"), else at ``at``. (As the pattern
    ``(?r)(?:[\\[(][ \\t\\u00a0]{0,3}+)?+`` matched backwards from ``at``, without the
    engine's cost of a call.)"""
    start = at
    while start > 0 and at - start < 3 and text[start - 1] in BLANKS:
        start -= 1
    return start - 1 if start > 0 and text[start - 1] in "[(" else at


def _labelled(text: str, match: regex.Match[str], open_start: int) -> ImageCredit | None:
    """The credit a cue opens, or None when what follows is not a credit's body.

    ``match`` is the cue from its label on; ``open_start`` is where its bracket
    stands before it, or -1.
    """
    # Groups are read by number: a read by name costs a lookup each time.
    agency_end = match.end(_AJOINT)
    body_start = agency_end if agency_end >= 0 else match.end(_JOINT)
    if not may_start_name(text, body_start) and (
        agency_end < 0 or "/" in text[match.start(_AJOINT) : agency_end]
    ):
        return None  # no name follows: "(Photo: (Photo: …"
    found_label, sign, found_joint, agency_label, agency_joint = match.group(
        _LABEL, _SIGN, _JOINT, _ALABEL, _AJOINT
    )
    opened = open_start >= 0
    if agency_label is not None:
        label = agency_label
        label_start = match.start(_ALABEL)
        if not opened and not _labels_anywhere(agency_label):
            return None  # "Reuters/Harris poll": a name in mixed case only in brackets
        if "/" not in agency_joint and not opened:
            return None
    else:
        label = found_label
        label_start = match.start(_LABEL)
        cue_start = open_start if opened else label_start
        if not _cue_is_credit(
            text, label, found_joint, sign is not None, opened, cue_start, label_start
        ):
            return None
    owner = (
        _owner_before(text, label, found_joint, label_start)
        if agency_label is None and not opened
        else None
    )
    if owner is not None:  # "(Official White House Photo by Jo Lin)"
        opened, open_start = True, owner[0]
    parts, body_end = scan_body(text, body_start)
    private = not parts and agency_label is None and _private_end(text, body_start)
    if private:
        body_end = private  # "Foto: privat": a credit line that credits no one
    elif not parts and not (agency_label and "/" not in agency_joint):
        return None
    end_match = END.match(text, body_end)
    if end_match is None:
        return None
    copyright = sign or label.lower().startswith("copyright") or "©" in (found_joint or "")
    if copyright and _RIGHTS_RESERVED.match(text, body_end):
        return None  # the site's own copyright line
    start, end = label_start, body_end
    close = end_match.group(END_CLOSE)
    if close is not None and opened:
        if (close == "]") != (text[open_start] == "["):
            return None
        start, end = open_start, end_match.end(END_CLOSE)
    elif opened and close is None:
        return None  # "(Photo: …" that runs on and never closes
    joint = found_joint or agency_joint or ""
    owner_agency = owner[1] if owner is not None else None
    creators, agencies, screenshot = split_parts(
        tuple(parts),
        label,
        joint,
        agency_label=AGENCIES.get(name_key(agency_label or "")) or owner_agency,
    )
    if not creators and not agencies and not screenshot and not private:
        return None
    return ImageCredit(
        span=Span(start, end),
        creators=creators,
        agencies=agencies,
        label=collapse(label),
        screenshot=screenshot,
        rule="agency-label" if agency_label else "labelled",
    )


# A word that credits no one after a label: "Foto: privat", "© privé" (``PRIVATE_WORDS``).
_PRIVATE = lazy_pattern(
    r"(?i:"
    + "|".join(regex.escape(w) for w in sorted(PRIVATE_WORDS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)


def _private_end(text: str, at: int) -> int:
    """Where a word that credits no one ends, if one stands at ``at``; else 0."""
    found = _PRIVATE.match(text, at)
    return found.end() if found is not None else 0


def _labels_anywhere(agency_label: str) -> bool:
    """Whether an agency's own label is one outside brackets too: in capitals ("REUTERS",
    "EPA-EFE") or with "Photo" ("AP Photo/…"); a name in mixed case ("Reuters/…") is as
    often the start of prose ("Reuters/Ipsos poll") and is read only in brackets."""
    return agency_label.isupper() or "photo" in agency_label.lower()


def _owner_before(text: str, label: str, joint: str, label_start: int) -> tuple[int, str] | None:
    """The bracket and the organisation before a "Photo by" cue: "(Official White House ".

    A picture taken for an institution names it before "Photo by" inside the
    credit's bracket; it is the credit's agency, and the bracket its start.
    """
    if collapse(label).lower() not in {"photo", "photos"} or "by" not in collapse(joint).lower():
        return None
    found = _OWNER_BEFORE.match(text, max(0, label_start - 80), label_start)
    if found is None:
        return None
    owner = collapse(found.group("owner"))
    if not is_organisation(owner):
        return None
    return found.start(), agency_name(owner) or owner


def _cue_is_credit(
    text: str, found_label: str, found_joint: str, sign: bool, opened: bool, start: int, at: int
) -> bool:
    """Whether a label and its joint can open a credit where they stand.

    ``start`` is where the cue starts: its bracket when ``opened``, else its
    label, which starts at ``at``. The joint must suit the label ("Image credit:" needs its colon,
    "Courtesy" its "of", only "©" and "copyright" stand bare). A label in
    running text starts with a capital ("Photo by …", not "the photo by …")
    unless a bracket or a line start sets it apart, and it is glued to the
    word before only when that is a number or the label is the unmistakable
    "Featured image" ("…2017Featured Image: …", "…country.Featured image via …").
    """
    label = collapse(found_label).lower()
    joint = collapse(found_joint).lower()
    word = joint.strip(" :：.…,")
    colon = ":" in joint or "：" in joint
    if "." in joint or "…" in joint or "," in joint:
        # "Credit...Doug Mills/…" (a page's ellipsis), "Image source, Getty Images"
        return any(stem in label for stem in ("credit", "source")) and starts_line_or_sentence(
            text, at
        )
    if sign:
        if word in {"of", "is"}:
            return False
    elif label.endswith("copyright"):
        if word:
            return False
    elif label == "courtesy":
        if not (colon or word == "of"):
            return False
    elif any(stem in label for stem in ("credit", "crédit", "source")):
        if not colon:
            return False
    elif word == "of" or (word == "is" and not label.startswith("featured")) or not (colon or word):
        return False
    before = text[start - 1] if start > 0 else "\n"
    first = found_label[0]
    if sign:
        return not before.isalnum()
    if before.isalpha():
        return label.startswith("featured") and first.isupper()
    if before in "\n\r\u2028\u2029" or opened:
        return True
    return first.isupper()
