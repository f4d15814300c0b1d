"""Organisations: institutions and companies by name, and the nouns that head their names.

"the Pentagon", "Goldman Sachs", "the Department of Justice", "the company".
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
    "World Food Programme", "Red Cross and Red Crescent", "Geological Survey",
    "U.S. Geological Survey", "British Geological Survey", "Ordnance Survey",
    *COMPANY_NAMES,
)  # fmt: skip

#: The same names in lower case, to look a phrase up by.
ORGANIZATION_NAMES_LOWER: frozenset[str] = frozenset(name.lower() for name in ORGANIZATION_NAMES)

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
    exchange observatory ngo delegation secretariat assembly legislature cartel chamber
    museum college academy zoo gallery orchestra clinic diocese consortium
    """
)

# Words that end an organisation's capitalised name though, written in lower
# case, they name none: "Carrow Health", "Plainsview Electric Cooperative",
# "Mercy Clinic" (but "the health care law").
ORGANIZATION_NAME_WORDS: frozenset[str] = _words(
    """
    health healthcare cooperative co-op clinic clinics medical care solutions
    consulting logistics construction realty utilities utility transit defence
    defense records studios productions pictures diagnostics therapeutics analytics
    biosciences ratings district pharmacy pharmacies stores electric residential
    terminals registry archives laboratory media entertainment foods brands insurance
    software networks rail railway railways railroad ferries buses telecom tools insights
    markets advisory
    """
)

# Words that end an organisation's name but also a person's ("Samantha Power"): an
# organisation's only when the name's first word is no given name ("Tidewater Power").
SURNAME_ORGANIZATION_WORDS: frozenset[str] = _words("power water gas")

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
