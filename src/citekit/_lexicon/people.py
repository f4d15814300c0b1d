"""Words for people: titles and roles, person and group nouns, gender words, name parts.

"spokesman Carl Woog", "a senior official", "protesters", "Mrs.", "de la
Vega": what makes a noun phrase name a person, a group of people or an
anonymous source, what tells a person's gender, and which capitalised words
are never part of a person's name.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that name a role: they make a noun phrase a speaker description
# ("spokesman Carl Woog", "a senior official") and are stripped from names.
TITLE_WORDS: frozenset[str] = _words(
    """
    president pres. vice-president president-elect spokesman spokeswoman spokesperson
    secretary minister senator sen. representative rep. congressman congresswoman
    governor gov. mayor chairman chairwoman chair director chief ceo cfo coo cto founder
    co-founder commissioner ambassador attorney lawyer prosecutor judge justice
    general gen. colonel col. lieutenant lt. captain capt. sergeant sgt. admiral adm.
    commander cmdr. officer official aide adviser advisor analyst economist professor
    prof. dr. doctor researcher scientist expert author editor reporter correspondent
    columnist writer leader head manager executive candidate nominee chancellor premier
    king queen prince princess pope bishop reverend rev. pastor rabbi imam sheriff
    ayatollah sheikh lama cardinal archbishop emir maj. brig. cpl. pfc. spc. ens. msgr.
    fr. insp. atty. brigadier corporal monsignor
    deputy inspector detective det. superintendent supt. principal dean strategist consultant
    activist organizer campaigner coordinator counsel attorney-general treasurer
    speaker whip member lawmaker legislator diplomat envoy commentator host anchor
    producer director-general secretary-general coach manager owner administrator
    developer partner trustee chairperson mr. mrs. ms. mr mrs ms miss sir dame lord lady
    agent investigator historian scholar teacher student official
    moderator co-host cohost contributor panelist
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

# Nouns of kinship: "her father", "his widow" is one person, known by the
# relation, not an anonymous source.
KIN_NOUNS: frozenset[str] = _words(
    """
    mother father parent grandmother grandfather grandparent grandson granddaughter
    widow widower son daughter wife husband spouse brother sister sibling uncle aunt
    cousin niece nephew stepfather stepmother stepson stepdaughter boyfriend
    girlfriend fiance fiancee fiancé fiancée mom dad mum
    """
)

# Singular nouns for a person who is not named: "a senior official", "the
# source", "a Syrian refugee", "a confidant". With an indefinite article they
# make an anonymous source. Grouped by where people are met in the news.
# Left out on purpose: nouns that are as often given names, which would cut
# a name short ("Hunter", "Marine", "Rebel", "Major", "Fan"), and nouns that
# are common surnames ("cook", "porter", "mason", "carpenter").
PERSON_NOUNS: frozenset[str] = (
    TITLE_WORDS
    | KIN_NOUNS
    | _words(
        """
    person source insider individual confidant witness eyewitness resident refugee
    deportee migrant immigrant emigrant expatriate expat citizen local native voter
    man woman girl boy child teenager adult
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
    negotiator delegate mediator emissary politician incumbent challenger counterpart
    contender lobbyist councillor councilor alderman assemblyman assemblywoman
    councilman councilwoman councilmember
    protester protestor demonstrator marcher picketer
    poet actor actress singer artist musician novelist journalist filmmaker director
    photographer presenter pundit reviewer comedian blogger podcaster influencer
    athlete player priest nun monk cleric preacher missionary pilgrim worshipper
    farmer rancher herder fisherman villager settler nurse midwife medic engineer
    driver courier pilot soldier sailor airman trooper recruit veteran sniper
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
    researcher curator librarian advocate proponent backer donor operative commenter
    ally rival user front-runner frontrunner hopeful constituent
    publicist rep pal confidante respondent interviewee
    """
    )
)

# Singular nouns for a member of a party, capitalised as a name is: "the Alabama
# Republican", "a New Hampshire Democrat", "one senior Democrat". A role, like
# "senator", not a surname: "Alabama Republican" is no one's name.
PARTY_MEMBER_NOUNS: frozenset[str] = _words("republican democrat")

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
    colleagues classmates teammates men women children kids teenagers youths sides
    associates friends relatives confidants fishermen businessmen businesswomen
    congressmen policemen spokesmen
    scholars historians academics representatives spokespeople organizers
    entrepreneurs plaintiffs defendants challengers governors mayors ministers
    executives sources insiders others some many several families relatives
    victims survivors refugees migrants immigrants farmers owners users fans
    players passengers tourists visitors spectators onlookers bystanders
    eyewitnesses shoppers commuters hostages detainees prisoners inmates suspects
    jurors judges justices clergy pilgrims worshippers believers skeptics sceptics
    rivals allies peers staff crew crowd crowds audience mob family couple defense defence
    prosecution
    millennials boomers catholics evangelicals protestants christians muslims jews
    mormons latinos latinas hispanics asians europeans africans mexicans germans
    russians israelis britons iraqis afghans koreans cubans texans iowans floridians
    californians ohioans
    outlets nations
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

# Personal titles and role nouns that tell a person's gender.
MALE_WORDS: frozenset[str] = _words(
    "mr mr. sir king prince lord spokesman chairman congressman businessman father "
    "husband brother son man boy uncle nephew grandfather grandson widower boyfriend "
    "fiance stepfather stepson dad actor waiter fisherman gunman assemblyman alderman "
    "councilman"
)

FEMALE_WORDS: frozenset[str] = _words(
    "mrs mrs. ms ms. miss queen princess lady dame spokeswoman chairwoman "
    "congresswoman businesswoman mother wife sister daughter woman girl aunt niece "
    "grandmother granddaughter widow girlfriend fiancee fiancée stepmother "
    "stepdaughter mom mum actress waitress nun assemblywoman headmistress councilwoman"
)

# Lower-case particles inside personal and outlet names: "Marta de la Vega",
# "Corriere della Sera", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES: frozenset[str] = _words(
    "de la le van von der den ter ten al del della di da du des dos das bin ibn nic ní mac mhic"
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

# Personal titles that make a bare surname a person: "Coach Brandt", "Sen. Cruz".
PERSONAL_TITLES: frozenset[str] = _words(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady sen sen. senator rep rep.
    representative gov gov. governor president pres pres. coach judge justice general gen gen.
    col col. colonel capt capt. captain cmdr cmdr. commander lt lt. lieutenant sgt
    sgt. sergeant adm adm. admiral prof prof. professor rev rev. reverend pope king
    queen prince princess mayor chancellor minister secretary ambassador sheriff
    detective det det. superintendent supt supt. president-elect vice-president
    congressman congresswoman maj. brig. brigadier cpl. corporal pfc. spc. ens. msgr.
    monsignor fr. insp. inspector atty.
    """
)

# Words at the edges of a title that are not part of the affiliation inside
# it: "Former CIA Director" gives "CIA", "senior Pentagon official" "Pentagon".
TITLE_EDGES: frozenset[str] = _words(
    "former senior top chief deputy assistant acting interim vice executive lead longtime "
    "veteran majority minority republican democratic democrat then-president of for and"
)

# Endings of nouns for a person who does something: "beekeeper", "surveyor",
# "florist", "librarian", "saboteur", "trainee".
PERSON_NOUN_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "eur", "ee")

# Endings of plural nouns for people, read as groups when no list holds them:
# "entrepreneurs", "challengers", "lobbyists", "historians", "migrants".
PLURAL_PERSON_NOUN_ENDINGS: tuple[str, ...] = (
    "ers", "ors", "ists", "ians", "ants", "ents", "eurs", "ees",
)  # fmt: skip

# Lower-case words that join the words of a name: "Department of Justice",
# "Parents for Safe Streets", "Russian and Syrian", "Marta de la Vega".
NAME_JOINERS: frozenset[str] = _words("of for and in")
NAME_CONNECTORS: frozenset[str] = NAME_JOINERS | NAME_PARTICLES

# Particles an Arabic name glues to the word that follows: "Amira al-Haddad",
# "Abdel Fattah el-Sisi", "Sami ad-Din".
GLUED_NAME_PARTICLES: frozenset[str] = _words("al el ad ar as ash bin ibn abu")

# Regnal and generational numerals, capitalised words that are no acronym:
# "King Henry VIII", "John Smith III".
ROMAN_NUMERALS: frozenset[str] = frozenset("II III IV VI VII VIII".split())

# Heads that make a phrase a group: "a rights group", "farm groups".
GROUP_HEADS: frozenset[str] = _words("group groups")

# Suffixes after a surname that are not the surname: "Martin Luther King Jr.".
NAME_SUFFIXES: frozenset[str] = _words("jr. jr sr. sr ii iii")

# Letters after a full name that say what the person is, not which body: "Tobias Lunde
# KC", "Anna Pryce MP", "Sir Tom Hale CBE".
POST_NOMINALS: frozenset[str] = frozenset("KC QC MP MEP MSP MLA TD OBE CBE MBE KBE DBE PhD".split())

# The particles the name index joins into a run of capitalised words ("Marta
# de la Vega", "Ursula von der Leyen"): ``NAME_PARTICLES`` but for "della",
# "des", "das" and "ibn", which the index has not joined.
NAME_RUN_PARTICLES: frozenset[str] = NAME_PARTICLES - _words("della des das ibn")

# Labels in capitals that open a line of a transcript, a web page or a headline
# without naming a speaker: "“VIDEO: …”", "“UPDATE: …”", "EXCLUSIVE: …"
# (``_reading.clauses`` reads "“PENCE: …”" as Pence speaking).
NOT_SPEAKER_LABELS: frozenset[str] = _words(
    """
    video audio update updated note editor editor's breaking watch read listen live
    exclusive photos photo correction transcript summary source sources question
    answer warning alert related more subscribe opinion analysis editorial review
    explainer revealed pictured q&a interview profile
    """
)

# Collective nouns that take a plural verb: "police say", "the staff say".
PLURAL_COLLECTIVES: frozenset[str] = _words("police staff crew clergy personnel")

# Verbs whose third person ends like a plural noun for people ("-ers", "-ants",
# "-ents", "-ists", "-ees"): right after a name they are its verb, not the head of
# a phrase ("Hartley remembers", "Ruiz wants", "Kerr resists"; "Trump supporters",
# "Sanders volunteers" are phrases, and are not here).
VERBS_LIKE_PEOPLE_NOUNS: frozenset[str] = _words(
    """
    remembers wonders answers offers considers suffers enters delivers discovers
    gathers mutters whispers ponders prefers refers recovers lingers hovers bothers
    covers stammers shudders wavers falters stutters triggers counters renders
    surrenders lowers shivers confers defers alters utters fosters bolsters shatters
    staggers scatters flatters hammers conquers steers sneers empowers glowers cowers
    honors honours favors favours labors labours harbors savors resists persists
    assists exists enlists twists consists wants grants plants rants resents invents
    presents represents prevents relents repents torments sees frees flees oversees
    guarantees foresees
    """
)


# Words for the same role, so that "the lawyer" refers back to "attorney Ana Ruiz".
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "lawyer": frozenset({"attorney", "counsel", "barrister", "solicitor"}),
    "attorney": frozenset({"lawyer", "counsel"}),
    "barrister": frozenset({"lawyer", "counsel"}),
    "solicitor": frozenset({"lawyer"}),
    "physician": frozenset({"doctor"}),
    "doctor": frozenset({"physician", "surgeon"}),
    "surgeon": frozenset({"doctor"}),
    "counsel": frozenset({"lawyer", "attorney"}),
}

# Abbreviated titles and the role each names: "Sen. Ana Ruiz … the senator said".
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "lt.": "lieutenant",
    "sgt.": "sergeant", "capt.": "captain", "det.": "detective", "prof.": "professor",
    "dr.": "doctor", "gen.": "general", "col.": "colonel", "supt.": "superintendent",
    "supt": "superintendent", "cmdr.": "commander", "adm.": "admiral", "pres.": "president",
    "maj.": "major", "brig.": "brigadier", "cpl.": "corporal", "msgr.": "monsignor",
    "fr.": "father", "insp.": "inspector", "atty.": "attorney",
}  # fmt: skip

# Group nouns that, in capitals, end a body's name: "Ashcombe Defence", "Crown
# Prosecution" (but "the defense argued", "the couple said" are groups).
NAME_ENDING_GROUPS: frozenset[str] = _words("defense defence prosecution couple")
