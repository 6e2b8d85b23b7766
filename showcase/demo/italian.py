"""The Italian of the two models translated into every language, recorded against their French.

The models were written in French, German and English (`both`, `para`); their Italian came later,
like the sectors' (`SECTOR_TRANSLATIONS_IT`); the loader records it before translating.
"""

MODEL_TRANSLATIONS_IT = {
    # Shared by the models
    "%": "%",
    "MWh": "MWh",
    "Chiffre d'exemple, inventé pour illustrer le modèle": "Cifra d'esempio, inventata per illustrare il modello",
    "tonnes": "tonnellate",
    "Le canevas du modèle, en texte": "Il canvas del modello, in formato testo",
    "Les neuf blocs du canevas, à reprendre pour votre projet.": (
        "I nove blocchi del canvas, da riprendere per il vostro progetto."
    ),
    # A network of repair cafés
    "Un réseau de repair cafés": "Una rete di repair café",
    "Des rencontres mensuelles où des bénévoles aident les habitants à réparer leurs objets, coordonnées par "
    "un petit réseau qui forme les équipes, assure le matériel et mesure ce qui est sauvé.": (
        "Incontri mensili in cui dei volontari aiutano gli abitanti a riparare i propri oggetti, coordinati da "
        "una piccola rete che forma le squadre, assicura il materiale e misura ciò che viene salvato."
    ),
    "Réseau Répare-Ensemble": "Rete Répare-Ensemble",
    "Neuchâtel": "Neuchâtel",
    "Association": "Associazione",
    "1 coordinatrice à mi-temps et 120 bénévoles": "1 coordinatrice a metà tempo e 120 volontari",
    "Faire durer les objets, partager les savoir-faire, créer du lien.": (
        "Far durare gli oggetti, condividere le competenze, creare legami."
    ),
    "Une région de petites villes et de villages où les réparateurs professionnels ont presque disparu.": (
        "Una regione di piccole città e villaggi dove i riparatori professionisti sono quasi scomparsi."
    ),
    "Des appareils réparables sont jetés faute de savoir-faire ou d'un lieu pour les réparer.": (
        "Apparecchi riparabili vengono buttati per mancanza di competenze o di un luogo dove ripararli."
    ),
    "Habitants de tous âges, bénévoles réparateurs, communes soucieuses de réduire leurs déchets.": (
        "Abitanti di tutte le età, volontari riparatori, comuni che vogliono ridurre i propri rifiuti."
    ),
    "Calendrier commun des rencontres, affiches dans les communes, presse locale, site du réseau.": (
        "Calendario comune degli incontri, manifesti nei comuni, stampa locale, sito della rete."
    ),
    "Douze lieux de réparation ouverts une fois par mois, formation des bénévoles, prêt d'outillage.": (
        "Dodici luoghi di riparazione aperti una volta al mese, formazione dei volontari, prestito di attrezzi."
    ),
    "Salles prêtées par les communes, outillage partagé, assurance collective, cotisations et dons.": (
        "Sale messe a disposizione dai comuni, attrezzi condivisi, assicurazione collettiva, quote sociali e donazioni."
    ),
    "Objets apportés, taux de réussite des réparations, kilos de déchets évités, nombre de bénévoles.": (
        "Oggetti portati, tasso di riuscita delle riparazioni, chili di rifiuti evitati, numero di volontari."
    ),
    "Communes, commerces de pièces détachées, écoles professionnelles, autres repair cafés.": (
        "Comuni, negozi di pezzi di ricambio, scuole professionali, altri repair café."
    ),
    "Les réparations sont gratuites ; une tirelire reçoit les dons. Les communes versent une contribution par "
    "rencontre accueillie, qui finance la coordination et l'assurance.": (
        "Le riparazioni sono gratuite; un salvadanaio raccoglie le offerte. I comuni versano un contributo per "
        "ogni incontro ospitato, che finanzia il coordinamento e l'assicurazione."
    ),
    "Réparer avec la personne, pas à sa place ; des règles de sécurité communes ; la mesure de ce qui est réparé.": (
        "Riparare insieme alla persona, non al suo posto; regole di sicurezza comuni; la misura di ciò che viene "
        "riparato."
    ),
    "Le rythme des rencontres, les types d'objets acceptés et le financement de la coordination.": (
        "La frequenza degli incontri, i tipi di oggetti accettati e il finanziamento del coordinamento."
    ),
    "« Un réseau de repair cafés », Réseau Répare-Ensemble (exemple fictif), via Social Business Models, "
    "CC BY-SA 4.0": (
        "«Una rete di repair café», Rete Répare-Ensemble (esempio fittizio), tramite Social Business Models, "
        "CC BY-SA 4.0"
    ),
    "Objets apportés": "Oggetti portati",
    "objets": "oggetti",
    "Réparations réussies": "Riparazioni riuscite",
    "Déchets évités": "Rifiuti evitati",
    "Une salle gratuite ou bon marché, une fois par mois": "Una sala gratuita o a buon mercato, una volta al mese",
    "Demandez à la commune, à une paroisse ou à une école.": "Chiedete al comune, a una parrocchia o a una scuola.",
    "Au moins six bénévoles réparateurs": "Almeno sei volontari riparatori",
    "Les retraités des métiers techniques sont souvent partants ; affichez un appel.": (
        "I pensionati delle professioni tecniche sono spesso disponibili; affiggete un appello."
    ),
    "Une assurance responsabilité civile pour les rencontres": "Un'assicurazione di responsabilità civile per gli incontri",
    "Un réseau existant peut vous inclure dans sa police collective.": (
        "Una rete esistente può includervi nella sua polizza collettiva."
    ),
    "Pour poser le modèle du réseau.": "Per delineare il modello della rete.",
    "Pour écrire la charte des bénévoles.": "Per scrivere la carta dei volontari.",
    # A community energy cooperative
    "Une coopérative d'énergie citoyenne": "Una cooperativa energetica dei cittadini",
    "Des habitants achètent des parts pour poser des panneaux solaires sur des toits loués à la commune et à "
    "des entreprises, et vendent l'électricité produite au réseau et aux occupants.": (
        "Gli abitanti acquistano quote per installare pannelli solari su tetti affittati dal comune e da "
        "aziende, e vendono l'elettricità prodotta alla rete e a chi occupa gli edifici."
    ),
    "Coopérative Soleil Commun": "Cooperativa Soleil Commun",
    "Fribourg": "Friburgo",
    "Société coopérative": "Società cooperativa",
    "2 salariés et 850 coopératrices et coopérateurs": "2 dipendenti e 850 socie e soci cooperatori",
    "Une énergie renouvelable, locale et gouvernée par celles et ceux qui l'utilisent.": (
        "Un'energia rinnovabile, locale e governata da chi la usa."
    ),
    "Une région rurale avec de grands toits agricoles et communaux bien exposés.": (
        "Una regione rurale con grandi tetti agricoli e comunali ben esposti."
    ),
    "Les habitants veulent agir pour le climat mais n'ont pas de toit propre ou de capital suffisant.": (
        "Gli abitanti vogliono agire per il clima ma non hanno un tetto proprio o un capitale sufficiente."
    ),
    "Habitants qui deviennent coopérateurs, propriétaires de toits, consommateurs d'électricité locale.": (
        "Abitanti che diventano soci cooperatori, proprietari di tetti, consumatori di elettricità locale."
    ),
    "Soirées d'information, assemblée générale annuelle, visites des installations, lettre d'information.": (
        "Serate informative, assemblea generale annuale, visite agli impianti, newsletter."
    ),
    "Des installations solaires, la vente d'électricité verte, des parts sociales à partir de 500 francs.": (
        "Impianti solari, la vendita di elettricità verde, quote sociali a partire da 500 franchi."
    ),
    "Le capital des parts, un prêt bancaire, des contrats de location de toits, des subventions.": (
        "Il capitale delle quote, un prestito bancario, contratti di locazione dei tetti, sussidi."
    ),
    "Électricité produite, émissions évitées, nombre de coopérateurs, part de la production consommée sur place.": (
        "Elettricità prodotta, emissioni evitate, numero di soci cooperatori, quota della produzione consumata "
        "sul posto."
    ),
    "Communes, agriculteurs, installateurs locaux, gestionnaire de réseau, banque alternative.": (
        "Comuni, agricoltori, installatori locali, gestore di rete, banca alternativa."
    ),
    "La vente d'électricité rembourse le prêt et rémunère les parts à un taux modeste plafonné par les "
    "statuts ; l'excédent finance de nouvelles installations.": (
        "La vendita di elettricità rimborsa il prestito e remunera le quote a un tasso modesto, limitato dagli "
        "statuti; l'eccedenza finanzia nuovi impianti."
    ),
    "Une personne, une voix à l'assemblée générale, quelle que soit la part détenue ; une rémunération du "
    "capital plafonnée.": (
        "Una persona, un voto all'assemblea generale, qualunque sia la quota detenuta; una remunerazione del "
        "capitale limitata."
    ),
    "La technologie (solaire, éolien, bois), le montant des parts et les tarifs selon le marché local de "
    "l'électricité.": (
        "La tecnologia (solare, eolico, legno), l'importo delle quote e le tariffe secondo il mercato locale "
        "dell'elettricità."
    ),
    "« Une coopérative d'énergie citoyenne », Coopérative Soleil Commun (exemple fictif), via Social Business "
    "Models, CC BY 4.0": (
        "«Una cooperativa energetica dei cittadini», Cooperativa Soleil Commun (esempio fittizio), tramite Social "
        "Business Models, CC BY 4.0"
    ),
    "Électricité produite": "Elettricità prodotta",
    "Coopératrices et coopérateurs": "Socie e soci cooperatori",
    "personnes": "persone",
    "Émissions de CO₂ évitées": "Emissioni di CO₂ evitate",
    "Un groupe fondateur d'au moins sept personnes": "Un gruppo fondatore di almeno sette persone",
    "Le droit suisse demande sept membres pour fonder une coopérative ; vérifiez le droit de votre pays.": (
        "Il diritto svizzero richiede sette soci per fondare una cooperativa; verificate il diritto del vostro paese."
    ),
    "Un premier toit disponible pour vingt ans": "Un primo tetto disponibile per vent'anni",
    "Commencez par un bâtiment communal : la commune est souvent un partenaire stable.": (
        "Cominciate da un edificio comunale: il comune è spesso un partner stabile."
    ),
    "Un contrat de reprise de l'électricité": "Un contratto di ritiro dell'elettricità",
    "Discutez tôt avec le gestionnaire de réseau local.": "Parlatene per tempo con il gestore della rete locale.",
    "Des statuts de coopérative relus par un juriste": "Statuti di cooperativa riletti da un giurista",
    "Les faîtières de l'économie sociale et solidaire proposent des modèles de statuts.": (
        "Le organizzazioni mantello dell'economia sociale e solidale propongono modelli di statuti."
    ),
    "Pour le plan d'affaires.": "Per il business plan.",
    "Pour choisir la forme coopérative.": "Per scegliere la forma cooperativa.",
    "Pour analyser le marché de l'électricité.": "Per analizzare il mercato dell'elettricità.",
}
