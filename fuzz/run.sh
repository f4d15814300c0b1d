#!/usr/bin/env bash
# Fuzz citekit.parse_article with atheris for a bounded time.
#
#   fuzz/run.sh [SECONDS]        default 600 (ten minutes)
#
# Needs the `fuzz` extra: pip install -e '.[fuzz]'. The run starts from a
# seed corpus (the seed article, citekit's own ordinary prose and the
# adversarial units of benchmarks/adversarial.py) kept in $FUZZ_WORK
# (default: a fresh temporary directory). An input that raises, breaks the
# span contract, or takes more than 10 s (a superlinear path: inputs are
# at most 4 KB) is saved as $FUZZ_WORK/artifacts/crash-* or timeout-*, and
# the script exits non-zero; turn each into a test in tests/regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work/corpus" "$work/artifacts"

"$PYTHON" - "$work/corpus" <<'PY'
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, "benchmarks")
import adversarial

out = Path(sys.argv[1])
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
seeds.append(adversarial.ORDINARY)
seeds += [adversarial.case(name, 200) for name, _ in adversarial.CASES]
for text in seeds:
    data = text.encode("utf-8")[:4096]
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
PY

echo "fuzzing parse_article for ${seconds}s; corpus and artifacts in $work"
status=0
"$PYTHON" fuzz/fuzz_parse_article.py \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" || status=$?
if compgen -G "$work/artifacts/*" > /dev/null; then
  echo "findings (turn each into a test in tests/regressions/):"
  ls -l "$work/artifacts"
  if [[ $status == 0 ]]; then status=1; fi
else
  echo "no findings"
fi
exit "$status"
