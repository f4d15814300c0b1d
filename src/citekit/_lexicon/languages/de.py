"""German (Germany, Austria, Switzerland): the words of its attribution clauses.

The shapes these words make (invented examples): "„Wir machen weiter“, sagte
Brenner." (the verb before its subject after a quotation); "Am Montag sagte
die Ministerin, …" (the verb second, the subject after it); "…, wie ein
Sprecher mitteilte." (the verb last, its particle joined); "Die Behörde
teilte am Abend mit, …" (a separable verb, its particle at the clause end);
"…, so Brenner." and "Laut Polizei …", "nach Angaben des Ministeriums" (cues
without a verb); "Dem Bericht zufolge …"; "In der Mitteilung heißt es: …";
"Sie komme zu spät, sei überfällig." (the Konjunktiv I: reported speech,
still the last speaker's words); "Verteidigungsminister", "SPD-Politikerin",
"des Oberstaatsanwalts" (compound titles, inflected).
"""

from __future__ import annotations

from ..calendar import WEEKDAYS
from ..lexicon import Lexicon, gendered, lines, numbered, phrases, words

# Finite forms: the third person singular and plural, present and past,
# and the joined forms of separable verbs in subordinate clauses
# ("…, wie sie mitteilte").
_SINGULAR = """
    sagt sagte erklärt erklärte betont betonte meint meinte berichtet berichtete schreibt
    schrieb warnt warnte fordert forderte kritisiert kritisierte behauptet behauptete nennt
    nannte ergänzt ergänzte unterstreicht unterstrich bestätigt bestätigte dementiert
    dementierte verkündet verkündete erläutert erläuterte verurteilt verurteilte beklagt
    beklagte bekräftigt bekräftigte versichert versicherte erzählt erzählte antwortet
    antwortete fragt fragte mahnt mahnte kommentiert kommentierte twittert twitterte bemerkt
    bemerkte argumentiert argumentierte äußert äußerte äussert äusserte beteuert beteuerte
    klagt klagte verspricht versprach räumt räumte bilanziert bilanzierte resümiert
    resümierte präzisiert präzisierte widerspricht widersprach entgegnet entgegnete
    erinnert erinnerte bekennt bekannte appelliert appellierte droht drohte lobt lobte
    mitteilt mitteilte hinzufügt hinzufügte feststellt feststellte ankündigt ankündigte
    einräumt einräumte hervorhebt hervorhob hinweist hinwies zurückweist zurückwies
    angibt angab zugibt zugab klarstellt klarstellte bekanntgibt bekanntgab ausspricht
    aussprach
"""
_PLURAL = """
    sagen sagten erklären erklärten betonen betonten meinen meinten berichten berichteten
    schreiben schrieben warnen warnten fordern forderten kritisieren kritisierten
    behaupten behaupteten nennen nannten ergänzen ergänzten unterstreichen unterstrichen
    bestätigen bestätigten verurteilen verurteilten beklagen beklagten bekräftigen
    bekräftigten versichern versicherten erzählen erzählten antworten antworteten fragen
    fragten mahnen mahnten kommentieren kommentierten äußern äußerten beteuern beteuerten
    klagen klagten versprechen versprachen entgegnen entgegneten mitteilen mitteilten
    ankündigen ankündigten einräumen einräumten zurückweisen zurückwiesen
"""

# Separable verbs: the stem's forms, each to the particles that close its
# clause ("teilte … mit", "stellte … fest", "sprach sich … aus").
_SEPARABLE_ROWS = """
    teilt teilte teilen teilten: mit
    fügt fügte fügen fügten: hinzu
    stellt stellte stellen stellten: fest klar
    kündigt kündigte kündigen kündigten: an
    räumt räumte räumen räumten: ein
    hebt hob heben hoben: hervor
    weist wies weisen wiesen: hin zurück
    gibt gab geben gaben: an zu bekannt
    spricht sprach sprechen sprachen: aus
    macht machte machen machten: deutlich klar
    deutet deutete deuten deuteten: an
    legt legte legen legten: nahe dar
"""


def _separable(rows: str) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in rows.strip().splitlines():
        forms, particles = line.split(":")
        for form in forms.split():
            table[form] = frozenset(particles.split())
    return table


LEXICON = Lexicon(
    code="de",
    name="German",
    detection_words=words(
        """
        der und nicht sich auf wurde ist dem des ein eine einen einem auch für von zu bei
        nach aus werden wird sind haben über noch wie dass sie er sei kein keine oder aber
        wenn nur schon durch gegen zum zur vom beim seit unter sein seine ihr ihre wir diese
        dieser jetzt hatte wurden ihn ihm uns sagte sagt zwei drei jahr jahren
        """
    ),
    abbreviations=(
        "Dr Prof Nr bzw vgl ca Mio Mrd St Str usw etc Abs Jh Jhd Hr Fr Dipl Ing Mag evtl"
        " ggf inkl sog u.a z.B d.h"
    ).split(),
    ordinal_words=words(
        """
        januar jänner februar feber märz april mai juni juli august september oktober
        november dezember jahrhundert jahrhunderts jahrhunderte mal platz stock geburtstag
        jahrestag lebensjahr runde spieltag
        """
    ),
    ordinal_openers=words("am vom zum bis seit ab des dem den der im zur beim dieses jedes"),
    speech_verbs=numbered(_SINGULAR, _PLURAL),
    participles=words(
        """
        gesagt erklärt betont gemeint berichtet geschrieben gewarnt gefordert kritisiert
        behauptet genannt ergänzt unterstrichen bestätigt dementiert verkündet erläutert
        verurteilt beklagt bekräftigt versichert erzählt geantwortet gefragt gemahnt
        kommentiert getwittert bemerkt argumentiert geäußert geäussert beteuert angekündigt
        mitgeteilt hinzugefügt festgestellt zurückgewiesen hervorgehoben hingewiesen
        angegeben eingeräumt zugegeben bekanntgegeben klargestellt ausgesprochen
        versprochen widersprochen entgegnet gelobt
        """
    ),
    auxiliaries=numbered("hat hatte", "haben hatten"),
    separable=_separable(_SEPARABLE_ROWS),
    object_cues=words("laut gemäß lt."),
    object_phrases=phrases(
        """
        nach angaben von
        nach angaben
        nach informationen von
        nach informationen
        nach ansicht von
        nach ansicht
        nach auffassung
        nach einschätzung
        nach darstellung
        nach aussage von
        nach aussagen von
        nach aussagen
        nach den worten von
        nach worten von
        nach worten
        aus sicht von
        aus sicht
        """
    ),
    postposition_cues=words("zufolge"),
    introducers=words("so"),
    impersonal_cues=phrases(
        """
        heißt es
        hieß es
        heisst es
        hiess es
        verlautete
        verlautet
        """
    ),
    possessive_cues={
        ("seiner", "ansicht", "nach"): "m",
        ("ihrer", "ansicht", "nach"): "f",
        ("seiner", "meinung", "nach"): "m",
        ("ihrer", "meinung", "nach"): "f",
        ("seinen", "worten", "zufolge"): "m",
        ("ihren", "worten", "zufolge"): "f",
        ("seinen", "angaben", "zufolge"): "m",
        ("ihren", "angaben", "zufolge"): "f",
        ("nach", "seinen", "worten"): "m",
        ("nach", "ihren", "worten"): "f",
        ("nach", "seiner", "darstellung"): "m",
        ("nach", "ihrer", "darstellung"): "f",
    },
    impersonal_subjects=words("es man"),
    source_prepositions=words("in im aus von"),
    hearer_prepositions=words("gegenüber dem der"),
    reported_forms=words(
        """
        sei seien habe werde könne müsse solle wolle dürfe möge gebe wisse gehe komme stehe
        liege bleibe brauche gelte fehle lasse trage sehe halte plane fordere handele handle
        gebühre bestehe entstehe erwarte biete führe zeige hätten wären
        """
    ),
    determiners=gendered(
        m="der ein dieser jener kein sein",
        f="die eine diese jene keine seine ihre",
        x="das dieses jenes",
        p="mehrere viele zahlreiche einige",
    )
    | gendered(x="den dem des einem einen einer eines im am zum zur vom beim ins ans"),
    oblique_determiners=words("den dem des einem einen eines im am zum zur vom beim ins ans"),
    prepositions=words(
        """
        in im an am auf aus bei beim mit nach von vom zu zum zur über unter vor hinter neben
        zwischen gegen ohne um durch für seit bis gegenüber wegen trotz während statt
        innerhalb außerhalb ausserhalb ab ins ans samt
        """
    ),
    conjunctions=words("und oder aber sondern denn sowie doch"),
    relatives=words("der die das welcher welche welches dessen deren"),
    clause_words=words(
        """
        ist sind war waren wird werden wurde wurden sei seien hat haben hatte hatten kann
        könne konnte muss müsse musste soll solle sollte will wolle wollte darf dürfe nicht
        dass ob weil wenn als wie da damit obwohl während nachdem bevor sodass es man sich
        zu auch noch nur
        """
    ),
    adverbs=words(
        """
        nun jetzt auch zudem dann später bereits schon außerdem ausserdem ebenfalls weiter
        weiterhin damals gestern heute erneut noch stets gar sogar dagegen hingegen jedoch
        aber allerdings zuletzt inzwischen mittlerweile kürzlich einmal wiederum zugleich
        gleichzeitig ebenso offenbar wohl demnach deshalb daher also etwa bisher abschließend
        abschliessend ferner überdies vorab zunächst anschließend anschliessend kämpferisch
        scharf deutlich erst bislang morgens abends nachmittags vormittags
        """
    )
    | WEEKDAYS,
    pronouns=gendered(m="er", f="sie"),
    stressed_pronouns=gendered(m="ihm ihn", f="ihr"),
    reflexives=words("sich"),
    honorifics=gendered(m="Herr Herrn", f="Frau", x="Dr. Prof. Dr Prof"),
    title_words=words(
        """
        kanzler minister präsident sprecher chef politiker abgeordneter abgeordnete
        vorsitzender vorsitzende anwalt anwältin richter staatsanwalt korrespondent
        wissenschaftler experte expertin direktor leiter botschafter bürgermeister landrat
        führer anführer sekretär generalsekretär ökonom ökonomin analyst forscher professor
        senator gouverneur bischof papst könig königin premier premierminister
        regierungschef staatschef oberst oberstleutnant general kommandeur offizier berater
        vertreter mitglied dissident aktivist journalist autor historiker kommissar
        beauftragter beauftragte funktionär gewerkschafter gründer geschäftsführer
        pressesprecher intendant manager trainer arzt ärztin polizist ermittler sprecherin
        ministerin präsidentin kanzlerin chefin politikerin richterin staatsanwältin
        korrespondentin wissenschaftlerin direktorin leiterin botschafterin
        bürgermeisterin landrätin führerin analystin forscherin professorin beraterin
        vertreterin aktivistin journalistin autorin historikerin kommissarin
        gründerin geschäftsführerin managerin
        """
    ),
    title_suffixes=tuple(
        """
        minister ministerin präsident präsidentin kanzler kanzlerin sprecher
        sprecherin chef chefin politiker politikerin abgeordnete abgeordneter
        vorsitzende vorsitzender anwalt anwältin richter richterin korrespondent
        korrespondentin wissenschaftler wissenschaftlerin experte expertin direktor
        direktorin leiter leiterin botschafter botschafterin meister meisterin
        landrat landrätin führer führerin sekretär sekretärin ökonom ökonomin
        forscher forscherin professor professorin berater beraterin vertreter
        vertreterin beauftragte beauftragter kommissar kommissarin funktionär
        funktionärin offizier kommandeur analyst analystin historiker historikerin
        journalist journalistin senator senatorin gouverneur gouverneurin
        chefredakteur chefredakteurin intendant intendantin manager managerin
        trainer trainerin ermittler ermittlerin aktivist aktivistin gründer
        gründerin oberst leutnant general
        """.split()
    ),
    title_modifiers=words("ex ehemalige ehemaliger frühere früherer damalige damaliger neue neuer"),
    adjective_endings=("e", "en", "er", "es", "em"),
    feminine_endings=("in", "innen"),
    organization_words=words(
        """
        regierung bundesregierung landesregierung ministerium partei amt behörde gericht
        ausschuss polizei verband gewerkschaft bundestag bundesrat landtag kreistag parlament
        kommission rat staatsanwaltschaft armee bundeswehr opposition fraktion koalition
        stiftung unternehmen konzern bank verein institut universität agentur kanzleramt
        feuerwehr stadt gemeinde kanton bund union verwaltung senat justiz
        """
    ),
    organization_suffixes=tuple(
        """
        ministerium regierung partei behörde gericht ausschuss polizei verband
        gewerkschaft gesellschaft kommission fraktion staatsanwaltschaft institut
        agentur konzern stiftung verein bündnis kammer amt verwaltung direktion
        armee
        """.split()
    ),
    metonyms=words("Kanzleramt Bundeskanzleramt Kreml Elysée"),
    group_words=words(
        """
        experten beobachter kritiker anwohner demonstranten ärzte ermittler behörden
        politiker abgeordnete beamte augenzeugen zeugen forscher wissenschaftler analysten
        aktivisten bewohner einwohner betroffene angehörige gegner befürworter anhänger
        """
    ),
    anonymous_words=words("quelle quellen insider informant informanten"),
    anonymity_markers=(
        "nicht genannt werden",
        "anonym bleiben",
        "der anonym bleiben",
        "die anonym bleiben",
        "namentlich nicht genannt",
        "ungenannt",
    ),
    anonymous_suffixes=("kreise", "kreisen"),
    document_words=words(
        """
        bericht mitteilung erklärung studie antrag papier gutachten dokument schreiben brief
        umfrage analyse stellungnahme pressemitteilung untersuchung urteil beschluss
        protokoll gesetzentwurf entwurf statistik angaben zahlen daten berichten
        """
    ),
    outlets=lines(
        """
        dpa
        Deutsche Presse-Agentur
        Deutschen Presse-Agentur
        APA
        SDA
        Keystone-SDA
        KNA
        epd
        Reuters
        AFP
        Spiegel
        Der Spiegel
        Zeit
        Die Zeit
        taz
        Bild
        ARD
        ZDF
        ORF
        SRF
        NZZ
        FAZ
        SZ
        Süddeutsche Zeitung
        Süddeutschen Zeitung
        Handelsblatt
        Tagesspiegel
        Stern
        Focus
        Welt
        Tagesschau
        Deutschlandfunk
        WDR
        NDR
        SWR
        MDR
        RBB
        Kurier
        Der Standard
        Standard
        Die Presse
        Krone
        Kronen Zeitung
        Blick
        Tages-Anzeiger
        Watson
        RND
        Redaktionsnetzwerk Deutschland
        t-online
        n-tv
        ntv
        RTL
        Welt am Sonntag
        Bild am Sonntag
        Frankfurter Rundschau
        Junge Welt
        Neues Deutschland
        Rheinische Post
        Bayerischer Rundfunk
        Deutsche Welle
        Frankfurter Allgemeine Zeitung
        Frankfurter Allgemeinen Zeitung
        Washington Post
        New York Times
        Wall Street Journal
        BBC
        CNN
        """
    ),
    outlet_words=words(
        "zeitung rundschau kurier anzeiger tagblatt nachrichten post presse allgemeine "
        "morgenpost abendblatt rundfunk sender blatt magazin nachrichtenagentur"
    ),
    indefinite_articles=words("ein eine einen einem einer eines"),
    kin_words=words(
        "mutter vater sohn tochter bruder schwester ehefrau ehemann witwe witwer großmutter "
        "großvater onkel tante"
    ),
    naming_words=words("sogenannte sogenannten sogenannter sogenanntes"),
    name_particles=words("von vom zu van der den de al ad el as ar bin ibn"),
    capitalised_nouns=True,
)
