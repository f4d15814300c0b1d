"""Speech verbs and the other cues that attribute words to a speaker.

"said", "told reporters", "according to", "citing", "saying": the words that
make a clause attribute something to its subject or object. Data only: the
rules that read them are in ``_reading.clauses``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that attribute words or information to their subject: "said", "told
# reporters", "wrote", "states", "announced". Finite forms only (a base form
# such as "state" needs a plural subject, checked by the rules). Verbs of mere
# thought ("fear", "believe") are left out: annotators count them weak.
SPEECH_VERBS: frozenset[str] = _words(
    """
    said says say told tells tell stated states state added adds add
    wrote writes write tweeted tweets posted explained explains noted notes
    declared declares announced announces reported reports claimed claims claim
    argued argues argue insisted insists insist asked asks answered answers
    replied replies reply responded responds warned warns warn
    recalled recalls remarked commented comments acknowledged acknowledges
    admitted admits conceded concedes confirmed confirms confirm denied denies deny
    suggested suggests suggest shared shares share described describes describe
    testified testifies predicted predicts emphasized emphasizes emphasised
    stressed stresses observed observes quipped jokes joked shouted yelled
    screamed chanted chant chants cried reiterated reiterates concluded concludes
    wondered mused boasted bragged complained complains alleged alleges
    charged accused accuses demanded demands urged urges begged
    revealed reveals disclosed discloses countered counters retorted
    whispered texted emailed messaged clarified clarifies indicated indicates
    indicate showed shows show found finds find estimated estimates
    cautioned cautions contended contends maintained maintains called calls
    announce explain note agree agreed agrees
    """
)

# "-ing" forms that attribute to the noun phrase just before them: "comments
# by Wendell Price saying that", "a post that said".
SPEECH_PARTICIPLES: frozenset[str] = _words("saying telling writing stating adding noting")

# Verbs whose object, not subject, is the source: "citing a confidant",
# "quoted Trump as saying", "according to Reuters" (handled as a phrase).
OBJECT_CUES: frozenset[str] = _words("citing cited cites quoting quoted quotes")

# Speech verbs that are just as often plural nouns: "the Russian claims are
# false", "four U.S. states", "SoftBank shares rose". Read as verbs only after a
# proper subject and not before a verb or preposition.
AMBIGUOUS_VERBS: frozenset[str] = _words(
    """
    states reports claims shares notes comments posts tweets remarks charges demands
    answers shows finds calls estimates counters jokes chants texts
    """
)

# Speech verbs that also have a sense that reports nothing ("the US maintains
# tariffs", "state legislative districts"): they attribute only before
# "that", a pronoun, or punctuation.
COMPLEMENT_VERBS: frozenset[str] = _words(
    """
    maintains maintained argue argues argued found finds find show shows showed
    indicated indicates indicate suggested suggests suggest estimated estimates
    state report claim share post note comment answer reply call tweet
    agree agreed agrees
    """
)

# Verbs that take "to" + infinitive and then are no speech: "continued to
# say", "promised to act", "declined to state".
INFINITIVE_VERBS: frozenset[str] = _words(
    "continue continues continued promise promised vow vowed pledge pledged urge urged "
    "ask asked demand demanded claim claimed beg begged agree agreed agrees"
)

# Speech verbs whose subject is a person or people, never a text: "the
# medics said", "a bystander told". A noun the lists above miss is read as a
# person before them (``_attribution._unlisted_subject``); "show", "state" or
# "find" follow a report or a rule as often.
PERSONAL_SPEECH_VERBS: frozenset[str] = _words(
    """
    said says say told tells tell added adds explained explains recalled recalls
    asked asks replied replies insisted insists admitted admits complained
    complains shouted yelled screamed whispered joked quipped boasted conceded
    testified chanted
    """
)

# Multi-word cues after a speech verb that belong to the cue: "said in a
# statement", "told reporters".
CUE_TAILS: tuple[tuple[str, ...], ...] = (
    ("in", "a", "statement"),
    ("in", "an", "interview"),
    ("in", "an", "email"),
    ("in", "a", "tweet"),
    ("in", "a", "post"),
    ("in", "a", "letter"),
    ("in", "a", "speech"),
    ("on", "twitter"),
    ("on", "facebook"),
    ("reporters",),
    ("journalists",),
    ("the", "press"),
)

# The participles whose source follows "by": "as reported by the BBC".
BY_CUES: frozenset[str] = _words("reported published")
