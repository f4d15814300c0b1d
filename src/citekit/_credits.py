"""Image credits: who made an image and which agency or platform supplied it.

A credit is a label ("Featured image via", "Photo:", "(AP Photo/") and a
body of names joined by "/", "|", "via" or ",". The label makes it a credit;
the body is split into people (``creators``) and organisations
(``agencies``), the latter by the agency table in ``_agencies``.
"""

from __future__ import annotations

import regex

from ._agencies import AGENCIES, NOT_NAMES, SCREENSHOT_WORDS
from ._records import Article, ImageCredit, Span
from ._segment import Document

# A labelled credit:
#   "[Featured Image by Spencer Platt/Getty Images]"   "Featured image via screengrab"
#   "(Photo by Tasos Katopodis/Getty Images)"           "Image credit: NASA"
_LABELLED = regex.compile(
    r"""
    (?P<open> [\[(] [ \t]{0,3}+ )?
    (?P<label>
        featured [ \t]{1,3}+ (?:image|photo) | photo [ \t]{1,3}+ credits?
      | image [ \t]{1,3}+ credits? | image [ \t]{1,3}+ (?:source|copyright)
      | photographs? | photos? | images? | pictures?
      | credits? | foto | bild )
    (?P<joint> [ \t]{0,3}+ (?: : [ \t]{0,3}+ | (?:by|via|from|courtesy[ \t]of|is)\b [ \t]{0,3}+ )
               (?:(?:by|via)\b [ \t]{0,3}+)? )
    (?P<body> [^\n\r\]\)]{1,160}? )
    (?P<close> [ \t]{0,3}+ [\])] | (?= \.?[ \t]*(?:$|[\n\r])) | (?= \.[ \t]{1,3}\p{Lu}\p{Ll}) )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)

# An agency credit whose label is the agency: "(AP Photo/Evan Vucci)",
# "REUTERS/Jonathan Ernst", "(AFP Photo / Jane Doe)".
_AGENCY_FIRST = regex.compile(
    r"""
    (?P<open> \( [ \t]{0,3}+ )?
    (?P<label> AP [ \t] Photo | AFP [ \t] Photo | REUTERS | Reuters | EPA | AFP )
    [ \t]{0,3}+ / [ \t]{0,3}+
    (?P<body> [\p{Lu}][^\n\r\)/]{1,80}? )
    (?P<close> [ \t]{0,3}+ \) | (?= [ \t]*(?:$|[\n\r])) | (?= \.[ \t]{1,3}\p{Lu}) )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_SPLIT = regex.compile(r"[ \t]*(?:/|\||\bvia\b|,|&|\band\b|\bon\b)[ \t]*", regex.IGNORECASE)
_POOL_SUFFIX = regex.compile(r"[ \t]*-?[ \t]*\b(?:Pool|POOL|pool)\b[ \t]*$")
_PHOTO_BY = regex.compile(r"^(?P<agency>.+?)[ \t]+photo[ \t]+by[ \t]+(?P<creator>.+)$", regex.I)
_ORG_WORD = regex.compile(
    r"\b(?:news|space|university|universit\w+|institute|agency|observatory|collaboration|"
    r"commons|foundation|museum|archive|archives|library|department|office|ministry|council|"
    r"association|society|college|center|centre|press|times|post|media|tv|network|"
    r"trajectory|act|images|photos|pictures|\.com)\b",
    regex.I,
)
_PERSON_NAME = regex.compile(r"^\p{Lu}[\p{L}'’.-]*+(?:[ \t]{1,3}\p{Lu}[\p{L}'’.-]*+){0,3}$")


def find_image_credits(doc: Document, article: Article) -> tuple[ImageCredit, ...]:
    """Every image credit in the document, in text order."""
    text = doc.text
    credits: list[ImageCredit] = []
    taken_until = -1
    matches = sorted(
        [*_LABELLED.finditer(text), *_AGENCY_FIRST.finditer(text)], key=lambda m: m.start()
    )
    for match in matches:
        if match.start() < taken_until:
            continue
        credit = _credit(text, match)
        if credit is not None:
            credits.append(credit)
            taken_until = credit.span.end
    return tuple(credits)


def _credit(text: str, match: regex.Match[str]) -> ImageCredit | None:
    label = match.group("label")
    joint = match.groupdict().get("joint") or ""
    body = match.group("body").strip(" \t.")
    if not body:
        return None
    if match.start("label") > 0 and text[match.start("label") - 1].isalnum():
        return None
    if match.group("open") and not match.group("close").strip():
        return None  # "(Photo: …" that never closes is prose, not a credit
    if _is_prose(label, joint, body):
        return None
    end = match.end("close") if match.group("close").strip() else match.end("body")
    while end > match.start() and text[end - 1] in " \t.":
        end -= 1
    start = match.start("open") if match.group("open") else match.start("label")
    creators, agencies, screenshot = split_credit(label, joint, body)
    return ImageCredit(
        span=Span(start, end),
        creators=creators,
        agencies=agencies,
        label=label,
        screenshot=screenshot,
        rule="labelled" if match.re is _LABELLED else "agency-first",
    )


def _is_prose(label: str, joint: str, body: str) -> bool:
    """Prose that merely starts like a credit: "photos of the crowd were …"."""
    words = body.split()
    if len(words) > 8:
        return True
    if ":" in joint or "/" in body or "|" in body:
        return False
    first = words[0] if words else ""
    if label.lower() in {"photo", "photos", "image", "images", "picture", "pictures", "photograph"}:
        return not first[:1].isupper() and first.lower() not in SCREENSHOT_WORDS
    return False


def split_credit(
    label: str, joint: str, body: str
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a credit's body into (creators, agencies, is_screenshot)."""
    lowered = body.lower()
    screenshot = (
        any(word in lowered for word in SCREENSHOT_WORDS)
        or "screenshot" in label.lower()
        or joint.strip().lower() == "is"
    )
    creators: list[str] = []
    agencies: list[str] = []
    label_agency = AGENCIES.get(label.lower())
    if label_agency:
        agencies.append(label_agency)
    parts = [p.strip(" \t.") for p in _SPLIT.split(body)]
    parts = [p for p in parts if p]
    by = joint.strip().lower().startswith("by")
    for index, part in enumerate(parts):
        part = _POOL_SUFFIX.sub("", part)
        inner = _PHOTO_BY.match(part)
        if inner:
            _add(agencies, AGENCIES.get(inner["agency"].lower(), inner["agency"]))
            creators.append(inner["creator"])
            continue
        lowered_part = part.lower()
        if not part or lowered_part in NOT_NAMES or lowered_part in SCREENSHOT_WORDS:
            continue
        if any(word in lowered_part for word in SCREENSHOT_WORDS):
            continue
        agency = AGENCIES.get(lowered_part)
        if agency:
            _add(agencies, agency)
        elif _looks_like_person(part, index, len(parts), by, label_agency is not None):
            creators.append(part)
        else:
            _add(agencies, part)
    return tuple(creators), tuple(agencies), screenshot


def _looks_like_person(part: str, index: int, count: int, by: bool, agency_label: bool) -> bool:
    if not _PERSON_NAME.match(part) or _ORG_WORD.search(part) or part.isupper():
        return False
    if agency_label or by or count > 1:
        return True
    return len(part.split()) >= 2


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)
