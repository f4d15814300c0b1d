"""The layout's rules, checked so that they hold as the code grows.

Every module is short enough to read in one sitting and says what it is for;
the tests reach into citekit only through public names or a module's
documented internals (names without a leading underscore), so that a module
may rename its private helpers freely.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "citekit"
TESTS = Path(__file__).resolve().parent
MAX_LINES = 600

modules = sorted(SOURCE.rglob("*.py"))
test_files = sorted(TESTS.glob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(SOURCE.parent))


@pytest.mark.parametrize("path", modules, ids=_name)
def test_a_module_is_at_most_600_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_name(path)} has {lines} lines: split it along a seam"


@pytest.mark.parametrize("path", modules, ids=_name)
def test_a_module_says_what_it_is_for(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if path.name == "__init__.py" and not tree.body:
        return  # an empty package marker
    assert ast.get_docstring(tree), f"{_name(path)} has no module docstring"


def _private_uses(tree: ast.Module) -> list[str]:
    """Names with a leading underscore that a test takes from a citekit module."""
    modules: dict[str, str] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("citekit"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                modules[alias.asname or alias.name] = full
                # A private package such as citekit._text is fine; a private name in it is not.
                if alias.name.startswith("_") and node.module != "citekit":
                    found.append(full)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{modules[node.value.id]}.{node.attr}")
    return sorted(set(found))


@pytest.mark.parametrize("path", test_files, ids=lambda path: path.name)
def test_tests_use_no_private_name(path: Path) -> None:
    assert _private_uses(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_private_name_check_can_fail() -> None:
    tree = ast.parse(
        "from citekit._text import segment as seg\n"
        "from citekit._posts.words import _glued\n"
        "seg._PARAGRAPH\n"
    )
    assert _private_uses(tree) == [
        "citekit._posts.words._glued",
        "citekit._text.segment._PARAGRAPH",
    ]
