"""Build citekit's wheel and sdist, check them, and run the wheel from a fresh venv.

    python scripts/check_release.py [--outdir DIR] [--keep]

1. ``python -m build``: the sdist, then the wheel built from the sdist.
2. ``twine check --strict`` on both: the metadata and the README render on PyPI.
3. The wheel holds the package, ``py.typed``, its data files, LICENSE and NOTICE,
   and its metadata the license, the URLs and the extras; the sdist holds what
   its tests need.
4. A fresh virtual environment installs the wheel (and its dependencies), and
   its ``citekit`` command parses the seed article to the expected records.

Run it with an interpreter that has ``build`` and ``twine`` (the ``dev`` extra).
It prints a line per step and exits non-zero at the first failure.
"""

from __future__ import annotations

import argparse
import email.parser
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7c77af76040d90d3.txt"

WHEEL_FILES = ("citekit/__init__.py", "citekit/py.typed", "citekit/data/tlds.txt")
SDIST_FILES = (
    "LICENSE",
    "NOTICE",
    "README.md",
    "CHANGELOG.md",
    "pyproject.toml",
    "src/citekit/py.typed",
    "docs/article.schema.json",
    "examples/dask_bag.py",
    "seeds/000_7c77af76040d90d3.txt",
    "tests/test_cli.py",
)
METADATA = {
    "License-Expression": "MIT",
    "Requires-Python": ">=3.10",
    "Description-Content-Type": "text/markdown",
}


class CheckFailed(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outdir", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="citekit-release-"))
    dist = args.outdir or work / "dist"
    try:
        wheel, sdist = build(dist)
        step(f"twine check --strict {wheel.name} {sdist.name}")
        run(sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist))
        check_wheel(wheel)
        check_sdist(sdist)
        run_installed(wheel, work / "venv")
    except CheckFailed as error:
        print(f"check_release: FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            _remove(work)
    print("check_release: the wheel and the sdist are ready")
    return 0


def build(dist: Path) -> tuple[Path, Path]:
    step(f"python -m build --outdir {dist}")
    for old in dist.glob("citekit-*"):
        old.unlink()
    run(sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT))
    wheels = sorted(dist.glob("citekit-*.whl"))
    sdists = sorted(dist.glob("citekit-*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise CheckFailed(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
    return wheels[0], sdists[0]


def check_wheel(wheel: Path) -> None:
    step(f"contents and metadata of {wheel.name}")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(info).decode("utf-8"))
    dist_info = info.rsplit("/", 1)[0]
    wanted = (*WHEEL_FILES, f"{dist_info}/licenses/LICENSE", f"{dist_info}/licenses/NOTICE")
    _require(wanted, names, wheel.name)
    for key, value in METADATA.items():
        if metadata.get(key) != value:
            raise CheckFailed(f"{key} is {metadata.get(key)!r}, not {value!r}")
    urls = {u.split(",", 1)[0].strip().lower() for u in metadata.get_all("Project-URL") or []}
    for label in ("homepage", "documentation", "changelog", "source", "issues"):
        if label not in urls:
            raise CheckFailed(f"no Project-URL {label!r} (have {sorted(urls)})")
    extras = set(metadata.get_all("Provides-Extra") or [])
    if not {"dask", "test", "dev"} <= extras:
        raise CheckFailed(f"extras are {sorted(extras)}")
    requires = [r for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r]
    if any(r.lower().startswith("dask") for r in requires):
        raise CheckFailed("dask must be an extra, not a runtime dependency")
    if "Typing :: Typed" not in (metadata.get_all("Classifier") or []):
        raise CheckFailed("no 'Typing :: Typed' classifier")


def check_sdist(sdist: Path) -> None:
    step(f"contents of {sdist.name}")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    _require(SDIST_FILES, names, sdist.name)


def run_installed(wheel: Path, where: Path) -> None:
    step(f"install {wheel.name} in a fresh virtual environment and run citekit on the seed")
    venv.create(where, with_pip=True)
    scripts = where / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / "python"
    run(str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel))
    outside = where  # not the checkout, so that nothing imports the source tree by accident
    located = run(str(python), "-c", "import citekit; print(citekit.__file__)", cwd=outside)
    if str(where) not in located:
        raise CheckFailed(f"citekit was imported from {located.strip()}, not from the venv")
    citekit = scripts / "citekit"
    version = run(str(citekit), "--version", cwd=outside).strip()
    expected_version = "citekit " + wheel.name.split("-")[1]
    if version != expected_version:
        raise CheckFailed(f"citekit --version says {version!r}, not {expected_version!r}")
    out = run(str(citekit), str(SEED), "--format", "jsonl", "--quiet", cwd=outside)
    produced = json.loads(out)
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    for section in ("posts", "image_credits", "quotes", "sources"):
        if produced[section] != expected[section]:
            raise CheckFailed(f"the installed citekit gives other {section} for the seed")
    report = run(str(citekit), str(SEED), cwd=outside)
    print("    " + report.splitlines()[1])


def run(*command: str, cwd: Path | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise CheckFailed(f"{' '.join(command)} exited with {done.returncode}:\n{output}")
    return done.stdout


def step(message: str) -> None:
    print(f"check_release: {message}", flush=True)


def _require(wanted: Sequence[str], names: set[str], archive: str) -> None:
    missing = [name for name in wanted if name not in names]
    if missing:
        raise CheckFailed(f"{archive} lacks {', '.join(missing)}")


def _remove(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
