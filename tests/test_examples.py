"""The examples in examples/ and the recipes in docs/recipes.md run as written."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import subprocess
import sys
import threading
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
    assert all(path.read_text().endswith("}\n") for path in written)  # cat-able
    printed = capsys.readouterr().out
    assert f"wrote 3 files to {out}" in printed
    assert re.search(r"^\s+7  Mara Olsen$", printed, re.MULTILINE)


def test_dask_bag_example_parses_each_article_once(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    example = load_example("dask_bag")
    calls: list[str] = []
    lock = threading.Lock()
    parse = citekit.parse_article

    def counted(text: str) -> citekit.Article:
        with lock:
            calls.append(text)
        return parse(text)

    monkeypatch.setattr(citekit, "parse_article", counted)
    # Threads share the counter; the graph, and so the number of parses, is the same
    # whatever the scheduler.
    example.main([str(corpus / "part-*"), str(tmp_path / "out"), "--scheduler", "threads"])
    assert len(calls) == len(set(calls)) == 21


def run_script(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``script`` run as a file by a fresh Python, as a user runs it (``python recipe.py``)."""
    path = cwd / "recipe.py"
    path.write_text(script, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(path)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_dask_bag_example_as_a_script_with_the_default_scheduler(
    corpus: Path, tmp_path: Path
) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_bag.py"), str(corpus / "part-*"), "out"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote 3 files to out" in done.stdout
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "out").glob("*")))
    assert len([json.loads(line) for line in text.splitlines()]) == 21


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
    # The loop that goes on past the texts that cannot be parsed:
    exec(recipe("Many texts in a script", 1), {"texts": [article(1), None, article(2), b"x"]})
    assert capsys.readouterr().out == "2 texts not parsed\n"
    for i in range(3):
        (tmp_path / "news" / f"{i}").mkdir(parents=True)
        (tmp_path / "news" / f"{i}" / "story.txt").write_text(article(i), encoding="utf-8")
    exec(recipe("Many texts in a script", 2), {})
    assert capsys.readouterr().out.splitlines() == [f"news/{i}/story.txt 1" for i in range(3)]


def test_dask_recipe_as_a_script(corpus: Path) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    # Dask's default scheduler for a bag: a pool of processes started with "spawn",
    # which imports the script again in each worker (hence its __main__ guard).
    done = run_script(recipe("Dask", 0), corpus.parent)
    assert done.returncode == 0, done.stderr
    written = sorted((corpus.parent / "results").glob("part-*.jsonl"))
    text = "".join(path.read_text(encoding="utf-8") for path in written)
    assert text.endswith("\n")
    rows = [json.loads(line) for line in text.splitlines()]
    assert [row["id"] for row in rows] == ["2-" + str(i) for i in range(7)]  # the .gz part
    assert done.stdout.startswith("[('Ines Berg', 3), ")


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
