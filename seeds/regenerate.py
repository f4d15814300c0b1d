"""Rewrite each seed's ``*.expected.json`` from citekit's current output.

Run after a change that is meant to alter the seed's output, then read the
diff: ``python seeds/regenerate.py && git diff seeds/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import citekit

for path in sorted(Path(__file__).parent.glob("*.txt")):
    data = citekit.parse_article(path.read_text(encoding="utf-8")).to_dict()
    data.pop("text")
    out = path.with_suffix(".expected.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
