"""Quotations and sources in German, French, Italian and Spanish: a table, then properties.

The table (``cases/quotes-intl.yaml``) holds example texts written for these
tests in each language's shapes. The properties check, for every language,
that parsing never raises and gives exact spans on hostile text, and plant a
quotation in each language's typography and word order and find it with its
speaker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import citekit
from case_tables import case_param, load_cases
from citekit._lexicon.languages import LANGUAGES
from strategies import hostile_text, intl_trigger_runs

CASES = load_cases("quotes-intl.yaml")


def _found(article: citekit.Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _matches(quote: citekit.Quote, want: dict[str, Any]) -> bool:
    if quote.text != want["text"]:
        return False
    speaker, wanted = quote.speaker, want["speaker"]
    if speaker is None or wanted is None:
        return speaker is None and wanted is None
    return all(getattr(speaker, field) == value for field, value in wanted.items())


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    text = case["text"]
    article = citekit.parse_article(text, language=case["language"])
    assert article.language == case["language"]
    if "includes" in case:
        for want in case["includes"]:
            assert any(_matches(q, want) for q in article.quotes), _found(article)
    if "quotes" in case:
        assert len(article.quotes) == len(case["quotes"]), _found(article)
        for quote, want in zip(article.quotes, case["quotes"], strict=True):
            assert _matches(quote, want), (_found(article), want)
    if "sources" in case:
        found = [(s.name, s.kind) for s in article.sources]
        if not case["sources"]:
            assert not [s for s in article.sources if s.kind == "person"], found
        for want in case["sources"]:
            assert (want["name"], want["kind"]) in found, found
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text


@given(st.sampled_from(sorted(LANGUAGES)), hostile_text)
def test_never_raises_and_spans_are_exact(code: str, text: str) -> None:
    article = citekit.parse_article(text, language=code)
    previous = -1
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text
        assert quote.span.start >= previous
        previous = quote.span.start
        if quote.speaker is not None:
            assert 0 <= quote.speaker.span.start <= quote.speaker.span.end <= len(text)
    for source in article.sources:
        assert 0 <= source.span.start <= source.span.end <= len(text)


# ------------------------------------------------------------------ properties

# Names and templates of each language: {q} the quotation, {n} the speaker's name,
# {t} a title. Each template is a shape of that language's press.
_PEOPLE = {
    "de": (("Anke", "Vollmer"), ("Tobias", "Renner"), ("Jana", "Wolters"), ("Rolf", "Baumann")),
    "fr": (
        ("Claire", "Dumesnil"),
        ("Louis", "Garnier"),
        ("Odile", "Marchand"),
        ("Paul", "Ferrand"),
    ),
    "it": (("Marco", "Ferri"), ("Giulia", "Conti"), ("Paolo", "Gatti"), ("Laura", "Testa")),
    "es": (("Andrés", "Molina"), ("Lucía", "Ortega"), ("Rosa", "Galán"), ("Javier", "Soler")),
}
_TITLES = {
    "de": ("Bürgermeister", "Landrat", "Sprecher", "Minister"),
    "fr": ("le maire", "le ministre", "le député", "le préfet"),
    "it": ("il sindaco", "il ministro", "il presidente", "il segretario"),
    "es": ("el alcalde", "el ministro", "el portavoz", "el consejero"),
}
_TEMPLATES = {
    "de": (
        "„{q}“, sagte {t} {n}.",
        "»{q}«, erklärte {t} {n}.",
        "«{q}», sagt {t} {n}.",
        "{t} {n} sagte: „{q}“",
        "„{q}“, so {t} {n}.",
    ),
    "fr": (
        "« {q} », a déclaré {t} {n}.",
        "«\u202f{q}\u202f», affirme {t} {n}.",
        "{t} {n} a déclaré : « {q} »",
        "“{q}”, a dit {t} {n}.",
    ),
    "it": (
        "«{q}» ha detto {t} {n}.",
        "«{q}», ha spiegato {t} {n}.",
        "{t} {n} ha dichiarato: «{q}»",
    ),
    "es": (
        "«{q}», dijo {t} {n}.",
        "«{q}», ha asegurado {t} {n}.",
        "“{q}”, afirmó {t} {n}.",
        "{t} {n} declaró: «{q}»",
    ),
}
_WORDS = {  # lower case: a run of capitalised words is a title, no statement
    "de": ("wir", "bauen", "die", "neue", "brücke", "bis", "zum", "herbst", "fertig"),
    "fr": ("nous", "rouvrirons", "la", "nouvelle", "école", "avant", "la", "rentrée"),
    "it": ("apriremo", "la", "nuova", "scuola", "prima", "della", "fine", "dell'anno"),
    "es": ("abriremos", "la", "nueva", "escuela", "antes", "del", "verano", "próximo"),
}
_FILLER = {
    "de": "Der Fluss war am Morgen ruhig.",
    "fr": "La rivière était calme ce matin-là.",
    "it": "Il fiume era calmo quella mattina.",
    "es": "El río estaba tranquilo aquella mañana.",
}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("«, ha detto Mario Rossi. Si vota domani»", "it"),
        ("«... , ha detto Mario Rossi. Si vota domani»", "it"),
        ("Elle a parlé. «, assure la ministre. Il sera voté. »", "fr"),
        ("„«, assure la ministre. «««", "fr"),
        ("«Il sera voté, assure la ministre. ...»", "fr"),
    ],
)
def test_no_quotation_of_the_points_before_an_incise(text: str, code: str) -> None:
    """An incise right after the opening mark, or right before the closing one, leaves no
    words on that side to quote."""
    assert all(any(c.isalnum() for c in q.text) for q in citekit.parse_article(text, code).quotes)


@given(st.sampled_from(sorted(LANGUAGES)), intl_trigger_runs)
def test_every_quotation_quotes_words(code: str, text: str) -> None:
    for quote in citekit.parse_article(text, language=code).quotes:
        assert any(c.isalnum() for c in quote.text), quote


@st.composite
def _planted(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    code = draw(st.sampled_from(sorted(_TEMPLATES)))
    given_name, surname = draw(st.sampled_from(_PEOPLE[code]))
    words = draw(st.lists(st.sampled_from(_WORDS[code]), min_size=4, max_size=9))
    statement = " ".join(words)
    statement = statement[0].upper() + statement[1:]
    title = draw(st.sampled_from(_TITLES[code]))
    template = draw(st.sampled_from(_TEMPLATES[code]))
    sentence = template.format(q=statement, n=f"{given_name} {surname}", t=title)
    sentence = sentence[0].upper() + sentence[1:]
    before = draw(st.integers(min_value=0, max_value=2))
    text = " ".join([_FILLER[code]] * before + [sentence])
    return code, text, statement, f"{given_name} {surname}", sentence


@given(_planted())
def test_a_planted_quotation_is_found_with_its_speaker(
    planted: tuple[str, str, str, str, str],
) -> None:
    """Plant and find: each language's marks and word orders give the quotation and name."""
    code, text, statement, name, _ = planted
    article = citekit.parse_article(text, language=code)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        (statement, name)
    ]


@given(_planted(), st.sampled_from(["", "Vorab. ", "Note. ", "\n\n"]))
def test_a_prefix_moves_every_span_and_changes_nothing_else(
    planted: tuple[str, str, str, str, str], prefix: str
) -> None:
    code, text, *_ = planted
    plain = citekit.parse_article(text, language=code)
    moved = citekit.parse_article(prefix + text, language=code)
    assert [(q.text, q.span.start + len(prefix)) for q in plain.quotes] == [
        (q.text, q.span.start) for q in moved.quotes
    ]


_NO_CUE = {
    "de": (
        "Das Ziel der Reform sei eine stabile Rente.",
        "So kam es zu einer Einigung.",
        "Die Debatte dauerte bis in die Nacht.",
        "Mehrere Jahre lang blieb die Brücke gesperrt.",
    ),
    "fr": (
        "Pour la première fois, la ville a fermé le pont.",
        "La Loire était haute au printemps.",
        "Le marché ouvre le samedi matin.",
    ),
    "it": (
        "Per il momento la strada resta chiusa.",
        "Il mercato apre il sabato mattina.",
        "La Valle era coperta di neve.",
    ),
    "es": (
        "Para el mercado, el sábado es el mejor día.",
        "El río estaba crecido en primavera.",
        "La Plaza Mayor se llenó de gente.",
    ),
}


_no_cue_prose = st.sampled_from(sorted(_NO_CUE)).flatmap(
    lambda code: st.tuples(
        st.just(code), st.lists(st.sampled_from(_NO_CUE[code]), min_size=1, max_size=6)
    )
)


@given(_no_cue_prose)
def test_prose_without_a_cue_names_no_person(case: tuple[str, list[str]]) -> None:
    """Negative control: capitalised nouns, "so", "pour", "per", "para" are no cues."""
    code, sentences = case
    article = citekit.parse_article(" ".join(sentences), language=code)
    assert article.quotes == ()
    assert [s for s in article.sources if s.kind == "person"] == []


# ------------------------------------------------------------------ detection

from citekit._text import language as _language  # noqa: E402
from citekit._text.language import detect_language  # noqa: E402
from strategies import paragraphs  # noqa: E402

_OWN_WORDS = {
    code: sorted(word for word, owner in _language.OWNER.items() if owner == code)
    for code in LANGUAGES
}
_CAPITALISED_FILLER = st.sampled_from(["Brenner", "Talbach", "Nord", "Ortega", "Kiel", "2024"])


@given(
    st.sampled_from(sorted(LANGUAGES)).flatmap(
        lambda code: st.tuples(
            st.just(code),
            st.lists(
                st.one_of(st.sampled_from(_OWN_WORDS[code]), _CAPITALISED_FILLER),
                min_size=40,
                max_size=120,
            ),
        )
    )
)
def test_text_of_one_languages_words_is_detected_as_that_language(
    case: tuple[str, list[str]],
) -> None:
    code, words = case
    if sum(word in _OWN_WORDS[code] for word in words) < 10:
        return  # too few of its words to tell
    assert detect_language(" ".join(words)) == code


@given(paragraphs)
def test_english_prose_is_english(text: str) -> None:
    assert detect_language(text) == "en"


_DETECTION_EXAMPLES = [
    (
        "Die Ministerin sagte am Montag, dass die Reform nicht mehr aufgehalten werde. Sie"
        " wurde auch von der Opposition unterstützt, die sich für eine schnelle Lösung einsetzt.",
        "de",
    ),
    (
        "La ministre a déclaré lundi que la réforme ne serait pas retirée. Les syndicats"
        " estiment pour leur part qu'elle est injuste et qu'il faut encore des discussions.",
        "fr",
    ),
    (
        "Il ministro ha detto lunedì che la riforma non sarà ritirata. I sindacati della"
        " regione non sono d'accordo e chiedono che il governo apra un nuovo tavolo.",
        "it",
    ),
    (
        "El ministro dijo el lunes que la reforma no será retirada. Los sindicatos también"
        " creen que el Gobierno debe abrir una mesa para hablar sobre las pensiones.",
        "es",
    ),
    (
        "The minister said on Monday that the reform would not be withdrawn. The unions"
        " said they would keep up their protests until the government listened to them.",
        "en",
    ),
    (
        "The mayor of San Sebastián, Ana de la Vega, said the Paseo de la Concha would"
        " stay closed. She told reporters that “la playa” was still flooded after the storm.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "code"), _DETECTION_EXAMPLES)
def test_detection_examples(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert citekit.parse_article(text).language == code


def test_a_given_language_skips_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(_language, "detect_language", lambda text: calls.append(text) or "en")
    article = citekit.parse_article("Die Ministerin sagte, „es bleibt dabei“.", language="de-AT")
    assert article.language == "de"
    assert calls == []
    citekit.parse_article("Some text.")
    assert len(calls) == 1


@pytest.mark.parametrize("bad", ["nl", "xx-YY", ""])
def test_an_unknown_language_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="language must be one of"):
        citekit.parse_article("Text.", language=bad)


def test_a_language_that_is_no_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="language"):
        citekit.parse_article("Text.", language=3)  # type: ignore[arg-type]


ARTICLES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "articles-intl.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", ARTICLES, ids=[c["name"] for c in ARTICLES])
def test_whole_articles(case: dict[str, Any]) -> None:
    """Whole articles of our own: detected, every quotation with its speaker."""
    article = citekit.parse_article(case["text"])
    assert article.language == case["language"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None) for q in case["quotes"]
    ]
