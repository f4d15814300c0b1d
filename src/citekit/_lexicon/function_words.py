"""Function words: determiners, prepositions, pronouns, and the words that end a phrase.

What bounds a noun phrase and opens or ends a clause, as the reading's
phrase and clause rules (``_reading.phrases``, ``_reading.subjects``,
``_reading.clauses``) read them. Lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a noun phrase: articles, numerals, quantifiers, possessives.
DETERMINERS: frozenset[str] = _words(
    """
    a an the this that these those another each every some several many multiple
    few both all most other one two three four five six seven eight nine ten
    dozens dozen his her its their our my your no
    """
)

# "one of the officials", "Members of the committee": a quantity before "of".
PREDETERMINERS: frozenset[str] = _words(
    "one two three four five some several many none each all most both members member"
)

# Words that end a noun phrase: finite verbs, auxiliaries, negation.
STOP_WORDS: frozenset[str] = _words(
    """
    is are was were be been being am has have had do does did will would can could
    shall should may might must not no nor than so if because although though
    while whereas when where whether since until unless after before as
    """
)

# Prepositions that open a postmodifier: "sources in the camp", "a
# spokesperson for the FDNY", "two people familiar with the matter".
PREPOSITIONS: frozenset[str] = _words(
    "of for at in with from on to by about inside within near among across over under "
    "against toward towards behind beyond during via per like into onto upon"
)

RELATIVES: frozenset[str] = _words("who whose whom which that")

# Adjectives that open a postmodifier like a participle does.
POSTMODIFIER_ADJECTIVES: frozenset[str] = _words(
    "familiar close knowledgeable responsible involved based aware"
)

CONJUNCTIONS: frozenset[str] = _words("and but or so yet nor")

# Words that, capitalised at a sentence start, open no name: "After the
# meeting, Lund …", "In a statement, …".
FUNCTION_WORDS: frozenset[str] = _words(
    """
    the a an in on at after before when while as although though since if for from
    with during asked but and or so yet then now later meanwhile however still
    this that these those it its their his her our we i you they he she there here
    what which who why how also not no even just only among across against under over
    into through without within despite amid toward towards about around behind beyond
    like unlike until upon via per of by to because whether once unless where
    instead perhaps maybe yes no
    """
)

# Pronouns that can stand for a speaker, and the gender or number each implies.
PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p"}

# Auxiliaries after which a verb takes its base form whatever its subject:
# "Trump would say", "Clinton did not tell", "she will argue".
MODALS: frozenset[str] = _words(
    """
    will would could can may might must should shall did does do
    won't wouldn't couldn't can't cannot didn't doesn't don't
    won’t wouldn’t couldn’t can’t didn’t doesn’t don’t
    """
)

# Forms of "be" and "have" that make a participle progressive or perfect, negated
# too: "The White House is saying", "Schneiderman isn’t saying", "have not said".
NEGATED_AUXILIARIES: frozenset[str] = _words(
    """
    isn't aren't wasn't weren't hasn't haven't hadn't
    isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t
    """
)

# Words between a subject and its verb that are not part of either: "Halvorsen
# also said", "Trump has said", "McConnell last month said", "Ryan would not say".
VERB_PREFIXES: frozenset[str] = (
    _words(
        """
    also has have had then now later not never long even just
    earlier previously recently once still further again first initially
    repeatedly publicly privately separately subsequently already often soon
    last this next month week year night morning afternoon evening today yesterday
    on monday tuesday wednesday thursday friday saturday sunday
    itself himself herself themselves
    """
    )
    | MODALS
    | NEGATED_AUXILIARIES
)

# Pronouns and pro-forms that never name a speaker: "said it", "this said";
# but "one of the officials said".
NOT_SPEAKERS: frozenset[str] = _words(
    "it this that which what who there here we i you us them me him one having being"
)

# Pronouns and quantifiers that stand for a group: "they say", "some said".
PLURAL_PRONOUNS: frozenset[str] = _words("they some others many several most both")

# Words that open what a verb reports: "states that …", "shares how …".
CLAIM_OPENERS: frozenset[str] = _words(
    "that how what why when where whether who which if he she they it we i you there"
)

# Particles after "called" that make it no speech: "called off the strike", "called up a reserve".
VERB_PARTICLES: frozenset[str] = _words("off up out back in")

# Particles after "call" that make it a demand, a speech act: "called for a ban",
# "calling on Congress to act".
DEMAND_PARTICLES: frozenset[str] = _words("for on")

# Words that open a new clause inside what looked like one phrase: "… in
# May that she would appeal … but she said".
CLAUSE_BREAKERS: frozenset[str] = _words("but yet he she they it we i")

# The words that open a relative clause after a phrase's head ("officials who …").
RELATIVE_OPENERS: frozenset[str] = _words("who whose that which")

# The articles, and the possessive determiners: "the report", "his aide".
ARTICLES: frozenset[str] = _words("a an the")
POSSESSIVE_DETERMINERS: frozenset[str] = _words("his her their its")

# Definite determiners: with one, a role or group noun refers back ("the
# official" after "an official"); the singular ones before a singular noun.
SINGULAR_DEFINITES: frozenset[str] = _words("the this that")
DEFINITE_DETERMINERS: frozenset[str] = SINGULAR_DEFINITES | _words("these those")

# Determiners a bare plural noun for people may take and still open a clause
# as a group: "the medics said", "some stallholders said".
GROUP_DETERMINERS: frozenset[str] = _words("the some many several")

# The forms of "be": before a speech verb, a passive ("employees were told").
BE_FORMS: frozenset[str] = _words("was were is are be been being")

# Words between an auxiliary and its verb: "would not say", "did also tell", "has
# also shown".
AUXILIARY_ADVERBS: frozenset[str] = _words("not never also still just ever now only")

# Pronouns that take a verb's base form, as plural subjects do: "they say", "I say".
BASE_FORM_PRONOUNS: frozenset[str] = _words("they we i you")

# Words that open what a verb that may report nothing reports: "maintained
# that …", "argued he …" (``COMPLEMENT_VERBS``).
COMPLEMENT_OPENERS: frozenset[str] = _words("that he she they it")

# Conjunctions that open a clause about what would be, which attributes nothing: "If
# the person reports a fault, …", "unless a resident complains", "whether the board
# agreed"; and "when" before a pronoun of anyone at all: "When anyone reports a leak, …"
# ("When someone shouted" tells what happened).
CONDITIONAL_CONJUNCTIONS: frozenset[str] = _words("if unless whether")
TIME_CONJUNCTIONS: frozenset[str] = _words("when whenever")
INDEFINITE_PRONOUNS: frozenset[str] = _words("anyone anybody whoever everyone everybody")

# Reflexive pronouns: "the protesters identified themselves as …" reports no claim.
REFLEXIVES: frozenset[str] = _words("myself yourself himself herself itself ourselves themselves")

# Words that open an apposition after a name, not a name: "Hale, a lawyer, said";
# and the members or the likes of a group named before them: "Several candidates,
# including Trump, said", "Democratic economists, like their rivals, say".
APPOSITION_OPENERS: frozenset[str] = _words("a an another also including like unlike such")

# Prepositions before the outlet a speaker talked on or wrote in: "said on
# CNN", "wrote in The Atlantic".
MEDIUM_PREPOSITIONS: frozenset[str] = _words("on to in")

# Prepositions before the organisation in an apposition's title: "a senior
# fellow at the Brookings Institution", "a spokesperson for the FDNY".
AFFILIATION_PREPOSITIONS: frozenset[str] = _words("of at for with")

# What follows a verb that takes an infinitive: "continued to say", "asked not to be named".
INFINITIVE_OPENERS: frozenset[str] = _words("to not")

# The relatives that always open a relative clause after a noun ("officials
# who attended"), and those that may also be a determiner or a conjunction.
WH_RELATIVES: frozenset[str] = _words("who whose")
THAT_RELATIVES: frozenset[str] = _words("that which")

# Words in "-ly" that are no adverb: "family", "ally", "Photos from the rally showed".
NOT_ADVERBS: frozenset[str] = _words(
    "family ally rally tally assembly supply anomaly monopoly homily belly bully"
)

# Lower-case words in a title of capitalised words: "The Art of the Deal".
TITLE_SMALL_WORDS: frozenset[str] = _words("of the a an and in on to for at by with from or")

# Words after a quotation that continue a sentence, where a lower-case noun
# after one would make it a modifier ("the “Every drop counts” campaign").
CONTINUERS: frozenset[str] = _words(
    """
    and but or nor as to in on at of for from with by about than that which who
    when while if because after before since until so into over under he she they it
    we i you his her their its this these those is are was were be been has have had
    will would could should can may might must not also even just only then there
    """
)

# Speech verbs that take no object, so that a phrase right after them is their
# subject, inverted: "…, said an American official who …"; not "told", "asked".
INVERTING_VERBS: frozenset[str] = _words("said says added adds explained noted wrote")

# Words that open an apposition or a relative between a subject and its verb.
APPOSITION_STARTS: frozenset[str] = RELATIVES | APPOSITION_OPENERS | _words("where when")

# Words that end a relative clause and open another, whose subject may follow:
# "the congressman who gained attention in 2009 when he yelled".
RELATIVE_ENDS: frozenset[str] = CONJUNCTIONS | _words("when because after while as if")

# Words that open a phrase naming no one: "neither government", "no official",
# "none of the officials", "nobody": such a subject attributes nothing.
NEGATIVES: frozenset[str] = _words("neither no none nobody")
