"""Hypothesis strategies shared by the test modules.

``hostile_text`` is what a scraper can hand citekit: any code points,
lone surrogates and control characters, and long runs of the characters
the detectors key on (quote marks, "(@", dashes, brackets). ``prose`` is
ordinary sentences without any citation cue, for negative controls.
"""

from __future__ import annotations

import datetime as dt

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


# --- HTML pages ---------------------------------------------------------------------

_FIRST_NAMES = ("Mara", "Jonas", "Ines", "Tobias", "Leila", "Oskar", "Greta", "Samir")
_LAST_NAMES = ("Lindqvist", "Okafor", "Brandt", "Moreau", "Kowalski", "Haddad", "Ferreira")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_POST_WORDS = (
    "harbour", "lanterns", "tonight", "market", "rain", "bridge", "festival", "quiet",
    "orchard", "ferry", "morning", "music", "square", "village", "light", "river",
)  # fmt: skip

handles = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_]{2,14}\Z")
display_names = st.builds(
    lambda first, last: f"{first} {last}",
    st.sampled_from(_FIRST_NAMES),
    st.sampled_from(_LAST_NAMES),
)
post_words = st.lists(st.sampled_from(_POST_WORDS), min_size=3, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
post_dates = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2035, 12, 31))
date_texts = post_dates.map(lambda d: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}")
status_ids = st.integers(min_value=10**15, max_value=10**19 - 1).map(str)
video_ids = st.from_regex(r"\A[A-Za-z0-9_-]{11}\Z")

_BLOCK_TAGS = ("p", "div", "section", "h2", "li")
html_paragraphs = st.lists(
    st.builds(lambda tag, text: f"<{tag}>{text}</{tag}>", st.sampled_from(_BLOCK_TAGS), prose),
    max_size=4,
).map("\n".join)

# Markup as scrapers find it: tags, fragments of tags, entities, comments, scripts.
MARKUP_PARTS = (
    "<p>", "</p>", "<div class='x'>", "</div>", "<br>", "<br/>",
    "<blockquote class=\"twitter-tweet\">", "</blockquote>",
    "<a href=\"https://twitter.com/a/status/1\">", "</a>", "<figure>",
    "<figcaption>", "</figcaption>", "<span class=\"credit\">", "</span>", "<iframe src=\"",
    "https://www.youtube.com/embed/abcdefghijk", "\">", "</iframe>", "<script>", "</script>",
    "<style>", "<!--", "-->", "<", ">", "&amp;", "&#x", "&", "\"", "'", "=", "— ", "(@",
    "<meta charset=\"", "windows-1252", "<article>", "</article>", "<aside>", "<table><tr><td>",
    "<pre>", "\n", "Photo: ", "© ", "Getty Images", "<body>", "<html>", "<![CDATA[", "<?",
)  # fmt: skip
markup_runs = st.lists(
    st.one_of(st.sampled_from(MARKUP_PARTS), st.text(max_size=12)), max_size=60
).map("".join)
any_markup = st.one_of(any_text, markup_runs)
any_bytes = st.one_of(st.binary(max_size=400), markup_runs.map(lambda s: s.encode("utf-8")))
