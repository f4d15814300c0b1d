"""News outlets: their names, the last words of names not listed, the words that refer back.

"The Washington Post", "the Daily Ledger", "the publication", "state media".
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
    "BuzzFeed", "HuffPost", "Huffington Post", "The Huffington Post", "USA Today", "USA TODAY",
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
    "Us Weekly", "Page Six", "E! News", "E!", "Yahoo! News", "Yahoo!", "Gizmodo", "Engadget",
    "Ars Technica", "Mashable",
    "CNET", "ZDNet", "The Register", "Motherboard", "Reveal", "The Marshall Project",
    "Kaiser Health News", "STAT", "Science", "Nature", "The Lancet",
    # broadcast programmes that interviews are given to
    "Fox News Sunday", "Meet the Press", "Face the Nation", "60 Minutes",
    "Good Morning America", "PBS NewsHour", "Morning Joe", "Squawk Box",
    "Newsnight", "Today programme", "The Andrew Marr Show",
)  # fmt: skip

#: The words of outlet names that end with a sentence's mark inside the name: "E!"
#: of "E! News", "Yahoo!" of "Yahoo! News". The text is not cut into sentences
#: after them (``_text.segment``).
MARKED_NAME_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        word
        for name in OUTLETS
        for word in name.split()[:-1]
        if word[-1:] in "!?" and word[:-1].isalnum()
    )
)

# Last words of newspaper and broadcaster names the lexicon does not list:
# "The Daily Ledger", "the Valley Courier", "Channel 4 News".
OUTLET_WORDS: frozenset[str] = frozenset(
    """
    Times Post Journal Herald Tribune Gazette Ledger Chronicle Observer Inquirer
    Courier Dispatch Examiner Bulletin Register Telegraph Guardian Independent
    Newspaper Magazine Weekly Daily News Radio Television TV Broadcasting
    Press Reporter Sentinel Beacon Clarion Argus Enquirer Mercury Messenger Echo
    Review Wire Monitor Globe Mirror Standard Record Quarterly Monthly Digest Crier Star
    """.split()
)

# Words that open a newspaper's name before its last word: "The Daily Meridian", "The
# Eastholm Evening Crier", "The Weekly Standard".
OUTLET_LEADS: frozenset[str] = frozenset({"Daily", "Evening", "Weekly"})

# Words that refer back to the outlet last named: "the publication shares".
OUTLET_ANAPHORS: frozenset[str] = _words(
    "publication newspaper paper outlet network broadcaster magazine daily tabloid "
    "website site channel station"
)

# Words for broadcasters and the press as a whole: with a modifier before
# them they name an outlet ("state media", "Iranian state television", "local
# radio"); alone ("the media") they name none.
MEDIA_NOUNS: frozenset[str] = _words("media television tv radio press")

# Words for a wire service before its name: "state news agency KPL".
NEWS_SERVICES: frozenset[str] = frozenset(
    {"news agency", "news service", "wire agency", "wire service"}
)
