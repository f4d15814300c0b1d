"""Nouns for documents a claim comes from, and for works whose title a quotation gives.

"a report", "court filings"; "his book “The Art of the Deal”".
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns for documents a claim can come from: "a report", "court filings".
DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    report reports study studies survey surveys poll polls filing filings document
    documents memo memos letter letters statement statements indictment complaint
    lawsuit ruling records record emails email analysis review audit data
    investigation transcript affidavit presentation post blog release releases
    findings figures statistics assessment estimate estimates minutes paper papers
    post posts tweet tweets bible book books article articles cable cables draft drafts
    polling video videos footage research average averages tally count analyses
    projection projections forecast forecasts timeline calculations photo photos
    ad ads commercial commercials slide slides ranking rankings quiz
    investigations reviews audits results chart charts graphic graphics
    files tallies disclosures regulations form forms messages ledgers logs receipts
    brief briefs motion motions petition petitions order orders decision notice notices
    """
)

# Last words of a document's capitalised name: "the National Sleep Survey", "the Global
# Peace Index" (not "Report": "the Drudge Report" is an outlet).
DOCUMENT_NAME_ENDINGS: frozenset[str] = frozenset("Survey Census Index Poll Barometer".split())

# Document nouns that are documents only after "press" or "news": "a press release",
# not "the release of political prisoners".
PRESS_DOCUMENT_NOUNS: frozenset[str] = _words("release releases")

# The document nouns that are plural: those that end in "s" but "analysis" ("Analysis
# shows that …"), and "data" ("Data from the survey show").
PLURAL_DOCUMENT_NOUNS: frozenset[str] = frozenset(
    noun for noun in DOCUMENT_NOUNS if noun.endswith("s") and noun != "analysis"
) | _words("data")

# Nouns for works and labels whose title or name a quotation after them gives:
# "the campaign “Every drop counts”", "his book “The Art of the Deal”".
WORK_NOUNS: frozenset[str] = _words(
    """
    campaign book film movie song album show series article column headline slogan
    program programme initiative project operation game novel play poem episode
    hashtag motto theme phrase term word nickname label title brand logo chant
    documentary podcast newsletter blog website app exhibition festival tour
    """
)

# Participles between a document and its author: "a study published by X".
AUTHORING_PARTICIPLES: frozenset[str] = _words(
    "written published released issued prepared commissioned conducted compiled produced "
    "funded authored"
)

# Prepositions before a document's author: "a report by the inspector general",
# "data from Bondwatch".
AUTHOR_PREPOSITIONS: frozenset[str] = _words("from by")

# Words before a name in quotation marks, which make it a name, not a
# quotation: "so-called “moderate” rebels", "dubbed the “Iron Palace”".
NAMING_WORDS: frozenset[str] = _words("so-called dubbed titled entitled named as")
