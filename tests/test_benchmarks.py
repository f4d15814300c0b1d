"""The benchmark scripts run and print their tables (their figures are not checked).

The scripts are timed by hand, never in the tests; here each runs once on a
tiny corpus with its timer reduced to a single round, so that a change to
citekit's API that breaks a script is caught.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import floor  # noqa: E402


def _one_round(run: object, *args: object, **kwargs: object) -> float:
    run()  # type: ignore[operator]
    return 0.001


def test_floor_prints_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "“We will open the bridge in May,” said Mayor Ann Holt.\n", encoding="utf-8"
    )
    monkeypatch.setattr(floor, "best_time", _one_round)
    assert floor.main([str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "1 article," in printed
    for work in ("str.split()", "one token pattern pass", "one small object", "parse_article"):
        assert work in printed


def test_floor_names_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert floor.main([str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err
