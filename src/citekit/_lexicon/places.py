"""Places: countries, regions, capitals and US states, one word and several.

A place names no person ("Dale Whitaker of Kansas") and stands for its
government as a source ("Russia denies").
"""

from __future__ import annotations

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

# The abbreviations of the US states after a lawmaker's name ("Sen. Ron Wyden (D-Ore.)",
# "Mitch McConnell, R-Ky."), AP's and the postal ones: a place a role names ("the
# Oregon senator") is his when one of them is in his party and state.
STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala", "AL"), "Alaska": ("AK",), "Arizona": ("Ariz", "AZ"),
    "Arkansas": ("Ark", "AR"), "California": ("Calif", "CA"), "Colorado": ("Colo", "CO"),
    "Connecticut": ("Conn", "CT"), "Delaware": ("Del", "DE"), "Florida": ("Fla", "FL"),
    "Georgia": ("Ga", "GA"), "Hawaii": ("HI",), "Idaho": ("ID",), "Illinois": ("Ill", "IL"),
    "Indiana": ("Ind", "IN"), "Iowa": ("IA",), "Kansas": ("Kan", "Kans", "KS"),
    "Kentucky": ("Ky", "KY"), "Louisiana": ("La", "LA"), "Maine": ("ME",),
    "Maryland": ("Md", "MD"), "Massachusetts": ("Mass", "MA"), "Michigan": ("Mich", "MI"),
    "Minnesota": ("Minn", "MN"), "Mississippi": ("Miss", "MS"), "Missouri": ("Mo", "MO"),
    "Montana": ("Mont", "MT"), "Nebraska": ("Neb", "Nebr", "NE"), "Nevada": ("Nev", "NV"),
    "Ohio": ("OH",), "Oklahoma": ("Okla", "OK"), "Oregon": ("Ore", "Oreg", "OR"),
    "Pennsylvania": ("Pa", "Penn", "PA"), "Tennessee": ("Tenn", "TN"),
    "Texas": ("Tex", "TX"), "Utah": ("UT",), "Vermont": ("Vt", "VT"),
    "Virginia": ("Va", "VA"), "Wisconsin": ("Wis", "Wisc", "WI"), "Wyoming": ("Wyo", "WY"),
}  # fmt: skip
