"""Linear work on hostile input, checked by counting work, never by timing it.

Scraped text can be megabytes of quote marks, "(@", dashes or capitalised
words on one line. Two kinds of check:

* the adversarial inputs of ``benchmarks/adversarial.py`` (alone, mixed and
  inside prose) parse without error and with every span inside the text;
* the *work* citekit does, counted as the Python lines it runs (a
  deterministic count, unlike a clock), grows in proportion to the input:
  four times the input may cost about four times the lines, never sixteen.
  A per-record rescan of the sentence or paragraph (the bug this guards
  against) shows up at once. Work done inside C (a regex scan, a slice) is
  not counted here: ``benchmarks/bench.py`` times those at 1 MB.

The ``slow`` Hypothesis profile (``HYPOTHESIS_PROFILE=slow``, run by CI)
tries ten times as many examples.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import citekit
from citekit._reading.units import unit_spans
from citekit._text.marks import find_quoted
from citekit._text.segment import segment
from contract import assert_well_formed
from strategies import ADVERSARIAL_UNITS, adversarial, adversarial_text, paragraphs

# Four times the input may cost this many times the work (a linear cost that
# is not yet at its asymptote stays below 4; a quadratic one reaches 16).
GROWTH_BOUND = 4.6


# Characters past which a verb's look-back window is full (40 words of up to ~10).
_WINDOW = 400
# The smaller input of a run: longer than the longest unit the reader reads at
# once (text without sentence ends is cut into units of 1,500 characters), so
# that both sizes pay the same per-unit costs.
_SMALL = 2_000


def _lines_counted(run: Callable[[], object]) -> int:
    """How many lines of citekit's own code ``run()`` runs."""
    count = 0

    def count_lines(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return count_lines

    def enter(frame: FrameType, event: str, arg: Any) -> Any:
        return count_lines if "citekit" in frame.f_code.co_filename else None

    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def _lines_run(text: str) -> int:
    """How many lines of citekit's own code ``parse_article(text)`` runs."""
    return _lines_counted(lambda: citekit.parse_article(text))


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS, ids=[name for name, _ in adversarial.CASES])
def test_work_grows_linearly_with_a_run(unit: str) -> None:
    small = _lines_run(adversarial.build(unit, _SMALL))
    large = _lines_run(adversarial.build(unit, 4 * _SMALL))
    assert large <= GROWTH_BOUND * small + 200, (small, large)


# Cases whose quadratic part is small per record: it shows only past a few
# hundred records, so they are compared at four times the usual sizes.
_LONG_CASES = ("posts with clauses", "distinct role nouns", "caption of glued links")


@pytest.mark.parametrize("name", _LONG_CASES)
def test_work_grows_linearly_with_a_long_run(name: str) -> None:
    small = _lines_run(adversarial.case(name, 4 * _SMALL))
    large = _lines_run(adversarial.case(name, 16 * _SMALL))
    assert large <= GROWTH_BOUND * small + 200, (small, large)


def _lines_run_cutting_units(text: str) -> int:
    """How many lines of citekit's code cutting ``text`` into units runs."""
    doc = segment(text)
    quoted = find_quoted(doc)
    return _lines_counted(lambda: unit_spans(doc, quoted))


# Runs without sentence ends dense with quotations: each unit cut there must
# not walk the quotations to the end of the run (its share of the whole
# parse is too small for the tests above to see at these sizes).
_DENSE_QUOTATIONS = ("quoted words, one sentence", "single-quoted said", "quoted statements, said")


@pytest.mark.parametrize("name", _DENSE_QUOTATIONS)
def test_cutting_units_grows_linearly(name: str) -> None:
    small = _lines_run_cutting_units(adversarial.case(name, 12 * _SMALL))
    large = _lines_run_cutting_units(adversarial.case(name, 48 * _SMALL))
    assert large <= GROWTH_BOUND * small + 200, (small, large)


def test_work_grows_linearly_without_line_breaks() -> None:
    small = _lines_run(adversarial.without_line_breaks(adversarial.ORDINARY, 2_000))
    large = _lines_run(adversarial.without_line_breaks(adversarial.ORDINARY, 8_000))
    assert large <= GROWTH_BOUND * small + 200, (small, large)


def test_work_grows_linearly_with_repeated_articles() -> None:
    small = _lines_run(adversarial.ordinary(2_000))
    large = _lines_run(adversarial.ordinary(8_000))
    assert large <= GROWTH_BOUND * small + 200, (small, large)


@given(text=st.one_of(adversarial_text, paragraphs), joiner=st.sampled_from(["", " ", "\n"]))
@example(text="Posted by ", joiner="")  # a capitalised verb asked the whole unit each time
def test_four_times_the_copies_cost_about_four_times_the_work(text: str, joiner: str) -> None:
    """Repeating any text repeats its work: no record rescans what came before it.

    A clause reader looks back a bounded number of words from each verb, so the
    work per verb grows until the text is longer than that window; the base is
    therefore at least ``_WINDOW`` characters of copies. Where copies meet they
    may make records of their own (a post whose words are the end of the copy
    before it), so four times the copies may cost up to eight times the work; a
    quadratic cost makes it sixteen. The base holds four copies at least: a copy
    may open a quotation that the next one closes, and what the reading does after
    such a pair (read the rest of the unit in full) must be in the base already,
    or the base is two copies with the pair at the very end and none of that work.
    """
    copies = max(4, -(-_WINDOW // max(len(text) + len(joiner), 1)))
    base = _lines_run(joiner.join([text] * copies))
    four = _lines_run(joiner.join([text] * copies * 4))
    assert four <= 2 * 4 * base + 500, (copies, base, four)


@given(adversarial_text)
def test_adversarial_input_parses(text: str) -> None:
    assert_well_formed(text, citekit.parse_article(text))


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS, ids=[name for name, _ in adversarial.CASES])
def test_long_adversarial_runs_parse(unit: str) -> None:
    text = adversarial.build(unit, 20_000)
    assert_well_formed(text, citekit.parse_article(text))


# Runs of the shapes the other languages' rules key on: German determiners and
# capitals, speech verbs and "so", French "-t-il" incises inside the marks,
# dialogue dashes, mixed guillemets, Romance titles with long complements.
_FOREIGN_UNITS = {
    "de": (
        "der die das den dem des Große Neue Minister Hans Peter sagte. ",
        "„Ja“, sagte Brenner. Er sagte, sie sei „klug“, so Brenner (SPD) und warnte. ",
        "»a« «b» „c“ ‚d‘ ›e‹ ‹f› heißt es in dem Papier laut Polizei zufolge. ",
    ),
    "fr": (
        "« Oui, dit-il, non, a-t-elle ajouté. » confie-t-elle selon elle à ses yeux. ",
        "le ministre de l'Intérieur du pays de la région des lieux, Paul Marc, se dit ",
    ),
    "it": ("«A, ha detto il sindaco, B» ha spiegato il presidente della regione di Roma ",),
    "es": ("—No vamos —dijo él—. Sí.\n", "según fuentes de la policía del Gobierno, le dijo a "),
}
_FOREIGN_CASES = [(code, unit) for code, units in _FOREIGN_UNITS.items() for unit in units]


@pytest.mark.parametrize(("code", "unit"), _FOREIGN_CASES)
def test_work_grows_linearly_in_every_language(code: str, unit: str) -> None:
    def run(size: int) -> int:
        text = (unit * (size // len(unit) + 1))[:size]
        return _lines_counted(lambda: citekit.parse_article(text, language=code))

    small, large = run(_SMALL), run(4 * _SMALL)
    assert large <= GROWTH_BOUND * small + 200, (small, large)


class _CopyCounting(tuple):  # type: ignore[type-arg]
    """A tuple that counts the items its slices copy: work done in C, which lines miss."""

    copied = 0

    def __getitem__(self, key: Any) -> Any:
        got = tuple.__getitem__(self, key)
        if isinstance(key, slice):
            _CopyCounting.copied += len(got)
        return got


@pytest.mark.parametrize(
    ("code", "unit"),
    [("es", "—No vamos —dijo él—. Sí.\n"), ("de", "„Ja“, sagte er. "), ("en", "A b. “c” ")],
)
def test_no_unit_copies_the_quotations_after_it(
    monkeypatch: pytest.MonkeyPatch, code: str, unit: str
) -> None:
    """A unit reads the quoted stretches from its own on, never a copy of all the rest."""
    import citekit._reading as reading

    for name in ("find_quoted", "split_incises", "merge_dialogue"):
        found = getattr(reading, name)
        monkeypatch.setattr(reading, name, lambda *a, _f=found: _CopyCounting(_f(*a)))

    def copied(copies: int) -> int:
        _CopyCounting.copied = 0
        citekit.parse_article(unit * copies, language=code)
        return _CopyCounting.copied

    small, large = copied(200), copied(800)
    assert large <= GROWTH_BOUND * small + 200, (small, large)


def test_work_grows_linearly_with_colons_before_quotations() -> None:
    """A unit of many colons, each before a quotation (no space outside the marks, so it
    is never cut: "“Maybe”x:“Maybe”x:…"), reads its words once, not once a colon."""
    unit = "“Maybe”x:"

    def run(size: int) -> int:
        text = unit * (size // len(unit))
        return _lines_counted(lambda: citekit.parse_article(text))

    small, large = run(_SMALL), run(4 * _SMALL)
    assert large <= GROWTH_BOUND * small + 200, (small, large)
