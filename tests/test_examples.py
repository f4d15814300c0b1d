"""The examples in examples/ and the recipes in docs/recipes.md run as written."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

import citekit

ROOT = Path(__file__).resolve().parents[1]

SPEAKERS = ["Mara Olsen", "Tomas Reyes", "Ines Berg"]


def article(i: int) -> str:
    name = SPEAKERS[i % len(SPEAKERS)]
    return (
        f"Harbour report {i}\n"
        f"“The cranes stop at {i % 12} o’clock,” said {name}, a spokeswoman for the port.\n"
        f"Ships wait at anchor. [Photo by Ada Vance/Getty Images]\n"
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three partitions of JSON Lines, one of them gzipped, with a blank line."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for part in range(3):
        rows = [json.dumps({"id": f"{part}-{i}", "text": article(part * 10 + i)}) for i in range(7)]
        data = ("\n".join(rows) + "\n\n").encode("utf-8")
        if part == 2:
            (folder / f"part-{part}.jsonl.gz").write_bytes(gzip.compress(data))
        else:
            (folder / f"part-{part}.jsonl").write_bytes(data)
    return folder


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_bag_example(corpus: Path) -> None:
    dask = pytest.importorskip("dask", reason="the dask extra is not installed")
    example = load_example("dask_bag")
    with dask.config.set(scheduler="synchronous"):
        rows = example.citations(str(corpus / "part-*")).compute()
        speakers = example.top_speakers(example.citations(str(corpus / "part-*"))).compute()
    assert [row["id"] for row in rows] == [f"{p}-{i}" for p in range(3) for i in range(7)]
    for row, i in zip(rows, [p * 10 + i for p in range(3) for i in range(7)], strict=True):
        expected = citekit.parse_article(article(i)).to_dict()
        del expected["text"]
        assert row == {"id": row["id"], **expected}
    assert sorted(speakers) == [("Ines Berg", 7), ("Mara Olsen", 7), ("Tomas Reyes", 7)]


def test_dask_bag_example_command(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    example = load_example("dask_bag")
    out = tmp_path / "out"
    assert example.main([str(corpus / "part-*"), str(out), "--scheduler", "synchronous"]) == 0
    written = sorted(out.glob("part-*.jsonl"))
    assert len(written) == 3
    rows = [json.loads(line) for path in written for line in path.read_text().splitlines()]
    assert len(rows) == 21
    assert all(row["image_credits"][0]["agencies"] == ["Getty Images"] for row in rows)
    printed = capsys.readouterr().out
    assert f"wrote 3 files to {out}" in printed
    assert re.search(r"^\s+7  Mara Olsen$", printed, re.MULTILINE)


def recipe(title: str, number: int = 0) -> str:
    """The Python block ``number`` under the heading ``title`` in docs/recipes.md."""
    text = (ROOT / "docs" / "recipes.md").read_text(encoding="utf-8")
    section = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```python\n")[number + 1].split("```", 1)[0]


def test_parse_many_recipes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    exec(recipe("Many texts in a script", 0), {"texts": [article(1), article(2)]})
    for i in range(3):
        (tmp_path / "news" / f"{i}").mkdir(parents=True)
        (tmp_path / "news" / f"{i}" / "story.txt").write_text(article(i), encoding="utf-8")
    exec(recipe("Many texts in a script", 1), {})
    assert capsys.readouterr().out.splitlines() == [f"news/{i}/story.txt 1" for i in range(3)]


def test_dask_recipe(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dask = pytest.importorskip("dask", reason="the dask extra is not installed")
    monkeypatch.chdir(corpus.parent)
    with dask.config.set(scheduler="synchronous"):
        exec(recipe("Dask", 0), {})
    rows = [
        json.loads(line)
        for path in sorted((corpus.parent / "results").glob("part-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [row["id"] for row in rows] == ["2-" + str(i) for i in range(7)]  # the .gz part


def test_pandas_recipe(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed")
    monkeypatch.chdir(corpus)
    (corpus / "articles.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": article(i)}) + "\n" for i in range(6)),
        encoding="utf-8",
    )
    namespace: dict[str, object] = {}
    exec(recipe("pandas"), namespace)
    quotes = namespace["quotes"]
    assert list(quotes["speaker"]) == [SPEAKERS[i % 3] for i in range(6)]  # type: ignore[index]
    assert list(quotes.columns)[:2] == ["id", "speaker"]  # type: ignore[attr-defined]
