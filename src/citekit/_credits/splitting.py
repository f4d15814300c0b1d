"""The names of a credit split into creators (people, accounts) and agencies.

Where a name stands decides as much as its shape: after "Photo by" a
person-shaped name is the photographer, the last of "Name/Name" without a
known agency is a person only with a given name, a lone name after "via"
is an organisation unless it starts with a given name. ``split_credit`` is
the entry for a reader that already knows a credit's label and joint (the
HTML reader's credit elements).
"""

from __future__ import annotations

import functools

from .._lexicon.agencies import AGENCIES
from .._lexicon.credit_words import NOT_NAMES
from .body import Part, scan_body
from .names import (
    agency_name,
    clean_name,
    collapse,
    has_given_name,
    is_organisation,
    is_person_shaped,
    name_key,
)

# Labels under which a single name is the person who made the picture:
# "Illustration: Jane Hartley".
_BY_LABELS = ("illustration", "photo illustration")


@functools.lru_cache(maxsize=512)
def split_parts(
    parts: tuple[Part, ...], label: str, joint: str, *, agency_label: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a credit's names into (creators, agencies, is_screenshot).

    Cached: a page repeats its credits ("Getty Images", a staff
    photographer's), and reading the names is most of a credit's cost.
    """
    label_key = collapse(label).lower()
    screenshot = (
        any(part.screenshot for part in parts)
        or "screen" in label_key
        or collapse(joint).strip().lower() == "is"
    )
    by = "by" in collapse(joint).lower().split() or label_key.startswith(_BY_LABELS)
    names = _merge_compounds(
        [("user" if part.handle else part.sep, clean_name(part.text)) for part in parts]
    )
    names = [(sep, name) for sep, name in names if name and name.lower() not in NOT_NAMES]
    # a name in brackets after a name ("YouTube (Island Radio)/screengrab"): a channel
    # is an agency; a person is the one the screenshot shows, who made nothing
    shown = [name for sep, name in names if sep == "("]
    names = [(sep, name) for sep, name in names if sep != "("]
    creators: list[str] = []
    agencies: list[str] = []
    if agency_label:
        agencies.append(agency_label)
    known = [is_organisation(name) for _, name in names]
    any_known = any(known) or agency_label is not None
    for index, (sep, name) in enumerate(names):
        canonical = agency_name(name)
        nxt = names[index + 1][0] if index + 1 < len(names) else ""
        if canonical is not None:
            add_once(agencies, canonical)
        elif (
            name.startswith("@") or sep == "user" or (sep == "photo by" and is_person_shaped(name))
        ):
            add_once(creators, name)
        elif nxt == "photo by" or known[index] or not is_person_shaped(name):
            add_once(agencies, name)
        elif not any_known and len(names) > 1 and index == len(names) - 1:
            add_once(creators if has_given_name(name) else agencies, name)
        elif by or any_known or len(names) > 1:
            add_once(creators, name)
        else:
            add_once(creators if has_given_name(name) else agencies, name)
    for name in shown:
        canonical = agency_name(name)
        if canonical is not None or not (is_person_shaped(name) and has_given_name(name)):
            add_once(agencies, canonical or name)
    return tuple(creators), tuple(agencies), screenshot


def _merge_compounds(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join "ESA" "/" "Hubble" into the one agency "ESA/Hubble" the table knows."""
    merged: list[tuple[str, str]] = []
    for sep, name in names:
        if merged and sep == "/" and name_key(f"{merged[-1][1]}/{name}") in AGENCIES:
            merged[-1] = (merged[-1][0], f"{merged[-1][1]}/{name}")
        else:
            merged.append((sep, name))
    return merged


def add_once(names: list[str], name: str) -> None:
    """Append ``name`` unless ``names`` holds it: a credit reports each name once."""
    if name not in names:
        names.append(name)


def split_credit(
    label: str, joint: str, body: str
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a credit's body into (creators, agencies, is_screenshot).

    For a credit whose label and joint are already known (an HTML credit
    element, a caption's "Photo:" line): ``split_credit("Photo", " by ",
    "Andrew Burton/Getty Images")`` gives (("Andrew Burton",), ("Getty
    Images",), False). The body is read as far as it reads as names.
    """
    body = collapse(body)
    parts, _ = scan_body(body, 0)
    agency_label = AGENCIES.get(name_key(label))
    return split_parts(tuple(parts), label, joint, agency_label=agency_label)
