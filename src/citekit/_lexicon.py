"""Word lists the detectors share: data, kept apart from the rules that use it.

Each list is what a news article uses to attribute, title or name; the rules
in the detector modules decide where a word counts.
"""

from __future__ import annotations

# Verbs (and verb phrases) that attribute words or information to a source:
# "said", "told reporters", "wrote", "states". Present, past and -ing forms are
# listed as written, since regular inflection misses "says"/"said"/"told".
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say saying told tells tell telling stated states state stating
    added adds add adding wrote writes write writing tweeted tweets tweet tweeting
    posted posts post explained explains explain explaining noted notes note noting
    declared declares declare announced announces announce announcing
    reported reports report reporting claimed claims claim claiming
    argued argues argue arguing insisted insists insist insisting
    asked asks ask asking answered answers replied replies reply responded responds
    continued continues continue warned warns warn warning
    recalled recalls recall remarked remarks commented comments comment
    acknowledged acknowledges admitted admits conceded concedes
    confirmed confirms confirm denied denies deny
    suggested suggests suggest shared shares share
    explained explains described describes describe
    testified testifies predicted predicts
    emphasized emphasizes stressed stresses
    observed observes quipped quips joked jokes shouted shouts yelled yells
    screamed screams chanted chant chants cried cries
    sang sings read reads reiterated reiterates
    concluded concludes wondered wonders mused muses
    boasted boasts bragged brags complained complains
    alleged alleges charged charges accused accuses
    demanded demands urged urges pleaded pleads begged begs
    promised promises vowed vows pledged pledges
    revealed reveals disclosed discloses
    countered counters retorted retorts snapped snaps
    whispered whispers murmured murmurs
    texted texts emailed emails messaged
    """.split()
)

# Multi-word cues: checked as phrases after a speaker ("X told reporters").
SPEECH_PHRASES: tuple[str, ...] = (
    "according to",
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "went on to say",
    "went on",
    "pointed out",
    "spoke of",
    "made clear",
)

# Nouns that name a role: they make a preceding or following noun phrase a
# speaker description ("spokesman Carl Woog", "a senior official").
TITLE_WORDS: frozenset[str] = frozenset(
    """
    president vice-president spokesman spokeswoman spokesperson spokespeople
    secretary minister senator sen. representative rep. congressman congresswoman
    governor gov. mayor chairman chairwoman chair director chief ceo cfo coo founder
    co-founder commissioner ambassador attorney lawyer prosecutor judge justice
    general gen. colonel col. lieutenant lt. captain capt. sergeant sgt. admiral adm.
    commander officer official aide adviser advisor advisers advisors analyst
    economist professor prof. dr. doctor researcher scientist expert author editor
    reporter correspondent columnist writer leader head manager executive
    candidate nominee chancellor premier king queen prince princess pope bishop
    reverend rev. pastor rabbi imam sheriff deputy inspector detective
    superintendent principal dean president-elect strategist consultant
    activist organizer campaigner coordinator counsel attorney-general
    treasurer speaker whip member lawmaker legislator diplomat envoy
    commentator host anchor producer director-general secretary-general
    """.split()
)

# Adjectives that stand before a role noun: "senior", "former", "top".
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """
    senior former top chief deputy assistant acting interim junior associate
    general principal special national international regional local state
    federal military defense defence foreign press communications
    republican democratic democrat conservative liberal independent
    then-president then-candidate longtime veteran lead
    """.split()
)

# Plural nouns for people as a group: "officials", "protesters", "advisers".
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    officials advisers advisors experts analysts critics researchers scientists
    protesters protestors demonstrators activists lawmakers legislators senators
    democrats republicans witnesses residents authorities investigators
    prosecutors lawyers attorneys leaders members supporters opponents voters
    economists doctors diplomats aides staffers workers employees students
    teachers parents officers police soldiers troops militants rebels fighters
    commanders observers commentators people americans citizens locals
    scholars historians observers representatives spokespeople organizers
    """.split()
)

# Words that make a speaker anonymous when they describe who, not name them.
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    """
    official source sources person insider aide adviser advisor diplomat
    officer employee staffer individual spokesperson
    """.split()
)

# Phrases that mark a source as anonymous wherever they stand near it.
ANONYMITY_MARKERS: tuple[str, ...] = (
    "condition of anonymity",
    "conditions of anonymity",
    "condition of not being named",
    "requested anonymity",
    "declined to be named",
    "not authorized to speak",
    "not authorised to speak",
    "familiar with",
    "who asked not to be identified",
    "asked not to be named",
    "speaking anonymously",
)

# News organisations, as articles name them. Matched case-sensitively on
# whole words; "The" is optional before each.
OUTLETS: tuple[str, ...] = (
    "The Washington Post",
    "Washington Post",
    "The New York Times",
    "New York Times",
    "The Wall Street Journal",
    "Wall Street Journal",
    "The Guardian",
    "The Independent",
    "The Times",
    "The Telegraph",
    "The Atlantic",
    "The New Yorker",
    "The Hill",
    "The Daily Beast",
    "The Intercept",
    "The Economist",
    "The Associated Press",
    "Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Bloomberg News",
    "CNN",
    "MSNBC",
    "NBC News",
    "NBC",
    "CBS News",
    "CBS",
    "ABC News",
    "ABC",
    "Fox News",
    "Fox Business",
    "NPR",
    "PBS",
    "BBC",
    "BBC News",
    "Politico",
    "Axios",
    "Vox",
    "BuzzFeed News",
    "BuzzFeed",
    "HuffPost",
    "Huffington Post",
    "The Huffington Post",
    "USA Today",
    "Los Angeles Times",
    "Chicago Tribune",
    "Boston Globe",
    "The Boston Globe",
    "Breitbart",
    "Breitbart News",
    "Daily Mail",
    "The Daily Mail",
    "The Sun",
    "Sky News",
    "Al Jazeera",
    "Newsweek",
    "Time magazine",
    "TIME",
    "Forbes",
    "Business Insider",
    "Mother Jones",
    "Slate",
    "Salon",
    "The Nation",
    "National Review",
    "The Federalist",
    "Raw Story",
    "Talking Points Memo",
    "Mediaite",
    "Yahoo News",
    "McClatchy",
    "ProPublica",
    "Xinhua",
    "Interfax",
    "TASS",
    "RIA Novosti",
    "Der Spiegel",
    "Le Monde",
    "Haaretz",
    "The Jerusalem Post",
    "Times of Israel",
    "The Times of Israel",
    "Financial Times",
    "The Financial Times",
    "Wired",
    "Rolling Stone",
    "Variety",
    "TMZ",
    "CNBC",
    "C-SPAN",
    "Fox",
)

# Words that refer back to the outlet last named: "the publication shares".
OUTLET_ANAPHORS: frozenset[str] = frozenset(
    {"publication", "newspaper", "paper", "outlet", "network", "broadcaster", "magazine", "daily"}
)

# Organisations and institutions by their head word: "the Pentagon", "the
# Department of Justice", "the White House", "the ministry".
ORGANIZATION_NAMES: tuple[str, ...] = (
    "Pentagon",
    "White House",
    "Kremlin",
    "State Department",
    "Justice Department",
    "Defense Department",
    "Treasury",
    "Congress",
    "Senate",
    "House",
    "Supreme Court",
    "FBI",
    "CIA",
    "NSA",
    "DHS",
    "EPA",
    "FDA",
    "CDC",
    "NASA",
    "United Nations",
    "UN",
    "NATO",
    "European Union",
    "EU",
    "World Health Organization",
    "WHO",
    "IMF",
    "World Bank",
    "administration",
    "government",
    "Africa Command",
)

# Head nouns of organisation names: "Department of X", "X Ministry", "X Police".
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    """
    department ministry agency office bureau commission committee council court
    police army navy government administration parliament senate congress
    party company corporation inc. corp. ltd. group university institute
    foundation association union federation organization organisation
    campaign command authority service services board center centre
    embassy consulate military coalition alliance bank network
    """.split()
)

# Nouns for documents a claim can come from: "a report", "court filings".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    report reports study studies survey poll polls filing filings document
    documents memo memos letter statement indictment complaint lawsuit
    ruling records record emails email analysis review audit data
    investigation paper transcript affidavit
    """.split()
)

# Words that hedge a claim without naming a source: "reportedly".
HEDGES: tuple[str, ...] = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "it is believed",
    "it is understood",
    "it is said",
    "is said to",
    "are said to",
    "is believed to",
    "are believed to",
    "rumored",
    "rumoured",
)

# Pronouns that stand for a person speaker, and the gender each implies.
PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "x"}

# Personal titles before a name that tell the gender of a person.
MALE_TITLES: frozenset[str] = frozenset({"mr", "mr.", "sir", "king", "prince", "lord"})
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady", "dame"}
)
