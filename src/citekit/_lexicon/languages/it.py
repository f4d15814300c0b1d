"""Italian (Italy, Switzerland): the words of its attribution clauses.

The shapes these words make (invented examples): "«Siamo pronti» ha detto il
sindaco." (the verb after the quotation, often with no comma); "«…», ha
spiegato Marco Ferri."; "«Non ci fermeremo», ha aggiunto." (no subject: the
last person); "Il ministro ha detto: «…»"; "gli ha detto", "lo ha
annunciato" (clitics before the verb); "Così il ministro: «…»"; "secondo il
ministro", "secondo lui", "a detta di", "stando a"; "Per il ministro, …";
"fonti di governo", "si apprende da fonti del Viminale"; "il ministro
dell'Economia Lucio Bassani", "la sindaca".
"""

from __future__ import annotations

from ..calendar import WEEKDAYS
from ..lexicon import Lexicon, gendered, lines, numbered, phrases, words

_SINGULAR = """
    dice afferma spiega sottolinea aggiunge dichiara osserva commenta ribadisce avverte
    racconta precisa conferma annuncia denuncia sostiene assicura replica risponde scrive
    chiede attacca incalza insiste evidenzia ammette rivela riferisce conclude accusa
    critica avvisa annota puntualizza tuona rimarca chiarisce spiega confida ricorda
    rilancia lamenta esordisce argomenta nota segnala smentisce garantisce promette
    mette_in_guardia fa_sapere
    disse affermò spiegò sottolineò aggiunse dichiarò osservò commentò ribadì avvertì
    raccontò precisò confermò annunciò sostenne assicurò replicò rispose scrisse chiese
    ammise rivelò riferì concluse ricordò
    diceva spiegava raccontava affermava
"""
_PLURAL = """
    dicono affermano spiegano sottolineano aggiungono dichiarano osservano commentano
    ribadiscono avvertono raccontano precisano confermano annunciano denunciano
    sostengono assicurano replicano rispondono scrivono chiedono attaccano insistono
    ammettono rivelano riferiscono concludono accusano criticano ricordano lamentano
    segnalano smentiscono garantiscono fanno_sapere
    dissero
"""

LEXICON = Lexicon(
    code="it",
    name="Italian",
    detection_words=words(
        """
        della delle degli dei che è gli nel nella sono alla alle anche questo questa più dal
        dalla sul sulla stato essere hanno perché molto loro suo sua ancora dopo tra fra già
        questi quello quella senza secondo ci uno negli agli cui cosa quando anni oggi poi
        ogni tutti tutto aveva detto nell sull il
        """
    ),
    abbreviations=(
        "sig Sig sigg dott Dott avv Avv on On ing Ing prof Prof sen Sen geom arch rag mons"
        " Mons ca pag ecc dott.ssa sig.ra"
    ).split(),
    speech_verbs=numbered(_SINGULAR, _PLURAL),
    participles=words(
        """
        detto affermato spiegato sottolineato aggiunto dichiarato osservato commentato
        ribadito avvertito raccontato precisato confermato annunciato denunciato sostenuto
        assicurato replicato risposto scritto chiesto attaccato insistito evidenziato
        ammesso rivelato riferito concluso accusato criticato puntualizzato chiarito
        confidato ricordato rilanciato lamentato argomentato notato segnalato smentito
        garantito promesso tuonato rimarcato
        """
    )
    | {"fatto sapere", "messo in guardia"},
    auxiliaries=numbered("ha aveva avrebbe", "hanno avevano avrebbero"),
    gerunds=words("dicendo aggiungendo spiegando sottolineando affermando ricordando"),
    object_cues=words("secondo"),
    object_phrases=phrases(
        """
        a detta di
        a detta del
        a detta della
        stando a
        stando al
        stando alla
        a parere di
        ad avviso di
        secondo quanto riferito da
        secondo quanto riferito dal
        secondo quanto riferito dalla
        secondo quanto riportato da
        per bocca di
        """
    ),
    view_cues=words("per"),
    introducers=words("così"),
    possessive_cues={
        ("a", "suo", "dire"): None,
        ("a", "suo", "avviso"): None,
        ("a", "suo", "parere"): None,
        ("a", "loro", "dire"): "p",
        ("a", "loro", "avviso"): "p",
        ("secondo", "lui"): "m",
        ("secondo", "lei"): "f",
        ("secondo", "loro"): "p",
    },
    impersonal_subjects=words("si"),
    source_prepositions=words("da dal dalla dai dagli dalle presso"),
    hearer_prepositions=words("a al alla all' ai agli alle"),
    pro_drop=True,
    elisions=words(
        "l' dell' all' dall' nell' sull' coll' un' quest' quell' nessun' d' c' s' m' t' v' po'"
    ),
    determiners=gendered(
        m="il lo un uno del dello al allo dal dallo nel nello sul sullo questo quel quello suo",
        f="la una un' della alla dalla nella sulla questa quella sua",
        p="i gli le dei degli delle ai agli alle dai dagli dalle nei negli nelle sui sugli"
        " sulle questi quelle quei alcuni alcune diversi diverse molti molte",
        x="l' dell' all' dall' nell' sull'",
    ),
    oblique_determiners=words(
        "del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli"
        " dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle dell' all'"
        " dall' nell' sull'"
    ),
    prepositions=words(
        """
        di a da in con su per tra fra senza contro verso presso dopo prima durante secondo
        oltre sopra sotto dentro fuori tramite d' del dello della dei degli delle al allo
        alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle
        sul sullo sulla sui sugli sulle dell' all' dall' nell' sull'
        """
    ),
    conjunctions=words("e ed o oppure ma però né quindi"),
    relatives=words("che cui quale quali"),
    clause_words=words(
        """
        è sono era erano sarà saranno ha hanno aveva avevano non che se si ci quando mentre
        perché poiché come
        """
    ),
    adverbs=words(
        """
        anche inoltre poi ancora già infine quindi invece però comunque ieri oggi domani
        stamattina stamani stasera recentemente sempre spesso pubblicamente chiaramente
        subito successivamente dunque intanto allora
        """
    )
    | WEEKDAYS,
    pronouns=gendered(m="lui egli", f="lei ella", p="loro essi esse"),
    stressed_pronouns=gendered(m="lui", f="lei", p="loro"),
    possessives=words("suo sua suoi sue loro"),
    clitics=words("gli le mi ci ti vi si lo la li l' ne glielo gliela me te ce se"),
    reflexives=words("si"),
    honorifics=gendered(
        m="sig. signor signore dott. don",
        f="sig.ra signora dott.ssa",
        x="on. sen. avv. prof. ing. mons.",
    ),
    title_words=words(
        """
        presidente ministro ministra sindaco sindaca segretario segretaria portavoce premier
        governatore governatrice procuratore procuratrice leader capo deputato deputata
        senatore senatrice assessore assessora consigliere consigliera avvocato avvocata
        direttore direttrice esperto esperta analista economista docente professore
        professoressa commissario commissaria ambasciatore ambasciatrice generale
        colonnello comandante questore prefetto magistrato magistrata giudice pm
        vicepresidente vicepremier sottosegretario sottosegretaria cardinale papa vescovo
        allenatore tecnico coordinatore coordinatrice fondatore fondatrice amministratore
        presidentessa responsabile dirigente medico ricercatore ricercatrice politologo
        sociologo storico giornalista scrittore scrittrice attivista cancelliere
        """
    ),
    title_modifiers=words(
        "ex nuovo nuova primo prima vice generale delegato delegata attuale futuro futura uscente"
    ),
    adjective_endings=tuple(
        """
        ale ali ile ili ico ica ici iche ese esi ano ana ani ane ario aria ista ino ina ato
        ata
        """.split()
    ),
    organization_words=words(
        """
        governo ministero procura partito comune regione camera senato parlamento
        commissione consiglio tribunale polizia carabinieri questura prefettura sindacato
        azienda società banca agenzia istituto fondazione associazione esecutivo maggioranza
        opposizione guardia corte procure ufficio
        """
    ),
    metonyms=words("Chigi Farnesina Viminale Quirinale Montecitorio Madama Bruxelles"),
    group_words=words(
        """
        esperti osservatori manifestanti residenti inquirenti investigatori cittadini
        sindacati analisti testimoni abitanti medici ricercatori attivisti
        """
    ),
    anonymous_words=words("fonti fonte ambienti"),
    anonymity_markers=(
        "vicine al dossier",
        "vicina al dossier",
        "vicine a",
        "vicine al",
        "vicine alla",
        "di governo",
        "qualificate",
        "anonimato",
        "beninformate",
        "investigative",
        "inquirenti",
        "diplomatiche",
    ),
    document_words=words(
        """
        rapporto comunicato nota documento lettera relazione studio sondaggio decreto
        sentenza dossier indagine
        """
    ),
    outlets=lines(
        """
        ANSA
        AGI
        Adnkronos
        LaPresse
        Corriere della Sera
        Corriere
        La Repubblica
        Repubblica
        La Stampa
        Il Sole 24 Ore
        Sole 24 Ore
        Il Messaggero
        Il Fatto Quotidiano
        Fatto Quotidiano
        Il Giornale
        Libero
        Avvenire
        Il Foglio
        Il Manifesto
        Rai
        Rai News
        RaiNews24
        Tg1
        Tg2
        Tg3
        TgLa7
        La7
        Mediaset
        Sky TG24
        Sky Tg24
        Il Post
        Fanpage
        Il Mattino
        Il Resto del Carlino
        La Nazione
        Il Tempo
        Il Secolo XIX
        Gazzetta dello Sport
        Reuters
        AFP
        """
    ),
    outlet_words=words("quotidiano giornale testata emittente settimanale"),
    indefinite_articles=words("un uno una un'"),
    kin_words=words("madre padre figlio figlia fratello sorella moglie marito vedova"),
    naming_words=words("cosiddetto cosiddetta cosiddetti cosiddette detto detta"),
    name_particles=words("di de da del della d'"),
    dialogue_dashes=True,
    incise_inside_quotes=True,
)
