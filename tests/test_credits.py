"""Image credits: the shapes of tests/cases/credits.yaml, and credits planted in prose."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit._credits import split_credit, split_credit_text
from citekit._lexicon import agencies
from strategies import (
    PlantedCredit,
    credit_text,
    image_credits,
    paragraphs,
    prose,
    unlabelled_credits,
    unseen_credit_lines,
)

_CASES: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "credits.yaml").read_text(encoding="utf-8")
)
_SHAPES = [
    pytest.param(case, id=f"{group}-{index}")
    for group, cases in _CASES.items()
    if group != "not_credits"
    for index, case in enumerate(cases)
]


def _found(text: str) -> list[dict[str, Any]]:
    return [
        {
            "credit": text[credit.span.start : credit.span.end],
            "creators": list(credit.creators),
            "agencies": list(credit.agencies),
            "screenshot": credit.screenshot,
            "label": credit.label,
        }
        for credit in citekit.parse_article(text).image_credits
    ]


@pytest.mark.parametrize("case", _SHAPES)
def test_credit_shape(case: dict[str, Any]) -> None:
    found = _found(case["text"])
    wanted = case["credits"]
    assert [f["credit"] for f in found] == [w["credit"] for w in wanted]
    for got, want in zip(found, wanted, strict=True):
        assert got["creators"] == want["creators"], want["credit"]
        assert got["agencies"] == want["agencies"], want["credit"]
        assert got["screenshot"] == want.get("screenshot", False), want["credit"]
        if "label" in want:
            assert got["label"] == want["label"], want["credit"]


@pytest.mark.parametrize("text", _CASES["not_credits"])
def test_not_a_credit(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("label", "joint", "body", "expected"),
    [
        ("Photo", " by ", "Andrew Burton/Getty Images", (("Andrew Burton",), ("Getty Images",))),
        ("AP Photo", "/", "Evan Vucci, File", (("Evan Vucci",), ("AP",))),
        ("Featured image", " via ", "screengrab", ((), ())),
        ("Credit", ": ", "NASA/JPL-Caltech", ((), ("NASA/JPL-Caltech",))),
    ],
)
def test_split_credit(
    label: str, joint: str, body: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    """The in-package splitter the HTML reader gives a credit element's text."""
    creators, agencies, _ = split_credit(label, joint, body)
    assert (creators, agencies) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(AP Photo/Evan Vucci)", (("Evan Vucci",), ("AP",), False, "AP Photo")),
        (
            "Nadia Haddad | Bloomberg | Getty Images",
            (("Nadia Haddad",), ("Bloomberg", "Getty Images"), False, None),
        ),
        ("Photo by Dan Harper / The Verge", (("Dan Harper",), ("The Verge",), False, "Photo")),
        ("Dan Harper / The Verge", (("Dan Harper",), ("The Verge",), False, None)),
        ("(Source: NASA)", ((), ("NASA",), False, "Source")),
        ("Featured image via screengrab", ((), (), True, "Featured image")),
        (
            "Photo illustration by Slate. Photo by Jane Hartley",
            (("Jane Hartley",), ("Slate",), False, "Photo illustration"),
        ),
        ("", ((), (), False, None)),
    ],
)  # fmt: skip
def test_split_credit_text(
    text: str, expected: tuple[tuple[str, ...], tuple[str, ...], bool, str | None]
) -> None:
    assert split_credit_text(text) == expected


# Plant and find: a credit built from parts, placed in prose, comes back whole.

_PLACES = (
    "{before}\n{credit}",  # on its own line, at the end
    "{before}\n{credit}\n{after}",  # on its own line
    "{before}{credit}",  # glued to the last sentence, as flattened text has it
    "{before} {credit}",  # after the caption on the same line
    "{before} {credit}. {after}",  # and a sentence after it
    "{before}{credit}.\n{after}",
)


@given(credit=image_credits, before=prose, after=paragraphs, place=st.sampled_from(_PLACES))
def test_planted_credit_comes_back(
    credit: tuple[str, tuple[str, ...], tuple[str, ...]], before: str, after: str, place: str
) -> None:
    line, creators, agencies = credit
    text = place.format(before=before, credit=line, after=after)
    (found,) = citekit.parse_article(text).image_credits
    assert text[found.span.start : found.span.end] == line
    assert found.creators == creators
    assert found.agencies == agencies
    assert not found.screenshot


@given(unseen_credit_lines())
def test_a_credit_of_an_unseen_shape_comes_back(planted: PlantedCredit) -> None:
    """Agencies in any case, agencies' own labels, credits glued to the next sentence."""
    (found,) = citekit.parse_article(planted.text).image_credits
    assert planted.text[found.span.start : found.span.end] == planted.credit
    assert (found.creators, found.agencies) == (planted.creators, planted.agencies)


@given(
    credit=unlabelled_credits(),
    before=prose,
    place=st.sampled_from(("Tromsø, Norway", "Lyon, France", "Oslo", "the Old Town")),
)
def test_planted_unlabelled_credit_after_a_capitalised_word_stops_at_the_sentence_end(
    credit: tuple[str, tuple[str, ...], tuple[str, ...]], before: str, place: str
) -> None:
    line, creators, agencies = credit
    text = f"{before} Crowds gathered in {place}. {line}"
    (found,) = citekit.parse_article(text).image_credits
    assert text[found.span.start : found.span.end] == line
    assert (found.creators, found.agencies) == (creators, agencies)


@given(
    label=st.sampled_from(("Featured image via ", "Featured Image: ", "Image via ")),
    shot=st.sampled_from(("screengrab", "screenshot", "screen capture", "video screen capture")),
    platform=st.sampled_from(("", " via YouTube", " via Twitter")),
    before=prose,
)
def test_planted_screenshot_names_no_one(label: str, shot: str, platform: str, before: str) -> None:
    line = label + shot + platform
    text = f"{before}{line}"
    (found,) = citekit.parse_article(text).image_credits
    assert text[found.span.start : found.span.end] == line
    assert found.screenshot
    assert found.creators == ()
    assert found.agencies == ((platform.split()[-1],) if platform else ())


@given(
    credits=st.lists(image_credits, min_size=1, max_size=4),
    sentences=st.lists(prose, min_size=5, max_size=5),
)
def test_several_credits_come_back_in_order(
    credits: list[tuple[str, tuple[str, ...], tuple[str, ...]]], sentences: list[str]
) -> None:
    text = "\n".join(
        f"{sentence}\n{line}" for sentence, (line, _, _) in zip(sentences, credits, strict=False)
    )
    found = citekit.parse_article(text).image_credits
    assert [text[c.span.start : c.span.end] for c in found] == [line for line, _, _ in credits]
    assert [(c.creators, c.agencies) for c in found] == [(c, a) for _, c, a in credits]


# Any text: credits never raise, lie inside the text, come in text order and
# do not overlap, and the same text gives the same credits.


@given(credit_text)
def test_credits_on_any_text(text: str) -> None:
    found = citekit.parse_article(text).image_credits
    end = 0
    for credit in found:
        assert end <= credit.span.start < credit.span.end <= len(text)
        assert (
            text[credit.span.start : credit.span.end].strip()
            == (text[credit.span.start : credit.span.end])
        )
        end = credit.span.end
    assert citekit.parse_article(text).image_credits == found


@given(credit_text)
def test_split_credit_text_on_any_text(text: str) -> None:
    creators, agencies, screenshot, label = split_credit_text(text)
    assert all(isinstance(name, str) and name for name in (*creators, *agencies))
    assert isinstance(screenshot, bool)
    assert label is None or isinstance(label, str)


@given(credit=image_credits, prefix=paragraphs)
def test_prose_before_shifts_a_credit(
    credit: tuple[str, tuple[str, ...], tuple[str, ...]], prefix: str
) -> None:
    line = credit[0]
    alone = citekit.parse_article(line).image_credits
    shifted = citekit.parse_article(f"{prefix}\n{line}").image_credits
    offset = len(prefix) + 1
    assert [(c.span.start + offset, c.span.end + offset) for c in alone] == [
        (c.span.start, c.span.end) for c in shifted
    ]
    assert [(c.creators, c.agencies) for c in alone] == [(c.creators, c.agencies) for c in shifted]


# The agency table is the one place an agency is written: an entry flagged
# there is read in every shape the flag names, with no other edit.

_SHAPES_OF_A_NEW_AGENCY = {
    "(ullstein bild/Li Wei)": {
        "creators": ["Li Wei"],
        "agencies": ["ullstein bild"],
        "rule": "agency-label",
    },
    "NORDBILD/Li Wei": {"creators": ["Li Wei"], "agencies": ["Nordbild"], "rule": "agency-label"},
    "(Nordbild/Li Wei)": {"creators": ["Li Wei"], "agencies": ["Nordbild"], "rule": "agency-label"},
    "Li Wei/Nordbild": {"creators": ["Li Wei"], "agencies": ["Nordbild"], "rule": "agency-line"},
}

_READ_THE_SHAPES = """
import json, sys
import citekit
found = {}
for shape in json.loads(sys.argv[1]):
    credits = citekit.parse_article("The harbour at dawn.\\n" + shape).image_credits
    found[shape] = [
        {"creators": list(c.creators), "agencies": list(c.agencies), "rule": c.rule}
        for c in credits
    ]
print(json.dumps({"file": citekit.__file__, "found": found}))
"""


def _read_with_table(table_edits: list[tuple[str, str]], tmp_path: Path) -> dict[str, object]:
    """The shapes read by a copy of citekit whose agency table had ``table_edits`` made."""
    package = Path(citekit.__file__).parent
    copy = tmp_path / "citekit"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    table = copy / "_lexicon" / "agencies.py"
    source = table.read_text("utf-8")
    for old, new in table_edits:
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    table.write_text(source, "utf-8")
    shapes = json.dumps(list(_SHAPES_OF_A_NEW_AGENCY))
    run = subprocess.run(
        [sys.executable, "-c", _READ_THE_SHAPES, shapes],
        env={"PYTHONPATH": str(tmp_path), "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(run.stdout)
    assert Path(str(result["file"])).parent == copy
    return result


def test_an_agency_is_added_by_one_entry_in_the_table(tmp_path: Path) -> None:
    """Flag ullstein bild as labelling its own pictures, and add a new agency, each one edit in
    ``_lexicon/agencies.py``: both are then read as their flags say."""
    edits = [
        # an agency in the table, now labelling its own pictures
        (
            'Agency("ullstein bild", lower_case=',
            'Agency("ullstein bild", labels=("ullstein bild",), lower_case=',
        ),
        # a new agency: a photo agency that labels its pictures in capitals
        (
            '    Agency("EFE", lines=True),\n',
            '    Agency("EFE", lines=True),\n'
            '    Agency("Nordbild", lines=True, labels=("NORDBILD", "Nordbild")),\n',
        ),
    ]
    for shape in _SHAPES_OF_A_NEW_AGENCY:
        assert citekit.parse_article(f"The harbour at dawn.\n{shape}").image_credits == ()
    found = _read_with_table(edits, tmp_path)["found"]
    assert found == {shape: [want] for shape, want in _SHAPES_OF_A_NEW_AGENCY.items()}


def test_every_form_of_an_agency_names_it() -> None:
    for agency in agencies.AGENCY_TABLE:
        for form in (agency.name, *agency.aliases, *agency.labels, *agency.lone):
            assert agencies.AGENCIES[" ".join(form.split()).lower()] == agency.name, form
    assert set(agencies.AGENCIES.values()) == agencies.AGENCY_NAMES
    assert len({a.name for a in agencies.AGENCY_TABLE}) == len(agencies.AGENCY_TABLE)


_SELF_LABELS = [(label, a.name) for a in agencies.AGENCY_TABLE for label in a.labels]


@pytest.mark.parametrize(("label", "agency"), _SELF_LABELS)
def test_every_self_label_is_read_in_brackets(label: str, agency: str) -> None:
    (credit,) = citekit.parse_article(f"The harbour at dawn. ({label}/Li Wei)").image_credits
    assert (credit.creators, credit.agencies) == (("Li Wei",), (agency,))
    assert credit.rule == "agency-label"
