"""The command line: formats, standard input, and bad inputs that never stop a batch."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.__main__ import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c77af76040d90d3.txt"


def test_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "posts (2)" in out
    assert "Carl Woog" in out
    assert "Spencer Platt" in out


def test_jsonl_one_line_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), str(SEED), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["input"] == str(SEED)
    assert {"posts", "image_credits", "quotes", "sources", "text"} <= set(record)


def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert data[0]["image_credits"][0]["creators"] == ["Spencer Platt"]


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["input"] == "-"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "latin1.txt", "caf\xe9".encode("latin-1")), "not UTF-8"),
    ],
    ids=["missing", "directory", "not-utf8"],
)
def test_a_bad_input_is_reported_and_the_rest_parsed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    bad = make(tmp_path)
    assert main([str(bad), str(SEED), "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert f"citekit: {bad}: {reason}" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.out.splitlines()) == 1  # the seed was still parsed


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--format", "xml", str(SEED)])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citekit", str(SEED), "-f", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["posts"][0]["handle"] == "Omojuwa"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
