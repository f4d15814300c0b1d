"""The example tables under ``tests/cases/``: loaded once, each case a pytest parameter.

A case may carry ``xfail: reason``: it is then a strict expected failure, so
that fixing the shape it describes is noticed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

CASES_FOLDER = Path(__file__).parent / "cases"


def load_cases(file_name: str) -> Any:
    """The contents of ``tests/cases/FILE_NAME``."""
    return yaml.safe_load((CASES_FOLDER / file_name).read_text("utf-8"))


def case_param(case: dict[str, Any]) -> Any:
    """One case as a parameter named after it (its text when it has no name)."""
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case.get("name", case.get("text")), marks=marks)
