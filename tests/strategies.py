"""Hypothesis strategies shared by the test modules.

``hostile_text`` is what a scraper can hand citekit: any code points,
lone surrogates and control characters, and long runs of the characters
the detectors key on (quote marks, "(@", dashes, brackets). ``prose`` is
ordinary sentences without any citation cue, for negative controls.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import strategies as st

# The characters every detector looks at; runs of them stress the patterns.
TRIGGERS = (
    '"', "“", "”", "‘", "’", "'", "„", "«", "»", "(@", "@", "#", "$", "—", "–", "-", "(", ")",
    "[", "]", ":", ".", ",", "\n", "\r\n", " ", "/", "|", "©", "http://", "pic.twitter.com/",
    "Featured image via ", "Photo: ", "(AP Photo/", "said", "according to ", "The ", "He ",
    "November 12, 2016", "Getty Images",
)  # fmt: skip

trigger_runs = st.lists(st.sampled_from(TRIGGERS), max_size=60).map("".join)

any_text = st.text(alphabet=st.characters(codec=None), max_size=400)
surrogate_text = st.text(
    alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=20
)
control_text = st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=50)

hostile_text = st.one_of(
    any_text,
    trigger_runs,
    st.lists(st.one_of(any_text, trigger_runs, surrogate_text, control_text), max_size=6).map(
        "".join
    ),
)

_SUBJECTS = ("The river", "A small town", "The old bridge", "Most of the houses", "The harvest")
_PREDICATES = (
    "was quiet in the morning",
    "stood near the road for decades",
    "changed little over the years",
    "looked different after the rain",
    "drew visitors from the valley",
)

plain_sentence = st.builds(
    lambda s, p: f"{s} {p}.", st.sampled_from(_SUBJECTS), st.sampled_from(_PREDICATES)
)
prose = st.lists(plain_sentence, min_size=1, max_size=8).map(" ".join)
paragraphs = st.lists(prose, min_size=1, max_size=5).map("\n".join)


# ---------------------------------------------------------------- adversarial input
#
# The hostile units of benchmarks/adversarial.py (one table for the benchmark
# and the tests): runs of quote marks, "(@", dashes, brackets, dates,
# capitalised words, cues, "@", "#", and text without line breaks. The
# benchmark times them at 1 MB; here they are parsed at small sizes, alone,
# mixed and embedded in prose.

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import adversarial  # noqa: E402  (the shared table lives beside the benchmark)

ADVERSARIAL_UNITS = tuple(unit for _, unit in adversarial.CASES)

adversarial_run = st.builds(
    adversarial.repeated, st.sampled_from(ADVERSARIAL_UNITS), st.integers(1, 3_000)
)
adversarial_text = st.one_of(
    adversarial_run,
    st.lists(st.one_of(adversarial_run, prose, trigger_runs), min_size=1, max_size=8).map("".join),
    st.lists(st.one_of(adversarial_run, paragraphs), min_size=1, max_size=5).map("\n".join),
    st.builds(adversarial.without_line_breaks, paragraphs, st.integers(1, 3_000)),
)
