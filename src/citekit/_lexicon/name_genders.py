"""Given names that news prints for one gender only, lower-cased: what "he" and "she" may refer to.

Data only. ``_reading.resolution`` reads a person's gender from the first name
when no title ("Mr.", "Councilwoman") gives it, so that "she said" skips a man
named since. A name given to both (Alex, Jordan, Andrea, Jean, Simone) is in
neither set: its bearer's pronoun is not guessed.
"""

from __future__ import annotations

FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaliyah abby abena abigail ada adaeze adalyn adela adelaide adele adelina adeline aditi
    adriana adrianna adrienne adwoa agatha agnes agnieszka agustina aida aiko aileen ailsa aimee
    aimée ainhoa aisha aishwarya aiyana akemi akiko akinyi akosua alaina alana alanna alba
    alberta alberte aleah aleena alejandra alejandrina aleksandra alenka alessa alessandra
    alessia alexa alexandra alexandria alexia alfreda alia alice alicia alicja alida alina alisa
    alisha alison alissa aliya aliyah alla allegra allie allison allyson alma alondra althea
    alva alvina alyona alyssa amaia amalia amalie amanda amani amara amaryllis amaya amber
    amberly ambra ambrosia ameera amelia amelie amina aminata amira amy amélie ana anabel anahi
    anais anamaria ananya anastasia anastasiya anaïs ancilla andreea andreia andrée anette
    angela angeles angelica angelika angelina angeline angelique angie angélica angélique anika
    anita anja anjali anke ann anna annabel annabella annabelle annalena annalisa annamaria anne
    anne-marie anne-sophie annegret anneke anneli annelies anneliese annemarie annemiek annette
    annie annika anouk anouska antje antoinette antonella antonia antonietta antonina anuradha
    anushka anya aoife apolonia april arabella araceli arantxa aranzazu ardith arely aria
    ariadna ariadne ariana arianna ariella arielle arlene arwa aryna asha ashanti ashlee ashley
    ashlyn asia asma assunta astrid asunción athalia athena aubree aubrie audra audrey augusta
    aurelia aurelie aurora aurore aurélie ava aviva ayako ayanna ayelet ayesha ayla aylin ayumi
    azadeh azalea babette barbara barbel barbra beata beate beatrice beatrijs beatrix beatriz
    becca becky begoña belinda bella benedetta benita bente berenice berit bernadetta bernadette
    bernadine bernice berta bertha berthe bertina beryl beth bethany betina betsey betsy bette
    bettie bettina betty beulah beverley beverly bhavna bianca bibi bilqis bindi birdie birgit
    birgitta birte blanca blanche blessing blodwen bodil bonita bonnie bozena bożena brandi
    brandie brandy breanna brenda brenna briana brianna brianne bridget bridgette bridie brielle
    brigid brigitte britney britta brittany brittney bronwyn brooke brooklyn bruna brunhilde
    brynn bryony bunny bärbel bérénice cailin caitlin callie camila camilia camilla candace
    candela candice candis candy caoimhe cara caridad carina carissa carla carlene carlotta
    carly carmela carmelita carmella carmen carol carola carole carolin carolina caroline
    carolyn carrie caryn cassandra cassidy cassie catalina catarina caterina catharine catherine
    cathie cathleen cathrine cathy cecelia ceci cecile cecilia cecilie cecily celeste celestina
    celestine celia celina celine chana chanel chantal chantelle charity charla charleen
    charlene charline charlotte charmaine chastity chaya chelsea chelsie cherie cherise cherry
    cheryl cheryle cheyenne chiamaka chiara chidinma chimamanda chinwe chioma chiyo chloe chloé
    chrissy christa christel christiane christie christina christine christy chrystal chrystia
    ciara cindy cinthia cinzia claire clara clarabelle clare claribel clarice clarissa claudette
    claudia claudine clemence clementine cleo cliodhna clodagh cláudia clémence coco coleen
    colette colleen conceição concepcion concepción concetta concha connie constance constanza
    consuelo cora coral cordelia corina corinna corinne cornelia corrie corrine cristal
    cristiana cristina crystal cynthia cécile céline dagmar dagny daisy dalia dalila damaris
    daniela daniella danielle danièle danna danuta daphne daria darla darlene darya dasha dawn
    dayana deana deanna deb debbie debby debora deborah debra deepa deepika deidre deirdre delcy
    delfina delia delilah della delores delphina delphine demi dena denisa denise dervla desiree
    desirée destiny devika diana diane dianne dilma dina dinah divya dixie dolly dolores dolors
    dolorès domenica donatella donna dora dorcas doreen dorene dorina dorinda doris dorit dorota
    dorothea dorothy dorthe dottie dulce dulcie dunja durga débora dörte eabha earlene ebba
    ebony edda edie edith edna edwina edyta effie efrat efua eileen eimear ekaterina elaine elba
    eldora eleanor eleanora elena eleni eleonora eliana eliane elin elinor elisa elisabeth
    elisabetta elise eliza elizabeth elke ella ellen ellie elly elma elnora elodie eloisa eloise
    elouise els elsa elsie elvia elvira elzbieta elżbieta emanuela emely emiko emilia emilie
    emily emine emma emmanuelle emmy encarna encarnación enid enriqueta erica erika erin erna
    ernestina ernestine esme esmeralda esmé esperanza essie estefania estefanía estela estella
    estelle ester esther esti estrella ethel ethelyn etsuko etta eudora eugenia eugénie eula
    eulalia eun-hee eun-ji eunice eva evangelina evangeline eve evelina eveline evelyn evelyne
    everly evie evita ewa fabienne fannie fanny farah farida fariha fatemeh fatima fatma fatou
    fay faye federica felicia felicidad felicitas felicity femke fenna fern fernanda filipa
    filomena fiona fionnuala fiorella flavia fleur flo flora florence florencia florentina
    floriane florine folasade frances francesca francine francisca francoise franziska françoise
    freda frederica freida freya frida frieda friederike frédérique fumiko funmilayo fátima
    gabby gabi gabriela gabriella gabrielle gaby gail galina galit gayle geertje geeta gemma
    geneva genevieve geneviève genoveva georgette georgia georgiana georgina geraldine gerda
    geri gerlinde gertie gertrud gertrude geun-hye ghada gianna gigi gillian gina ginevra ginger
    ginny giorgia giovanna gisela gisele giselle gislaine gita giulia giuliana giuseppina gladys
    glenda glenna gloria gloriana golda goldie grace gracie graciela grainne grazia graziella
    grazyna graça grażyna greer greta gretchen gretel griselda gro gráinne guadalupe gudrun
    guillermina guiying gulnara gunilla gunnel gwen gwendolyn gwyneth hadas hadassah hadiza
    hailey haley halima halina hallie hana hanako hanan hania hanna hannah hanne hanneke
    hannelie hannelore harriet harriett haruka hatice hattie hayley hazel heather hedda hedwig
    heidi heidrun heike helen helena helene helga helle heloise heloísa henny henrietta
    henriette hermine hermione hertha hester hetty hiba hila hilda hilde hildegard hillary hilma
    hiroko hoda holly hope hortense huda hulda hye-jin hye-won hyun-jung hélène ianthe ida
    idalia ifeoma iga ilaria ileana ilene ilhan iliana ilona ilse imani imelda imogen imogene
    ina inbal indira ines inez inga inge ingeborg inger ingrid ingvild inka inmaculada inés inês
    iona iratxe irena irene irina iris irma irmgard isabel isabela isabella isabelle isadora
    isha isidora isla isobel isolde itzel itziar iva ivana iveta ivette ivy iwona izabela
    izabella jacinda jacinta jaclyn jacqueline jacquelyn jacqui jade jadwiga jami jamila jana
    janae jancis jane janeen janelle janet janette janey janice janie janina janine janis janka
    jaqueline jasmine jayne jazmin jazmine jeanette jeanie jeanine jeanne jeannette jeannie
    jeannine jelena jemima jeni jenifer jenna jennie jennifer jenny jessamyn jessica jette jewel
    ji-hye ji-yeon jill jillian jitka joanie joann joanna joanne jocelyn jocelyne jodi joelle
    johana johanna joke jolanda jolanta jolene joni jordana josefa josefina josefine josephine
    josette josiane josie jovita joy joyce joycelyn joëlle juana juanita judit judith judy julia
    juliana julianne julie juliet julieta juliette julissa june justina justine justyna jutta
    jéssica kaia kaitlyn kalinda kamala kamila kanako kareena karen kari karima karin karina
    karla karolina karoline kasia kat katalin katarina katarzyna kate katerina kateryna
    katharina katharine katherine kathie kathleen kathrin kathryn kathy katie katja katrin
    katrina katy katya kavita kaye kayla kayleigh kazuko keiko keisha kemi kendra kenna keren
    kerri kerstin khadija kiera kimberly kinga kinsley kirsten kirstie kirstin kirsty kitty
    kourtney krista kristalina kristen kristi kristin kristina kristine kristy krisztina kriti
    krystyna ksenia kseniya kumiko kylie kyoko kyrsten kyung-hwa lacey laetitia laila lakisha
    lakshmi lana lanie lara larissa latasha latisha latoya laura laurel lauren lauretta laverna
    laverne lavinia layla lea leah leanne leila leilani leire lena lene leni leokadia leola
    leona leonie leonor leonora leota leticia letitia letizia lettie letícia liat libby lieke
    liesbeth lieselotte liesl lila lilia lilian liliana liliane lilla lillian lilly lily lina
    linda lindiwe lindy linnea linnie lisa lise liselotte lisette liv livia liz liza lizbeth
    lizzie ljiljana lois lola lolita lora loraine loreen lorena lorenza loretta lorette lori
    lorna lorraine lotte lottie louella louisa louise lourdes luana lubna lucia luciana lucie
    lucile lucille lucinda lucy lucía ludmila ludmilla luisa luise lula lulu luna lupe luz luísa
    lydia lynda lynette lynne lys lyubov lyudmila lætitia léa lívia mabel macarena madalena
    maddalena maddie madeleine madeline madge madhuri madison mae maeve magali magda magdalena
    magdalene maggie maija maike maiken maire mairead mairéad maite maja malak malala malgorzata
    malia malin mamata mamie mamta manal mandisa mandy manon manuela manuelle mara marcela
    marcelina marcella marcia marcie marcy mareike margaret margareta margarete margarethe
    margarida margarita margherita margie margit margo margot margrethe marguerite mari maria
    mariam marian mariana mariangela marianne mariastella maribel maribeth maricela marie
    marie-christine marie-claire marie-france marie-hélène marie-josé marie-laure marie-louise
    marie-thérèse marieke mariela mariella marietta marijke mariko marilena marilyn marina
    marisa marisol marissa marit mariya marjorie marla marlene marlies marlys marnie marta
    martha martina martine marva mary maryam maryanne marylou maryse marzena maría marília
    masako mathilde matilda matilde mattie maud maude maura maureen mavis maxine maya mayawati
    mayra mazie małgorzata mechthild meena meera megan meghan megumi mei-ling meike meili
    meiling melania melanie melba melinda melissa melody merav mercedes mercy meredith merry
    mette mhairi mi-kyung mia micaela michaela michelle michiko michèle mieke mila milagros
    mildred milena millie min-ji min-jung mina mindy minnie mira miranda mireille mirela miriam
    mirjam mirosława mirta misaki missy miyuki moira mollie molly mona monica monika monique
    monserrat montserrat morwenna moya mumtaz muriel myra myriam myrna myrtle máire mélanie
    naama nada nadezhda nadia nadine nadja najwa naledi nanami nanci nancy nanette nannie naomi
    nasrin natalia natalie natalya natascha natasha nathalia nathalie nawal nayeli neha nele
    nelida nellie nelly nerea nettie ngozi nia niamh nicole nicoletta nieves nikki nilufar nina
    nirmala nisha njeri nkechi nneka noa noelia noelle noemi nola nomvula nora norah noreen
    noriko norma noura novella noémie nuala nuria nyambura nydia núria obiageli octavia odalys
    odette odile ofelia oksana ola olena olesya olga olimpia olive olivia oliwia olufunke ondine
    opal ophelia oprah ora oralia orla orlaith orly ornella otilia padma paige palesa paloma
    pamela paola paolina parisa parvati parveen pascale patricia patrizia patrícia patsy patti
    patty paula pauletta paulette paulina pauline paz pearl peggy penelope penny perla pernille
    petra petronella phebe philippa philomena phoebe phyllis pia pilar piper polly pooja poppy
    preeti priscila priscilla priti priya priyanka prudence prue purificación qiana queenie
    rachael rachel radha radhika rae rafaela raffaella rahel raisa ramona randi rania ranya
    raquel rasa rasha rashida rashmi raven reba rebeca rebecca rebekah reem regina reiko rekha
    remedios rena renata renate renee renée rhea rhiannon rhoda rhonda ria rina rita rivka
    roberta robyn rochelle rocio rocío roisin romina romy ronit ronja rosa rosalba rosalee
    rosalie rosalind rosalyn rosalía rosamund rosana rosanna rosaria rose rosella rosemarie
    rosemary rosetta rosie roslyn rossella roswitha rosângela rowena roxana roxanne roxie ruby
    rukhsana rupa ruta ruth róisín saanvi sabina sabine sabrina sachiko sadia sadie safiya saga
    sahra sakura sallie sally salma salome samantha samira sanaa sandra sandrine sanja sanna
    sanne saoirse sara sarah sarai saraswati saskia savannah savita sawsan sayaka scarlet
    scarlett seema selena selina selma seo-yeon serafina serena setsuko sevda shabana shakira
    shana shanelle shanice shanti shari sharon sharron shauna shawna shazia sheena sheila
    shelley shelly shelly-ann sherri sherrie sherry sheryl shilpa shira shireen shirlee shirley
    shobha shreya shu-fen shufen sibylle sienna sigal signe sigrid silke silvana silvia silvina
    simona sindy sinead sinéad siobhan siri sissel smriti sneha so-yeon sofia sofía solange
    soledad soline solveig sonali sondra sonia sonja sonya soo-jin sophia sophie soraya stacey
    stacy stanisława stefania stefanie steffi stella stephania stephanie stephany sue suella
    suha suki sunita suniti susan susana susanna susanne sushma susie sussan suzanne suzette
    suzy svenja svetlana swati sybil sylvia sylvie sylwia ségolène sônia tabitha tahira tali
    tamar tamara tami tammie tammy tamsin tania tanisha tanja tanvi tanya tara tasha tatiana
    tatjana tatyana tegan teodora teresa teresita tess tessa thandeka thandiwe thaís thea thelma
    theodora theresa therese thérèse tia tiffany tilda tilly tina tomoko tonya torill tova tove
    traudl trijntje trina trine trisha trixie trudy truus tulsi twila tzipi tânia ulla ulrika
    ulrike una unity unni ursula urszula uschi usha uta ute vada valentina valeria valerie
    valérie vanda vanessa velma venus vera verena verity verna vernice veronica veronika
    verónica vesna vicki vicky victoria vidya viktoria viktoriya vilma vinita viola violet
    virginia virginie vivi viviana viviane vivienne vonda vânia véronique waltraud wanda wenche
    wendi wendy weronika whitney wiebke wiesława wietske wilda wilhelmina wilhelmine willa wilma
    winifred winnie xenia xiaoling xiaomei xiaoyan ximena xiomara xiuying yaa yael yamila yana
    yanling yara yasmin yasmine yekaterina yelena yesenia yifat ying-wen yoko yolanda young-hee
    yu-na yufen yui yulia yuliya yumi yumiko yuna yuriko yusra yvette yvonne yésica zahra zainab
    zaineb zara zelda zelma zena zeynep zhanna zita zlata zodwa zoe zoey zofia zola zona zora
    zoya zoé zoë zsuzsanna zuleika zuzanna ángela ángeles åsa élise élodie émilie
    """.split()
)

MALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aamir aaron abdel abdelaziz abdou abdoulaye abdul abdullah abdulrahman abe abel abelardo
    abhishek abiodun abner abraham abram abubakar achim adalberto adam adebayo aditya adnan
    adolf adolfo adolph adrian adriano adrien adrián afonso agostino agustin agustín aharon
    ahmad ahmed ahmet aidan aiden ailton aitor ajay akash ake akhil akim akin akira akshay alaa
    alain alan alasdair alastair albert alberto albin albrecht alden aldo alec alejandro alejo
    aleksa aleksander aleksandr aleksei alessandro alessio alexander alexandre alexandros alexei
    alexey alf alfie alfons alfonso alfred alfredo algernon alhassan alibek alistair allan allen
    alois alonso alonzo aloysius alp alphonse alton alvaro alvin alvis amado amadou ambrose
    amedeo amir amit amitabh amon amos amr anand anas anatoliy anatoly anders anderson andre
    andreas andrei andres andreu andrew andrey andriy andrzej andré andrés andy aneurin angelo
    angus anil ankit ansel anselm anselmo anshel anthony antoine anton antonio antonis antony
    antonín antti antónio antônio anwar aram arash archibald archie aristide arjan arjen arjun
    arkadiusz arlen arlo arman armand armando armin arnaldo arnau arnaud arnav arne arno arnold
    arnošt arnulf aron arsene arseniy arseny arslan arsène art artem arthur artur arturo arun
    arvel arvid arvind aryan asher ashok ashraf ashton asier asif aslan atticus attila augie
    august augustin augustine augusto augustus aurelien aurelio aurélien austin avi avigdor
    avraham axel ayaan ayman ayodele azeem aziz baba babajide babak babatunde bakari baldwin
    baltasar balázs bandar barack barnaby barnabás barney barry bart bartholomew bartosz baruch
    bas bashir basil basilio bassam bastian bastien baxter beau bela ben benedict benedikt bengt
    benito benjamin benji bennett benny benoit benoît berend bernard bernardino bernardo bernd
    bernhard bernie bert bertie bertram bertrand bezalel bilal bill billy birger bjarne bjorn
    björn blaine blaise boaz bob bobby bodhi bogdan bohdan bolaji boleslaw bolesław bongani
    bonifacio boone boris borja boubacar boyd brad braden bradford bradley brady bram brandon
    brayden breandán brendan brendon brent brett brian brice brock broderick brody bronisław
    bronson bruce bruno bryan bryant bryce bryson buck bud buddy buford bukayo burl burt burton
    butch buzz byron béla caio cal caleb callum calogero calum calvin camilo carl carlisle carlo
    carlos carlton carmine carsten carter casimir casimiro cassius castor cathal cayetano cecil
    cedric celso cem cesar cezary chad chadwick chaim charles charlton chauncey cheikh chester
    chet chidi chinedu ching-te chip christian christoph christophe christopher chuck
    chukwuemeka chukwuma cian ciaran ciarán cillian ciro clancy clarence clark claud claudio
    claudius claus clay clayton clemens clement cleve cleveland cliff clifford clifton clint
    clinton clyde clément cody colby cole coleman colin colm colt colton conall conan connor
    conor conrad constantin constantine constantino cooper corentin cormac cornel cornelius
    cornell corrado cosimo cosmo craig cristian cristiano cristobal cristóbal cullen curt curtis
    cyril cyrus czesław cédric césar daan dae-jung dai daisuke dale dalton damian damien damián
    damon dan daniel danilo danny dante darin darius dariusz darko darnell darrel darrell darren
    darryl darwin daryl dave davey davi david davide dawid dean deandre declan deepak dejan
    delano delbert dell demetrius denis dennis denny denzel deon derek dermot derrick desmond
    detlef devin dewey dexter dhruv diarmuid dick diego dieter dietmar dietrich dimitri dimitris
    dinesh dino dionisio dirk dmitri dmitry dmytro dobromir dom domenico domingo dominic dominik
    don donal donald donato dong-hyun donnacha donnie donny donovan dorian dorsey doug douglas
    dov doyle duane duarte dudley duncan dustin dwain dwayne dwight dylan dáithí dónal eamon
    eamonn earl earle ed eddie eddy edgar edison edmond edmund edmundo edoardo edson eduard
    eduardo edward edwin efe efrain efraín efrem egon ehab ehud eitan ekrem elbert eldar eldon
    eldridge eleazar elian elias elijah elio eliseo eliud eliyahu ellsworth elmer elmo elon eloy
    elroy elton elvin elvis emanuel emeka emil emile emiliano emilio emmanuel emmerich emmett
    emmitt emre ennio enoch enrico enrique enzo eoin ephraim erasmo erasmus ercole eric erich
    erik erling ermanno ernest ernesto ernie ernst errol erwin esa eskil esko esteban ethan
    ettore eugen eugene eugenio eusebio evan everett evgeni evgeny ewald ewan ezekiel ezra
    fabian fabien fabio fabrice fabrizio facundo fadi fahad fahd faisal farhad farhan farid
    farouk faruk fatih faustino fausto federico fedor felipe felix femi fenton ferdinand ferenc
    fergal fergus fernand fernando ferran ferris ferruccio fidel filip filippo finlay finley
    finn fintan fionn fitzgerald flavio fletcher florent florian florin floyd folarin folke
    forrest foster francesco francis francisco franck franco francois frank franklin franky
    franz françois fraser fred freddie freddy frederic frederick frederik fredrik frido
    friedrich fritz frédéric fulvio fyodor fábio félix gabriel gael gaetano gage gareth garfield
    garland garrett garry garth gary gaspar gaspard gaston gaurav gavin gawain gaylord gaël
    gearóid geert geir gene gennaro geoff geoffrey georg george georges geraint gerald gerard
    gerardo gerd gerhard german germán gerrit gerry gert gheorghe giacomo gian giancarlo
    gianfranco gianluca gianluigi gianni giannis gideon gil gilbert gilberto giles gino gioele
    giorgio giovanni giulio giuseppe glen glenn godfrey gonzalo gonçalo gopal goran gordon gordy
    gorka gottfried grady graham grant grayson greg gregor gregory grigory grover grzegorz guido
    guilherme guillaume guillermo gunnar gunter guoqiang gus gustav gustave gustavo guy gyula
    gérard göran günter günther haakon hadrian haim hakan hal hamad hamdan hamid hamish hamza
    hank hannes hans hans-dietrich hans-jürgen hans-peter haral harald hardy harlan harman
    harmon harold harris harrison harry hartmut haruki harun haruto harvey hasan hassan hasse
    hauke hayato hazem heath hector heikki heiko heinrich heinz heitor helge helmut hendrik henk
    henning henri henrik henry henryk herb herbert heriberto herman hermann hernán herschel
    herve hervé heung-min hideki hideo hilario hiram hiroshi hisham homer horace horacio horst
    hosea hosni hossein howard hoyt hrithik hub hubert hubertus hugh hugo humberto humphrey
    humza hunor hunter hussein hyman hyun-woo håkan håkon héctor hélder iacopo iain ian ibrahim
    ibrahima ichiro idris ignacio ignatius ignatz igor ihor ike ikechukwu iker ilias ilkka ilya
    imad imran imre indrek ingo inácio ioannis iosif ira irving irwin isaac isaiah isidor
    isidore isidro ismael ismail israel itai itamar itzhak ivan ivo ivor iván iñaki jabari jacek
    jack jackson jacob jacques jae-in jae-myung jae-yong jagdish jagmeet jago jair jake jakob
    jakub jalen jamal jamar james jameson janko jannik janos janusz jared jari jaroslav jaroslaw
    jarosław jarrett jarvis jason jasper jaume javed javier jawad jawaharlal jaxon jay jayce
    jayden jean-baptiste jean-claude jean-françois jean-jacques jean-louis jean-luc jean-marc
    jean-marie jean-michel jean-noël jean-paul jean-pierre jean-yves jeb jed jedediah jeff
    jefferson jeffery jeffrey jens jerald jeremiah jeremy jeroen jerome jerrold jerry jerzy
    jesper jesus jesús jethro ji-hoon jianguo jianhua jianjun jim jimmie jimmy jinping jintao
    jiří joachim joao joaquim joaquin joaquín jochen joe joel joey johan johann johannes john
    johnnie johnny jomo jon jonah jonas jonatan jonathan jong-un joop joost jordi jorg jorge
    jorgen jose joseba josef josep joseph josh joshua josiah josé jozef joão juan juanjo judd
    jude juha jukka jules julian julien julio julius julián junaid jung-hoon jung-kook junichiro
    junior junius jurgen jussi justin justus jános józef jörg jørgen jürgen kaan kacper kaleb
    kalle kamal kamil karan kareem karim karl karl-heinz karol karsten kaspar kasper kayden
    kazimierz kazuki kazuo keanu keegan kees keir keith kelvin ken kendrick kenji kenneth kenny
    kent kenta keqiang kerem kermit kevin kgosi khaled khalid khalil kieran kimi kip kiril
    kirill kirk kjell klaas klaus klaus-peter knut kobe koen kofi koichi koji kojo konrad
    konstantin kostas krzysztof kun-hee kunal kurt kurtis kwabena kwaku kwame kwasi kyle kylian
    kyrylo kyung-soo laddie ladislav lajos lamar lamine lamont lance landon larry lars lasse
    laszlo laszló laurent lauri lautaro lawrence lawson lazar lazaro leandro lebron lech leif
    leland lemuel lenard lennart lenny leo leon leonard leonardo leonel leonid leopold leopoldo
    leroy lester leszek lev levi lewis liam lincoln linus linwood lionel llewellyn lloyd lluís
    lonnie lorcan loren lorenz lorenzo lorne lothar louis lowell luc luca lucas luciano lucien
    lucio lucius ludovic ludwig luigi luis luiz luka lukas lukasz luke luther lutz luuk luís
    lyle lászló léon maarten mac maciej mack madhav mads magnus mahesh mahmood mahmoud majid
    makoto malachy malcolm malik mamadou mandla manfred manish manmohan manoj manolo mansour
    manu manuel marat marc marcel marcello marcin marco marcos marcus marek mariano marino mario
    marius mariusz mark marko markus marlin marlon marshall marten martin marty marvin marwan
    masahiro mason massimo mateo mateus mateusz matheus mathew mathias mathijs matias mats matt
    matteo matthew matthias matti mattia matías maurice mauricio mauritz maurizio mauro maverick
    max maxim maxime maximilian maxwell mehdi mehmet meinhard meir melvin menachem menno merrill
    merritt mervin micah michael michał micheal michel micheál michiel mick mickey micky
    mieczysław miguel mihai mikael mike mikel mikhail mikkel mikko milan miles milo milos miloš
    milton min-jun miroslav mirosław mitch mitchell modibo mohamed mohammad mohammed mohan
    mohsen moises moisés monte monty moo-hyun mookie mordecai moritz morris morten morton mose
    moses moshe mostafa moussa muhammad muhammadu mukesh murat murilo murray mustafa mykhailo
    mykola myron myung-bak márcio mário nabil nadeem nadhim naftali nahuel naoki narendra naseer
    nasser nat nathan nathaniel naveen nawaz nayef nayib nazar ned nehemiah neil nels nelson
    nestor nevin newton neymar niall niccolò nicholas nick niclas nico nicolae nicolai nicolas
    nicolás nicolò niels nigel nikhil niklas nikola nikolai nikolaj nikolaos nikolay nils nir
    nitin nizar nkosi noah noam nolan norbert norman norris novak nuno nunzio néstor obadiah
    obie obinna odell odysseus oisín olaf olav ole oleg oleksandr oleksiy oliver olivier olumide
    olusegun omar omer omri onur orazio oren orestes orhan oriol orlando orson orval orville
    osama oscar oskar osvaldo oswald oswaldo otis ottavio otto ousmane owen ozzie pablo paddy
    padraig pankaj paolo paraskevas pascal pasquale patricio patrick patryk pau paul paulo pavel
    pawel paweł paxton pedro pekka per percival percy perry pervez petar pete peter petr petro
    phil philemon philip philipp philippe phillip pier pierce pierluigi pierre pieter pietro pim
    pino piotr piyush placido ponce porter pradeep prakash prem preston przemyslaw przemysław
    pyotr pádraig páidí quentin quincy quinton radek radomir radoslaw radosław raed rafa rafael
    rafał raffaele rafi rahim rahul raila rainer raj rajesh rajiv rakesh ralf ralph ramesh rami
    ramin ramiro ramon ramsey ramón ranbir randal randall randolph randy ransom ranveer raoul
    raphael raphaël rashad rashid rasmus raul ravi ray raymond raúl redmond reggie reginald
    reinaldo reinhard reinhold remy rene rené reuben rex reza rhett riad ricard ricardo riccardo
    rich richard rick rickey ricky rico ridley rigoberto rik rinaldo rishi rob robbe robbie
    robert roberto rocco roch rocky rod roderick rodger rodney rodolfo rodrigo roel rogelio
    roger rogério rohan rohit roland rolando rolf rollo roman romano romulo ron ronald
    ronaldinho ronaldo ronan ronnie roque rory roscoe ross rostislav roy royce ruaidhrí ruairi
    ruairí rube ruben rubens rubén rudi rudolf rudolph rudy ruediger rufus rune rupert ruslan
    russ russell rustam rusty ryan ryota ryszard rémi rómulo rüdiger saad sadiq saeed safwan
    sahil said sajid sal saleh salim salman salvador salvatore sameer sameh samer sami samir
    sammy samuel sandeep sandro sang-hoon sanjay santiago santo santos saquon satoshi saul sauli
    saverio sayed scot scott scottie seamus sean sebastian sebastien sebastián sebastião sekou
    semyon serge sergei sergey sergio sergiy serhiy seth seumas seung-woo severin seydou seán
    shahid shamil shane shaquille shaul shaun shawn sheldon sherif sherman shigeru shimon shinji
    shinzo shlomo shmuel shohei shota sibusiso sid siddharth siebe siegfried sigmund sigurd
    silas silvano silvestre silvio simon sinan sipho sjoerd skip slawomir slobodan sohail sol
    solomon soren sorin sota spencer spike srinivas stan stanford stanislav stanislaw stanisław
    stanley stavros stefan stefano steffen stein stepan stephan stephane stephen sterling steve
    steven stewart stig stijn stu stuart stéphane subhash suk-yeol sung-ho sunil suresh svein
    sven svetoslav sylvain sylvester szymon sébastien sönke søren sławomir tad tadeusz tadhg
    tae-hyung taha takashi takeshi tamas tamer tamás tancredi taras tarek tariq taro tavish ted
    teddy teemu teodor teodoro terence terje terrell terrence teun tevita thabo thad thaddeus
    thaddäus themba theo theodor theodore theophilus thiago thierry thijs thomas thorsten
    thurman tiago tiberius tim timo timothy timur titus tobiah tobias toby tod todd tom tomas
    tomasz tomer tomislav tommaso tommie tommy tomás tomáš tony tor torben tore torsten toshio
    travis trent trevor trey tristan troels trond troy truman tsuyoshi tucker tunde tuomas
    turlough ty tyler tyrone tzvi udo ugo uhuru ulf ulrich ulysses umar umberto unai uri uriah
    uriel usain usman uwe vaclav vadim vadym valdemar valentin valentino valentín valeriy valery
    vance varun vasily vasyl vaughn venkat venkatesh venustiano vern verne vernon vic vicente
    victor vijay vikram viktor vilhelm ville vince vincent vincenzo vinicius vinnie vinny vinod
    vinícius virat virgil vitali vitaly vito vitor vittorio vivek vladimir vladislav vojtěch
    volker volodymyr vyacheslav václav víctor vítor wade wael waldemar waldo waleed walid
    wallace wally walt walter waqar ward warner warren watson wayne weldon wendell werner wes
    wesley wiesław wijnand wilbert wilbur wiley wilfred wilfrid wilfried wilhelm will willard
    willem william willie willis willy wilmer wilson wim winfield winfried winston witold
    wladimir wojciech wolf wolfgang woodrow woody wopke wyatt wyndham xabier xander xaver xavier
    xiaoping yaakov yahya yair yannick yannis yaroslav yasser yasuo yaw yehoshua yehuda yevgeny
    yiannis yigal yitzhak yoav yohannes yonatan yoram yosef yoshihide yoshihiko yoshiro yossi
    young-ho youssef youssouf yuichi yukio yuriy yury yusef yusuf yuto yves zach zacharias
    zachary zack zaid zakaria zakir zane zbigniew zbyněk zdeněk zdzisław zeb zebulon zeev zeke
    zeljko zemin zhiqiang ziad zoltan zoltán zvi zygmunt álvaro ángel åke éamon édson émile
    óscar łukasz željko
    """.split()
)
