"""Spanish (Spain, Latin America): the words of its attribution clauses.

The shapes these words make (invented examples): "«No vamos a ceder», dijo el
ministro." (the verb before its subject after a quotation); "«…», ha
asegurado la portavoz."; "«…», añadió." (no subject: the last person);
"Aseguró que …"; "le dijo a la prensa" (a clitic before the verb);
"explicó a este diario el alcalde" (the hearer between the verb and its
subject); "según el ministro", "según ella", "según explicó el ministro", "de
acuerdo con", "en palabras de", "a juicio de"; "Para la ministra, …";
"fuentes del Gobierno", "fuentes cercanas a la investigación"; "el
presidente del Gobierno, Andrés Molina,"; "—No vamos a ceder —dijo el
ministro—. Habrá negociación." (the dialogue dash).
"""

from __future__ import annotations

from ..calendar import WEEKDAYS
from ..lexicon import Lexicon, gendered, lines, numbered, phrases, words

_SINGULAR = """
    dice afirma explica asegura señala indica añade agrega subraya apunta sostiene advierte
    reconoce declara manifiesta destaca insiste comenta precisa recuerda responde denuncia
    critica anuncia confirma admite defiende reclama pide cuenta relata expresa asevera
    concluye detalla remarca replica escribe lamenta aclara puntualiza enfatiza insta
    niega promete garantiza avisa ironiza zanja
    dijo afirmó explicó aseguró señaló indicó añadió agregó subrayó apuntó sostuvo advirtió
    reconoció declaró manifestó destacó insistió comentó precisó recordó respondió
    denunció criticó anunció confirmó admitió defendió reclamó pidió contó relató expresó
    aseveró concluyó detalló remarcó replicó escribió puntualizó aclaró enfatizó lamentó
    negó prometió garantizó avisó ironizó zanjó
    decía explicaba aseguraba afirmaba
    considera consideró opina opinó estima estimó cree creyó
"""
_PLURAL = """
    dicen afirman explican aseguran señalan indican añaden agregan subrayan apuntan
    sostienen advierten reconocen declaran manifiestan destacan insisten comentan precisan
    recuerdan responden denuncian critican anuncian confirman admiten defienden reclaman
    piden cuentan relatan expresan concluyen detallan replican escriben lamentan aclaran
    niegan informan consideran opinan estiman creen
    dijeron afirmaron explicaron aseguraron señalaron indicaron añadieron agregaron
    subrayaron apuntaron sostuvieron advirtieron reconocieron declararon manifestaron
    destacaron insistieron comentaron precisaron recordaron respondieron denunciaron
    criticaron anunciaron confirmaron admitieron informaron
"""

LEXICON = Lexicon(
    code="es",
    name="Spanish",
    detection_words=words(
        """
        los las del para fue está por pero más sus también sobre este esta entre desde hasta
        muy ya han cuando donde había tiene ser sido según así porque ese esa eso otros otras
        puede después aunque hace ni nos todos dijo y años dos tres una el
        """
    ),
    abbreviations=(
        "Sr Sra Srta Sres Dña Dr Dra Ud Uds núm Núm pág etc aprox Av Avda Excmo Excma Ilmo Lic Ing"
    ).split(),
    speech_verbs=numbered(_SINGULAR, _PLURAL),
    participles=words(
        """
        dicho afirmado explicado asegurado señalado indicado añadido agregado subrayado
        apuntado sostenido advertido reconocido declarado manifestado destacado insistido
        comentado precisado recordado respondido denunciado criticado anunciado confirmado
        admitido defendido reclamado pedido contado relatado expresado aseverado concluido
        detallado replicado escrito aclarado puntualizado informado lamentado negado
        prometido garantizado avisado enfatizado
        """
    ),
    auxiliaries=numbered("ha había habría", "han habían habrían"),
    gerunds=words("diciendo añadiendo explicando subrayando asegurando afirmando recordando"),
    object_cues=words("según"),
    object_phrases=phrases(
        """
        de acuerdo con
        en palabras de
        en palabras del
        a juicio de
        a juicio del
        en opinión de
        en opinión del
        a decir de
        a decir del
        en declaraciones de
        """
    ),
    view_cues=words("para"),
    possessive_cues={
        ("a", "su", "juicio"): None,
        ("en", "su", "opinión"): None,
        ("a", "su", "entender"): None,
        ("en", "sus", "palabras"): None,
        ("según", "él"): "m",
        ("según", "ella"): "f",
        ("según", "ellos"): "p",
        ("según", "ellas"): "p",
    },
    impersonal_subjects=words("se"),
    source_prepositions=words("de desde por"),
    hearer_prepositions=words("a al"),
    pro_drop=True,
    determiners=gendered(
        m="el un del al este ese aquel su",
        f="la una esta esa aquella",
        p="los las unos unas estos estas esos esas sus varios varias algunos algunas",
    ),
    oblique_determiners=words("del al"),
    prepositions=words(
        """
        de a en con por para sin sobre entre hacia hasta desde contra según tras ante bajo
        durante mediante del al
        """
    ),
    conjunctions=words("y e o u pero sino ni aunque"),
    relatives=words("que quien quienes cual cuales cuyo cuya donde"),
    clause_words=words(
        """
        es son era eran será serán ha han había habían no que se si cuando mientras porque
        como ya
        """
    ),
    adverbs=words(
        """
        también además luego después ya finalmente asimismo incluso ayer hoy mañana
        recientemente siempre públicamente claramente entonces todavía aún
        """
    )
    | WEEKDAYS,
    pronouns=gendered(m="él", f="ella", p="ellos ellas"),
    stressed_pronouns=gendered(m="él", f="ella", p="ellos ellas"),
    possessives=words("su sus"),
    clitics=words("le les me nos se lo la los las te os"),
    reflexives=words("se"),
    honorifics=gendered(m="Sr. don D.", f="Sra. Srta. doña Dña.", x="Dr. Dra."),
    title_words=words(
        """
        presidente presidenta ministro ministra alcalde alcaldesa portavoz líder consejero
        consejera fiscal juez jueza secretario secretaria diputado diputada senador senadora
        delegado delegada director directora jefe jefa gobernador gobernadora vicepresidente
        vicepresidenta experto experta analista economista abogado abogada investigador
        investigadora catedrático catedrática profesor profesora embajador embajadora general
        coronel comisario comisaria candidato candidata coordinador coordinadora fundador
        fundadora responsable dirigente rey reina papa obispo entrenador conseller president
        consellera médico médica periodista escritor escritora activista canciller
        comandante capitán politólogo politóloga sociólogo socióloga historiador
        historiadora
        """
    ),
    title_modifiers=words(
        "ex nuevo nueva primer primera primero vice general adjunto adjunta actual futuro"
        " futura segundo segunda tercera tercer"
    ),
    adjective_endings=tuple(
        """
        al ales il iles ico ica icos icas és esa ano ana ario aria ista ino ina ado ada
        """.split()
    ),
    organization_words=words(
        """
        gobierno ministerio fiscalía partido ayuntamiento congreso senado parlamento
        comisión consejo tribunal policía guardia ejército empresa sociedad banco agencia
        instituto fundación asociación sindicato junta generalitat xunta ejecutivo oposición
        audiencia oficina consejería
        """
    ),
    metonyms=words("Moncloa Génova Ferraz Zarzuela Bruselas"),
    group_words=words(
        """
        expertos observadores manifestantes vecinos investigadores analistas sindicatos
        ciudadanos testigos médicos activistas
        """
    ),
    anonymous_words=words("fuentes fuente"),
    anonymity_markers=(
        "cercanas a",
        "cercanas al",
        "próximas a",
        "próximas al",
        "consultadas por",
        "policiales",
        "judiciales",
        "gubernamentales",
        "diplomáticas",
        "condición de anonimato",
        "no ser identificad",
    ),
    document_words=words(
        """
        informe comunicado nota documento carta estudio encuesta sondeo decreto sentencia
        auto resolución
        """
    ),
    outlets=lines(
        """
        EFE
        Europa Press
        El País
        El Mundo
        ABC
        La Vanguardia
        El Periódico
        RTVE
        TVE
        RNE
        Cadena SER
        SER
        COPE
        Onda Cero
        laSexta
        La Sexta
        Antena 3
        Telecinco
        Cuatro
        elDiario.es
        El Confidencial
        Público
        20minutos
        El Español
        La Razón
        El Correo
        La Voz de Galicia
        Clarín
        La Nación
        Infobae
        El Universal
        Reforma
        Milenio
        El Tiempo
        El Comercio
        La Tercera
        El Mercurio
        Telemundo
        Univision
        Reuters
        AFP
        """
    ),
    outlet_words=words("diario periódico cadena emisora rotativo semanario"),
    indefinite_articles=words("un una unos unas"),
    kin_words=words("madre padre hijo hija hermano hermana esposa esposo marido viuda"),
    naming_words=words("llamado llamada denominado denominada apodado apodada"),
    name_particles=words("de del la los y"),
    dialogue_dashes=True,
)
