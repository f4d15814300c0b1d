"""French (France, Belgium, Switzerland, Canada): the words of its attribution clauses.

The shapes these words make (invented examples): "« Nous ne céderons pas », a
déclaré le ministre." (the verb before its subject after a quotation); "« …
», dit-il.", "a-t-elle ajouté", "s'interroge-t-il" (the subject pronoun on
the verb); "« Le texte est prêt, assure la ministre. Il sera voté en juin. »"
(the incise inside the marks); "La ministre a déclaré : « … »"; "selon le
ministre", "d'après la préfecture", "selon elle", "à ses yeux"; "Pour la
syndicaliste, …"; "a-t-on appris de source proche du dossier"; "M. Lambert",
"Mme Dumesnil", "la secrétaire générale de la CGT".
"""

from __future__ import annotations

from ..calendar import WEEKDAYS
from ..lexicon import Lexicon, gendered, lines, numbered, phrases, words

_SINGULAR = """
    dit déclare affirme explique assure estime juge souligne ajoute précise confie indique
    argumente poursuit insiste lance tranche martèle rappelle répond raconte reconnaît
    reconnait dénonce regrette prévient avertit annonce admet observe note relève résume
    commente ironise plaide réclame demande critique accuse conclut écrit détaille
    insurge interroge inquiète félicite réjouit étonne déplore fustige
    salue témoigne analyse nuance assène avance glisse lâche soutient rétorque réplique
    confirme dément promet signale met_en_garde fait_savoir fait_valoir
    déclara affirma expliqua ajouta répondit lança conclut précisa assura souligna confia
    indiqua raconta poursuivit rappela martela nota insista
    disait expliquait affirmait assurait estimait ajoutait déclarait confiait racontait
    soulignait soupire s'agace s'emporte s'alarme s'indigne s'étonne s'inquiète se_félicite
    se_réjouit s'interroge s'insurge sourit explique-t-il résume avoue concède tempère
    s'exclame
"""
_PLURAL = """
    disent déclarent affirment expliquent assurent estiment jugent soulignent ajoutent
    précisent confient indiquent argumentent poursuivent insistent lancent martèlent
    rappellent répondent racontent reconnaissent dénoncent regrettent préviennent
    annoncent admettent observent notent relèvent commentent plaident réclament demandent
    critiquent accusent concluent écrivent détaillent déplorent fustigent saluent
    témoignent soutiennent rétorquent répliquent confirment démentent promettent
    signalent mettent_en_garde font_savoir font_valoir
"""

LEXICON = Lexicon(
    code="fr",
    name="French",
    detection_words=words(
        """
        les des est dans pour qui pas une sur par sont avec mais ont été cette aux du au
        elle il ils nous vous leur leurs très aussi comme même entre sans selon après depuis
        où ces sa lui être avait était déjà tout tous contre chez et qu deux trois ans
        """
    ),
    abbreviations="M MM Mme Mlle Mgr Me Dr Pr av apr St Ste env etc hab n° No".split(),
    speech_verbs=numbered(_SINGULAR, _PLURAL),
    participles=words(
        """
        dit déclaré affirmé expliqué assuré estimé jugé souligné ajouté précisé confié
        indiqué argumenté poursuivi insisté lancé tranché martelé rappelé répondu raconté
        reconnu dénoncé regretté prévenu averti annoncé admis observé noté relevé résumé
        commenté plaidé réclamé demandé critiqué accusé conclu écrit détaillé déploré
        fustigé salué témoigné assuré soutenu rétorqué répliqué confirmé démenti promis
        signalé appris répété glissé concédé avoué tempéré lâché résumé insisté ironisé
        """
    )
    | {"mis en garde", "fait savoir", "fait valoir"},
    auxiliaries=numbered("a avait aurait", "ont avaient auraient"),
    inversion=True,
    gerunds=words(
        "disant estimant ajoutant soulignant expliquant affirmant assurant jugeant rappelant"
        " précisant insistant dénonçant"
    ),
    object_cues=words("selon"),
    object_phrases=phrases(
        """
        d' après
        à en croire
        aux yeux de
        aux yeux du
        aux yeux des
        de l' avis de
        de l' avis du
        au dire de
        aux dires de
        """
    ),
    view_cues=words("pour"),
    possessive_cues={
        ("à", "ses", "yeux"): None,
        ("a", "ses", "yeux"): None,
        ("à", "son", "avis"): None,
        ("a", "son", "avis"): None,
        ("selon", "ses", "mots"): None,
        ("selon", "ses", "termes"): None,
        ("à", "l'", "en", "croire"): None,
    },
    impersonal_subjects=words("on"),
    source_prepositions=words("de auprès"),
    hearer_prepositions=words("à au aux sur"),
    elisions=words("l' d' qu' s' n' m' t' c' j' jusqu' lorsqu' puisqu' presqu'"),
    determiners=gendered(
        m="le un ce cet son du au",
        f="la une cette sa",
        p="les des ces ses leurs aux plusieurs certains certaines",
        x="l' leur",
    ),
    oblique_determiners=words("du au aux des"),
    prepositions=words(
        """
        de à en dans sur sous par pour avec sans chez vers contre entre depuis pendant
        selon avant après devant derrière parmi malgré auprès envers lors d' du au aux des
        """
    ),
    conjunctions=words("et ou mais donc car ni puis"),
    relatives=words("qui que qu' dont où lequel laquelle lesquels lesquelles"),
    clause_words=words(
        """
        est sont était étaient sera seront a ont avait avaient aura auront ne n' pas plus
        jamais que qu' si se s' y en lorsque quand comme parce puisque
        """
    ),
    adverbs=words(
        """
        également aussi notamment encore alors ensuite enfin déjà toutefois cependant
        pourtant néanmoins ainsi hier aujourd'hui aujourd’hui demain récemment
        souvent toujours volontiers longtemps publiquement franchement clairement simplement
        bien mal même surtout désormais auparavant finalement d'ailleurs d’ailleurs
        """
    )
    | WEEKDAYS,
    pronouns=gendered(m="il", f="elle", p="ils elles"),
    stressed_pronouns=gendered(m="lui", f="elle", p="eux elles"),
    possessives=words("ses son sa leur leurs"),
    clitics=words("lui leur nous vous me m' te t' se s' l' le la les y en"),
    reflexives=words("se s'"),
    honorifics=gendered(m="M. Monsieur", f="Mme Mme. Madame Mlle Mlle.", p="MM.", x="Me Dr Pr"),
    title_words=words(
        """
        ministre président présidente secrétaire porte-parole maire préfet préfète procureur
        procureure député députée sénateur sénatrice avocat avocate syndicaliste dirigeant
        dirigeante patron patronne chef cheffe directeur directrice responsable conseiller
        conseillère commissaire juge chancelier chancelière ambassadeur ambassadrice général
        générale colonel expert experte économiste analyste chercheur chercheuse professeur
        professeure politologue sociologue historien historienne délégué déléguée
        coordinateur coordinatrice élu élue candidat candidate leader fondateur fondatrice
        rapporteur rapporteure gouverneur gouverneure roi reine pape évêque
        présidente-directrice président-directeur médecin magistrat magistrate enquêteur
        enquêtrice militant militante militaire adjoint adjointe vice-président
        vice-présidente commandant capitaine journaliste auteur autrice écrivain
        """
    ),
    title_modifiers=words(
        "ancien ancienne nouveau nouvel nouvelle ex premier première adjoint adjointe"
        " général générale délégué déléguée actuel actuelle futur future"
    ),
    adjective_endings=tuple(
        """
        al ale aux ique aire ien ienne ais aise ois oise el elle if ive iste é ée in
        ine
        """.split()
    ),
    organization_words=words(
        """
        gouvernement ministère parquet syndicat parti assemblée sénat commission conseil
        préfecture police gendarmerie mairie tribunal cour justice armée entreprise société
        banque agence office institut fédération confédération association union mouvement
        ong exécutif opposition majorité ville région département état élysée direction
        """
    ),
    metonyms=words("Matignon Elysée Élysée Bercy Beauvau Quai Bruxelles"),
    group_words=words(
        """
        experts observateurs manifestants habitants responsables élus enquêteurs analystes
        opposants critiques riverains témoins proches salariés syndicats médecins
        chercheurs militants
        """
    ),
    anonymous_words=words("source sources proche proches entourage"),
    anonymity_markers=(
        "proche du dossier",
        "proches du dossier",
        "sous couvert d'anonymat",
        "sous couvert d’anonymat",
        "sous couvert de l'anonymat",
        "sous couvert de l’anonymat",
        "sous le couvert de l'anonymat",
        "requis l'anonymat",
        "requis l’anonymat",
        "source proche",
        "sources proches",
        "source policière",
        "source judiciaire",
        "source gouvernementale",
        "sources concordantes",
        "source diplomatique",
        "source sécuritaire",
    ),
    document_words=words(
        """
        rapport communiqué étude document note lettre courrier texte projet décret arrêt
        jugement sondage récit bilan dossier avis
        """
    ),
    outlets=lines(
        """
        AFP
        Agence France-Presse
        Le Monde
        Libération
        Le Figaro
        Le Parisien
        franceinfo
        France Info
        France Inter
        France 2
        France 3
        France 24
        TF1
        BFMTV
        BFM TV
        LCI
        RTL
        Europe 1
        Mediapart
        L'Express
        L’Express
        Le Point
        L'Obs
        L’Obs
        Les Echos
        Les Échos
        La Tribune
        Ouest-France
        Le Journal du Dimanche
        JDD
        Le Canard enchaîné
        20 Minutes
        Le Temps
        La Libre Belgique
        Le Soir
        RTS
        RTBF
        Radio-Canada
        La Presse
        Le Devoir
        Sud Ouest
        La Croix
        L'Humanité
        L’Humanité
        Marianne
        Courrier international
        RFI
        Arte
        Reuters
        AP
        """
    ),
    outlet_words=words("journal quotidien hebdomadaire magazine radio télévision chaîne"),
    indefinite_articles=words("un une"),
    kin_words=words("mère père fils fille frère sœur soeur épouse mari veuve veuf"),
    naming_words=words("dit dite dits dites surnommé surnommée baptisé baptisée intitulé"),
    name_particles=words("de d' du des la le"),
    dialogue_dashes=True,
    incise_inside_quotes=True,
)
