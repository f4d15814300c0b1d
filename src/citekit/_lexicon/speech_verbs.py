"""Speech verbs, with all their forms, and the other cues that attribute words to a speaker.

"said", "told reporters", "according to", "citing", "saying": the words that
make a clause attribute something to its subject or object. Data only: the
rules that read them are in ``_reading.clauses``.

**To add a speech verb**, add one row to ``SPEECH_VERB_TABLE`` with its four
forms, irregular ones as they are ("swear  swears  swore  swearing"). That
is the only edit: every rule reads the verb's forms from the table, and the
base form is known as the base form by its column, not by its ending (so
that "John Smith swore that …" is read as "said" is, and "officials swear"
as "officials say"). The sets after the table refine how a few forms are read;
a new verb needs none of them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """The rows of a verb table: (base, third person, past, "-ing"), as written."""
    rows: list[tuple[str, str, str, str]] = []
    for line in text.strip().splitlines():
        if line.lstrip().startswith("#"):
            continue
        base, third, past, participle = line.split()
        rows.append((base, third, past, participle))
    return tuple(rows)


def _cue(form: str) -> bool:
    """Whether the table reads a form as a cue: every form not in brackets."""
    return not form.startswith("(")


def _bare(form: str) -> str:
    return form.strip("()")


# Verbs that attribute words or information to their subject, one verb a row:
# the base form, the third person, the past, the "-ing" participle. A form in
# brackets is not read as a cue: most base forms are as often nouns ("the
# report", "a tweet"), and a base form, which needs a plural subject
# ("advisers state"), is listed only where articles use it so. Verbs of mere
# thought ("fear", "believe") are left out: annotators count them weak.
SPEECH_VERB_TABLE: tuple[tuple[str, str, str, str], ...] = _table(
    """
    # base         third         past          -ing
    say            says          said          saying
    tell           tells         told          telling
    state          states        stated        stating
    add            adds          added         adding
    write          writes        wrote         writing
    (tweet)        tweets        tweeted       tweeting
    (post)         (posts)       posted        (posting)
    explain        explains      explained     explaining
    note           notes         noted         noting
    (declare)      declares      declared      declaring
    announce       announces     announced     announcing
    (report)       reports       reported      (reporting)
    claim          claims        claimed       claiming
    argue          argues        argued        arguing
    insist         insists       insisted      insisting
    (ask)          asks          asked         asking
    (answer)       answers       answered      (answering)
    reply          replies       replied       replying
    (respond)      responds      responded     responding
    warn           warns         warned        (warning)
    (recall)       recalls       recalled      (recalling)
    (remark)       (remarks)     remarked      (remarking)
    (comment)      comments      commented     (commenting)
    (acknowledge)  acknowledges  acknowledged  acknowledging
    (admit)        admits        admitted      admitting
    (concede)      concedes      conceded      conceding
    confirm        confirms      confirmed     confirming
    deny           denies        denied        denying
    suggest        suggests      suggested     suggesting
    share          shares        shared        (sharing)
    describe       describes     described     describing
    (testify)      testifies     testified     testifying
    predict        predicts      predicted     predicting
    (emphasize)    emphasizes    emphasized    emphasizing
    (emphasise)    (emphasises)  emphasised    (emphasising)
    (stress)       stresses      stressed      stressing
    (observe)      observes      observed      (observing)
    (quip)         (quips)       quipped       (quipping)
    (joke)         jokes         joked         joking
    (shout)        (shouts)      shouted       (shouting)
    (yell)         (yells)       yelled        (yelling)
    (scream)       (screams)     screamed      (screaming)
    chant          chants        chanted       chanting
    (cry)          (cries)       cried         (crying)
    (reiterate)    reiterates    reiterated    reiterating
    (repeat)       repeats       repeated      repeating
    (conclude)     concludes     concluded     (concluding)
    (wonder)       (wonders)     wondered      (wondering)
    (muse)         (muses)       mused         (musing)
    (boast)        (boasts)      boasted       (boasting)
    (brag)         (brags)       bragged       (bragging)
    (complain)     complains     complained    complaining
    (allege)       alleges       alleged       alleging
    (charge)       (charges)     charged       (charging)
    (accuse)       accuses       accused       accusing
    (demand)       demands       demanded      demanding
    (urge)         urges         urged         urging
    (beg)          (begs)        begged        (begging)
    reveal         reveals       revealed      revealing
    (disclose)     discloses     disclosed     (disclosing)
    (counter)      counters      countered     countering
    (retort)       (retorts)     retorted      (retorting)
    (whisper)      (whispers)    whispered     (whispering)
    (text)         (texts)       texted        (texting)
    (email)        (emails)      emailed       (emailing)
    (message)      (messages)    messaged      (messaging)
    (clarify)      clarifies     clarified     clarifying
    indicate       indicates     indicated     indicating
    show           shows         showed        showing
    find           finds         found         (finding)
    (estimate)     estimates     estimated     estimating
    (calculate)    calculates    calculated    (calculating)
    (point)        (points)      pointed       pointing
    (caution)      cautions      cautioned     cautioning
    (contend)      contends      contended     contending
    (maintain)     maintains     maintained    maintaining
    (call)         calls         called        calling
    agree          agrees        agreed        agreeing
    swear          swears        swore         swearing
    criticize      criticizes    criticized    criticizing
    (criticise)    criticises    criticised    (criticising)
    (praise)       praises       praised       praising
    (propose)      proposes      proposed      (proposing)
    (vow)          vows          vowed         vowing
    (pledge)       pledges       pledged       pledging
    (promise)      promises      promised      promising
    (threaten)     threatens     threatened    threatening
    (question)     (questions)   questioned    questioning
    (condemn)      condemns      condemned     condemning
    (denounce)     denounces     denounced     denouncing
    (dismiss)      dismisses     dismissed     (dismissing)
    (blast)        (blasts)      blasted       blasting
    (slam)         (slams)       slammed       slamming
    (decry)        decries       decried       (decrying)
    (tout)         touts         touted        touting
    (echo)         (echoes)      echoed        echoing
    (rail)         (rails)       railed        (railing)
    (lament)       laments       lamented      lamenting
    (assert)       asserts       asserted      asserting
    (recommend)    recommends    recommended   (recommending)
    (remind)       reminds       reminded      (reminding)
    (talk)         (talks)       talked        (talking)
    (order)        (orders)      ordered       (ordering)
    (express)      expresses     expressed     (expressing)
    (continue)     (continues)   continued     (continuing)
    (exclaim)      (exclaims)    exclaimed     (exclaiming)
    (bark)         (barks)       barked        (barking)
    (snap)         (snaps)       snapped       (snapping)
    (fume)         (fumes)       fumed         (fuming)
    (scoff)        (scoffs)      scoffed       (scoffing)
    (press)        (presses)     pressed       (pressing)
    (interject)    (interjects)  interjected   (interjecting)
    (remember)     (remembers)   remembered    (remembering)
    (read)         reads         read          (reading)
    rule           (rules)       ruled         (ruling)
    identify       identifies    identified    (identifying)
    """
)

# The past participles that are not the past, by their verb: "polls have shown",
# "every poll has shown him ahead". A cue only after "has", "have" or "had"
# (``PERFECT_AUXILIARIES``): "the figures shown above" reports nothing. Not
# "written": "has written off the plan" reports nothing either.
PERFECT_PARTICIPLES: dict[str, str] = {"shown": "show"}

# The auxiliaries of a perfect: "has shown", "hasn’t shown", "had written".
PERFECT_AUXILIARIES: frozenset[str] = _words(
    "has have had hasn't haven't hadn't hasn’t haven’t hadn’t 's ’s"
)

#: The finite forms read as cues: "said", "says", "say", "told" ...; and the past
#: participles that differ from the past, in a perfect ("has shown").
SPEECH_VERBS: frozenset[str] = frozenset(
    form for row in SPEECH_VERB_TABLE for form in row[:3] if _cue(form)
) | frozenset(PERFECT_PARTICIPLES)

#: The "-ing" forms read as cues, attributing to the noun phrase just before
#: them: "comments by Wendell Price saying that", "the minister …, adding".
SPEECH_PARTICIPLES: frozenset[str] = frozenset(row[3] for row in SPEECH_VERB_TABLE if _cue(row[3]))

#: The verb of each form, by its base form: "told" -> "tell", "says" -> "say".
VERB_OF: dict[str, str] = {
    **{_bare(form): _bare(row[0]) for row in SPEECH_VERB_TABLE for form in row},
    **PERFECT_PARTICIPLES,
}

# Verbs whose object, not subject, is the source, in the table's columns:
# "citing a confidant", "quoted Trump as saying" ("according to Reuters" is a
# phrase: ``OBJECT_PHRASES``).
OBJECT_VERB_TABLE: tuple[tuple[str, str, str, str], ...] = _table(
    """
    # base   third   past    -ing
    cite     cites   cited   citing
    (quote)  quotes  quoted  quoting
    """
)

#: Every base form, read as one (with a plural subject) by its column: "say", "swear",
#: "cite"; not one spelled as its past ("read"), which takes any subject ("the email
#: read").
BASE_FORMS: frozenset[str] = frozenset(
    _bare(row[0])
    for row in (*SPEECH_VERB_TABLE, *OBJECT_VERB_TABLE)
    if _bare(row[0]) != _bare(row[2])
)

#: The forms of the verbs whose object is the source: "citing", "quoted".
OBJECT_CUES: frozenset[str] = frozenset(
    form for row in OBJECT_VERB_TABLE for form in row if _cue(form)
)

#: Their finite forms that also attribute to their subject, the one quoting or
#: citing: "Ruiz quoted the mayor as saying", "Opponents cite concerns that …",
#: "the campaign cites a poll" ("quotes" is as often a noun: "the quotes").
OBJECT_CUE_PASTS: frozenset[str] = frozenset(
    form for row in OBJECT_VERB_TABLE for form in row[:3] if _cue(form) and form != "quotes"
)

# Phrases whose object is the source, each under its key word (the one the
# clause reader looks up): "according to Reuters", "in the words of the minister".
OBJECT_PHRASES: dict[str, tuple[str, ...]] = {
    "according": ("according", "to"),
    "words": ("the", "words", "of"),
    "via": ("via",),
}

# Nouns of speech whose speaker follows "from": "has drawn criticism from rivals",
# "complaints from his American counterpart that …", "warnings from medical experts".
# Not "attacks from" or "pressure from", as often no words ("attacks from the air").
SPEECH_NOUNS: frozenset[str] = _words("criticism criticisms complaints warnings")
OBJECT_PHRASES.update({noun: (noun, "from") for noun in SPEECH_NOUNS})

# The participles whose source follows "by": "as reported by the BBC".
BY_CUES: frozenset[str] = _words(
    "reported published asked criticized criticised echoed praised condemned questioned told "
    "denounced accused pressed urged"
) | frozenset({"claimed", "described", "recommended", "warned", "called", "estimated"})

#: The participles of ``BY_CUES`` that report through "by" only in a passive ("the
#: attacks were claimed by …", "as described by …"): "delegates recommended by the
#: party", "the sum estimated by Forbes" name no one's words.
PASSIVE_BY_CUES: frozenset[str] = _words("claimed described recommended warned called estimated")

# Speech verbs that speak only beside a quotation: "“…,” the email read", "the
# suit reads: “…”", "“…,” read the statement"; never "read the report" or "Read
# more" with no quotation next to them.
# "“…?” Ruiz pressed.", "Ruiz interjected: “…”", "“…,” remembered Ruiz"; never "pressed
# for talks" or "remembered the storm". "chanting" only before its quotation:
# "protesters gathered, chanting “No deal”", never "singing, chanting and waving".
QUOTATION_VERBS: frozenset[str] = _words(
    "read reads pressed interjected remembered chanting went shot"
)

# Verbs that speak with their particle only, by the particle: "“…,” Trump went on.",
# "Ruiz shot back: “…”", only beside a quotation (``QUOTATION_VERBS``), never "went on
# Twitter", "spending shot back up" or "a shot at the title"; and "As Ruiz put it, …",
# "Ruiz put it bluntly: “…”", before a mark, never "put it on the market".
PARTICLE_CUES: dict[str, str] = {"went": "on", "shot": "back", "put": "it", "puts": "it"}

# Means of speaking after "by", which make no passive of the verb before them:
# "Gao said by telephone", "said by phone from Madrid".
MEANS_OF_SPEAKING: frozenset[str] = _words("telephone phone email e-mail text video videolink")

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

# The sets below refine how some forms are read: each lists forms as written,
# the last four verbs by their base form (as ``VERB_OF`` gives it). A new verb
# needs none of them.

# Speech verbs that are just as often plural nouns: "the Russian claims are
# false", "four U.S. states", "SoftBank shares rose". Read as verbs only after a
# proper subject and not before a verb or preposition.
AMBIGUOUS_VERBS: frozenset[str] = _words(
    """
    states reports claims shares notes comments posts tweets remarks charges demands
    answers shows finds calls estimates counters jokes chants texts
    promises vows pledges
    """
)

# Speech verbs that also have a sense that reports nothing ("the US maintains
# tariffs", "state legislative districts"): they attribute only before
# "that", a pronoun, or punctuation.
COMPLEMENT_VERBS: frozenset[str] = _words(
    """
    maintains maintained argue argues argued found finds find show shows showed shown
    indicated indicates indicate suggested suggests suggest estimated estimates
    state report claim share post note comment answer reply call tweet
    agree agreed agrees continued barked snapped reads read pressed interjected remembered
    rule ruled identify identifies identified repeat repeats repeated repeating
    calculates calculated pointed pointing
    """
)

# Complement verbs whose particle opens the claim: "Meyer ruled out a tax rise", "would
# not rule out a run" (and "ruled that …"; never "ruled the state" or "ruled against");
# "pollsters pointed out that …" (never "pointed to the door").
CLAIM_PARTICLES: dict[str, str] = {"rule": "out", "point": "out"}

# Complement verbs that report a claim only with "as" after their object: "Police
# identified the driver as a local man"; never "identified the driver" or "identify
# with".
AS_VERBS: frozenset[str] = _words("identify")

# Verbs that take "to" + infinitive and then are no speech: "continued to
# say", "asked not to be named", "declined to state" (a promise, a vow or a pledge
# is one: "promised to act", "vowed to fight").
INFINITIVE_VERBS: frozenset[str] = _words(
    "continue continues continued urge urged "
    "ask asked demand demanded claim claimed beg begged agree agreed agrees"
)

# Speech verbs whose subject is a person or people, never a text: "the
# medics said", "a bystander told". A noun that no word list holds is read as
# a person before them (``_reading.subjects.unlisted_subject``); "show",
# "state" or "find" follow a report or a rule as often.
PERSONAL_SPEECH_VERBS: frozenset[str] = _words(
    """
    said says say told tells tell added adds explained explains recalled recalls
    asked asks replied replies insisted insists admitted admits complained
    complains shouted yelled screamed whispered joked quipped boasted conceded
    testified chanted claimed argued warned noted
    """
)

# Forms whose subject is the one who put a text out, never the text: "a video posted
# to her account", "an article shared on the site" name no source of "posted".
SENDER_FORMS: frozenset[str] = _words("posted posts shared shares tweeted tweets")

# Base forms that attribute only to a document: "Leaked documents reveal", "multiple
# reports reveal"; not "they would reveal" (what someone might).
DOCUMENT_BASE_FORMS: frozenset[str] = _words("reveal")

# Verbs that report what a document holds, whatever follows them: "the poll shows
# Clinton ahead", "Video of the incident shows him".
DOCUMENT_VERBS: frozenset[str] = _words("show find")

# Verbs whose object is the one spoken to, an outlet being a source too: "told CNN".
HEARER_VERBS: frozenset[str] = _words("tell")

# Verbs that also count or join things, and then report nothing: "Mensah
# added 25 points", "the court added a second case".
COUNTING_VERBS: frozenset[str] = _words("add")

# The "-ing" forms that attribute to the phrase right before them, with no comma
# between: "comments by Wendell Price saying that", "with 30 percent of voters
# saying". Every other "-ing" cue attributes only after a comma, to its clause's
# subject ("Ruiz defended the plan, arguing that …"), or in a progressive ("Ruiz is
# arguing"): "polls showing", "a book calling for" and "a man claiming allegiance"
# report nothing of a speaker's.
PHRASE_PARTICIPLES: frozenset[str] = _words("saying telling stating adding writing noting")

# Verbs that with a particle after them report nothing: "called off the strike",
# "swore in the new judge", "showing up" (the particles are
# ``VERB_PARTICLES``).
PHRASAL_VERBS: frozenset[str] = _words("call swear show")

#: Every form of those verbs: "called", "calling", "swore", "shows".
PHRASAL_FORMS: frozenset[str] = frozenset(
    form for form, verb in VERB_OF.items() if verb in PHRASAL_VERBS
)

# Participles that, before their preposition, name the accused, not the
# accuser: "companies accused of helping …", "two aides charged with fraud".
ACCUSED_PASSIVES: dict[str, str] = {"accused": "of", "charged": "with"}

# The pasts of verbs of thought and perception, which take a clause with no "that":
# "Auditors discovered the treasurer reported false figures", "Neighbours noticed the
# owner posted a sign". Their object may be the clause's subject, as a speech verb's.
THINKING_PASTS: frozenset[str] = _words(
    """
    discovered noticed learned learnt realized realised believed hoped assumed feared
    suspected figured guessed expected worried decided determined concluded established
    """
)
