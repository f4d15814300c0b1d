"""Image credits read from markup: credit elements, captions and schema.org data.

A page says who made an image in three places: an element that holds only
the credit (``<span class="credit">``, ``<cite>`` under a figure,
``<div class="img-copyright">``), the end of a caption ("… in 2021. (Source:
NOAA)", "… vor der Abfahrt © Hanna Vogt / Hafenblatt"), and schema.org data
(``ImageObject`` with ``creditText``, ``copyrightHolder``, ``creator``,
``author``, in JSON-LD or microdata). Every credit is split into creators and
agencies by the same rules as credits in text (``_credits.split_credit``),
and then by what only the page knows: a name that is the site's own
("Photo by Ana Lind / Harbour Gazette" on Harbour Gazette) is an organisation, and a
name linked to a social-media account is a person or an account.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from .._credits import find_image_credits, split_credit
from .._lexicon.agencies import AGENCY_NAMES
from .._lexicon.credit_words import COMPANY_SUFFIXES, NOT_NAMES, PRIVATE_WORDS
from .._lexicon.markup import (
    ACCOUNT_HOSTS,
    COPYRIGHT_SIGNS,
    CREDIT_JOINT_WORDS,
    CREDIT_LABEL_WORDS,
    SCHEMA_NOT_ARTICLE_IMAGE_KEYS,
)
from .._records import Article, ImageCredit, Span
from .._text.patterns import lazy_pattern
from .._text.segment import segment
from .tree import Element, Tree, collapse

_LABELS = "|".join(regex.escape(w) for w in sorted(CREDIT_LABEL_WORDS, key=len, reverse=True))
_JOINTS = "|".join(regex.escape(w) for w in CREDIT_JOINT_WORDS)
_SIGNS = "|".join(regex.escape(w) for w in COPYRIGHT_SIGNS)
_GAP = r"[ \t\u00a0]"

# A credit's opening label: "Photo: ", "Photo illustration by ", "Crédits : ", "Image via ".
_LABEL = lazy_pattern(
    rf"""
    (?P<label> {_LABELS} )
    (?P<joint> {_GAP}{{0,3}}+ : {_GAP}{{0,3}}+
             | {_GAP}{{1,3}}+ (?: {_JOINTS} ) \b {_GAP}{{0,3}}+ (?: by \b {_GAP}{{0,3}}+ )? )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A copyright sign, with the years that may follow it: "© ", "(c) 2019 ", "Copyright © ".
_SIGN = lazy_pattern(
    rf"(?P<label>{_SIGNS})(?P<joint>{_GAP}{{0,3}}+(?:©{_GAP}{{0,3}}+)?)", regex.VERBOSE
)
# A joint with no label: "via Getty Images", "Courtesy of NASA".
_JOINT_ONLY = lazy_pattern(
    rf"(?P<label>)(?P<joint>(?:courtesy{_GAP}of|courtesy|via|by)\b{_GAP}{{0,3}}+)", regex.IGNORECASE
)
# Copyright years before the names: "© 2019 Jane Doe", "2004-09 Pier Tools Inc.".
_YEARS = lazy_pattern(r"\A(?:\d{4}+(?:[-–]\d{2,4}+)?)[,.]?[ \t\u00a0]{1,3}+")
# Where one credit ends and the next label starts inside one element:
#   "Photo illustration by Pier Post. Photo by Jonas Brandt."
_NEXT_LABEL = lazy_pattern(
    rf"(?<=[.;|•]){_GAP}{{1,3}}+(?=(?:{_LABELS}){_GAP}{{0,3}}+(?::|(?:{_JOINTS})\b)|{_SIGNS})",
    regex.IGNORECASE,
)

# Credits at the end of a caption, which the text rules of ``_credits`` do not read:
#   "… over the harbour at dawn in March 2021. (Source: NOAA)"
#   "… at the summit on Monday. Jane Doe/Getty Images"
#   "… crossed the bay. (Coast Guard via AP, File)"   "… vor der Abfahrt © Hanna Vogt / Hafenblatt"
_CAPTION_TAIL = lazy_pattern(
    rf"""
    (?: (?P<paren> \( [^()\n]{{1,120}}+ \) )
      | (?P<sign> (?: {_SIGNS} ) [^\n]{{1,150}}+ )
      | (?<= \A | [.!?:|•–—] {_GAP}{{1,3}}+ )
        (?P<labelled> (?: {_LABELS} ) {_GAP}{{0,3}}+ (?: : | (?: {_JOINTS} ) \b ) [^\n]{{1,150}}+ )
      | (?<= [.!?] {_GAP}{{1,3}}+ )
        (?P<slashed> [^\n./|()]{{2,60}}+ (?: [/|] [^\n./|()]{{2,60}}+ ){{1,3}}+ ) )
    {_GAP}{{0,3}}+ \.? {_GAP}{{0,3}}+ \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Site names reduced to a key: "The Harbour Gazette" -> "harbourgazette",
# "hafenblatt.de" -> "hafenblatt".
_DOMAIN_SUFFIX = lazy_pattern(r"\.(?:com?|org|net|info|news|[a-z]{2})(?:\.[a-z]{2})?\Z")
_NOT_KEY = lazy_pattern(r"[^\p{L}\p{N}]++")
_GENERIC_SITE_WORDS = lazy_pattern(
    r"(?:\s(?:magazine|online|news|media|digital|com|magazin|zeitung))+\Z", regex.IGNORECASE
)
# A user name of a photo platform, printed after the agency: "Shutterstock/wavecatcher".
_USER_NAME = lazy_pattern(r"\A[a-z][\w.-]{2,30}+\Z")
# Hosts whose links name an account: "Image: <a href="https://twitter.com/NightLens/…">NightLens</a>".
_ACCOUNT_HOST = lazy_pattern(
    r"//(?:www\.|m\.)?(?:" + "|".join(regex.escape(host) for host in ACCOUNT_HOSTS) + ")/",
    regex.IGNORECASE,
)

# A user name printed before a platform or a stock library: "wavecatcher / Unsplash".
_ACCOUNT_NAME = lazy_pattern(r"\A@?+[a-z0-9][a-z0-9_.-]{2,30}+\Z")
# What only a user name holds, so that a short one ("ab_7") is no agency's initials ("ddp").
_ACCOUNT_MARKS = lazy_pattern(r"[_.\d@]")

# A short name without sentence punctuation: "nordwind Verlag", "Hafenbild".
_ONE_NAME = lazy_pattern(r"\A[\p{L}\p{N}][\p{L}\p{N}&'’ .-]{0,40}+\Z")

_MAX_CREDIT = 200
# A caption's tail credit is at most about 250 characters long (a slashed one:
# four names of 60), so it is looked for in the caption's last characters only.
_MAX_CAPTION_TAIL = 300


@attrs.frozen
class CreditContext:
    """What the page tells about names: the site's own names, linked accounts."""

    site_keys: frozenset[str] = frozenset()
    accounts: frozenset[str] = frozenset()


def site_keys(tree: Tree, url: str | None) -> frozenset[str]:
    """Keys of the site's own names, from its metadata and its address."""
    names: set[str] = set()
    for meta in tree.all("meta"):
        key = (meta.get("property") or meta.get("name")).lower()
        if key in ("og:site_name", "application-name", "twitter:site", "publisher"):
            names.add(meta.get("content").lstrip("@"))
    if url:
        host = regex.sub(r"\A[a-z]+://(?:www\d?\.)?", "", url.lower()).split("/", 1)[0]
        names.add(host)
    keys: set[str] = set()
    for name in sorted(names):
        keys.update(_site_key_variants(name))
    keys.discard("")
    return frozenset(keys)


def _site_key_variants(name: str) -> Iterator[str]:
    name = name.strip().lower()
    if name.startswith("http"):
        name = regex.sub(r"\A[a-z]+://(?:www\d?\.)?", "", name).split("/", 1)[0]
    name = _DOMAIN_SUFFIX.sub("", name.removeprefix("www."))
    yield _NOT_KEY.sub("", name)
    bare = regex.sub(r"\Athe\s+", "", name)
    yield _NOT_KEY.sub("", bare)
    yield _NOT_KEY.sub("", _GENERIC_SITE_WORDS.sub("", bare))


def _name_key(name: str) -> str:
    return _NOT_KEY.sub("", regex.sub(r"\Athe\s+", "", name.strip().lower()))


def accounts_in(element: Element) -> frozenset[str]:
    """The link texts below ``element`` that point to a social-media account."""
    return frozenset(
        a.text() for a in element.outermost("a") if _ACCOUNT_HOST.search(a.get("href"))
    )


def credit_of_element(
    text: str, context: CreditContext, rule: str, *, photographer: bool = False
) -> ImageCredit | None:
    """The credit that a credit element's whole ``text`` gives, or ``None``.

    ``photographer``: the element says it names who took the picture (its class
    "photographer", "photog", "autor", its ``itemprop="author"``), so a lone
    person-shaped name in it is the photographer, as after "Photo by".
    """
    end = _credit_end(text)
    if not end or end > _MAX_CREDIT:
        return None
    body = text[:end]
    creators, agencies, screenshot, label = _split_segments(body, context, photographer)
    if not creators and not agencies and not screenshot and not _private(body):
        return None
    return ImageCredit(
        span=Span(0, end),
        creators=creators,
        agencies=agencies,
        label=label,
        screenshot=screenshot,
        rule=rule,
    )


def credits_in_caption(line: str, context: CreditContext) -> tuple[ImageCredit, ...]:
    """The credits in a caption's text, spans relative to ``line``."""
    candidates = [
        _adjusted(credit, context, "caption-" + credit.rule)
        for credit in find_image_credits(segment(line), Article(text=line))
    ]
    tail = _CAPTION_TAIL.search(line, max(0, len(line) - _MAX_CAPTION_TAIL))
    if tail is not None:
        credit = _caption_tail(line, tail, context)
        if credit is not None:
            candidates.append(credit)
    # Of two readings of one credit, the one that starts first and runs longest:
    # "Crédit photo : Reuters" over the "photo : Reuters" inside it.
    candidates.sort(key=lambda c: (c.span.start, -len(c.span)))
    found: list[ImageCredit] = []
    for credit in candidates:
        if not found or not _overlaps(found[-1].span, credit.span):
            found.append(credit)
    return tuple(found)


def _caption_tail(line: str, tail: regex.Match[str], context: CreditContext) -> ImageCredit | None:
    kind = tail.lastgroup or ""
    start, end = tail.span(kind)
    text = line[start:end].rstrip(" .")
    end = start + len(text)
    inner = text[1:-1] if kind == "paren" else text
    creators, agencies, screenshot, label = _split_segments(inner, context)
    if not creators and not agencies and not (label and _private(inner)):
        return None
    if kind == "paren" and label is None and not _credit_like(inner, agencies):
        return None  # "(left)", "(John Smith)": a note in brackets, not a credit
    if kind == "slashed" and not any(a in AGENCY_NAMES for a in agencies):
        return None  # "… either/or …": only an agency makes a slashed tail a credit
    return ImageCredit(
        span=Span(start, end),
        creators=creators,
        agencies=agencies,
        label=label,
        screenshot=screenshot,
        rule=f"caption-{kind}",
    )


def _credit_end(text: str) -> int:
    """Where a credit element's text ends: before its closing full stop and blanks, unless
    the stop is a company form's ("Apple, Inc.")."""
    end = len(text.rstrip(" ."))
    kept = text.rstrip(" ")
    if kept.endswith(".") and any(
        kept.endswith(form) and kept[-len(form) - 1 : -len(form)] in (" ", ",")
        for form in COMPANY_SUFFIXES
        if form.endswith(".")
    ):
        return len(kept)
    return end


def _private(body: str) -> bool:
    """Whether a credit's names are only a word that credits no one: "Foto: privat"."""
    words = _NOT_KEY.sub(" ", body.lower()).split()
    return bool(words) and words[-1] in PRIVATE_WORDS


def _credit_like(body: str, agencies: tuple[str, ...]) -> bool:
    """A bracket without a label is a credit when it names an agency or joins names."""
    return any(a in AGENCY_NAMES for a in agencies) or "/" in body or " via " in body


def _split_segments(
    text: str, context: CreditContext, photographer: bool = False
) -> tuple[tuple[str, ...], tuple[str, ...], bool, str | None]:
    """Creators, agencies, screenshot flag and first label of a credit's text."""
    creators: list[str] = []
    agencies: list[str] = []
    screenshot = False
    first_label: str | None = None
    for segment_text in _NEXT_LABEL.split(text):
        piece = segment_text.strip(" \t\u00a0[]").lstrip(".")
        piece = piece[: _credit_end(piece)].rstrip(" []")
        if piece.startswith("(") and piece.endswith(")"):
            piece = piece[1:-1].strip()
        label = joint = ""
        opening = _SIGN.match(piece) or _LABEL.match(piece) or _JOINT_ONLY.match(piece)
        if opening is not None:
            label, joint = opening["label"], opening["joint"]
            piece = piece[opening.end() :]
            first_label = first_label or label or joint.strip() or None
        elif photographer:
            joint = " by "  # a photographer's element: its name as after "Photo by"
        piece = piece.strip(" \t\u00a0:").lstrip(".")
        piece = _YEARS.sub("", piece[: _credit_end(piece)].rstrip(" \t\u00a0:"))
        if not piece:
            continue
        found = split_credit(label, joint, piece)
        if not found[0] and not found[1] and not found[2] and piece.lower() not in NOT_NAMES:
            if _ACCOUNT_NAME.match(piece) and (len(piece) >= 5 or _ACCOUNT_MARKS.search(piece)):
                # a user name where a name stands: "© wavecatcher", "hafenkind_foto"
                found = ((piece,), (), False)
            elif _ONE_NAME.match(piece):
                # A credit element's lone name that does not read as a person's:
                # "© nordwind Verlag" is the publisher's.
                found = ((), (piece,), False)
        screenshot = screenshot or found[2]
        creators.extend(c for c in found[0] if c not in creators)
        agencies.extend(a for a in found[1] if a not in agencies)
    creators, agencies = _by_page(creators, agencies, context)
    return tuple(creators), tuple(agencies), screenshot, first_label


def _by_page(
    creators: list[str], agencies: list[str], context: CreditContext
) -> tuple[list[str], list[str]]:
    """Move names by what the page knows: its own name, accounts, platform user names."""
    own = [c for c in creators if _name_key(c) in context.site_keys]
    creators = [c for c in creators if c not in own]
    agencies = agencies + [o for o in own if o not in agencies]
    accounts = [
        a for a in agencies if a in context.accounts and a not in AGENCY_NAMES and " " not in a
    ]
    if any(a in AGENCY_NAMES for a in agencies):
        accounts += [
            a
            for a in agencies
            if _USER_NAME.match(a) and a not in accounts and a not in AGENCY_NAMES
        ]
    creators = creators + [a for a in accounts if a not in creators]
    agencies = [a for a in agencies if a not in accounts]
    return creators, agencies


def _adjusted(credit: ImageCredit, context: CreditContext, rule: str) -> ImageCredit:
    creators, agencies = _by_page(list(credit.creators), list(credit.agencies), context)
    return attrs.evolve(credit, creators=creators, agencies=agencies, rule=rule)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# --- schema.org ---------------------------------------------------------------------


@attrs.frozen
class SchemaCredit:
    """A credit that schema.org data gives for an image, with the image's address."""

    image_url: str
    text: str


def schema_credits(scripts: Iterable[str]) -> list[SchemaCredit]:
    """Credits of the article's ``ImageObject``s in JSON-LD ``scripts`` (logos left out)."""
    found: list[SchemaCredit] = []
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        for image in _image_objects(data):
            text = _schema_credit_text(image)
            if text:
                url = image.get("contentUrl") or image.get("url") or ""
                found.append(SchemaCredit(url if isinstance(url, str) else "", text))
    return found


def _image_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every ``ImageObject`` in ``data`` that is not under a logo, publisher or author key."""
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "ImageObject" in kinds:
                yield node
            for key, value in node.items():
                if key not in SCHEMA_NOT_ARTICLE_IMAGE_KEYS:
                    stack.append(value)


def _schema_credit_text(image: dict[str, Any]) -> str:
    credit = image.get("creditText")
    if isinstance(credit, str) and credit.strip():
        return collapse(credit)
    names: list[str] = []
    for key in ("creator", "author", "copyrightHolder"):
        for name in _names(image.get(key)):
            if name not in names:
                names.append(name)
    return " / ".join(names)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [collapse(value)] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []
