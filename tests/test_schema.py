"""docs/article.schema.json describes what citekit really writes, field for field."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit.__main__ import main

jsonschema = pytest.importorskip("jsonschema", reason="the test extra installs jsonschema")

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))
SEED = ROOT / "seeds" / "000_7c77af76040d90d3.txt"

# Every kind of record, and the optional parts of each (a speaker and none, a
# post with entities, a credit with a label), in text of our own.
RICH = """\
Harbour talks stall
“We will not sign this week,” said Mara Olsen, a spokeswoman for the port authority.
Officials, speaking on condition of anonymity, said the deal was close, according to Reuters.
Ships wait at anchor. [Photo by Ada Vance/Getty Images]
“Nobody told us anything.”
Still waiting at the dock #harbour @portnews https://t.co/AbCd123 pic.twitter.com/XyZ987ab
— Jo Bright (@jobright) March 3, 2021
"""

validator = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_command_line_output_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    rich = tmp_path / "rich.txt"
    rich.write_text(RICH, encoding="utf-8")
    assert main([str(SEED), str(rich), "--format", fmt, "--quiet"]) == 0
    out = capsys.readouterr().out
    records = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
    assert len(records) == 2
    for record in records:
        validator.validate(record)
    seen = {section for r in records for section in SECTIONS if r[section]}
    assert seen == set(SECTIONS)  # every kind of record was checked


def test_json_lines_input_output_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": 7, "text": RICH}, {"id": "b", "text": ""}, {"text": "No id here."}]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert main(["--jsonl", str(corpus), "-f", "jsonl", "-q"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == [7, "b", None]
    for record in records:
        validator.validate(record)


def test_a_wrong_record_is_rejected() -> None:
    record = citekit.parse_article(RICH).to_dict()
    record["quotes"][0]["speaker"]["kind"] = "wizard"
    assert list(validator.iter_errors(record))
    record = citekit.parse_article(RICH).to_dict()
    record["posts"][0]["shares"] = 12
    assert list(validator.iter_errors(record))


SECTIONS = {
    "posts": ("post", citekit.Post),
    "image_credits": ("image_credit", citekit.ImageCredit),
    "quotes": ("quote", citekit.Quote),
    "sources": ("source", citekit.Source),
}
RECORDS = {
    **dict(SECTIONS.values()),
    "speaker": citekit.Speaker,
    "entity": citekit.Entity,
    "span": citekit.Span,
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_every_field_is_described(name: str) -> None:
    """A field added to a record must be added to the schema (and its docs)."""
    definition = SCHEMA["$defs"][name]
    fields = [f.name for f in attrs.fields(RECORDS[name])]
    assert list(definition["properties"]) == fields
    assert definition["required"] == fields
    assert definition["additionalProperties"] is False


def test_the_article_fields_are_described() -> None:
    fields = [f.name for f in attrs.fields(citekit.Article)]
    assert [p for p in SCHEMA["properties"] if p not in ("input", "id")] == fields


@pytest.mark.parametrize(
    ("path", "literal"),
    [
        (("post", "platform"), "Platform"),
        (("entity", "kind"), "EntityKind"),
        (("quote", "type"), "QuoteType"),
    ],
)
def test_closed_sets_match_the_records(path: tuple[str, str], literal: str) -> None:
    from citekit import _records

    definition, field = path
    expected = list(typing.get_args(getattr(_records, literal)))
    assert SCHEMA["$defs"][definition]["properties"][field]["enum"] == expected


def test_speaker_rules_match_the_records() -> None:
    from citekit import _records

    rule = SCHEMA["$defs"]["speaker"]["properties"]["rule"]["anyOf"][0]
    assert rule["enum"] == list(typing.get_args(_records.SpeakerRule))


def test_every_speaker_says_which_rule_chose_it() -> None:
    from citekit import _records

    speakers = [q.speaker for q in citekit.parse_article(RICH).quotes if q.speaker]
    assert speakers
    assert all(s.rule in typing.get_args(_records.SpeakerRule) for s in speakers)


def test_source_kinds_match_the_records() -> None:
    from citekit import _records

    assert SCHEMA["$defs"]["source_kind"]["enum"] == list(typing.get_args(_records.SourceKind))


@given(st.text(max_size=300))
def test_property_any_article_is_valid(text: str) -> None:
    data: dict[str, Any] = citekit.parse_article(text).to_dict()
    validator.validate(data)
