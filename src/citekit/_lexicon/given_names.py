"""Given names, lower-cased, of the languages news is written in and the names it prints.

Data only. A credit reads a lone name after "via", "courtesy of" or a colon
as a person when it starts with one ("Photo courtesy of Shelby Bell"), as an
organisation otherwise ("Featured image via Business Trajectory"); the
reading of names (``_reading.names``) reads them too.
"""

from __future__ import annotations

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
