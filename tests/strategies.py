"""Hypothesis strategies shared by the test modules.

``hostile_text`` is what a scraper can hand citekit: any code points,
lone surrogates and control characters, and long runs of the characters
the detectors key on (quote marks, "(@", dashes, brackets). ``prose`` is
ordinary sentences without any citation cue, for negative controls.
"""

from __future__ import annotations

import datetime as dt
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

page_handles = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_]{2,14}\Z")
page_names = st.builds(
    lambda first, last: f"{first} {last}",
    st.sampled_from(_FIRST_NAMES),
    st.sampled_from(_LAST_NAMES),
)
page_post_words = st.lists(st.sampled_from(_POST_WORDS), min_size=3, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
page_post_dates = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2035, 12, 31))
page_date_texts = page_post_dates.map(lambda d: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}")
page_status_ids = st.integers(min_value=10**15, max_value=10**19 - 1).map(str)
page_video_ids = st.from_regex(r"\A[A-Za-z0-9_-]{11}\Z")

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


# Image credits built from parts, for "plant and find": a credit line and the
# creators and agencies it must give back. Names are invented for the tests;
# agencies are (as printed, canonical).
_GIVEN = ("Jane", "Marcus", "Elena", "Tom", "Priya", "Oliver", "Sofia", "Daniel", "Ruth", "Omar")
_SURNAMES = (
    "Hartley", "Okafor", "Lindqvist", "Moreau", "Castellanos", "Whitfield", "Brennan",
    "Nakamura", "Abernathy", "Kowalski", "McAllister", "O'Rourke", "Dubois-Lambert",
)  # fmt: skip
PHOTO_AGENCIES = (
    ("Getty Images", "Getty Images"), ("Getty", "Getty Images"), ("AFP", "AFP"), ("AP", "AP"),
    ("Reuters", "Reuters"), ("EPA", "EPA"), ("Shutterstock", "Shutterstock"),
    ("Bloomberg", "Bloomberg"),
)  # fmt: skip
PLATFORMS = (
    ("Flickr", "Flickr"), ("Twitter", "Twitter"), ("YouTube", "YouTube"),
    ("Facebook", "Facebook"), ("Wikimedia Commons", "Wikimedia Commons"),
    ("Instagram", "Instagram"), ("Unsplash", "Unsplash"),
)  # fmt: skip

person_names = st.builds(
    lambda given, initial, surname, caps: " ".join(
        [given, *([initial + "."] if initial else []), surname.upper() if caps else surname]
    ),
    st.sampled_from(_GIVEN),
    st.sampled_from(("", "", "", "J", "R")),
    st.sampled_from(_SURNAMES),
    st.booleans(),
)
agencies = st.sampled_from(PHOTO_AGENCIES + PLATFORMS)
photo_agencies = st.sampled_from(PHOTO_AGENCIES)


@st.composite
def labelled_credits(draw: st.DrawFn) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """ "Featured image via Jane Hartley/Getty Images", "(Photo: AFP & Reuters)", …"""
    label = draw(
        st.sampled_from(
            (
                "Featured image via ", "Featured Image: ", "Featured image by ", "Photo by ",
                "Photo: ", "Photograph: ", "Image credit: ", "Credit: ", "Photo Credit: ",
                "Image: ", "© ", "Image copyright ", "Photos: ", "Picture: ", "Image by ",
                "Photo by: ", "Photos courtesy of ", "Image source: ",
            )
        )
    )  # fmt: skip
    creator = draw(st.one_of(st.none(), person_names))
    names = draw(
        st.lists(agencies, min_size=0 if creator else 1, max_size=2, unique_by=lambda a: a[1])
    )
    seps = draw(st.lists(st.sampled_from(("/", " / ", " | ", " via ", ", ")), min_size=2))
    printed = ([creator] if creator else []) + [surface for surface, _ in names]
    body = printed[0]
    for index, name in enumerate(printed[1:]):
        body += seps[index] + name
    brackets = draw(st.sampled_from(("", "()", "[]")))
    credit = f"{brackets[:1]}{label}{body}{brackets[1:]}"
    creators = (creator,) if creator else ()
    return credit, creators, tuple(canonical for _, canonical in names)


@st.composite
def agency_labelled_credits(draw: st.DrawFn) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """ "(AP Photo/Jane Hartley)", "REUTERS/Marcus Okafor", "(AP Photo/Ruth Moreau, File)"."""
    label, agency = draw(st.sampled_from((("AP Photo", "AP"), ("REUTERS", "Reuters"))))
    creator = draw(person_names)
    file_note = draw(st.sampled_from(("", ", File")))
    open_, close = draw(st.sampled_from((("(", ")"), ("", ""))))
    return f"{open_}{label}/{creator}{file_note}{close}", (creator,), (agency,)


@st.composite
def unlabelled_credits(draw: st.DrawFn) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """ "Jane Hartley/Getty Images", "Marcus Okafor | Bloomberg | Getty Images"."""
    creator = draw(person_names)
    names = draw(st.lists(photo_agencies, min_size=1, max_size=2, unique_by=lambda a: a[1]))
    sep = draw(st.sampled_from(("/", " | ")))
    credit = sep.join([creator, *(surface for surface, _ in names)])
    return credit, (creator,), tuple(canonical for _, canonical in names)


image_credits = st.one_of(labelled_credits(), agency_labelled_credits(), unlabelled_credits())


# Runs of what credits are made of, to stress the credit rules: labels,
# joints, separators, names, agencies, brackets, dots and line ends.
CREDIT_TRIGGERS = (
    "Featured image via ", "Featured Image: ", "Photo by ", "Photo: ", "(Photo: ", "Image credit: ",
    "Credit: ", "© ", "Image copyright ", "Courtesy of ", "(AP Photo/", "REUTERS/", "(Reuters/",
    "Screenshot via ", "screengrab", "a screenshot", " via ", "/", " / ", " | ", ", ", " & ",
    " on ", " for ", "-", "- Pool", "Pool", "File", "Jane Hartley", "Marcus", "B.", "BECERRA",
    "Getty Images", "Getty", "AFP", "AP", "Reuters", "Flickr", "dpa-tmn", "Shutterstock.com",
    "the ", "of ", "University", "(", ")", "[", "]", ".", " ", "   ", "\n", "İ", "é",
    "ImagesThe", "All rights reserved",
)  # fmt: skip

credit_text = st.one_of(
    st.lists(st.sampled_from(CREDIT_TRIGGERS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(CREDIT_TRIGGERS), any_text, control_text), max_size=12).map(
        "".join
    ),
)

# ---------------------------------------------------------------- embedded posts

#: Pieces of embed signatures, for robustness runs of the post rules.
POST_TRIGGERS = (
    "(@", "(@a)", ")", " (@jo.bsky.social) ", "(@a@b.social)", "— ", "—", " - ", "--", "  ",
    "June 5, 2017", "5. Juni 2017", "25 de junio de 2018", " at 7:30am PDT", "2017", "Jun 5",
    "A post shared by ", "View this post on Instagram", " on ", "Ein Beitrag geteilt von ",
    "Posted by ", "Monday, ", "♬ ", "original sound - ", "@jo ", "by u/jo", " in ", "r/pics",
    " from ", "View on Threads", "View on Mastodon", "Post by @jo", "[youtube ", "[embed]",
    "[/embed]", "]", "https://youtu.be/abcdefghijk", "https://t.co/abcdefghij",
    "pic.twitter.com/abcdefghij", "https://x.com/jo/status/123", ".", ":", "!", "\n", "\n\n",
    "\r\n", "The ", "word ", "#tag ",
)  # fmt: skip

post_trigger_runs = st.lists(st.sampled_from(POST_TRIGGERS), max_size=80).map("".join)

# Display names as accounts spell them: letters, initials, "&", "°", emoji, runs of spaces.
_ODD_NAME_CHARS = (".", "&", "°", "'", "!", "?", "_", "é", "ß", "ø", "Ω", "й", "🚀", "★", "❤️", "🇺🇸")
_NAME_CHARS = st.sampled_from(
    [*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", *_ODD_NAME_CHARS, " ", "  "]
)
display_names = st.one_of(
    st.just(""),
    st.lists(_NAME_CHARS, min_size=1, max_size=24).map("".join),
)
#: Display names without runs of spaces, as a scrape that deleted the dash needs them.
single_spaced_names = display_names.map(lambda n: " ".join(n.split()))

twitter_handles = st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)
bluesky_handles = st.builds(
    "{}.{}".format,
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,14}[a-z0-9]", fullmatch=True),
    st.sampled_from(["bsky.social", "bsky.team", "example.com", "news.example.org"]),
)

_WORDS = (
    "Big", "news", "today", "for", "the", "team", "we", "won", "again", "Thank", "you", "all",
    "fans", "rain", "tomorrow", "Vote", "early", "#MatchDay", "#Vote2020", "@coach", "$ACME",
    "it's", "can't", "100%", "3-1", "&", "what", "a", "night",
)  # fmt: skip
_OPENERS = ("Big", "Thank", "Vote", "What", "Great", "Rain", "We", "It's", "#MatchDay", "@coach")
_SENTENCE = st.builds(
    lambda first, rest: " ".join([first, *rest]),
    st.sampled_from(_OPENERS),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
)
_TAIL_LINK = st.sampled_from(
    ["", " https://t.co/Ab12Cd34Ef", " pic.twitter.com/Zx98Yw76Vu", " https://bit.ly/3xYzAb"]
)
#: A short post's words: a sentence or two, maybe closed by a link or a media link.
post_words = st.builds(
    lambda first, second, end, link: (
        f"{first}{end} {second}{end}{link}" if second else f"{first}{end}{link}"
    ),
    _SENTENCE,
    st.one_of(st.just(""), _SENTENCE),
    st.sampled_from([".", "!", "?", ""]),
    _TAIL_LINK,
)

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
