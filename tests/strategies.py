"""Hypothesis strategies shared by the test modules.

``hostile_text`` is what a scraper can hand citekit: any code points,
lone surrogates and control characters, and long runs of the characters
the detectors key on (quote marks, "(@", dashes, brackets). ``prose`` is
ordinary sentences without any citation cue, for negative controls.
"""

from __future__ import annotations

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

# ------------------------------------------------------------------ quotations and sources

#: Opening and closing quotation marks, as articles use them.
MARKS = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"))

#: Statements someone could be quoted saying: several words, no quotation marks.
STATEMENTS = (
    "We will reopen the school in September",
    "Nobody told us the water was unsafe",
    "The numbers do not add up",
    "This is the hardest winter we have had in years",
    "I have never seen the river this high",
    "Our crews will work through the weekend",
)

#: People and the pronoun that refers to them.
NAMED_PEOPLE = (
    ("Julia Brandt", "she"),
    ("Ben Alvarez", "he"),
    ("Marta Kowalczyk", "she"),
    ("Tomas Lindqvist", "he"),
)
