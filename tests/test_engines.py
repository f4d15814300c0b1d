"""Dual patterns: read by ``re`` where it reads a text as ``regex`` does, with the same matches."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit._reading import clauses
from citekit._text import engines
from citekit._text.engines import dual_pattern, reads_alike, translate


def _dual_patterns() -> list[tuple[str, engines.DualPattern]]:
    """Every dual pattern of citekit's modules, by name."""
    citekit.parse_article("Warm the modules up, said Ann Lee.")
    found = []
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("citekit."):
            continue
        for name, value in sorted(vars(module).items()):
            if isinstance(value, engines.DualPattern):
                found.append((f"{module_name}.{name}", value))
    return found


DUAL = _dual_patterns()

# Characters the two engines may read apart: combining marks, the separators
# Python calls white space, letters above U+FFFF, an emoji (in no class),
# letters whose case is odd, digits of other scripts, and the marks tokens read.
_TRICKY = st.lists(
    st.sampled_from(
        [
            *"aZ sS.',-–—&()[]:;!?\"“”‘’0",
            "\u0301",  # combining acute
            "\x1c",  # a separator that str.isspace() takes for white space
            "\u00a0",
            "\u2028",
            "İ",
            "ß",
            "ǅ",  # title case
            "٣",  # an Arabic-Indic digit
            "Ⅻ",  # a letter-like number
            "\U0001d400",  # a mathematical bold A: a letter above U+FFFF
            "\U0001f600",  # an emoji: in no class
            "said ",
            "according to ",
            "Reuters ",
            "The Washington Post",
            "U.S.",
            "Mr.",
        ]
    ),
    max_size=40,
).map("".join)


def test_there_are_dual_patterns_and_each_has_a_form_for_re() -> None:
    assert len(DUAL) >= 4
    if sys.version_info >= (3, 11):
        for name, pattern in DUAL:
            assert pattern.by_re is not None, name


@pytest.mark.parametrize(("name", "pattern"), DUAL, ids=[name for name, _ in DUAL])
@given(text=_TRICKY, cut=st.integers(0, 8))
def test_a_dual_pattern_finds_what_regex_finds(
    name: str, pattern: engines.DualPattern, text: str, cut: int
) -> None:
    expected = pattern.by_regex
    for pos, endpos in ((0, len(text)), (min(cut, len(text)), max(len(text) - cut, 0))):
        found = [(m.span(), m.lastgroup, m.group()) for m in pattern.finditer(text, pos, endpos)]
        assert found == [
            (m.span(), m.lastgroup, m.group()) for m in expected.finditer(text, pos, endpos)
        ]
        if pattern.by_re is not None and reads_alike(text, pos, endpos):
            by_re = [(m.span(), m.lastgroup) for m in pattern.by_re.finditer(text, pos, endpos)]
            assert by_re == [(span, group) for span, group, _ in found]


def test_which_texts_read_alike() -> None:
    assert reads_alike("plain text, “quoted” — and é\u0301")
    assert reads_alike("an emoji \U0001f600 is in no class")
    assert not reads_alike("a letter above the plane: \U0001d400")
    assert reads_alike("\U0001d400 before the stretch read: " + "x" * 100, 90)


def test_translate_spells_out_the_classes() -> None:
    assert translate("abc") == "abc"
    assert translate(r"\.") == r"\."
    spelled = translate(r"[\p{Lu}&]")
    assert spelled.startswith("[A-Z")
    assert spelled.endswith("&]")
    assert translate(r"\p{L}").startswith("[A-Za-z")
    assert translate(r"[^\s]").startswith("[^\\\t-\\\r")
    with pytest.raises(engines.Untranslatable):
        translate(r"\p{Lo}")
    with pytest.raises(engines.Untranslatable):
        translate(r"[\W]")
    # A comment of a verbose pattern is kept as written, sets and all.
    assert translate("a  # [\\p{L}\n", verbose=True) == "a  # [\\p{L}\n"


def test_a_pattern_re_refuses_is_read_by_regex() -> None:
    pattern = dual_pattern(r"(?<=\b(?:Mr|Mrs))\.")  # a look-behind of two widths
    assert engines.DualPattern.by_re.__get__(pattern) is None  # type: ignore[attr-defined]
    assert [m.span() for m in pattern.finditer("Mrs. Mr.")] == [(3, 4), (7, 8)]
    case_blind = dual_pattern("said", regex.IGNORECASE)
    assert [m.span() for m in case_blind.finditer("SAID")] == [(0, 4)]


def test_cue_openers_start_and_end_with_a_letter() -> None:
    # CUE_OPENER reads a word's bounds with look-arounds: the same as \b for such words.
    assert all(word[0].isalpha() and word[-1].isalpha() for word in clauses.CUE_OPENERS)
