"""Photo agencies, platforms and the words that tell people from organisations in a credit.

``AGENCIES`` maps the lower-case surface forms credits print to the canonical
name a credit reports ("AP Photo" and "Associated Press" are both "AP",
"Getty" is "Getty Images", "REUTERS" is "Reuters"); an agency not listed is
reported as written. The other tables decide, for a name the agency table does
not know, whether it is a person or an organisation. Data only: the rules that
use it are in ``_credits``.
"""

from __future__ import annotations

AGENCIES: dict[str, str] = {
    # News photo agencies and wires.
    "ap": "AP",
    "ap photo": "AP",
    "ap photos": "AP",
    "ap images": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "getty": "Getty Images",
    "getty images": "Getty Images",
    "gettyimages": "Getty Images",
    "getty images news": "Getty Images",
    "getty images for": "Getty Images",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "afp photo": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "epa": "EPA",
    "epa-efe": "EPA",
    "epa images": "EPA",
    "efe": "EFE",
    "dpa": "dpa",
    "picture alliance": "picture alliance",
    "picture-alliance": "picture alliance",
    "upi": "UPI",
    "united press international": "UPI",
    "bloomberg": "Bloomberg",
    "pa": "PA",
    "pa images": "PA Images",
    "pa wire": "PA Wire",
    "press association": "PA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu Agency",
    "xinhua": "Xinhua",
    "sipa": "Sipa",
    "sipa usa": "Sipa USA",
    "zuma": "ZUMA",
    "zuma press": "ZUMA Press",
    "zuma wire": "ZUMA Wire",
    "nurphoto": "NurPhoto",
    "abaca": "Abaca",
    "redux": "Redux",
    "polaris": "Polaris",
    "magnum": "Magnum",
    "magnum photos": "Magnum Photos",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "keystone": "Keystone",
    "imago": "Imago",
    "ullstein bild": "ullstein bild",
    # Stock libraries.
    "shutterstock": "Shutterstock",
    "shutterstock.com": "Shutterstock",
    "rex": "Rex",
    "rex features": "Rex Features",
    "rex/shutterstock": "Shutterstock",
    "alamy": "Alamy",
    "alamy stock photo": "Alamy",
    "istock": "iStock",
    "istockphoto": "iStockphoto",
    "istockphoto.com": "iStockphoto",
    "corbis": "Corbis",
    "dreamstime": "Dreamstime",
    "depositphotos": "Depositphotos",
    "adobe stock": "Adobe Stock",
    "123rf": "123RF",
    "unsplash": "Unsplash",
    "pixabay": "Pixabay",
    "pexels": "Pexels",
    # Platforms an image is taken from.
    "flickr": "Flickr",
    "twitter": "Twitter",
    "x": "Twitter",
    "x.com": "Twitter",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "reddit": "Reddit",
    "imgur": "Imgur",
    "giphy": "Giphy",
    "wikimedia": "Wikimedia Commons",
    "wikimedia commons": "Wikimedia Commons",
    "wikipedia": "Wikipedia",
    "wiki commons": "Wikimedia Commons",
    "creative commons": "Creative Commons",
    # Institutions that hand out their own pictures.
    "nasa": "NASA",
    "esa": "ESA",
    "esa/hubble": "ESA/Hubble",
    "nasa/jpl": "NASA/JPL",
    "nasa/jpl-caltech": "NASA/JPL-Caltech",
    "white house": "White House",
    "the white house": "White House",
    "official white house": "White House",
    "official white house photo": "White House",
    "gpo": "GPO",
    "dod": "DoD",
    "u.s. army": "U.S. Army",
    "u.s. navy": "U.S. Navy",
    "u.s. air force": "U.S. Air Force",
    # Broadcasters and papers that credit their own photos.
    "cnn": "CNN",
    "fox news": "Fox News",
    "msnbc": "MSNBC",
    "nbc": "NBC",
    "nbc news": "NBC News",
    "abc": "ABC",
    "abc news": "ABC News",
    "cbs": "CBS",
    "cbs news": "CBS News",
    "c-span": "C-SPAN",
    "bbc": "BBC",
    "usa today": "USA TODAY",
    "the new york times": "The New York Times",
    "new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "washington post": "The Washington Post",
}

# Agencies whose name after a "/" or "|" makes a line a credit even without a
# label: "Spencer Platt/Getty Images", "Lena Park | Getty Images".
PHOTO_AGENCIES: frozenset[str] = frozenset(
    {
        "AP", "Getty Images", "Reuters", "AFP", "EPA", "EFE", "dpa", "picture alliance", "UPI",
        "Bloomberg", "PA", "PA Images", "PA Wire", "Anadolu", "Anadolu Agency", "Xinhua", "Sipa",
        "Sipa USA", "ZUMA", "ZUMA Press", "ZUMA Wire", "NurPhoto", "Abaca", "Redux", "Polaris",
        "Magnum", "Magnum Photos", "Shutterstock", "Rex", "Rex Features", "Alamy", "iStock",
        "iStockphoto", "Corbis", "Keystone", "Imago", "TASS", "Kyodo", "Yonhap",
    }
)  # fmt: skip

# Agencies whose name alone on a caption's last line is a credit:
# "…in Ohio on Monday. Getty Images". Written as credits print them.
LONE_CREDITS: tuple[str, ...] = (
    "Getty Images", "Shutterstock", "iStockphoto", "iStock", "Alamy Stock Photo", "AP Photo",
    "AFP Photo", "AFP PHOTO",
)  # fmt: skip

# Stock libraries whose contributors sign with a user name: "Shutterstock/bluefern".
STOCK_LIBRARIES: frozenset[str] = frozenset(
    {"Shutterstock", "iStock", "iStockphoto", "Alamy", "Dreamstime", "Depositphotos",
     "Adobe Stock", "123RF"}
)  # fmt: skip

# Lower-case words a credit may print as a name: "Uwe Anspach/dpa-tmn",
# "Gage Skidmore on flickr".
LOWERCASE_NAMES: frozenset[str] = frozenset(
    {
        "dpa", "dpa-tmn", "dpa-zentralbild", "picture", "alliance", "picture-alliance",
        "ullstein", "bild", "flickr", "twitter", "youtube", "facebook", "instagram",
        "unsplash", "pixabay", "pexels", "shutterstock", "shutterstock.com", "istock",
        "istockphoto", "wikimedia", "imgur", "reddit", "tiktok", "giphy",
    }
)  # fmt: skip

# Words in a credit that are neither people nor agencies: "Pool", "File".
NOT_NAMES: frozenset[str] = frozenset(
    {
        "pool", "file", "files", "stringer", "str", "handout", "staff", "photo", "photos",
        "via", "courtesy", "video", "still", "image", "images", "picture", "illustration",
        "screenshot", "screengrab",
    }
)  # fmt: skip

# Words that make a name an organisation: "TNG Collaboration", "NRA News",
# "University of Leeds", "European Southern Observatory".
ORGANISATION_WORDS: frozenset[str] = frozenset(
    """
    academy act administration agency archive archives army assembly association authority
    bank bureau business campaign center centre channel church city clinic club coalition
    collaboration college command commission design committee commons company conference congress
    corporation council county department district embassy federation force
    forum foundation fund gallery government group guard hospital house inc institute
    institution journal lab laboratory labs league library limited llc ltd magazine media
    ministry mission museum navy network news observatory office organization organisation
    party photography photos pictures police press program programme project railway
    records republic research reserve school senate service services society space state
    station studio studios survey team telescope television times today trust tv union
    university universe weekly wire world zoo
    """.split()
)

# Capitalised words of a title-case headline, never of a name: "Photo: Trump
# Meets Putin In Helsinki" is a heading, not a credit.
HEADLINE_WORDS: frozenset[str] = frozenset(
    """
    A An In At To Into With After Before Over Is Are Was Were
    Be Been Has Have Had Will Would Can Could Should Not Says Said Gets Got Takes Took Shows
    Makes Made Just How Why What When Who Your My Our Their His Her It Its This That These Those
    """.split()
)

# Given names: a lone name after "via", "courtesy of" or a colon is a person
# when it starts with one ("Photo courtesy of Shelby Bell"), an organisation
# otherwise ("Featured image via Business Trajectory").
GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaron abby abdul abigail adam adrian adriana ahmad ahmed aidan aisha al alan alana albert
    alberto alec alejandro alex alexa alexander alexandra alexis alfred ali alice alicia alison
    allan allen allison alyssa amanda amber amir amy ana andre andrea andreas andrew andy angela
    angelo anita ann anna anne annie anthony antonio april ariel arthur ashley audrey austin
    barbara barry beatriz ben benjamin bernard beth betty bill billy blake bob bobby brad
    bradley brandon brenda brendan brent brett brian brittany brooke bruce bruno bryan caitlin
    cameron carl carla carlos carmen carol caroline carolyn carrie casey catherine cathy charles
    charlie charlotte chelsea cheryl chip chloe chris christian christina christine christopher
    cindy claire clara claudia clay clayton cody colin connor craig crystal curtis cynthia
    dale damian damon dan dana daniel daniela danielle danny darren dave david dawn dean
    debbie deborah debra denis denise dennis derek diana diane diego dominic dominique don
    donald donna doug douglas drew duncan dustin dylan ed eddie edgar eduardo edward elaine
    eleanor elena eli elijah elisa elizabeth ella ellen elsa emily emma eric erica erik erin
    ernesto ethan eugene eva evan evelyn ezequiel fabio faith felipe felix fernando florian
    frances francesca francesco francis francisco frank franklin fred frederick gabriel
    gabriela gage gary gavin gene george gerald gina giovanni glenn gloria gordon grace graham
    grant greg gregory gustavo hailey haley hannah harold harry heather hector heidi helen
    henry holly hugo ian igor isaac isabel isabella ivan jack jackie jackson jacob jacqueline
    jake james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jenna
    jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy joan joanna joe joel
    johann john johnny jon jonathan jordan jorge jose joseph josh joshua joy juan judith judy
    julia julian julie justin kara karen karl kate katherine kathleen kathryn kathy katie
    kayla keith kelly ken kendall kenneth kent kerry kevin kim kimberly kirk kristen kristin
    kurt kyle larry laura lauren lawrence leah lee leo leon leonard leslie liam lily linda
    lindsay lisa logan lois lori louis louise lucas lucy luis luke lynn madison mandel
    manuel marc marcus margaret maria mariana marie marilyn mario marion mark martha martin
    marty mary mason matt matthew maureen max megan melanie melissa michael michel michelle
    miguel mike mikhail mohamed mohammed molly monica morgan moshe nancy naomi natalie nathan
    neil nicholas nick nicole nina noah noel nora oleg oli oliver olivia olivier omar oscar
    owen pablo pamela paolo pat patricia patrick paul paula pedro peggy pete peter philip
    phillip pierre rachel rafael ralph randy raul ray raymond rebecca regina renee ricardo
    richard rick rita rob robert roberto robin rodrigo roger roman ron ronald rose ross roy
    ruby russell ruth ryan sally sam samantha samuel sandra sara sarah saul scott sean sergei
    sergio seth shane shannon sharon shawn shelby sheila shirley sophia sophie spencer
    stacy stanley stefan stephanie stephen steve steven stuart susan suzanne sydney tammy
    tara tasos ted teresa terry theodore theresa thomas tiffany tim timothy tina todd tom
    tommy tony tracy travis trevor tyler uwe valerie vanessa veronica vicky victor victoria
    vincent virginia vladimir walter wayne wendy wesley will william win yuri zach zachary
    aarav amit anil arjun deepak kavita lakshmi priya rahul raj ravi sanjay sunita vikram
    wei li ming hui jun lin xin yan yuki hiroshi kenji takashi akira haruki min ji hyun seo
    fatima yusuf hassan hussein khalid mahmoud mustafa karim leila layla nadia rania samir
    tariq ibrahim ismail emre mehmet ahmet ayse olga natasha dmitri dmitry alexei andrei pavel
    katarzyna piotr tomasz jakub lukas jonas matthias klaus jürgen wolfgang hans sven lars
    nils ingrid astrid sigrid björn bjorn giulia marco luca matteo alessandro chiara camille
    julien mathieu nicolas antoine thierry philippe jacques françois amélie chloé léa manon
    joão tiago rui inês mateo santiago sebastián valentina camila lucía chidi chinedu ngozi
    kwame kofi amara thabo sipho sofia sofie zoe isla ava mia noa
    abbie adele agnes aileen alma alyson amelia amie andie angie anya april ari arlene
    autumn bailey beatrice becky belinda bella bethany bianca bonnie brianna bridget
    brittney brooklyn callie cara carly cassandra cecilia celeste celia charity charlene
    christy clare colleen connie courtney dahlia daisy daphne darla darlene deanna delia
    delilah destiny diane dolores dora doris edith eileen eliza ellie eloise elise emilia
    esther eunice fay felicia fiona flora francine gail gemma genevieve georgia geraldine
    gwen harriet hazel helena hilary hillary hope imogen irene iris isabelle ivy jasmine
    jade jeanette jeanne jenna jessie jo joanne jocelyn josephine joyce juliana june kaitlyn
    karina kate kathryn kay kelsey kirsten krista kristina kylie lana laurel leigh lena
    lila lillian lola lorraine louisa lucille luna lydia mabel mackenzie maddie madeline
    maggie mallory mandy marcia margot marianne marina marissa marjorie marlene maya
    meghan melinda mercedes meredith mildred millie miranda mollie myra nadine nell nicola
    nikki noelle olive paige patsy pauline penelope phoebe piper polly priscilla quinn
    rae ramona rebekah rhonda riley roberta robyn rosa rosalind rosemary rosie roxanne
    sabrina sadie savannah selena serena sheryl sienna sierra skye sonia sonya stella
    summer susanna sylvia tabitha tamara tanya tessa thelma tricia trisha ursula vera
    violet vivian wanda whitney willow yolanda yvonne zara
    abe ace adolfo ahmed aldo alfonso alvin amos andres angus anton archie armando arnold
    asher axel barney bart basil beau benny bernie bert blaine bo boris brady brock bryce
    buck byron caleb calvin carter cecil cesar chad chase chester clarence claude clint
    clyde cole conor cooper corey cornelius cory dallas dante darius darnell darryl davis
    declan del desmond dexter dirk dominick donovan dwayne dwight earl edmund edwin elias
    elliot elliott elmer emil emmett enrique ernie ernest errol ethan everett ezra floyd
    forrest frankie freddie gabe garrett gaston gil gilbert giles gino glen grady greg
    griffin gus hank harlan harris harvey heath herb herbert herman homer horace howard
    hubert hugh ike ira irving isaiah jace jamal jarrett jasper jed jeremiah jerald jesus
    joaquin jody joey jonah josiah jude julio julius kai kareem keenan kelvin kendrick kenny
    kieran kurtis lamar lance leland lenny leroy lester levi lincoln lionel lloyd lonnie
    lorenzo lowell luther lyle malcolm marco marlon marshall marvin maurice maxwell melvin
    micah miles milo mitch mitchell monte morris murray myron nate nathaniel ned nelson
    nigel norman orlando otis otto percy perry phil pierce preston quentin quincy rafael
    ramon randall reed reggie reginald rex rhys ricky riley rocco rod rodney rolando rory
    royce rudy rufus russ salvador sammy saul seamus sid silas simon solomon spencer stan
    sterling stewart sylvester teddy terrence thaddeus tobias toby trent tristan troy ty
    vance vaughn vern vernon vic wade wallace ward warren wes wilbur willard willie wilson
    winston xavier zane
    """.split()
)
