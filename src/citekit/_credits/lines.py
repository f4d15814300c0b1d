"""Credits without a label: names that end in a photo agency, and an agency alone.

"Spencer Platt/Getty Images" or "Lena Park | Getty Images", whose last name
is a photo agency, is a credit without a label when it stands alone on its
line or sentence; so is "(NASA via AP)" in brackets, "Lena Park for The
Washington Post" after a sentence, and "Getty Images" alone at a caption's
end. The names are matched backwards from each separator ("/", "|", "via",
"for"), found by one ``find`` pass each.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon.agencies import LONE_CREDITS, PHOTO_AGENCIES
from .._lexicon.credit_words import NOT_NAMES
from .._records import ImageCredit, Span
from .._text.patterns import lazy_pattern
from .body import (
    BLANKS,
    BOUNDARY_BEFORE,
    END,
    END_CLOSE,
    LINE_END,
    Part,
    scan_body,
    starts_line_or_sentence,
)
from .cues import CUE_STEMS
from .names import (
    OUTLET_NAMES,
    agency_name,
    clean_name,
    collapse,
    is_acronym,
    is_organisation,
    is_person_shaped,
)
from .splitting import split_parts

# The names before a "/", "|" or "via" of a credit without a label, matched
# backwards from the separator: "Marco Diaz" in "…majority.Marco
# Diaz/Getty Images", "Lena Park" in "Lena Park | Getty Images", "(NASA"
# in "(NASA via AP)".
_NAMES_BEFORE = lazy_pattern(
    r"""
    (?r) (?P<open> \( )?+
    \p{Lu} [\p{L}\p{M}'’.-]{0,40} (?: [ \t\u00a0]{1,4} \p{Lu} [\p{L}\p{M}'’.-]{0,40} ){0,4}
    [ \t\u00a0]{0,3}
    """,
    regex.VERBOSE,
)

_NAMES_OPEN = "open"

# The end of a sentence inside what ``_NAMES_BEFORE`` read as names, the
# last one before the separator: "France. " in "…in Lyon, France. Marc
# Dubois/Getty Images". A word of two lower-case letters or more before
# the full stop, so initials ("J. Scott") and "Jr." stay inside a name.
_SENTENCE_GAP = lazy_pattern(r"(?r)(?<=\p{Ll}{2}\.)[ \t\u00a0]{1,3}+(?=\p{Lu})")

# The separators an unlabelled credit's names stand before.
_SEPARATORS = ("/", "|", " via ", " for ")


def bare_name_starts(text: str) -> Iterator[tuple[int, int]]:
    """(start, separator) of the names before each "/", "|", "via" or "for" that may open an
    unlabelled credit, in order, read as they are taken (none is listed).

    The separators are read in text order; names hold none, so the names
    before one start after the one before it, and their starts come in order too.
    """
    # each separator that follows a word with a capital, as one int, 4 * offset
    # + kind: a list of ints, sorted once, weighs little beside the text
    found: list[int] = []
    for kind, separator in enumerate(_SEPARATORS):
        at = text.find(separator)
        while at >= 0:
            if not _no_capital_before(text, at):
                found.append(4 * at + kind)
            at = text.find(separator, at + 1)
    found.sort()
    for code in found:
        at, kind = divmod(code, 4)
        separator = _SEPARATORS[kind]
        names = _NAMES_BEFORE.match(text, max(0, at - 120), at)
        if names is not None and text.find(".", names.start(), at) >= 0:
            gap = _SENTENCE_GAP.search(text, names.start(), at)
            if gap is not None:  # "… in Lyon, France. Marc Dubois/Getty Images"
                names = _NAMES_BEFORE.match(text, gap.end(), at)
        if names is not None and _may_open_bare_credit(text, names, separator):
            yield names.start(), at


def _no_capital_before(text: str, at: int) -> bool:
    """True where ``_NAMES_BEFORE`` cannot match before ``at``: the word there holds no
    capital ("waited for", "https://"), so it is no name's last word."""
    end = at
    while end > 0 and at - end < 3 and text[end - 1] in BLANKS:
        end -= 1
    space = text.rfind(" ", max(0, end - 42), end)
    word = text[max(space + 1, end - 42, 0) : end]
    return word.isascii() and (word.islower() or not word)


def _may_open_bare_credit(text: str, names: regex.Match[str], separator: str) -> bool:
    if names.group(_NAMES_OPEN) is not None:
        return True
    if separator == " via ":
        # "NASA via AP" only in brackets; "Handout via REUTERS" as a caption's end too;
        # "Lena Park via Getty Images" as a whole line (``_bare`` checks its end)
        name = collapse(names.group()).lower()
        if _starts_line(text, names.start()):
            return True
        return name in NOT_NAMES and starts_line_or_sentence(text, names.start())
    if separator == " for ":
        # "Lena Park for The Washington Post": after a line or a sentence only
        return starts_line_or_sentence(text, names.start())
    start = names.start()
    spaces = 0
    while start > 0 and text[start - 1] in " \t\u00a0" and spaces < 3:
        start -= 1
        spaces += 1
    if start == 0:
        return True
    before = text[start - 1]
    return before in BOUNDARY_BEFORE or (before.islower() and spaces > 0)


def bare_credit_at(text: str, start: int, separator: int) -> ImageCredit | None:
    """The unlabelled credit whose names start at ``start`` before the separator at
    ``separator`` (a pair ``bare_name_starts`` gave), or None."""
    names = _NAMES_BEFORE.match(text, start, separator)  # as bare_name_starts did
    return _bare(text, names) if names is not None else None


def _bare(text: str, match: regex.Match[str]) -> ImageCredit | None:
    """A credit without a label: names ending in a photo agency, alone on their line or sentence.

    "Spencer Platt/Getty Images", "Nadia Haddad | Bloomberg | Getty
    Images", "AFP/Getty Images", and in brackets "(NASA via AP, File)". Every
    joint is "/", "|" or "via", every name before the agency a person or
    another agency, and the credit ends as a credit does; "Reuters/Harris poll"
    ends in no agency and is prose.
    """
    opened = match.group(_NAMES_OPEN) is not None
    parts, body_end = scan_body(text, match.start() + opened)
    names = [part for part in parts if clean_name(part.text).lower() not in NOT_NAMES]
    if len(parts) < 2 or not names:
        return None  # "Handout via REUTERS": a handout is no name, but the agency is
    if any(part.sep not in {"/", "|", "via", "-", ",", "for"} for part in parts[1:]):
        return None
    if any(part.sep == "," for part in names[1:]):
        return None  # "File" may follow a comma, a name may not
    tail = clean_name(names[-1].text)
    if any(part.sep == "for" for part in parts[1:]):
        # "Lena Park for The Washington Post": a photographer working for an outlet
        if len(names) != 2 or tail not in OUTLET_NAMES or not is_person_shaped(names[0].text):
            return None
    elif _self_labelled(text, match.start(), names, opened, body_end):
        pass  # "(Xinhua/Li Wei)", "XINHUA/Li Wei": the agency's own label, then its photographer
    elif agency_name(tail) not in PHOTO_AGENCIES and not (
        # "(Jabin Botsford/The Washington Post)": in brackets, any named organisation
        opened and is_organisation(tail) and not is_acronym(tail)
    ):
        return None
    if (
        not opened
        and any(part.sep == "via" for part in parts[1:])
        and clean_name(parts[0].text).lower() not in NOT_NAMES
        and LINE_END.match(text, body_end) is None
    ):
        return None  # "Lena Park via Getty Images" is a credit as a whole line only
    first = names[0].text
    if len(first.split()) > 4 or not (
        agency_name(first) or is_person_shaped(first) or is_organisation(first)
    ):
        return None
    end_match = END.match(text, body_end)
    if end_match is None or (opened and end_match.group(END_CLOSE) != ")"):
        return None
    end = end_match.end(END_CLOSE) if opened else body_end
    creators, agencies, screenshot = split_parts(tuple(parts), "", "")
    return ImageCredit(
        span=Span(match.start(), end),
        creators=creators,
        agencies=agencies,
        label=None,
        screenshot=screenshot,
        rule="agency-line",
    )


def _self_labelled(text: str, start: int, names: list[Part], opened: bool, end: int) -> bool:
    """Whether names are a photo agency's own label and the photographer after it: "(Xinhua/Li
    Wei)", "XINHUA/Li Wei", "UPI Photo/Jane Roe" (AP, AFP, Reuters and EPA print theirs in
    ``SELF_LABELS``; every agency of the table's ``lines`` may).

    Out of brackets, the label is in capitals or has "Photo" (so "Reuters/Harris poll"
    stays prose), and the credit is a whole line: the table's agencies are named in
    prose too.
    """
    if len(names) != 2 or names[1].sep != "/":
        return False
    label = collapse(names[0].text)
    agency = agency_name(clean_name(label))
    if agency not in PHOTO_AGENCIES or not is_person_shaped(clean_name(names[1].text)):
        return False
    if opened:
        return True
    own_label = label.isupper() or label.lower().endswith(" photo")
    # a line's end, or the next sentence glued by a lost line break ("…/Li WeiThe")
    ends = LINE_END.match(text, end) is not None or text[end : end + 1].isupper()
    return own_label and ends and _starts_line(text, start)


def _starts_line(text: str, at: int) -> bool:
    """Whether ``at`` starts a line, after blanks."""
    while at > 0 and text[at - 1] in BLANKS:
        at -= 1
    return at == 0 or text[at - 1] in "\n\r\u2028\u2029"


def lone_agencies(text: str, hits: list[list[int]]) -> list[tuple[int, int]]:
    """(offset, index in ``LONE_CREDITS``) where an agency that may stand alone as a credit
    is printed ("Getty Images"), in text order (at one offset, in the order of the table).

    A name that holds a cue's stem ("Getty Images", "AP Photo") is looked for
    only where the stem stands (``hits``); the others with a search of their own.
    """
    found: list[tuple[int, int]] = []
    for index, (name, stem, offset) in enumerate(_LONE_STEMS):
        if stem < 0:
            longer = _LONGER[index]
            at = text.find(name)
            while at >= 0:
                if not any(text.startswith(other, at) for other in longer):
                    found.append((at, index))  # ("Getty" where "Getty Images" stands: once)
                at = text.find(name, at + len(name))
            continue
        for hit in hits[stem]:
            if hit >= offset and text.startswith(name, hit - offset):
                found.append((hit - offset, index))
    found.sort()
    return found


def _lone_stem(name: str) -> tuple[str, int, int]:
    """(name, index of the first stem it holds in ``CUE_STEMS`` or -1, the stem's offset)."""
    lowered = name.lower()
    for index, stem in enumerate(CUE_STEMS):
        if stem in lowered:
            return name, index, lowered.index(stem)
    return name, -1, 0


# The lone agencies, each with the cue stem it is found by (the names hold no
# border, a suffix that is also a prefix: no two of one name's occurrences overlap).
_LONE_STEMS = tuple(_lone_stem(name) for name in LONE_CREDITS)
# For each lone name, the longer ones it begins ("Getty" begins "Getty Images"): where
# one of those stands, it is the candidate, not the short one inside it.
_LONGER = tuple(
    tuple(other for other in LONE_CREDITS if other != name and other.startswith(name))
    for name in LONE_CREDITS
)


def lone_agency(text: str, at: int, index: int) -> ImageCredit | None:
    """A lone "Getty Images" at a caption's end: its own line, or a sentence at a line end.

    ``index`` is the agency's in ``LONE_CREDITS``, as ``lone_agencies`` gave it.
    """
    name = _LONE_STEMS[index][0]
    end = at + len(name)
    if not starts_line_or_sentence(text, at) or LINE_END.match(text, end) is None:
        return None
    agency = agency_name(name)
    if agency != name and " " not in name and not _starts_line(text, at):
        return None  # a short form ("Getty") is a credit as a whole line only
    return ImageCredit(
        span=Span(at, end),
        agencies=(agency,) if agency else (name,),
        label=None,
        rule="agency-line",
    )
