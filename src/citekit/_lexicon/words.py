"""Word lists the quotation and source rules share: data, kept apart from the rules.

Each list is what a news article uses to attribute, title or name; the rules
in ``_attribution``, ``_names`` and ``_coreference`` decide where a word
counts. Words are lower case unless a list says otherwise.
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

# Words between a subject and its verb that are not part of either: "Halvorsen
# also said", "Trump has said", "McConnell last month said".
VERB_PREFIXES: frozenset[str] = _words(
    """
    also has have had will would could may might did does do then now later
    earlier previously recently once still further again first initially
    repeatedly publicly privately separately subsequently already often
    last this next month week year night morning afternoon evening today yesterday
    on monday tuesday wednesday thursday friday saturday sunday
    """
)

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
    "one two three four five some several many none each all most members member"
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

# Nouns that name a role: they make a noun phrase a speaker description
# ("spokesman Carl Woog", "a senior official") and are stripped from names.
TITLE_WORDS: frozenset[str] = _words(
    """
    president vice-president president-elect spokesman spokeswoman spokesperson
    secretary minister senator sen. representative rep. congressman congresswoman
    governor gov. mayor chairman chairwoman chair director chief ceo cfo coo cto founder
    co-founder commissioner ambassador attorney lawyer prosecutor judge justice
    general gen. colonel col. lieutenant lt. captain capt. sergeant sgt. admiral adm.
    commander cmdr. officer official aide adviser advisor analyst economist professor
    prof. dr. doctor researcher scientist expert author editor reporter correspondent
    columnist writer leader head manager executive candidate nominee chancellor premier
    king queen prince princess pope bishop reverend rev. pastor rabbi imam sheriff
    deputy inspector detective superintendent principal dean strategist consultant
    activist organizer campaigner coordinator counsel attorney-general treasurer
    speaker whip member lawmaker legislator diplomat envoy commentator host anchor
    producer director-general secretary-general coach manager owner administrator
    developer partner trustee chairperson mr. mrs. ms. mr mrs ms miss sir dame lord lady
    agent investigator historian scholar teacher student official
    """
)

# Words that stand before a role noun: "senior", "former", "top".
TITLE_MODIFIERS: frozenset[str] = _words(
    """
    senior former top chief deputy assistant acting interim junior associate vice
    general principal special national international regional local state federal
    military defense defence foreign press communications public information
    republican democratic democrat conservative liberal independent executive
    then-president then-candidate longtime veteran lead majority minority u.s. us
    """
)

# Singular nouns for a person who is not named: "a senior official", "the
# source", "a Syrian refugee", "a confidant". With an indefinite article they
# make an anonymous source. Grouped by where people are met in the news.
# Left out on purpose: nouns that are as often given names, which would cut
# a name short ("Hunter", "Marine", "Rebel", "Major", "Fan"), and nouns that
# are common surnames ("cook", "porter", "mason", "carpenter").
PERSON_NOUNS: frozenset[str] = TITLE_WORDS | _words(
    """
    person source insider individual confidant witness eyewitness resident refugee
    deportee migrant immigrant emigrant expatriate expat citizen local native voter
    man woman girl boy child teenager adult
    mother father parent grandmother grandfather grandparent grandson granddaughter
    widow widower son daughter wife husband spouse brother sister sibling uncle aunt
    cousin niece nephew stepfather stepmother stepson stepdaughter boyfriend
    girlfriend fiance fiancee fiancé fiancée mom dad mum
    friend neighbor neighbour colleague coworker co-worker classmate teammate
    roommate flatmate housemate acquaintance relative
    employee staffer worker observer participant attendee volunteer intern
    passenger commuter pedestrian motorist cyclist traveler traveller tourist
    visitor spectator onlooker bystander passerby customer shopper consumer client
    caller listener viewer reader subscriber follower supporter critic
    victim survivor hostage captive detainee prisoner inmate suspect defendant
    plaintiff accuser complainant claimant litigant petitioner juror coroner
    magistrate barrister solicitor paralegal informant whistleblower attacker
    gunman assailant kidnapper smuggler trafficker
    negotiator delegate mediator emissary politician incumbent challenger
    contender lobbyist councillor councilor alderman assemblyman assemblywoman
    protester protestor demonstrator marcher picketer
    poet actor actress singer artist musician novelist journalist filmmaker director
    photographer presenter pundit reviewer comedian blogger podcaster influencer
    athlete player priest nun monk cleric preacher missionary pilgrim worshipper
    farmer rancher herder fisherman villager settler nurse midwife medic engineer
    driver pilot soldier sailor airman trooper recruit veteran sniper
    chef baker shopkeeper grocer vendor merchant miner firefighter paramedic
    lifeguard rescuer surgeon physician clinician dentist pharmacist therapist
    psychiatrist pediatrician paediatrician virologist immunologist architect
    designer planner accountant auditor banker trader broker investor shareholder
    entrepreneur landlord tenant homeowner renter borrower buyer seller dealer
    employer supervisor foreman boss contractor freelancer caregiver carer nanny
    cleaner janitor cashier clerk receptionist waiter waitress bartender
    electrician plumber builder labourer laborer technician mechanic programmer
    hydrologist geologist biologist physicist chemist epidemiologist statistician
    psychologist sociologist climatologist meteorologist archaeologist pollster
    economist academic educator tutor pupil graduate specialist practitioner
    master harbormaster principal headteacher headmaster headmistress coach trainer
    referee umpire captain skipper midfielder striker defender goalkeeper
    quarterback pitcher jockey boxer golfer swimmer runner
    translator interpreter guide ranger guard warden fellow lecturer instructor
    researcher curator librarian
    """
)

# Plural nouns for people as a group: "officials", "protesters", "delegates".
# Plurals of the person nouns above, and of nouns ending like "-ers", are
# read as groups by rule (``is_plural_person``); this list holds the rest.
GROUP_NOUNS: frozenset[str] = _words(
    """
    officials advisers advisors experts analysts critics researchers scientists
    protesters protestors demonstrators activists lawmakers legislators senators
    democrats republicans conservatives liberals progressives moderates hardliners
    loyalists nationalists witnesses residents authorities investigators
    prosecutors lawyers attorneys leaders members supporters opponents voters
    economists doctors diplomats delegates negotiators medics aides staffers
    workers employees students teachers parents officers police soldiers troops
    militants rebels insurgents fighters commanders observers commentators pundits
    people americans citizens locals villagers townspeople neighbors neighbours
    colleagues classmates teammates men women children kids teenagers youths
    scholars historians academics representatives spokespeople organizers
    entrepreneurs plaintiffs defendants challengers governors mayors ministers
    executives sources insiders others some many several families relatives
    victims survivors refugees migrants immigrants farmers owners users fans
    players passengers tourists visitors spectators onlookers bystanders
    eyewitnesses shoppers commuters hostages detainees prisoners inmates suspects
    jurors judges justices clergy pilgrims worshippers believers skeptics sceptics
    rivals allies peers staff crew crowd crowds audience mob family
    """
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

# Nouns ending like a person noun ("-er", "-or", "-ist") that name a thing,
# and plurals of texts that "say" things: "the order says", "rules say",
# "the posters said". Never read as people by the fallback above.
NOT_PERSON_NOUNS: frozenset[str] = _words(
    """
    order orders letter letters charter chapter register ledger paper papers
    poster posters banner banners flyer flyers leaflet leaflets sticker stickers
    trailer filter counter monitor indicator tracker computer calculator meter
    number numbers matter matters water river center centre corner border error
    factor sector motor mirror cover folder header footer layer tower power
    answer answers character characters newsletter newsletters
    rules laws terms guidelines regulations signs notes messages minutes
    records rumours rumors results tests images photos videos pictures files
    texts headlines placards slogans labels instructions lyrics accounts
    documents sources polls surveys studies data figures news
    """
)

# Plural heads that make a source anonymous rather than a group: "people
# familiar with the talks", "sources close to", "insiders".
ANONYMOUS_PLURALS: frozenset[str] = _words("people sources insiders persons individuals")

# Phrases near a mention that make it anonymous, with the reason they give.
ANONYMITY_MARKERS: tuple[str, ...] = (
    "on condition of anonymity",
    "on conditions of anonymity",
    "on the condition of anonymity",
    "on condition that",
    "condition of not being named",
    "requested anonymity",
    "declined to be named",
    "declined to be identified",
    "not authorized to speak",
    "not authorised to speak",
    "not authorized to discuss",
    "not authorized to comment",
    "familiar with",
    "briefed on",
    "close to",
    "with knowledge of",
    "knowledgeable about",
    "asked not to be identified",
    "asked not to be named",
    "asked that",
    "speaking anonymously",
    "unnamed",
    "anonymous",
)

# News organisations, as articles name them. Matched on whole words; "The"
# is optional before each.
OUTLETS: tuple[str, ...] = (
    "The Washington Post", "The New York Times", "The Wall Street Journal",
    "The Guardian", "The Independent", "The Times", "The Telegraph", "The Atlantic",
    "The New Yorker", "The Hill", "The Daily Beast", "The Intercept", "The Economist",
    "The Associated Press", "Associated Press", "AP", "Reuters", "AFP",
    "Agence France-Presse", "Bloomberg", "Bloomberg News", "Bloomberg TV", "CNN", "MSNBC",
    "NBC News", "NBC", "CBS News", "CBS", "ABC News", "ABC", "Fox News", "Fox Business",
    "NPR", "PBS", "BBC", "BBC News", "Politico", "Axios", "Vox", "BuzzFeed News",
    "BuzzFeed", "HuffPost", "Huffington Post", "The Huffington Post", "USA Today",
    "Los Angeles Times", "Chicago Tribune", "The Boston Globe", "Breitbart",
    "Breitbart News", "The Daily Mail", "Daily Mail", "The Sun", "Sky News", "Al Jazeera",
    "Newsweek", "Time magazine", "Forbes", "Business Insider", "Insider", "Mother Jones",
    "Slate", "Salon", "The Nation", "National Review", "The Federalist", "Raw Story",
    "Talking Points Memo", "Mediaite", "Yahoo News", "McClatchy", "ProPublica", "Xinhua",
    "Interfax", "TASS", "RIA Novosti", "Sputnik", "RT", "Der Spiegel", "Le Monde",
    "Haaretz", "The Jerusalem Post", "The Times of Israel", "Financial Times",
    "The Financial Times", "Wired", "Rolling Stone", "Variety", "TMZ", "CNBC", "C-SPAN",
    "Fox", "Time Magazine", "TIME", "Fast Company", "The Verge", "TechCrunch", "Recode",
    "Voice of America", "VOA",
    "Radio Free Europe", "Deutsche Welle", "Kyodo", "Yonhap", "Press Trust of India",
    "PTI", "ANI", "Nikkei", "The Real Deal", "The Daily Caller", "Daily Caller",
    "The Washington Times", "Washington Examiner", "The Washington Examiner",
    "New York Post", "The New York Post", "Newsmax", "One America News", "Infowars",
    "The Blaze", "Red Alert Politics", "Polygraph.info", "Stars and Stripes",
    "Military Times", "Defense News", "The Drudge Report", "Drudge Report",
    "The Daily Telegraph", "The Observer", "The Irish Times", "Le Figaro",
    "El País", "Corriere della Sera", "La Repubblica", "Süddeutsche Zeitung",
    "Frankfurter Allgemeine Zeitung", "South China Morning Post", "The Straits Times",
    "The Hindu", "Times of India", "Dawn", "Globe and Mail", "The Globe and Mail",
    "Toronto Star", "CBC", "CBC News", "The Australian", "Sydney Morning Herald",
    "ABC Australia", "The Moscow Times", "Kommersant", "Izvestia", "Pravda",
    "The Christian Science Monitor", "The Los Angeles Times", "The Chicago Tribune",
    "The Miami Herald", "Miami Herald", "The Dallas Morning News", "Houston Chronicle",
    "The Boston Herald", "The Seattle Times", "The Denver Post", "The Arizona Republic",
    "The Atlanta Journal-Constitution", "The Philadelphia Inquirer", "Newsday",
    "The Oregonian", "Star Tribune", "The Kansas City Star", "The Baltimore Sun",
    "The Des Moines Register", "The Detroit News", "Detroit Free Press",
    "The Tampa Bay Times", "The Orlando Sentinel", "The Sacramento Bee", "Vice",
    "Vice News", "Quartz", "The Information", "Semafor", "The Wrap", "Deadline",
    "The Hollywood Reporter", "Billboard", "Entertainment Weekly", "People magazine",
    "Us Weekly", "Page Six", "E! News", "Gizmodo", "Engadget", "Ars Technica", "Mashable",
    "CNET", "ZDNet", "The Register", "Motherboard", "Reveal", "The Marshall Project",
    "Kaiser Health News", "STAT", "Science", "Nature", "The Lancet",
    # broadcast programmes that interviews are given to
    "Fox News Sunday", "Meet the Press", "Face the Nation", "60 Minutes",
    "Good Morning America", "PBS NewsHour", "Morning Joe", "Squawk Box",
    "Newsnight", "Today programme", "The Andrew Marr Show",
)  # fmt: skip

# Last words of newspaper and broadcaster names the lexicon does not list:
# "The Daily Ledger", "the Valley Courier", "Channel 4 News".
OUTLET_WORDS: frozenset[str] = frozenset(
    """
    Times Post Journal Herald Tribune Gazette Ledger Chronicle Observer Inquirer
    Courier Dispatch Examiner Bulletin Register Telegraph Guardian Independent
    Newspaper Magazine Weekly Daily News Radio Television TV Broadcasting
    Press Reporter Sentinel Beacon Clarion Argus Enquirer Mercury Messenger
    """.split()
)

# Words that refer back to the outlet last named: "the publication shares".
OUTLET_ANAPHORS: frozenset[str] = _words(
    "publication newspaper paper outlet network broadcaster magazine daily tabloid "
    "website site channel station"
)

# Words for broadcasters and the press as a whole: with a modifier before
# them they name an outlet ("state media", "Iranian state television", "local
# radio"); alone ("the media") they name none.
MEDIA_NOUNS: frozenset[str] = _words("media television tv radio")

# Companies whose names read like a person's ("Goldman Sachs", "Wells Fargo")
# or hold lower-case words: organisations, and what "the company" refers to.
COMPANY_NAMES: tuple[str, ...] = (
    "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Merrill Lynch",
    "Lehman Brothers", "Thomson Reuters", "Johnson & Johnson", "Procter & Gamble",
    "Ernst & Young", "Dow Jones", "Standard & Poor's", "Marks & Spencer",
    "Lockheed Martin", "Northrop Grumman", "Harley-Davidson", "Estée Lauder",
    "Ralph Lauren", "Calvin Klein", "Hugo Boss", "Louis Vuitton", "Christian Dior",
    "Tommy Hilfiger", "Walt Disney", "Warner Bros", "Sotheby's", "Christie's",
    "Bain Capital", "Koch Industries", "Philip Morris", "Johnson Controls",
    "Bank of America", "Deutsche Bank", "Credit Suisse",
)  # fmt: skip

# Organisations and institutions by name: "the Pentagon", "the White House".
ORGANIZATION_NAMES: tuple[str, ...] = (
    "Pentagon", "White House", "Kremlin", "State Department", "Justice Department",
    "Defense Department", "Department of Justice", "Department of Defense",
    "Department of State", "Treasury", "Congress", "Senate", "House", "Supreme Court",
    "FBI", "CIA", "NSA", "DHS", "EPA", "FDA", "CDC", "NASA", "United Nations", "UN",
    "U.N.", "NATO", "European Union", "EU", "World Health Organization", "WHO", "IMF",
    "World Bank", "Africa Command", "Downing Street", "Elysee", "Élysée",
    "Bundestag", "Parliament", "Vatican", "Interpol", "Europol", "SEC", "FTC", "FCC",
    "IRS", "ICE", "DOJ", "DOD", "GOP", "RNC", "DNC", "OPEC",
    # charities, campaigners and research bodies whose names read like a
    # person's or hold lower-case words
    "Human Rights Watch", "Amnesty International", "Doctors Without Borders",
    "Médecins Sans Frontières", "Reporters Without Borders", "Save the Children",
    "Red Cross", "Red Crescent", "Oxfam", "Greenpeace", "Transparency International",
    "Friends of the Earth", "Committee to Protect Journalists", "Freedom House",
    "International Crisis Group", "Human Rights First", "Physicians for Human Rights",
    "Mercy Corps", "Planned Parenthood", "Southern Poverty Law Center",
    "Open Society Foundations", "Heritage Foundation", "Brookings Institution",
    "Cato Institute", "Pew Research Center", "Gallup", "World Wildlife Fund",
    "World Food Programme", "Red Cross and Red Crescent",
    *COMPANY_NAMES,
)  # fmt: skip

# Head nouns of organisation names: "Department of X", "X Ministry", "the
# company", "the Greek and Turkish defense ministries".
ORGANIZATION_HEADS: frozenset[str] = _words(
    """
    department departments ministry ministries agency agencies office offices bureau
    commission committee council court courts police army navy government governments
    administration parliament senate congress party company companies corporation
    corp corp. inc inc. ltd ltd. llc plc group university institute foundation
    association union federation organization organisation organizations campaign
    command authority authorities service services board center centre embassy
    consulate military coalition alliance bank network panel firm firms regime
    cabinet council school hospital church club team league prison startup
    retailer automaker airline carrier conglomerate insurer manufacturer publisher
    co co. robotics systems technologies labs motors airlines holdings partners capital
    industries enterprises ventures
    jury regulator watchdog tribunal lender carmaker chain studio charity nonprofit
    fund trust society forum programme program watch international pharma
    pharmaceuticals energy airways laboratories operator supplier distributor
    exchange observatory ngo delegation secretariat assembly legislature cartel
    """
)

# Words in a company's name that say it is one: "Acme Holdings", "Tervo
# Pharma", "Orbit Labs Inc.": what "the company" may refer back to.
COMPANY_NAME_WORDS: frozenset[str] = _words(
    """
    inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh nv holdings industries
    enterprises ventures technologies tech systems labs laboratories motors
    airlines airways pharma pharmaceuticals energy robotics capital partners group
    media entertainment foods brands bank insurance software networks
    """
)

# Words by which an article refers back to a company it named: "Orbitly is
# … The company posted a notice".
COMPANY_NOUNS: frozenset[str] = _words(
    "company firm corporation business startup retailer automaker airline carrier "
    "conglomerate insurer manufacturer maker publisher carmaker lender chain operator "
    "supplier distributor"
)

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

# Nouns for documents a claim can come from: "a report", "court filings".
DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    report reports study studies survey surveys poll polls filing filings document
    documents memo memos letter letters statement statements indictment complaint
    lawsuit ruling records record emails email analysis review audit data
    investigation transcript affidavit presentation post blog release
    findings figures statistics assessment estimate estimates minutes paper papers
    post posts tweet tweets bible book books article articles cable cables draft drafts
    """
)

# Words that hedge a claim without naming a source: "reportedly", "it is
# believed". Matched case-insensitively on whole words, longest first.
HEDGES: tuple[str, ...] = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "ostensibly",
    "it is believed",
    "it is understood",
    "it is said",
    "it is thought",
    "it is alleged",
    "it was reported",
    "it has been reported",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "is thought to",
    "are thought to",
    "is understood to",
    "is alleged to",
    "are alleged to",
    "rumored",
    "rumoured",
)

# Personal titles and role nouns that tell a person's gender.
MALE_WORDS: frozenset[str] = _words(
    "mr mr. sir king prince lord spokesman chairman congressman businessman father "
    "husband brother son man boy uncle nephew grandfather grandson widower boyfriend "
    "fiance stepfather stepson dad actor waiter fisherman gunman assemblyman alderman"
)
FEMALE_WORDS: frozenset[str] = _words(
    "mrs mrs. ms ms. miss queen princess lady dame spokeswoman chairwoman "
    "congresswoman businesswoman mother wife sister daughter woman girl aunt niece "
    "grandmother granddaughter widow girlfriend fiancee fiancée stepmother "
    "stepdaughter mom mum actress waitress nun assemblywoman headmistress"
)

# Lower-case particles inside personal and outlet names: "Marta de la Vega",
# "Corriere della Sera", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES: frozenset[str] = _words(
    "de la le van von der den al del della di da du des dos das bin ibn"
)

# Capitalised words that never name a person: months, days, and words that
# name places or institutions inside a longer name ("Secretary of State Ada
# Brennan", "White House spokesman Carl Woog").
NOT_NAME_WORDS: frozenset[str] = _words(
    """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    state house senate white city county party republican republicans democrat
    democratic democrats national american u.s. us u.k. uk u.n. un federal
    north south east west northern southern eastern western new los san las
    """
)

# Places that stand for their government as sources ("Russia denies"), and
# that are never people. Countries and the largest regions, as written.
PLACES: frozenset[str] = frozenset(
    """
    Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon
    Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt
    England Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece
    Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
    Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Libya
    Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco
    Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine
    Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
    Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland
    Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine
    Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia America
    Beijing Moscow Washington London Paris Berlin Tokyo Tehran Kabul Baghdad Damascus
    Brussels Kiev Kyiv Ankara Riyadh Jerusalem Seoul Pyongyang Havana Caracas
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
    """.split()
)
MULTIWORD_PLACES: frozenset[str] = frozenset(
    {
        "United States", "United Kingdom", "New York", "New Jersey", "New Mexico",
        "New Hampshire", "North Carolina", "South Carolina", "North Dakota",
        "South Dakota", "West Virginia", "Rhode Island", "Los Angeles", "San Francisco",
        "Las Vegas", "Hong Kong", "Saudi Arabia", "North Korea", "South Korea",
        "South Africa", "New Zealand", "Sri Lanka", "Middle East", "Latin America",
        "South China Sea", "Oklahoma City", "New Delhi", "Costa Rica", "Puerto Rico",
        "El Salvador", "Gaza Strip", "West Bank", "Wall Street", "Silicon Valley",
        "Capitol Hill",
    }
)  # fmt: skip
