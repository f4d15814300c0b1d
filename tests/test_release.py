"""What a release needs: complete metadata, the files it ships, docs whose links hold.

The build itself (wheel and sdist, ``twine check``, the wheel installed in a
fresh virtual environment running ``citekit`` on the seed) is
``scripts/check_release.py``, which CI runs after the tests; set
``CITEKIT_RELEASE_CHECK=1`` to run it from here too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import citekit

ROOT = Path(__file__).resolve().parents[1]

tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")


@pytest.fixture(scope="module")
def project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)["project"]
    return data


def test_runtime_dependencies_stay_three(project: dict[str, Any]) -> None:
    names = [re.split(r"[<>=!~ \[]", d, maxsplit=1)[0] for d in project["dependencies"]]
    assert sorted(names) == ["attrs", "python-dateutil", "regex"]


def test_extras(project: dict[str, Any]) -> None:
    extras = project["optional-dependencies"]
    assert {"test", "dev", "dask"} <= set(extras)
    assert any(d.startswith("dask") for d in extras["dask"])
    assert any(d.startswith("jsonschema") for d in extras["test"])
    assert {"build", "twine"} <= {re.split(r"[<>=]", d)[0] for d in extras["dev"]}


def test_license_and_notice(project: dict[str, Any]) -> None:
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE", "NOTICE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert (ROOT / "NOTICE").read_text(encoding="utf-8").strip()


def test_urls(project: dict[str, Any]) -> None:
    assert {"Homepage", "Documentation", "Changelog", "Source", "Issues"} <= set(project["urls"])


def test_classifiers_match_the_python_versions(project: dict[str, Any]) -> None:
    minimum = tuple(int(p) for p in project["requires-python"].removeprefix(">=").split("."))
    versions = [
        tuple(int(p) for p in c.rsplit(" ", 1)[1].split("."))
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert versions
    assert min(versions) == minimum
    assert "Typing :: Typed" in project["classifiers"]
    assert (ROOT / "src" / "citekit" / "py.typed").exists()


def test_the_command_is_declared(project: dict[str, Any]) -> None:
    assert project["scripts"] == {"citekit": "citekit.__main__:main"}


def test_version_is_one() -> None:
    text = (ROOT / "src" / "citekit" / "_version.py").read_text(encoding="utf-8")
    assert f'__version__ = "{citekit.__version__}"' in text
    assert re.fullmatch(r"\d+\.\d+\.\d+", citekit.__version__)


DOCS = sorted((ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_links_between_docs_hold(doc: Path) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
        if "://" not in target:
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"


def test_the_documents_a_user_is_promised() -> None:
    for name in ("cli.md", "recipes.md", "limits.md", "data-model.md", "article.schema.json"):
        assert (ROOT / "docs" / name).exists(), name
    assert (ROOT / "examples" / "dask_bag.py").exists()


@pytest.mark.skipif(
    os.environ.get("CITEKIT_RELEASE_CHECK") != "1",
    reason="CI runs scripts/check_release.py itself; CITEKIT_RELEASE_CHECK=1 runs it here",
)
def test_release_check() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_release.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
