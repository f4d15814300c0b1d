"""The command line: inputs of every kind, formats, failures that never stop a batch,
the progress bar and the summary line."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit.__main__ import main
from citekit._cli.inputs import looks_like_markup
from citekit._cli.report import render_text
from processes import needs_linux, open_folder, run_unprivileged
from strategies import hostile_text

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c77af76040d90d3.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
QUOTE = "“The bridge stays shut,” said Mara Olsen, a spokeswoman for the city.\n"
SUMMARY = re.compile(
    r"citekit: (?P<parsed>[\d,]+) parsed, (?P<failed>[\d,]+) failed in [\d.]+ s; "
    r"found (?P<posts>[\d,]+) posts?, (?P<credits>[\d,]+) image credits?, "
    r"(?P<quotes>[\d,]+) quotes?, (?P<sources>[\d,]+) sources?"
)

Capture = pytest.CaptureFixture[str]


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


def run(capsys: Capture, *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def jsonl(out: str) -> list[dict[str, Any]]:
    assert out.endswith("\n") or not out
    # str.splitlines would also split at U+2028 and friends: the output escapes
    # them, and every record is one line by "\n" and by splitlines alike.
    lines = out.removesuffix("\n").split("\n") if out else []
    assert lines == out.splitlines()
    return [json.loads(line) for line in lines]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# -- formats -------------------------------------------------------------------


def test_text_report(capsys: Capture) -> None:
    status, out, _ = run(capsys, SEED)
    assert status == 0
    assert out.startswith(f"{SEED}\n2 posts · 1 image credit · 3 quotes · 5 sources\n")
    for heading in ("Posts", "Image credits", "Quotes", "Sources"):
        assert f"\n{heading}\n" in out
    assert "  Spencer Platt  Getty Images" in out
    assert re.search(r"\n  Carl Woog +“At the request", out)
    assert "\033[" not in out  # no colour into a file or a pipe


def test_text_report_is_aligned(capsys: Capture) -> None:
    _, out, _ = run(capsys, SEED)
    quotes = out.split("\nQuotes\n")[1].split("\n\n")[0].splitlines()
    starts = {line.index("“") for line in quotes if "“" in line}
    assert len(starts) == 1  # every quotation starts in the same column
    assert all(len(line) <= 100 for line in out.splitlines())  # wrapped to 100 into a pipe


def test_text_report_of_an_empty_article(capsys: Capture, tmp_path: Path) -> None:
    _, out, _ = run(capsys, write(tmp_path / "empty.txt", ""))
    assert out == f"{tmp_path / 'empty.txt'}\n0 posts · 0 image credits · 0 quotes · 0 sources\n"


def test_control_characters_never_reach_the_terminal(capsys: Capture, tmp_path: Path) -> None:
    text = "“Clear \x1b[2J the screen,” said Mara Olsen.\n"
    _, out, _ = run(capsys, write(tmp_path / "esc.txt", text))
    assert "\x1b" not in out
    assert "Clear \ufffd[2J the screen" in out


@pytest.mark.parametrize(
    ("argv", "environment", "coloured"),
    [
        ([], {}, True),
        ([], {"NO_COLOR": "1"}, False),
        ([], {"TERM": "dumb"}, False),
        (["--color", "never"], {}, False),
        (["--color", "always"], {"NO_COLOR": "1"}, True),
    ],
)
def test_colour_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], environment: dict[str, str], coloured: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main([str(SEED), *argv]) == 0
    assert ("\033[1m" in terminal.getvalue()) is coloured
    assert "Carl Woog" in terminal.getvalue()


def test_colour_always_into_a_pipe(capsys: Capture) -> None:
    _, out, _ = run(capsys, SEED, "--color", "always")
    assert "\033[33mCarl Woog\033[0m" in out


def test_jsonl_one_line_per_input(capsys: Capture) -> None:
    status, out, _ = run(capsys, SEED, SEED, "--format", "jsonl")
    assert status == 0
    records = jsonl(out)
    assert len(records) == 2
    assert records[0]["input"] == str(SEED)
    assert list(records[0])[:2] == ["input", "text"]
    assert records[0] == {"input": str(SEED), **citekit.parse_article(SEED_TEXT).to_dict()}


def test_json_is_one_array(capsys: Capture) -> None:
    status, out, _ = run(capsys, SEED, SEED, "-f", "json")
    assert status == 0
    data = json.loads(out)
    assert isinstance(data, list)
    assert len(data) == 2
    assert data[0]["image_credits"][0]["creators"] == ["Spencer Platt"]


def test_json_is_an_empty_array_when_nothing_was_parsed(capsys: Capture, tmp_path: Path) -> None:
    status, out, _ = run(capsys, tmp_path / "missing.txt", "-f", "json")
    assert (status, json.loads(out)) == (1, [])


def test_lone_surrogates_stay_valid_json(capsys: Capture, tmp_path: Path) -> None:
    corpus = write(tmp_path / "c.jsonl", '{"id": 1, "text": "Broken \\ud800 text."}\n')
    _, out, _ = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert jsonl(out)[0]["text"] == "Broken \ud800 text."


# -- inputs: files, folders, globs, standard input --------------------------------


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    _, out, _ = run(capsys, "-", "-f", "jsonl")
    assert jsonl(out)[0]["input"] == "-"
    assert jsonl(out)[0]["text"] == SEED_TEXT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of articles as a crawler leaves them."""
    write(tmp_path / "b.txt", QUOTE)
    write(tmp_path / "a.TXT", QUOTE)
    write(tmp_path / "sub" / "c.txt.gz", gzip.compress(QUOTE.encode()))
    write(tmp_path / "sub" / "deeper" / "d.text", QUOTE)
    write(tmp_path / "sub" / "notes.md", QUOTE)
    write(tmp_path / "sub" / "README", QUOTE)
    write(tmp_path / ".cache" / "e.txt", QUOTE)
    write(tmp_path / ".hidden.txt", QUOTE)
    return tmp_path


def names(out: str, root: Path) -> list[str]:
    return [Path(r["input"]).relative_to(root).as_posix() for r in jsonl(out)]


def test_a_folder_is_read_recursively_in_order(capsys: Capture, tree: Path) -> None:
    status, out, _ = run(capsys, tree, "-f", "jsonl")
    assert status == 0
    assert names(out, tree) == ["a.TXT", "b.txt", "sub/c.txt.gz", "sub/deeper/d.text"]
    assert {r["quotes"][0]["speaker"]["name"] for r in jsonl(out)} == {"Mara Olsen"}


def test_include_replaces_the_default_patterns(capsys: Capture, tree: Path) -> None:
    _, out, _ = run(capsys, tree, "--include", "*.md", "--include", "README", "-f", "jsonl")
    assert names(out, tree) == ["sub/README", "sub/notes.md"]


def test_a_named_file_is_read_whatever_its_name(capsys: Capture, tree: Path) -> None:
    _, out, _ = run(capsys, tree / "sub" / "notes.md", "-f", "jsonl")
    assert names(out, tree) == ["sub/notes.md"]


def test_a_glob(capsys: Capture, tree: Path) -> None:
    _, out, _ = run(capsys, f"{tree}/**/*.t*", "-f", "jsonl")  # a glob minds case
    assert names(out, tree) == ["b.txt", "sub/c.txt.gz", "sub/deeper/d.text"]


def test_a_glob_that_matches_nothing(capsys: Capture, tree: Path) -> None:
    status, _, err = run(capsys, f"{tree}/*.pdf", SEED, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {tree}/*.pdf: no file matches this pattern" in err


def test_an_empty_folder_is_reported(capsys: Capture, tmp_path: Path) -> None:
    status, _, err = run(capsys, tmp_path, SEED, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {tmp_path}: no files named *.txt, *.text, *.html" in err


def test_gzip_by_content_without_the_suffix(capsys: Capture, tmp_path: Path) -> None:
    packed = write(tmp_path / "article.txt", gzip.compress(SEED.read_bytes()))
    _, out, _ = run(capsys, packed, "-f", "jsonl")
    assert jsonl(out)[0]["text"] == SEED_TEXT


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: write(d / "latin1.txt", "caf\xe9".encode("latin-1")), "not UTF-8"),
        (lambda d: write(d / "cut.txt.gz", gzip.compress(b"x" * 999)[:20]), "not a valid gzip"),
        (lambda d: write(d / "junk.gz", b"\x1f\x8bjunk"), "not a valid gzip"),
    ],
    ids=["missing", "not-utf8", "truncated-gzip", "bad-gzip"],
)
def test_a_bad_input_is_reported_and_the_rest_parsed(
    tmp_path: Path, capsys: Capture, make: Callable[[Path], Path], reason: str
) -> None:
    bad = make(tmp_path)
    status, out, err = run(capsys, bad, SEED, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {bad}: {reason}" in err
    assert len(out.splitlines()) == 1  # the seed was still parsed


@needs_linux
def test_an_unreadable_file() -> None:
    folder = open_folder()  # one that nobody may enter: run_unprivileged drops root to nobody
    locked = write(folder / "locked.txt", "text")
    seed = write(folder / "seed.txt", SEED_TEXT)
    locked.chmod(0)
    try:
        status, _, err = run_unprivileged(main, [str(locked), str(seed)])
    finally:
        locked.unlink()
        seed.unlink()
        folder.rmdir()
    assert status == 1
    assert f"citekit: {locked}: permission denied" in err


# -- JSON Lines ------------------------------------------------------------------


def test_jsonl_input_carries_the_id(capsys: Capture, tmp_path: Path) -> None:
    corpus = write(
        tmp_path / "corpus.jsonl",
        json.dumps({"id": "a-1", "text": QUOTE, "other": 1})
        + "\n\n"  # blank lines are skipped
        + json.dumps({"id": 2, "text": SEED_TEXT})
        + "\n",
    )
    status, out, err = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert status == 0
    records = jsonl(out)
    assert [(r["id"], r["input"]) for r in records] == [
        ("a-1", f"{corpus}:1"),
        (2, f"{corpus}:3"),
    ]
    assert list(records[0])[:3] == ["input", "id", "text"]
    assert records[1]["posts"][0]["handle"] == "Omojuwa"
    assert SUMMARY.search(err)


def test_jsonl_fields_can_be_named(capsys: Capture, tmp_path: Path) -> None:
    corpus = write(tmp_path / "c.jsonl", json.dumps({"url": "u1", "body": QUOTE}) + "\n")
    _, out, _ = run(
        capsys, "--jsonl", corpus, "--text-field", "body", "--id-field", "url", "-f", "jsonl"
    )
    assert jsonl(out)[0]["id"] == "u1"
    assert jsonl(out)[0]["quotes"][0]["speaker"]["name"] == "Mara Olsen"


def test_jsonl_bad_records_are_reported_by_line_and_id(capsys: Capture, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": QUOTE}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text", "body": "x"}),
        json.dumps({"id": 9, "text": 12}),
        json.dumps({"id": "ok-2", "text": QUOTE}),
    ]
    corpus = write(tmp_path / "c.jsonl", "\n".join(lines).encode() + b"\n\xff\xfe\n")
    status, out, err = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert status == 1
    assert [r["id"] for r in jsonl(out)] == ["ok-1", "ok-2"]
    assert f"citekit: {corpus}:2: not JSON (" in err
    assert f"citekit: {corpus}:3: not a JSON object but an array" in err
    assert f'citekit: {corpus}:4 (id "no-text"): no "text" field' in err
    assert f'citekit: {corpus}:5 (id 9): "text" is a number, not a string' in err
    assert f"citekit: {corpus}:7: not UTF-8 text" in err
    summary = SUMMARY.search(err)
    assert summary
    assert (summary["parsed"], summary["failed"]) == ("2", "5")


def test_jsonl_gzipped_from_a_folder(capsys: Capture, tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": i, "text": QUOTE}) + "\n" for i in range(3))
    write(tmp_path / "part-0.jsonl.gz", gzip.compress(rows.encode()))
    write(tmp_path / "part-1.ndjson", rows)
    write(tmp_path / "skip.txt", "not JSON Lines")
    _, out, _ = run(capsys, "--jsonl", tmp_path, "-f", "jsonl")
    assert [(Path(r["input"]).name, r["id"]) for r in jsonl(out)] == [
        ("part-0.jsonl.gz:1", 0),
        ("part-0.jsonl.gz:2", 1),
        ("part-0.jsonl.gz:3", 2),
        ("part-1.ndjson:1", 0),
        ("part-1.ndjson:2", 1),
        ("part-1.ndjson:3", 2),
    ]


def test_jsonl_truncated_gzip_keeps_what_it_read(capsys: Capture, tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": i, "text": f"Text {i}."}) + "\n" for i in range(2000))
    packed = gzip.compress(rows.encode())
    corpus = write(tmp_path / "cut.jsonl.gz", packed[: len(packed) // 2])
    status, out, err = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert status == 1
    assert 0 < len(jsonl(out)) < 2000
    assert f"citekit: {corpus}: not a valid gzip file" in err


def test_jsonl_from_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    data = (json.dumps({"id": "s", "text": QUOTE}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    _, out, _ = run(capsys, "--jsonl", "-", "-f", "jsonl")
    assert [(r["input"], r["id"]) for r in jsonl(out)] == [("-:1", "s")]


# -- jobs, summary, progress -------------------------------------------------------


def test_jobs_give_the_same_output(capsys: Capture, tmp_path: Path) -> None:
    rows = "".join(
        json.dumps({"id": i, "text": (SEED_TEXT if i % 9 == 0 else "") + QUOTE}) + "\n"
        for i in range(100)
    )
    corpus = write(tmp_path / "c.jsonl", rows)
    _, one, _ = run(capsys, "--jsonl", corpus, "-f", "jsonl", "--jobs", "1")
    _, two, _ = run(capsys, "--jsonl", corpus, "-f", "jsonl", "--jobs", "2")
    assert one == two
    assert [r["id"] for r in jsonl(two)] == list(range(100))


def test_jobs_over_files_with_failures(capsys: Capture, tree: Path) -> None:
    status, out, err = run(capsys, tree, tree / "missing.txt", SEED, "-j", "2", "-f", "jsonl")
    assert status == 1
    assert len(jsonl(out)) == 5
    assert f"citekit: {tree / 'missing.txt'}: no such file" in err


def test_summary_line(capsys: Capture, tmp_path: Path) -> None:
    _, _, err = run(capsys, SEED, SEED, tmp_path / "missing.txt", "-f", "jsonl")
    summary = SUMMARY.search(err)
    assert summary
    assert summary.groupdict() == {
        "parsed": "2",
        "failed": "1",
        "posts": "4",
        "credits": "2",
        "quotes": "6",
        "sources": "10",
    }
    assert err.splitlines()[-1] == summary.group(0)


def test_quiet(capsys: Capture, tmp_path: Path) -> None:
    status, _, err = run(capsys, SEED, tmp_path / "missing.txt", "-q")
    assert status == 1
    assert err == f"citekit: {tmp_path / 'missing.txt'}: no such file\n"


def test_no_progress_bar_unless_standard_error_is_a_terminal(capsys: Capture) -> None:
    _, _, err = run(capsys, SEED, SEED, "-f", "jsonl")
    assert "\r" not in err


def test_progress_bar_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tmp_path: Path
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main([str(SEED), str(SEED), str(tmp_path / "missing.txt"), "-f", "jsonl"])
    assert status == 1
    err = terminal.getvalue()
    assert "\r\033[K" in err
    assert re.search(r"citekit +▕.*▏ +\d+%  \d/3  [\d.,]+/s", err)
    assert f"citekit: {tmp_path / 'missing.txt'}: no such file\n" in err
    # The bar is cleared before the summary, which ends the output.
    assert SUMMARY.fullmatch(err.rsplit("\r\033[K", 1)[1].removesuffix("\n"))
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_progress_line() -> None:
    from citekit._cli.progress import Progress

    now = [100.0]
    bar = Progress(Terminal(), total=200, clock=lambda: now[0], width=100)
    bar.count = 50
    now[0] = 110.0
    assert bar.line(now[0]) == (
        "citekit  ▕███████▌                      ▏   25%  50/200  5.0/s  0:30 left"
    )
    share = [0.5]
    bar = Progress(Terminal(), fraction=lambda: share[0], clock=lambda: now[0], width=80)
    bar.count = 1234
    now[0] = 210.0
    assert bar.line(now[0]) == "citekit  ▕██████████          ▏   50%  1,234  12/s  1:40 left"
    bar = Progress(Terminal(), clock=lambda: now[0], width=80)
    bar.count = 7
    assert bar.line(now[0] + 65) == "citekit  7  0.1/s  1:05"


# -- HTML ------------------------------------------------------------------------


@pytest.fixture
def fake_parse_html(monkeypatch: pytest.MonkeyPatch) -> list[str | bytes]:
    """Stand in for citekit.parse_html, to check which inputs go to it."""
    calls: list[str | bytes] = []

    def parse_html(html: str | bytes, *, url: str | None = None) -> citekit.Article:
        calls.append(html)
        return citekit.parse_article("From markup.")

    monkeypatch.setattr(citekit, "parse_html", parse_html, raising=False)
    return calls


def test_html_inputs_go_to_parse_html(
    capsys: Capture, tmp_path: Path, fake_parse_html: list[str | bytes]
) -> None:
    page = b"<!DOCTYPE html><html><body><p>Hi</p></body></html>"
    write(tmp_path / "a.html", page)
    write(tmp_path / "b.htm.gz", gzip.compress(page))
    write(tmp_path / "c.txt", b"\xef\xbb\xbf\n  <html lang=en><p>Saved as text</p>")
    write(tmp_path / "d.txt", "<3 plain text that starts with a heart")
    corpus = write(
        tmp_path / "e.jsonl",
        json.dumps({"id": 1, "text": "<div>markup</div>"})
        + "\n"
        + json.dumps({"id": 2, "text": "plain"})
        + "\n",
    )
    _, out, _ = run(capsys, tmp_path, "-f", "jsonl")
    assert [r["text"] for r in jsonl(out)] == ["From markup."] * 3 + [
        "<3 plain text that starts with a heart"
    ]
    assert fake_parse_html[:2] == [page, page]  # bytes: parse_html decodes by the page's charset
    _, out, _ = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert [r["text"] for r in jsonl(out)] == ["From markup.", "plain"]
    _, out, _ = run(capsys, "--jsonl", corpus, "--html", "-f", "jsonl")
    assert [r["text"] for r in jsonl(out)] == ["From markup.", "From markup."]


def test_html_without_parse_html_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tmp_path: Path
) -> None:
    monkeypatch.delattr(citekit, "parse_html", raising=False)
    page = write(tmp_path / "page.html", "<html><body>Hi</body></html>")
    status, out, err = run(capsys, page, SEED, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {page}: is HTML, and this citekit has no parse_html" in err
    assert len(jsonl(out)) == 1


needs_parse_html = pytest.mark.skipif(
    not hasattr(citekit, "parse_html"), reason="citekit.parse_html has not landed yet (issue 10)"
)

EMBED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour</title></head>
<body><article><h1>Harbour talks stall</h1>
<p>“The bridge stays shut,” said Mara Olsen, a spokeswoman for the city.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Still waiting at the dock</p>
&mdash; Jo Bright (@jobright) <a href="https://twitter.com/jobright/status/1367000000000000001">
March 3, 2021</a></blockquote>
</article></body></html>
"""


@needs_parse_html
def test_html_and_text_in_one_batch(capsys: Capture, tmp_path: Path) -> None:
    write(tmp_path / "page.html", EMBED)
    write(tmp_path / "page2.html.gz", gzip.compress(EMBED.encode()))
    write(tmp_path / "story.txt", QUOTE)
    status, out, _ = run(capsys, tmp_path, "-f", "jsonl")
    assert status == 0
    records = jsonl(out)
    assert len(records) == 3
    for record in records[:2]:
        assert record["posts"][0]["handle"] == "jobright"
        assert record["posts"][0]["url"].endswith("/status/1367000000000000001")
        assert "<" not in record["text"]
    assert records[2]["quotes"][0]["speaker"]["name"] == "Mara Olsen"


# -- properties ----------------------------------------------------------------


def run_quietly(*argv: str) -> tuple[int, str, str]:
    """``main`` with its own output streams (Hypothesis runs it many times in one test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


encodable = hostile_text.map(lambda t: t.encode("utf-8", "replace").decode("utf-8"))


@given(encodable)
def test_property_a_file_gives_parse_article(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(text.encode("utf-8"))
        status, out, err = run_quietly(str(path), "-f", "jsonl", "-q")
    assert (status, err) == (0, "")
    assert json.loads(out) == {"input": str(path), **_as_the_cli_reads(text)}


def _as_the_cli_reads(text: str) -> dict[str, Any]:
    """Content that starts like markup is read as a page, anything else as an article."""
    if looks_like_markup(text):
        return citekit.parse_html(text).to_dict()
    return citekit.parse_article(text).to_dict()


json_ids = st.one_of(st.none(), st.integers(), st.text(max_size=10), st.just(_MISSING := object()))


@given(st.lists(st.tuples(json_ids, hostile_text), max_size=5))
def test_property_json_lines_keep_ids_texts_and_order(records: list[tuple[object, str]]) -> None:
    lines = [
        json.dumps({"text": text} if key is _MISSING else {"id": key, "text": text})
        for key, text in records
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        status, out, err = run_quietly("--jsonl", str(path), "-f", "jsonl", "-q")
    assert (status, err) == (0, "")
    produced = jsonl(out)
    assert [r["id"] for r in produced] == [None if k is _MISSING else k for k, _ in records]
    for record, (_, text) in zip(produced, records, strict=True):
        text = json.loads(json.dumps(text))  # what the JSON says: "\\ud800\\udc00" is one character
        del record["input"], record["id"]
        assert record == _as_the_cli_reads(text)
        if not looks_like_markup(text):
            assert record["text"] == text


@given(hostile_text, st.integers(min_value=0, max_value=200))
def test_property_the_report_never_sends_control_characters(text: str, width: int) -> None:
    report = render_text("name\x1b", citekit.parse_article(text), width=width)
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in report)


# -- usage -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "xml", "x"], "invalid choice"),
        (["--jobs", "-1", "x"], "must be 0 or more"),
        (["--jobs", "many", "x"], "not a number"),
        (["--text-field", "body", "x"], "--text-field and --id-field go with --jsonl"),
        (["-", "-"], "standard input ('-') can be read only once"),
        ([], "the following arguments are required"),
    ],
)
def test_bad_usage_exits_2(capsys: Capture, argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citekit", str(SEED), "-f", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["posts"][0]["handle"] == "Omojuwa"


@pytest.mark.skipif(os.name != "posix", reason="needs a shell pipe")
def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    for i in range(40):
        write(tmp_path / f"{i:02d}.txt", SEED_TEXT)
    done = subprocess.run(
        f"'{sys.executable}' -m citekit '{tmp_path}' -f jsonl -j 2 | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert len(done.stdout) == 10
    assert "Traceback" not in done.stderr
    assert "Error" not in done.stderr


# -- limits ------------------------------------------------------------------------


def test_a_file_over_max_bytes_is_reported_and_skipped(capsys: Capture, tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "x" * 12_345)
    status, out, err = run(capsys, big, SEED, "--max-bytes", "10KB", "-f", "jsonl")
    assert status == 1
    assert f"citekit: {big}: is 12 KB, more than 10 KB (--max-bytes); skipped" in err
    assert [r["input"] for r in jsonl(out)] == [str(SEED)]


def test_a_gzip_bomb_stops_at_the_limit(capsys: Capture, tmp_path: Path) -> None:
    # 30 MB of line breaks in 30 KB of gzip: inflated to the 20 MB default limit, no further.
    bomb = write(tmp_path / "bomb.txt.gz", gzip.compress(b"\n" * 30_000_000))
    status, out, err = run(capsys, bomb, SEED, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {bomb}: inflates to more than 20 MB (--max-bytes); skipped" in err
    assert len(jsonl(out)) == 1


def test_max_bytes_zero_is_no_limit(capsys: Capture, tmp_path: Path) -> None:
    packed = write(tmp_path / "a.txt.gz", gzip.compress((QUOTE * 40).encode()))
    status, out, _ = run(capsys, packed, "--max-bytes", "0", "-f", "jsonl")
    assert status == 0
    assert jsonl(out)[0]["text"] == QUOTE * 40


def test_standard_input_over_max_bytes(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    status, _, err = run(capsys, "-", "--max-bytes", "1000")
    assert status == 1
    assert "citekit: -: is more than 1 KB (--max-bytes); skipped" in err


def test_a_jsonl_line_over_max_bytes_is_skipped_and_the_file_goes_on(
    capsys: Capture, tmp_path: Path
) -> None:
    lines = [
        json.dumps({"id": 1, "text": QUOTE}),
        json.dumps({"id": 2, "text": "x" * 5000}),
        json.dumps({"id": 3, "text": QUOTE}),
    ]
    corpus = write(tmp_path / "c.jsonl.gz", gzip.compress(("\n".join(lines) + "\n").encode()))
    status, out, err = run(capsys, "--jsonl", corpus, "--max-bytes", "1KB", "-f", "jsonl")
    assert status == 1
    assert [r["id"] for r in jsonl(out)] == [1, 3]
    assert f"citekit: {corpus}:2: the line is more than 1 KB long (--max-bytes); skipped" in err


@pytest.mark.parametrize(
    ("size", "count"), [("20MB", 20_000_000), ("1.5k", 1500), ("2GiB", 2 << 30), ("123", 123)]
)
def test_sizes(size: str, count: int) -> None:
    from citekit._cli.main import build_parser

    assert build_parser().parse_args(["x", "--max-bytes", size]).max_bytes == count


@needs_linux
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_over_its_memory_budget_is_stopped_and_the_batch_goes_on(
    capsys: Capture, tmp_path: Path, jobs: str
) -> None:
    hostile = write(tmp_path / "a.txt", "a\n" * 500_000)  # 1 MB that takes about 200 MB to parse
    status, out, err = run(capsys, hostile, SEED, "--max-memory", "40MB", "-j", jobs, "-f", "jsonl")
    assert status == 1
    assert (
        f"citekit: {hostile}: needs more than 40 MB of memory to parse (--max-memory); skipped"
        in err
    )
    assert [r["input"] for r in jsonl(out)] == [str(SEED)]
    # and the process that stopped it parses on, with its limit back as it was
    _, out, _ = run(capsys, SEED, "-f", "jsonl")
    assert len(jsonl(out)) == 1


@needs_linux
def test_the_default_memory_budget_holds(capsys: Capture, tmp_path: Path) -> None:
    # 3 MB of one-character lines would take about 700 MB; the default budget is
    # 256 MB and 30 bytes a byte: 346 MB.
    hostile = write(tmp_path / "lines.txt", "a\n" * 1_500_000)
    status, _, err = run(capsys, hostile, "-f", "jsonl")
    assert status == 1
    assert f"citekit: {hostile}: needs more than 346 MB of memory to parse" in err


# -- names, ids and fields ----------------------------------------------------------


def test_control_characters_in_a_name_are_escaped(capsys: Capture, tmp_path: Path) -> None:
    bad = write(tmp_path / "clear\x1b[2J\nscreen.txt.gz", b"\x1f\x8bjunk")
    good = write(tmp_path / "ring\x07.txt", QUOTE)
    status, out, err = run(capsys, bad, good)
    assert status == 1
    assert "\x1b" not in err
    assert "\x07" not in out
    assert f"citekit: {tmp_path}/clear\\x1b[2J\\nscreen.txt.gz: not a valid gzip file" in err
    assert len([line for line in err.splitlines() if "not a valid gzip" in line]) == 1
    assert out.startswith(f"{tmp_path}/ring\\x07.txt\n")


@pytest.mark.parametrize(
    ("written", "echoed"),
    [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"), ("1e999", "1e999")],
)
def test_jsonl_ids_that_json_cannot_write_are_written_as_strings(
    capsys: Capture, tmp_path: Path, written: str, echoed: str
) -> None:
    corpus = write(tmp_path / "c.jsonl", f'{{"id": {written}, "text": "Some words."}}\n')
    status, out, _ = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert status == 0
    record = json.loads(out, parse_constant=_no_constants)
    assert record["id"] == echoed


def _no_constants(name: str) -> object:
    raise AssertionError(f"{name} is not JSON")


def test_jsonl_a_text_that_is_nan_is_a_number(capsys: Capture, tmp_path: Path) -> None:
    corpus = write(tmp_path / "c.jsonl", '{"id": [NaN, 2], "text": NaN}\n')
    _, _, err = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert f'citekit: {corpus}:1 (id ["NaN", 2]): "text" is a number, not a string' in err


def test_a_wrong_text_field_is_reported_once_with_the_fields_there_are(
    capsys: Capture, tmp_path: Path
) -> None:
    rows = "".join(json.dumps({"id": i, "body": QUOTE, "url": "u"}) + "\n" for i in range(50))
    corpus = write(tmp_path / "c.jsonl", rows)
    status, _, err = run(capsys, "--jsonl", corpus, "-f", "jsonl")
    assert status == 1
    lines = err.splitlines()
    assert lines[0] == (
        f'citekit: {corpus}:1 (id 0): no "text" field (its fields are "id", "body", "url"; '
        "--text-field names the field)"
    )
    assert lines[1] == 'citekit: 49 more records with no "text" field, not listed'
    summary = SUMMARY.search(err)
    assert summary
    assert (summary["parsed"], summary["failed"]) == ("0", "50")


# -- folders -------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_read_when_named(capsys: Capture, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(QUOTE)

    writer = threading.Thread(target=feed)
    writer.start()
    status, out, _ = run(capsys, fifo, "-f", "jsonl")
    writer.join()
    assert status == 0
    assert jsonl(out)[0]["text"] == QUOTE


# -- exit statuses ---------------------------------------------------------------------


def test_the_exit_statuses_are_documented() -> None:
    from citekit._cli import main as cli

    text = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    table = text.split("| exit status | meaning |", 1)[1].split("\n\n", 1)[0]
    assert [int(m) for m in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)] == [
        0, 1, 2, 3, 129, 130, 143
    ]  # fmt: skip
    assert (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE, cli.EXIT_OUTPUT) == (0, 1, 2, 3)
    epilog = cli.build_parser().epilog or ""
    assert "3 when the output could not be written" in epilog
    assert "130 (143 for SIGTERM)" in epilog


def test_interrupted_while_reading_a_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tree: Path
) -> None:
    scandir = os.scandir

    def interrupted(path: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C
        return scandir(path)

    monkeypatch.setattr(os, "scandir", interrupted)
    status, out, err = run(capsys, tree, "-f", "json")
    assert status == 130
    assert json.loads(out) == []
    assert err.rstrip().endswith("(interrupted)")


def test_interrupted_while_writing_a_record_writes_it_whole_and_counts_it(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tmp_path: Path
) -> None:
    from citekit._cli import output

    for i in range(6):
        write(tmp_path / f"{i}.txt", QUOTE)
    record_of = output.record_of
    calls = 0

    def record_then_signal(result: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 3:
            os.kill(os.getpid(), signal.SIGTERM)  # as timeout(1) sends it
        return record_of(result)

    monkeypatch.setattr(output, "record_of", record_then_signal)
    status, out, err = run(capsys, tmp_path, "-f", "json")
    assert status == 143
    written = json.loads(out)  # the array is closed
    summary = SUMMARY.search(err)
    assert summary
    assert int(summary["parsed"]) == len(written) == 3
    assert err.rstrip().endswith("(interrupted)")


def test_language_is_given_to_every_input(capsys: Capture, tmp_path: Path) -> None:
    article = tmp_path / "kurz.txt"
    article.write_text("Er sagte: „Wir kommen morgen wieder.“", encoding="utf-8")
    status, out, _ = run(capsys, article, "--language", "de-AT", "-f", "jsonl")
    assert status == 0
    assert jsonl(out)[0]["language"] == "de"
    status, out, _ = run(capsys, article, "-f", "jsonl")
    assert jsonl(out)[0]["language"] == "en"  # too short to tell: English


def test_an_unknown_language_is_an_error_before_reading(capsys: Capture, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main([str(tmp_path / "missing.txt"), "--language", "nl"])
    assert raised.value.code == 2
    assert "language must be one of" in capsys.readouterr().err
