"""Given names that news prints for one gender only, lower-cased: what "he" and "she" may refer to.

Data only. ``_reading.resolution`` reads a person's gender from the first name
when no title ("Mr.", "Councilwoman") gives it, so that "she said" skips a man
named since. A name given to both (Alex, Jordan, Andrea, Jean, Simone) is in
neither set: its bearer's pronoun is not guessed.
"""

from __future__ import annotations

FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaliyah abby abena abigail ada adaeze adela adelaide adele adelina adeline aditi adriana
    adrianna adrienne adwoa agatha agnes agnieszka agustina aida aiko aileen ainhoa aisha
    aishwarya akemi akiko akinyi akosua alaina alana alba alberta aleena alejandra aleksandra
    alenka alessandra alexa alexandra alexandria alia alice alicia alicja alina alisa alison
    aliya aliyah alla allegra allie allison allyson alma alondra alvina alyssa amalia amanda
    amara amber amelia amelie amina aminata amira amy amélie ana anais ananya anastasia
    anastasiya anaïs andreea andrée anette angela angeles angelica angelika angelina angelique
    angie angélique anita anja anjali anke ann anna annalena annalisa annamaria anne anne-marie
    anne-sophie annegret anneke anneli annelies anneliese annemarie annemiek annette annie
    annika anouk antje antoinette antonella antonia antonietta antonina anuradha anushka anya
    aoife april arabella araceli arantxa aria ariana arlene aryna asha ashley asma assunta
    astrid asunción athena audrey augusta aurelia aurora aurore aurélie ava aviva ayako ayelet
    ayesha ayla aylin ayumi azadeh barbara barbra beata beate beatrice beatrix beatriz becca
    becky begoña belinda bella benita bente berit bernadette bernice berta bertha beryl beth
    bethany betina betsy bette bettina betty beverley beverly bianca bibi birgit birgitta birte
    blanca blanche blessing bodil bonnie bozena bożena brandi brandy brenda briana brianna
    brianne bridget brigid brigitte britney britta brittany brittney brooke brooklyn bruna
    brunhilde bryony bärbel caitlin callie camila camilla candace candela candice candy cara
    carina carla carly carmela carmen carol carola carole carolina caroline carolyn carrie
    cassandra cassidy cassie catalina catarina caterina catherine cathrine cathy cecilia cecilie
    cecily celeste celia celine chana chanel chantal charity charlene charlotte charmaine chaya
    chelsea cheryl cheyenne chiamaka chiara chidinma chimamanda chinwe chioma chloe chloé
    christa christel christiane christina christine christy chrystia ciara cindy cinzia claire
    clara clare clarissa claudette claudia claudine clementine cleo clodagh cláudia coco colette
    colleen conceição concepción concetta connie constance constanza consuelo cora cordelia
    corina corinna corinne cornelia corrie cristina crystal cynthia cécile céline dagmar daisy
    dalia daniela daniella danielle danièle danuta daphne daria darlene darya dawn deanna deb
    debbie debby deborah debra deepa deepika deirdre delia delilah delores delphine demi denisa
    denise desiree destiny diana diane dianne dilma dina dolly dolores domenica donatella donna
    dora doreen dorina doris dorit dorota dorothea dorothy dorthe dunja débora ebba ebony edda
    edith edna edwina edyta efrat eileen eimear ekaterina elaine eleanor elena eleni eleonora
    eliane elin elisa elisabeth elisabetta elise eliza elizabeth elke ella ellen ellie elly elma
    elodie eloise els elsa elsie elvira elzbieta elżbieta emanuela emiko emilia emilie emily
    emine emma emmanuelle encarnación enid erica erika erin erna ernestine esmeralda esmé
    esperanza estefanía estela estelle ester esther ethel etsuko etta eugenia eugénie eun-hee
    eun-ji eunice eva evangeline eve evelina eveline evelyn evelyne everly evie ewa fabienne
    fannie fanny farah farida fatemeh fatima fatma fatou faye federica felicia felicity femke
    fern fernanda filipa filomena fiona fionnuala fiorella fleur flora florence florentina
    frances francesca francine francisca francoise franziska françoise freya frida frieda
    friederike frédérique fumiko funmilayo fátima gabby gabriela gabriella gabrielle gaby gail
    galina galit gayle geertje geeta gemma genevieve geneviève genoveva georgette georgia
    georgina geraldine gerda gerlinde gertie gertrud gertrude geun-hye ghada gianna gigi gillian
    gina giorgia giovanna gisela gisele giselle gita giulia giuliana giuseppina gladys glenda
    gloria golda grace gracie graciela grazia graziella grazyna graça grażyna greta gretchen gro
    gráinne guadalupe gudrun gulnara gunilla gunnel gwen gwendolyn gwyneth hadas hailey haley
    halina hana hanan hanna hannah hanne hanneke hannelore harriet haruka hatice hattie hayley
    hazel heather hedwig heidi heidrun heike helen helena helene helga helle henny henrietta
    henriette hermine hermione hertha hetty hiba hila hilda hilde hildegard hillary hiroko holly
    hope huda hulda hye-jin hyun-jung hélène ida ifeoma iga ileana iliana ilona ilse imani
    imelda imogen imogene ina inbal indira ines inez inga inge ingeborg inger ingrid inmaculada
    inés inês iratxe irena irene irina iris irma irmgard isabel isabella isabelle isha isla
    isobel iva ivana iveta ivy iwona izabela izabella jacinda jacinta jacqueline jacquelyn jade
    jadwiga jamila jana jane janet janette janice janina janine janka jasmine jayne jazmin
    jeanette jeanine jeanne jeannette jeannine jelena jemima jenna jennie jennifer jenny jessica
    jette ji-yeon jill jillian jitka joann joanna joanne jocelyn jocelyne jodi johanna joke
    jolanda jolanta josefa josefina josefine josephine josette josiane josie joy joyce joëlle
    juana juanita judit judith judy julia juliana julie juliet juliette june justine justyna
    jutta jéssica kaia kaitlyn kamala kamila kanako kareena karen kari karima karin karina karla
    karoline kasia katalin katarina katarzyna kate katerina kateryna katharina katharine
    katherine kathleen kathrin kathryn kathy katie katja katrin katrina katya kavita kayla
    kayleigh kazuko keiko kemi kendra keren kerstin khadija kimberly kinga kinsley kirsten
    kirsty kitty kourtney krista kristen kristi kristin kristina kristine kristy krisztina
    krystyna ksenia kseniya kumiko kylie kyoko kyrsten lacey laetitia laila lakshmi lana lara
    larissa laura lauren layla lea leah leanne leila leilani leire lena lene leokadia leona
    leonie leonor leonora letizia letícia liat libby liesbeth lieselotte liesl lila lilia lilian
    liliana liliane lillian lilly lily lina linda lindiwe linnea lisa lise liselotte lisette liv
    livia liz liza lizzie ljiljana lois lola lolita lorena loretta lori lorna lorraine lotte
    lottie louisa louise lourdes lucia luciana lucie lucille lucinda lucy lucía ludmila luisa
    luise lula lulu luna luz luísa lydia lynda lynne lyubov lyudmila léa lívia mabel macarena
    madalena maddalena maddie madeleine madeline madison mae maeve magali magda magdalena maggie
    maija maike maiken maire mairead mairéad maja malala malgorzata malin mamie mamta mandy
    manon manuela mara marcela marcella marcia margaret margareta margarete margarethe margarida
    margarita margherita margie margit margot margrethe marguerite mari maria mariam mariana
    mariangela marianne marie marie-christine marie-claire marie-france marie-hélène marie-josé
    marie-laure marie-louise marie-thérèse marieke mariella marietta marijke mariko marilena
    marilyn marina marisa marisol marissa marit mariya marjorie marlene marlies marta martha
    martina martine mary maryam maryse marzena maría masako mathilde matilda matilde mattie maud
    maude maura maureen mavis maxine maya mayawati mayra małgorzata meena meera megan meghan
    megumi meike meiling melania melanie melinda melissa melody merav mercedes mercy meredith
    mette mhairi mia michaela michelle michiko michèle mieke mila milagros mildred milena millie
    min-ji mina minnie mira miranda mireille mirela miriam mirjam mirosława miyuki moira mollie
    molly mona monica monika monique montserrat muriel myra myriam myrna myrtle máire mélanie
    naama nada nadezhda nadia nadine nadja najwa naledi nancy naomi nasrin natalia natalie
    natalya natascha natasha nathalie neha nellie nelly nerea ngozi nia niamh nicole nicoletta
    nieves nikki nilufar nina nisha njeri nneka noa noelia noelle noemi nora norah noreen noriko
    norma nuala nuria octavia odette odile oksana olena olesya olga olimpia olive olivia oliwia
    opal ophelia oprah ora orla orly ornella paige paloma pamela paola parisa parvati pascale
    patricia patrizia patrícia patsy patty paula paulette paulina pauline paz pearl peggy
    penelope penny pernille petra philippa philomena phoebe phyllis pia pilar piper polly pooja
    poppy preeti priscila priscilla priti priya priyanka prudence purificación rachael rachel
    radha rae raffaella rahel raisa ramona randi rania raquel rasa rashida rashmi raven reba
    rebecca rebekah reem regina reiko rekha rena renata renate renee renée rhiannon rhonda ria
    rina rita rivka roberta robyn rochelle rocío roisin romina ronit ronja rosa rosalba rosalind
    rosanna rosaria rose rosemarie rosemary rosetta rosie rossella roswitha roxana roxanne ruby
    rukhsana ruta ruth róisín sabina sabine sabrina sachiko sadie sally salma salome samantha
    samira sanaa sandra sandrine sanja sanna sanne saoirse sara sarah sarai saskia savannah
    savita sawsan sayaka scarlett seema selena selma seo-yeon serena setsuko sevda shakira shari
    sharon shauna sheila shelley shelly shelly-ann sherri sherry sheryl shira shirley shobha
    shreya sibylle sienna signe sigrid silke silvana silvia simona sinead sinéad siobhan siri
    sissel smriti sofia sofía solange soledad solveig sonia sonja sonya soo-jin sophia sophie
    soraya stacey stacy stanisława stefania stefanie steffi stella stephanie sue suella suha
    sunita susan susana susanna susanne sushma susie suzanne suzette svetlana sybil sylvia
    sylvie sylwia ségolène tabitha tali tamar tamara tammy tania tanja tanya tara tatiana
    tatjana tatyana teodora teresa tess thandeka thandiwe thea thelma theodora theresa therese
    thérèse tia tiffany tilda tilly tina tomoko tonya torill tova tove trine trisha trudy truus
    tulsi ulla ulrika ulrike una unni ursula urszula usha uta ute valentina valeria valerie
    valérie vanda vanessa velma venus vera verena veronica veronika verónica vesna vicki
    victoria viktoria viktoriya vilma viola violet virginia virginie vivi viviane vivienne
    véronique waltraud wanda wenche wendy whitney wiesława wilhelmina wilhelmine willa wilma
    winifred winnie xenia xiaoling xiaoyan ximena xiomara xiuying yaa yael yana yanling yara
    yasmin yekaterina yelena yesenia yoko yolanda young-hee yu-na yulia yuliya yumiko yuriko
    yusra yvette yvonne zahra zainab zara zelda zeynep zhanna zita zlata zoe zoey zofia zora
    zoya zoé zoë zsuzsanna ángela ángeles åsa élise élodie émilie
    """.split()
)

MALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaron abdel abdoulaye abdul abdullah abel abhishek abiodun abraham abubakar adam adebayo
    aditya adnan adolf adrian adriano adrien afonso agostino agustín aharon ahmad ahmed ahmet
    aidan aiden ailton ajay akash akira akshay alain alan alastair albert alberto aldo alec
    alejandro aleksander aleksandr aleksei alessandro alexander alexandre alexandros alexei
    alexey alf alfie alfons alfonso alfred alfredo algernon alibek alistair allan allen alois
    alphonse alvin amadou ambrose amir amit amitabh amos anatoliy anatoly anders andre andreas
    andrei andres andrew andrey andriy andrzej andré andrés andy angelo angus anil anthony
    antoine anton antonio antony antonín antti antónio antônio anwar aram archibald archie arjan
    arjun arlo arman armand armando armin arnau arnaud arnav arne arno arnold aron artem arthur
    artur arturo arun arvid asher ashok ashton asif atticus attila august augustin augustine
    augusto augustus austin avi avraham axel ayman ayodele aziz babajide babatunde baldwin
    balázs bandar barack barnaby barney barry bart bartholomew baruch bas basil bassam beau ben
    benedict benedikt bengt benito benjamin bennett benny benoit benoît bernard bernardo bernd
    bernhard bert bertie bertrand bezalel bilal bill billy bjarne björn blaine bob bobby bodhi
    bogdan bolaji boleslaw bolesław bongani boris boubacar boyd brad braden bradley brady
    brandon brayden brendan brent brett brian brock brody bronisław bronson bruce bruno bryan
    bryant bryce buck bud buddy bukayo burt butch byron béla cal caleb callum calvin carl carlo
    carlos carlton carmine carsten carter cassius cathal cecil cedric cem cesar chad chaim
    charles cheikh chester chet chinedu christian christoph christophe christopher chuck
    chukwuemeka chukwuma cian ciaran ciarán clarence clark claudio claus clay clayton cliff
    clifford clint clinton clyde clément cody colby cole colin colm colton connor conor conrad
    constantin cooper cormac cornel cornelius cosimo craig cristian cristiano curtis cyril cyrus
    czesław cédric césar dae-jung daisuke dale dalton damian damien damon dan daniel danny dante
    darius dariusz darko darnell darrell darren darryl daryl dave davi david davide dean declan
    deepak dejan denis dennis denzel derek dermot derrick desmond detlef devin dexter dhruv
    diarmuid dick diego dieter dietmar dimitri dino dirk dmitri dmitry dmytro domenico domingo
    dominic dominik don donal donald donato dong-hyun donovan doug douglas dov duane dudley
    duncan dustin dwayne dwight dylan dónal eamon earl ed eddie eddy edgar edmond edmund edoardo
    edson eduard eduardo edward edwin efraín egon ehab ehud eitan ekrem eldar elias elijah elio
    eliud eliyahu ellsworth elmer elon elton elvis emanuel emeka emil emile emiliano emilio
    emmanuel emmett emre enoch enrico enrique enzo eoin ephraim erasmus eric erich erik erling
    ernest ernesto ernie ernst errol erwin esa esko esteban ethan eugen eugene eugenio evan
    everett evgeni evgeny ewald ewan ezekiel ezra fabian fabien fabio fabrice fabrizio fadi
    faisal farid faruk fatih federico felipe felix ferdinand ferenc fergal fergus fernand
    fernando fidel filip filippo finley finn fitzgerald fletcher florian florin floyd forrest
    francesco francis francisco franck franco francois frank franklin franz françois fred
    freddie freddy frederick frederik fredrik friedrich fritz frédéric fábio félix gabriel
    gaetano gareth garrett garry gary gaston gaurav gavin geert geir gene gennaro geoff geoffrey
    georg george georges gerald gerard gerardo gerd gerhard germán gerrit gerry gert gheorghe
    giacomo gian giancarlo gianfranco gianluca gianni gideon gil gilbert giles gino giorgio
    giovanni giulio giuseppe glen glenn gonzalo goran gordon gottfried grady graham grant greg
    gregor gregory grzegorz guido guilherme guillaume guillermo gunnar gus gustav gustavo guy
    gyula gérard göran günter günther haim hakan hal hamdan hamid hamish hamza hank hannes hans
    hans-dietrich hans-jürgen hans-peter harald harold harris harrison harry hartmut haruto
    harvey hasan hassan heath hector heikki heiko heinrich heinz helge helmut hendrik henk
    henning henri henrik henry henryk herbert herman hermann herschel herve hervé heung-min
    hideki hideo hiram hiroshi hisham homer horace horst hossein howard hrithik hubert hugh hugo
    humberto humza hunter hussein håkan héctor hélder iain ian ibrahim ibrahima ignacio igor
    ihor ike ikechukwu iker ilias ilkka ilya imad imran imre indrek ingo ioannis iosif irving
    isaac isaiah ismail israel itai itzhak ivan ivo iván jacek jack jackson jacob jacques jae-in
    jae-myung jae-yong jagmeet jair jake jakob jakub jalen jamal james jameson janko jannik
    janos janusz jared jari jaroslav jaroslaw jason jasper javier jawaharlal jaxon jay jayce
    jayden jean-baptiste jean-claude jean-françois jean-jacques jean-louis jean-luc jean-marc
    jean-marie jean-michel jean-noël jean-paul jean-pierre jean-yves jeb jed jeff jefferson
    jeffery jeffrey jens jeremiah jeremy jeroen jerome jerry jerzy jesper jesus jesús jethro
    ji-hoon jianguo jianhua jianjun jim jimmie jimmy jiří joachim joao joaquim joaquin joaquín
    jochen joe joel joey johan johann johannes john johnnie johnny jomo jon jonah jonas jonathan
    jong-un joop joost jordi jorge jorgen jose josef josep joseph josh joshua josiah josé jozef
    joão juan jude juha jukka jules julian julien julio julius julián junaid jung-kook junior
    jussi justin justus jános józef jörg jørgen jürgen kalle kamal kamil karan kareem karim karl
    karl-heinz karol karsten kasper kayden kazimierz kazuo keanu kees keir keith kelvin ken
    kendrick kenji kenneth kenny kent kermit kevin khaled khalid khalil kieran kiril kirill kirk
    kjell klaas klaus klaus-peter knut kobe koen kofi koichi koji kojo konrad konstantin
    krzysztof kun-hee kurt kwabena kwaku kwame kwasi kyle kylian ladislav lajos lamar lance
    landon larry lars lasse laszlo laszló laurent lauri lautaro lawrence lebron leif lennart
    lenny leo leon leonard leonardo leonid leopold leroy lester leszek levi lewis liam lincoln
    lionel lloyd lonnie lorenzo lothar louis luc luca lucas luciano lucien ludovic ludwig luigi
    luis luiz luka lukas lukasz luke luther lutz luís lászló léon maarten maciej mads magnus
    mahmood mahmoud majid makoto malachy malcolm malik mamadou mandla manfred manmohan manuel
    marat marc marcel marcello marcin marco marcos marcus marek mariano mario marius mariusz
    mark marko markus marshall martin marty marvin marwan masahiro mason massimo mateo matheus
    mathias matias mats matt matteo matthew matthias matti mattia matías maurice maurizio mauro
    max maxim maxime maximilian maxwell mehmet meir melvin menachem michael michał micheal
    michel micheál mick mickey mieczysław miguel mihai mikael mike mikhail mikkel mikko milan
    miles milo milos miloš milton miroslav mirosław mitch mitchell mohamed mohammad mohammed
    mohan moisés monty moo-hyun mookie moritz morris morten moses moshe muhammad muhammadu
    mukesh murat murilo murray mustafa mykhailo mykola myung-bak mário nabil naoki narendra
    nasser nathan nathaniel nayef nayib ned nehemiah neil nelson neymar niall niccolò nicholas
    nick nico nicolae nicolai nicolas nicolás niels nigel nikhil niklas nikola nikolai nikolaj
    nikolaos nikolay nils nir nitin noah noam nolan norbert norman novak nuno néstor obinna
    odell oisín olaf olav ole oleg oleksandr oleksiy oliver olivier olusegun omar omer omri onur
    oren orhan orlando osama oscar oskar otis otto ousmane owen pablo paddy padraig paolo pascal
    pasquale patrick patryk paul paulo pavel pawel paweł pedro pekka per percy perry petar pete
    peter petr petro phil philip philipp philippe phillip pierre pieter pietro piotr preston
    przemyslaw przemysław pádraig quentin quincy radek radomir radoslaw rafael rafał raffaele
    rahul rainer raj rajesh ralf ralph ramesh rami ramin ramon ramón randall randy ranveer
    raphael rashad rasmus raul ravi ray raymond raúl reggie reginald reinhard reinhold remy rene
    rené reuben rex reza rhett riad ricardo riccardo rich richard rick ricky rishi rob robbie
    robert roberto rocco rocky rod rodney rodrigo roel roger rogério rohan rohit roland rolf
    roman romulo ron ronald ronaldinho ronaldo ronan ronnie rory roscoe ross roy ruben rubén
    rudi rudolf rudy ruediger rufus rune rupert ruslan russell rustam rusty ryan ryszard rüdiger
    sadiq saeed said sajid sal saleh salim salman salvador salvatore samer sami samir samuel
    sanjay santiago saquon satoshi saul scott scottie seamus sean sebastian sebastián sekou
    serge sergei sergey sergio sergiy serhiy seth seung-woo seán shane shaquille shaun shawn
    sheldon sherman shigeru shimon shinji shinzo shlomo shmuel shohei shota sibusiso siddharth
    siegfried silas silvano silvio simon sinan sipho slawomir slobodan sohail solomon soren
    sorin sota spencer stan stanislav stanislaw stanisław stanley stavros stefan stefano steffen
    stein stepan stephan stephane stephen sterling steve steven stewart stig stu stuart stéphane
    suk-yeol sunil suresh svein sven svetoslav sylvain sylvester sébastien søren sławomir
    tadeusz tae-hyung takashi takeshi tamás taras tarek tariq ted teddy teodor terence terje
    terrence thabo thaddeus themba theo theodor theodore thiago thierry thomas thorsten tiago
    tim timo timothy timur tobias toby todd tom tomas tomasz tomer tomislav tommaso tommy tomás
    tomáš tony tor torben tore torsten toshio travis trent trevor trey tristan trond troy truman
    tsuyoshi tucker tunde tuomas ty tyler tyrone tzvi udo ugo uhuru ulf ulrich ulysses umar
    umberto unai uri usain uwe vaclav vadim vadym valentin valeriy valery vance varun vasily
    vasyl venustiano vernon vicente victor vijay vikram viktor vincent vincenzo vinnie vinny
    vinícius virat virgil vitali vitaly vito vitor vittorio vladimir vladislav volker volodymyr
    vyacheslav václav víctor vítor wade waldemar waleed walid wallace walt walter warren wayne
    wendell werner wes wesley wiesław wilbur wilfred wilfried wilhelm will willem william willie
    willy wilson wim winston witold wladimir wojciech wolfgang woodrow woody wyatt xabier xavier
    yaakov yair yannick yaroslav yasser yasuo yaw yehoshua yehuda yiannis yitzhak yoav yoram
    yosef yoshihiko yossi youssef yukio yuriy yury yusuf yuto yves zach zachary zack zane
    zbigniew zdeněk zdzisław zeev zeke zeljko ziad zoltan zoltán zvi zygmunt álvaro ángel åke
    éamon édson émile óscar łukasz željko
    """.split()
)
