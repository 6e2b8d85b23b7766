"""Five open models of kinds that exist, shared by fictional organisations, with figures given as examples.

No organisation here is real and no figure is a measurement: every page says so. The kinds of
model (social grocery, work-integration enterprise, repair café network, community energy
cooperative, fair-trade shop) and the way they work are those found in the field.
"""

from .texts import both, para, rich, t

# Units written the same in every language still need a translation for wagtail-localize.
PERCENT = both("%", "%", "%")
MEGAWATT_HOURS = both("MWh", "MWh", "MWh")

EXAMPLE_SOURCE = both(
    "Chiffre d'exemple, inventé pour illustrer le modèle",
    "Beispielzahl, zur Veranschaulichung erfunden",
    "Example figure, invented to illustrate the model",
)

SECTORS = [
    ("alimentation", both("Alimentation", "Ernährung", "Food")),
    ("insertion", both("Insertion professionnelle", "Berufliche Integration", "Work integration")),
    ("reparation-reemploi", both("Réparation et réemploi", "Reparatur und Wiederverwendung", "Repair and reuse")),
    ("energie", both("Énergie", "Energie", "Energy")),
    ("commerce-equitable", both("Commerce équitable", "Fairer Handel", "Fair trade")),
]
SECTOR_TRANSLATIONS_IT = {
    "Alimentation": "Alimentazione",
    "Insertion professionnelle": "Inserimento professionale",
    "Réparation et réemploi": "Riparazione e riutilizzo",
    "Énergie": "Energia",
    "Commerce équitable": "Commercio equo",
}
for french, italian in SECTOR_TRANSLATIONS_IT.items():
    t(french, it=italian)

# Tools are looked up by slug in the French tool library; the first slug found is used.
CANVAS_TOOL = ("canevas-modele-affaires-social", "canevas-de-modele-daffaires-social")
PROBLEM_TREE = ("arbre-de-problemes",)
PESTEL = ("analyse-pestel", "analyse-du-contexte-pestel")
VALUES_CANVAS = ("canevas-des-valeurs",)
CSR_CANVAS = ("canevas-rse", "canevas-de-la-rse")
GOVERNANCE = ("repositionnement-strategique-09-diagnostic-de-la-gouvernance",)
STAKEHOLDER_MAP = ("carte-des-parties-prenantes",)
THEORY_OF_CHANGE = ("theorie-du-changement",)
SROI = ("sroi-retour-social-sur-investissement",)


SOCIAL_GROCERY = {
    "slug": "epicerie-solidaire",
    "title": "Une épicerie solidaire de quartier",
    "intro": rich(
        "Une épicerie où les ménages à petit budget achètent des produits de qualité à prix réduit, et où "
        "tout le monde peut faire ses courses au prix normal : la mixité fait vivre le lieu."
    ),
    "organisation_name": "Épicerie solidaire Les Tilleuls",
    "country": "CH",
    "region": "Vaud",
    "sector": "alimentation",
    "legal_form": "Association",
    "founded": 2016,
    "size": "1-9",
    "size_note": "3 salariés et 35 bénévoles",
    "canvas": {
        "values": "Dignité des personnes, lutte contre le gaspillage, mixité sociale.",
        "where": "Un quartier urbain où vivent beaucoup de familles monoparentales et de retraités à faible revenu, "
        "loin des grandes surfaces à bas prix.",
        "why": "Des ménages renoncent à des produits frais faute de moyens, tandis que des invendus encore bons "
        "sont jetés. L'aide alimentaire classique est vécue comme stigmatisante.",
        "who": "Ménages orientés par les services sociaux (accès au tarif réduit), habitants du quartier (tarif "
        "normal), bénévoles.",
        "through_what": "Orientation par les services sociaux, bouche-à-oreille, vitrine sur rue, fête de quartier "
        "annuelle.",
        "what": "Produits frais et d'épicerie à prix réduit de 30 à 70 %, ateliers cuisine, espace café.",
        "with_what": "Un local de 120 m², une chambre froide, des dons de producteurs et de commerces, des "
        "subventions communales, le chiffre d'affaires des ventes.",
        "verifiable": "Nombre de ménages servis, part de produits frais, tonnes d'invendus sauvés, satisfaction "
        "mesurée chaque année.",
        "with_whom": "Services sociaux, commune, producteurs locaux, commerces donateurs, banque alimentaire "
        "régionale.",
    },
    "revenue_model": rich(
        "Environ la moitié des recettes vient des ventes (tarif réduit et tarif normal), le reste de subventions "
        "communales et de dons. Les achats au tarif normal compensent une partie des réductions."
    ),
    "essentials": rich(
        "Le double tarif ouvert à tous, l'orientation par des services sociaux et un approvisionnement en "
        "invendus régulier."
    ),
    "adaptable": rich(
        "La taille du local, la part de produits frais, les ateliers proposés et la façon de financer les réductions."
    ),
    "licence": "CC-BY-SA-4.0",
    "attribution": "« Une épicerie solidaire de quartier », Épicerie solidaire Les Tilleuls (exemple fictif), "
    "via Social Business Models, CC BY-SA 4.0",
    "figures": [
        ("Ménages servis au tarif réduit", 240, "ménages", 2024),
        ("Invendus sauvés du gaspillage", 38, "tonnes", 2024),
        ("Part des ventes au tarif normal", 42, "%", 2024),
    ],
    "prerequisites": [
        (
            "Un accord avec au moins un service social qui oriente les ménages",
            "Présentez le projet aux services sociaux de la commune avant d'ouvrir.",
        ),
        (
            "Un local accessible avec une chambre froide",
            "Cherchez un local communal ou partagé ; une chambre froide d'occasion suffit pour commencer.",
        ),
        (
            "Des fournisseurs d'invendus réguliers",
            "Contactez les commerces du quartier et la banque alimentaire régionale.",
        ),
        (
            "Une équipe d'au moins quinze bénévoles",
            "Faites appel aux associations de quartier et aux habitants lors d'une séance publique.",
        ),
    ],
    "tools": [
        (CANVAS_TOOL, "Pour décrire le modèle à la commune."),
        (PROBLEM_TREE, ""),
        (THEORY_OF_CHANGE, "Pour relier les ateliers cuisine aux effets attendus."),
    ],
}

WORK_INTEGRATION = {
    "slug": "entreprise-dinsertion-textile",
    "title": "Une entreprise d'insertion dans la collecte et le tri textile",
    "intro": rich(
        "Une entreprise qui collecte, trie et revend des vêtements de seconde main, en employant des personnes "
        "éloignées de l'emploi pendant un parcours de deux ans."
    ),
    "organisation_name": "Atelier Tremplin",
    "country": "FR",
    "region": "Auvergne-Rhône-Alpes",
    "sector": "insertion",
    "legal_form": "SARL agréée entreprise d'insertion",
    "founded": 2009,
    "size": "10-49",
    "size_note": "8 permanents et 30 salariés en insertion",
    "canvas": {
        "values": "Chacun a droit à un travail qui a du sens ; rien ne se perd.",
        "where": "Une agglomération de taille moyenne avec un chômage de longue durée élevé et des conteneurs à "
        "textile sous-exploités.",
        "why": "Des personnes sans emploi depuis longtemps manquent d'expérience récente ; des tonnes de textiles "
        "finissent incinérées.",
        "who": "Personnes en insertion, clientèle des boutiques de seconde main, collectivités qui gèrent les déchets.",
        "through_what": "Prescripteurs de l'emploi, deux boutiques, vente en ligne, conventions avec les "
        "collectivités.",
        "what": "Collecte, tri, vente de vêtements, revente des textiles non portables au recyclage ; "
        "accompagnement socioprofessionnel.",
        "with_what": "Un entrepôt de tri, deux camionnettes, des aides au poste, le chiffre d'affaires des boutiques.",
        "verifiable": "Taux de sortie vers l'emploi ou la formation, tonnes collectées, part réemployée.",
        "with_whom": "Services de l'emploi, collectivités, filières de recyclage, entreprises qui recrutent.",
    },
    "revenue_model": rich(
        "Les ventes en boutique et au recyclage couvrent environ 60 % des charges ; les aides au poste "
        "d'insertion et les conventions de collecte couvrent le reste."
    ),
    "essentials": rich("L'accompagnement individuel de chaque salarié en insertion et une activité marchande réelle."),
    "adaptable": rich("Le type de textiles, le nombre de boutiques et la durée des parcours selon le droit local."),
    "licence": "CC-BY-4.0",
    "attribution": "« Une entreprise d'insertion dans la collecte et le tri textile », Atelier Tremplin (exemple "
    "fictif), via Social Business Models, CC BY 4.0",
    "figures": [
        ("Salariés en parcours d'insertion", 30, "personnes", 2024),
        ("Sorties vers l'emploi ou la formation", 58, "%", 2024),
        ("Textiles collectés", 620, "tonnes", 2024),
    ],
    "prerequisites": [
        (
            "Un agrément ou une reconnaissance d'entreprise d'insertion",
            "Renseignez-vous auprès des services de l'emploi sur la procédure de votre pays ou canton.",
        ),
        (
            "Un entrepôt de tri d'au moins 500 m²",
            "Les collectivités disposent souvent de halles inutilisées.",
        ),
        (
            "Une personne formée à l'accompagnement socioprofessionnel",
            "Prévoyez ce poste dès le départ : il ne peut pas être bénévole.",
        ),
    ],
    "tools": [
        (CANVAS_TOOL, ""),
        (STAKEHOLDER_MAP, "Pour cartographier les prescripteurs."),
        (SROI, "Pour chiffrer la valeur sociale auprès des collectivités."),
    ],
}

REPAIR_CAFES = {
    "slug": "reseau-de-repair-cafes",
    "slugs": {"de": "netzwerk-von-repair-cafes", "it": "rete-di-repair-cafe", "en": "repair-cafe-network"},
    "title": both(
        "Un réseau de repair cafés",
        "Ein Netzwerk von Repair-Cafés",
        "A network of repair cafés",
    ),
    "intro": rich(
        para(
            "Des rencontres mensuelles où des bénévoles aident les habitants à réparer leurs objets, coordonnées "
            "par un petit réseau qui forme les équipes, assure le matériel et mesure ce qui est sauvé.",
            "Monatliche Treffen, an denen Freiwillige den Menschen helfen, ihre Gegenstände zu reparieren, "
            "koordiniert von einem kleinen Netzwerk, das die Teams schult, das Material versichert und misst, "
            "was gerettet wird.",
            "Monthly gatherings where volunteers help people repair their belongings, coordinated by a small "
            "network that trains the teams, insures the equipment and measures what is saved.",
        )
    ),
    "organisation_name": both("Réseau Répare-Ensemble", "Netzwerk Répare-Ensemble", "Répare-Ensemble network"),
    "country": "CH",
    "region": both("Neuchâtel", "Neuenburg", "Neuchâtel"),
    "sector": "reparation-reemploi",
    "legal_form": both("Association", "Verein", "Association"),
    "founded": 2014,
    "size": "1-9",
    "size_note": both(
        "1 coordinatrice à mi-temps et 120 bénévoles",
        "1 Koordinatorin in Teilzeit und 120 Freiwillige",
        "1 part-time coordinator and 120 volunteers",
    ),
    "canvas": {
        "values": both(
            "Faire durer les objets, partager les savoir-faire, créer du lien.",
            "Dinge länger nutzen, Wissen teilen, Beziehungen schaffen.",
            "Make things last, share know-how, bring people together.",
        ),
        "where": both(
            "Une région de petites villes et de villages où les réparateurs professionnels ont presque disparu.",
            "Eine Region mit Kleinstädten und Dörfern, in der es kaum noch Reparaturbetriebe gibt.",
            "A region of small towns and villages where professional repairers have almost disappeared.",
        ),
        "why": both(
            "Des appareils réparables sont jetés faute de savoir-faire ou d'un lieu pour les réparer.",
            "Reparierbare Geräte werden weggeworfen, weil Wissen oder ein Ort zum Reparieren fehlen.",
            "Repairable appliances are thrown away for lack of know-how or a place to repair them.",
        ),
        "who": both(
            "Habitants de tous âges, bénévoles réparateurs, communes soucieuses de réduire leurs déchets.",
            "Menschen jeden Alters, freiwillige Reparateure, Gemeinden, die ihren Abfall verringern wollen.",
            "Residents of all ages, volunteer repairers, municipalities that want to reduce their waste.",
        ),
        "through_what": both(
            "Calendrier commun des rencontres, affiches dans les communes, presse locale, site du réseau.",
            "Gemeinsamer Veranstaltungskalender, Plakate in den Gemeinden, Lokalpresse, Website des Netzwerks.",
            "A shared calendar of gatherings, posters in the municipalities, local press, the network's website.",
        ),
        "what": both(
            "Douze lieux de réparation ouverts une fois par mois, formation des bénévoles, prêt d'outillage.",
            "Zwölf Reparaturorte, einmal im Monat geöffnet, Schulung der Freiwilligen, Werkzeugverleih.",
            "Twelve repair venues open once a month, training for volunteers, tool lending.",
        ),
        "with_what": both(
            "Salles prêtées par les communes, outillage partagé, assurance collective, cotisations et dons.",
            "Von den Gemeinden geliehene Räume, geteiltes Werkzeug, Sammelversicherung, Beiträge und Spenden.",
            "Rooms lent by the municipalities, shared tools, collective insurance, membership fees and donations.",
        ),
        "verifiable": both(
            "Objets apportés, taux de réussite des réparations, kilos de déchets évités, nombre de bénévoles.",
            "Gebrachte Gegenstände, Erfolgsquote der Reparaturen, vermiedene Kilo Abfall, Zahl der Freiwilligen.",
            "Items brought in, repair success rate, kilos of waste avoided, number of volunteers.",
        ),
        "with_whom": both(
            "Communes, commerces de pièces détachées, écoles professionnelles, autres repair cafés.",
            "Gemeinden, Ersatzteilhändler, Berufsschulen, andere Repair-Cafés.",
            "Municipalities, spare-parts shops, vocational schools, other repair cafés.",
        ),
    },
    "revenue_model": rich(
        para(
            "Les réparations sont gratuites ; une tirelire reçoit les dons. Les communes versent une contribution "
            "par rencontre accueillie, qui finance la coordination et l'assurance.",
            "Die Reparaturen sind kostenlos; ein Sparschwein nimmt Spenden entgegen. Die Gemeinden zahlen pro "
            "Treffen einen Beitrag, der die Koordination und die Versicherung finanziert.",
            "Repairs are free; a donation box takes contributions. Municipalities pay a fee per gathering they "
            "host, which funds coordination and insurance.",
        )
    ),
    "essentials": rich(
        para(
            "Réparer avec la personne, pas à sa place ; des règles de sécurité communes ; la mesure de ce qui "
            "est réparé.",
            "Mit der Person reparieren, nicht an ihrer Stelle; gemeinsame Sicherheitsregeln; die Erfassung "
            "dessen, was repariert wird.",
            "Repair with the person, not for them; shared safety rules; recording what is repaired.",
        )
    ),
    "adaptable": rich(
        para(
            "Le rythme des rencontres, les types d'objets acceptés et le financement de la coordination.",
            "Der Rhythmus der Treffen, die angenommenen Gegenstände und die Finanzierung der Koordination.",
            "How often gatherings take place, the kinds of items accepted and how coordination is funded.",
        )
    ),
    "licence": "CC-BY-SA-4.0",
    "attribution": both(
        "« Un réseau de repair cafés », Réseau Répare-Ensemble (exemple fictif), via Social Business Models, "
        "CC BY-SA 4.0",
        "„Ein Netzwerk von Repair-Cafés“, Netzwerk Répare-Ensemble (fiktives Beispiel), über Social Business "
        "Models, CC BY-SA 4.0",
        "“A network of repair cafés”, Répare-Ensemble network (fictional example), via Social Business Models, "
        "CC BY-SA 4.0",
    ),
    "figures": [
        (
            both("Objets apportés", "Gebrachte Gegenstände", "Items brought in"),
            3150,
            both("objets", "Stück", "items"),
            2024,
        ),
        (
            both("Réparations réussies", "Gelungene Reparaturen", "Successful repairs"),
            64,
            PERCENT,
            2024,
        ),
        (
            both("Déchets évités", "Vermiedener Abfall", "Waste avoided"),
            7.5,
            both("tonnes", "Tonnen", "tonnes"),
            2024,
        ),
    ],
    "prerequisites": [
        (
            both(
                "Une salle gratuite ou bon marché, une fois par mois",
                "Ein kostenloser oder günstiger Raum, einmal im Monat",
                "A free or cheap room, once a month",
            ),
            both(
                "Demandez à la commune, à une paroisse ou à une école.",
                "Fragen Sie bei der Gemeinde, einer Pfarrei oder einer Schule nach.",
                "Ask the municipality, a parish or a school.",
            ),
        ),
        (
            both(
                "Au moins six bénévoles réparateurs",
                "Mindestens sechs freiwillige Reparateure",
                "At least six volunteer repairers",
            ),
            both(
                "Les retraités des métiers techniques sont souvent partants ; affichez un appel.",
                "Pensionierte Fachleute aus technischen Berufen machen oft gerne mit; hängen Sie einen Aufruf aus.",
                "Retired technicians are often keen; put up a call for volunteers.",
            ),
        ),
        (
            both(
                "Une assurance responsabilité civile pour les rencontres",
                "Eine Haftpflichtversicherung für die Treffen",
                "Liability insurance for the gatherings",
            ),
            both(
                "Un réseau existant peut vous inclure dans sa police collective.",
                "Ein bestehendes Netzwerk kann Sie in seine Sammelpolice aufnehmen.",
                "An existing network may include you in its collective policy.",
            ),
        ),
    ],
    "material": (
        both(
            "Le canevas du modèle, en texte",
            "Der Canvas des Modells, als Text",
            "The model's canvas, as text",
        ),
        both(
            "Les neuf blocs du canevas, à reprendre pour votre projet.",
            "Die neun Blöcke des Canvas, zum Übernehmen für Ihr Projekt.",
            "The nine blocks of the canvas, to reuse for your project.",
        ),
    ),
    "tools": [
        (
            CANVAS_TOOL,
            both(
                "Pour poser le modèle du réseau.",
                "Um das Modell des Netzwerks darzustellen.",
                "To lay out the network's model.",
            ),
        ),
        (
            VALUES_CANVAS,
            both(
                "Pour écrire la charte des bénévoles.",
                "Um die Charta der Freiwilligen zu schreiben.",
                "To write the volunteers' charter.",
            ),
        ),
        (GOVERNANCE, ""),
    ],
    "languages": ("de", "it", "en"),
}

ENERGY_COOPERATIVE = {
    "slug": "cooperative-denergie-citoyenne",
    "slugs": {
        "de": "buergerenergie-genossenschaft",
        "it": "cooperativa-energetica-dei-cittadini",
        "en": "community-energy-cooperative",
    },
    "title": both(
        "Une coopérative d'énergie citoyenne",
        "Eine Bürgerenergie-Genossenschaft",
        "A community energy cooperative",
    ),
    "intro": rich(
        para(
            "Des habitants achètent des parts pour poser des panneaux solaires sur des toits loués à la commune "
            "et à des entreprises, et vendent l'électricité produite au réseau et aux occupants.",
            "Einwohnerinnen und Einwohner kaufen Anteile, um Solarpanels auf Dächern zu bauen, die sie von der "
            "Gemeinde und von Unternehmen mieten, und verkaufen den Strom ans Netz und an die Nutzer der Gebäude.",
            "Residents buy shares to install solar panels on roofs rented from the municipality and from "
            "businesses, and sell the electricity to the grid and to the buildings' occupants.",
        )
    ),
    "organisation_name": both("Coopérative Soleil Commun", "Genossenschaft Soleil Commun", "Soleil Commun cooperative"),
    "country": "CH",
    "region": both("Fribourg", "Freiburg", "Fribourg"),
    "sector": "energie",
    "legal_form": both("Société coopérative", "Genossenschaft", "Cooperative society"),
    "founded": 2012,
    "size": "1-9",
    "size_note": both(
        "2 salariés et 850 coopératrices et coopérateurs",
        "2 Angestellte und 850 Genossenschafterinnen und Genossenschafter",
        "2 employees and 850 cooperative members",
    ),
    "canvas": {
        "values": both(
            "Une énergie renouvelable, locale et gouvernée par celles et ceux qui l'utilisent.",
            "Erneuerbare, lokale Energie, gesteuert von denen, die sie nutzen.",
            "Renewable, local energy, governed by those who use it.",
        ),
        "where": both(
            "Une région rurale avec de grands toits agricoles et communaux bien exposés.",
            "Eine ländliche Region mit grossen, gut besonnten Dächern von Bauernhöfen und Gemeinden.",
            "A rural region with large, sunny farm and municipal roofs.",
        ),
        "why": both(
            "Les habitants veulent agir pour le climat mais n'ont pas de toit propre ou de capital suffisant.",
            "Die Menschen wollen etwas fürs Klima tun, haben aber kein eigenes Dach oder zu wenig Kapital.",
            "People want to act on climate but have no roof of their own or too little capital.",
        ),
        "who": both(
            "Habitants qui deviennent coopérateurs, propriétaires de toits, consommateurs d'électricité locale.",
            "Menschen, die Genossenschafter werden, Dacheigentümer, Abnehmer von lokalem Strom.",
            "Residents who become members, roof owners, consumers of local electricity.",
        ),
        "through_what": both(
            "Soirées d'information, assemblée générale annuelle, visites des installations, lettre d'information.",
            "Informationsabende, jährliche Generalversammlung, Besichtigungen der Anlagen, Newsletter.",
            "Information evenings, the annual general meeting, site visits, a newsletter.",
        ),
        "what": both(
            "Des installations solaires, la vente d'électricité verte, des parts sociales à partir de 500 francs.",
            "Solaranlagen, Verkauf von Ökostrom, Genossenschaftsanteile ab 500 Franken.",
            "Solar installations, green electricity sales, shares from 500 francs.",
        ),
        "with_what": both(
            "Le capital des parts, un prêt bancaire, des contrats de location de toits, des subventions.",
            "Das Anteilkapital, ein Bankkredit, Mietverträge für Dächer, Fördergelder.",
            "Share capital, a bank loan, roof rental contracts, subsidies.",
        ),
        "verifiable": both(
            "Électricité produite, émissions évitées, nombre de coopérateurs, part de la production consommée sur "
            "place.",
            "Erzeugter Strom, vermiedene Emissionen, Zahl der Mitglieder, Anteil des vor Ort verbrauchten Stroms.",
            "Electricity produced, emissions avoided, number of members, share of output consumed on site.",
        ),
        "with_whom": both(
            "Communes, agriculteurs, installateurs locaux, gestionnaire de réseau, banque alternative.",
            "Gemeinden, Landwirte, lokale Installateure, Netzbetreiber, Alternativbank.",
            "Municipalities, farmers, local installers, the grid operator, an alternative bank.",
        ),
    },
    "revenue_model": rich(
        para(
            "La vente d'électricité rembourse le prêt et rémunère les parts à un taux modeste plafonné par les "
            "statuts ; l'excédent finance de nouvelles installations.",
            "Der Stromverkauf zahlt den Kredit zurück und verzinst die Anteile bescheiden, begrenzt durch die "
            "Statuten; der Überschuss finanziert neue Anlagen.",
            "Electricity sales repay the loan and pay a modest return on shares, capped by the statutes; the "
            "surplus funds new installations.",
        )
    ),
    "essentials": rich(
        para(
            "Une personne, une voix à l'assemblée générale, quelle que soit la part détenue ; une rémunération du "
            "capital plafonnée.",
            "Eine Person, eine Stimme an der Generalversammlung, unabhängig vom Anteil; eine begrenzte "
            "Verzinsung des Kapitals.",
            "One member, one vote at the general meeting, whatever the shares held; a capped return on capital.",
        )
    ),
    "adaptable": rich(
        para(
            "La technologie (solaire, éolien, bois), le montant des parts et les tarifs selon le marché local de "
            "l'électricité.",
            "Die Technik (Sonne, Wind, Holz), die Höhe der Anteile und die Tarife je nach lokalem Strommarkt.",
            "The technology (solar, wind, wood), the share price and the tariffs, depending on the local "
            "electricity market.",
        )
    ),
    "licence": "CC-BY-4.0",
    "attribution": both(
        "« Une coopérative d'énergie citoyenne », Coopérative Soleil Commun (exemple fictif), via Social Business "
        "Models, CC BY 4.0",
        "„Eine Bürgerenergie-Genossenschaft“, Genossenschaft Soleil Commun (fiktives Beispiel), über Social "
        "Business Models, CC BY 4.0",
        "“A community energy cooperative”, Soleil Commun cooperative (fictional example), via Social Business "
        "Models, CC BY 4.0",
    ),
    "figures": [
        (both("Électricité produite", "Erzeugter Strom", "Electricity produced"), 1450, MEGAWATT_HOURS, 2024),
        (
            both("Coopératrices et coopérateurs", "Genossenschafterinnen und Genossenschafter", "Cooperative members"),
            850,
            both("personnes", "Personen", "people"),
            2024,
        ),
        (
            both("Émissions de CO₂ évitées", "Vermiedene CO₂-Emissionen", "CO₂ emissions avoided"),
            180,
            both("tonnes", "Tonnen", "tonnes"),
            2024,
        ),
    ],
    "prerequisites": [
        (
            both(
                "Un groupe fondateur d'au moins sept personnes",
                "Eine Gründungsgruppe von mindestens sieben Personen",
                "A founding group of at least seven people",
            ),
            both(
                "Le droit suisse demande sept membres pour fonder une coopérative ; vérifiez le droit de votre pays.",
                "Das Schweizer Recht verlangt sieben Mitglieder für eine Genossenschaft; prüfen Sie das Recht "
                "Ihres Landes.",
                "Swiss law requires seven members to found a cooperative; check the law of your country.",
            ),
        ),
        (
            both(
                "Un premier toit disponible pour vingt ans",
                "Ein erstes Dach, verfügbar für zwanzig Jahre",
                "A first roof available for twenty years",
            ),
            both(
                "Commencez par un bâtiment communal : la commune est souvent un partenaire stable.",
                "Beginnen Sie mit einem Gemeindegebäude: die Gemeinde ist oft eine verlässliche Partnerin.",
                "Start with a municipal building: the municipality is often a stable partner.",
            ),
        ),
        (
            both(
                "Un contrat de reprise de l'électricité",
                "Ein Vertrag über die Abnahme des Stroms",
                "A contract for the electricity to be bought",
            ),
            both(
                "Discutez tôt avec le gestionnaire de réseau local.",
                "Sprechen Sie früh mit dem lokalen Netzbetreiber.",
                "Talk early to the local grid operator.",
            ),
        ),
        (
            both(
                "Des statuts de coopérative relus par un juriste",
                "Von einer Juristin geprüfte Genossenschaftsstatuten",
                "Cooperative statutes checked by a lawyer",
            ),
            both(
                "Les faîtières de l'économie sociale et solidaire proposent des modèles de statuts.",
                "Die Dachverbände der Sozial- und Solidarwirtschaft bieten Musterstatuten an.",
                "Umbrella bodies of the social and solidarity economy offer model statutes.",
            ),
        ),
    ],
    "material": (
        both(
            "Le canevas du modèle, en texte",
            "Der Canvas des Modells, als Text",
            "The model's canvas, as text",
        ),
        both(
            "Les neuf blocs du canevas, à reprendre pour votre projet.",
            "Die neun Blöcke des Canvas, zum Übernehmen für Ihr Projekt.",
            "The nine blocks of the canvas, to reuse for your project.",
        ),
    ),
    "tools": [
        (
            CANVAS_TOOL,
            both("Pour le plan d'affaires.", "Für den Businessplan.", "For the business plan."),
        ),
        (
            GOVERNANCE,
            both(
                "Pour choisir la forme coopérative.",
                "Um die Rechtsform der Genossenschaft zu wählen.",
                "To choose the cooperative form.",
            ),
        ),
        (
            PESTEL,
            both(
                "Pour analyser le marché de l'électricité.",
                "Um den Strommarkt zu analysieren.",
                "To analyse the electricity market.",
            ),
        ),
    ],
    "languages": ("de", "it", "en"),
}

FAIR_TRADE_SHOP = {
    "slug": "boutique-de-commerce-equitable",
    "title": "Une boutique de commerce équitable animée par des bénévoles",
    "intro": rich(
        "Une boutique qui vend des produits du commerce équitable et organise des animations dans les écoles, "
        "tenue par une petite équipe salariée et de nombreux bénévoles."
    ),
    "organisation_name": "Boutique Équi-Table",
    "country": "BE",
    "region": "Wallonie",
    "sector": "commerce-equitable",
    "legal_form": "ASBL",
    "founded": 2005,
    "size": "1-9",
    "size_note": "2 salariées et 25 bénévoles",
    "canvas": {
        "values": "Des échanges justes avec les producteurs ; consommer en connaissance de cause.",
        "where": "Une ville moyenne avec un centre commerçant et plusieurs écoles secondaires.",
        "why": "Les produits équitables sont peu visibles et le public connaît mal leurs conditions de production.",
        "who": "Consommateurs engagés, écoles, entreprises qui cherchent des cadeaux responsables, producteurs du Sud.",
        "through_what": "La boutique, des stands sur les marchés, des animations scolaires, des paniers cadeaux "
        "pour entreprises.",
        "what": "Produits alimentaires et artisanaux certifiés, animations pédagogiques, paniers cadeaux.",
        "with_what": "Un local commercial, un stock financé par un prêt solidaire, l'engagement des bénévoles.",
        "verifiable": "Chiffre d'affaires équitable, nombre d'élèves sensibilisés, part des achats directs aux "
        "coopératives.",
        "with_whom": "Centrales d'importation équitable, écoles, commune, réseau des magasins du monde.",
    },
    "revenue_model": rich(
        "Les ventes couvrent les salaires et le loyer ; les animations scolaires sont facturées aux écoles à prix "
        "coûtant."
    ),
    "essentials": rich("Des produits issus de filières équitables vérifiées et l'éducation du public."),
    "adaptable": rich("L'assortiment, la part d'artisanat et les publics des animations."),
    "licence": "CC0-1.0",
    "attribution": "« Une boutique de commerce équitable animée par des bénévoles », Boutique Équi-Table "
    "(exemple fictif), via Social Business Models, CC0 1.0",
    "figures": [
        ("Chiffre d'affaires en produits équitables", 310000, "EUR", 2024),
        ("Élèves sensibilisés", 1200, "élèves", 2024),
    ],
    "prerequisites": [
        (
            "Un local commercial sur un lieu de passage",
            "Un local partagé avec une autre association réduit le loyer.",
        ),
        (
            "Un fonds de roulement pour le premier stock",
            "Un prêt d'une banque alternative ou de sympathisants peut le financer.",
        ),
        (
            "Une équipe de bénévoles pour tenir la boutique",
            "Comptez au moins quinze personnes pour six jours d'ouverture.",
        ),
    ],
    "tools": [(CANVAS_TOOL, ""), (CSR_CANVAS, "Pour choisir les fournisseurs.")],
}

MODELS = [SOCIAL_GROCERY, WORK_INTEGRATION, REPAIR_CAFES, ENERGY_COOPERATIVE, FAIR_TRADE_SHOP]

SHARE_PAGE = {
    "slug": "partager-votre-modele",
    "slugs": {"de": "ihr-modell-teilen", "it": "condividere-il-vostro-modello", "en": "share-your-model"},
    "title": t(
        "Partager votre modèle",
        de="Ihr Modell teilen",
        it="Condividere il vostro modello",
        en="Share your model",
    ),
    "intro": t.paragraphs(
        (
            "Votre modèle d'affaires social fonctionne ? Décrivez-le sur le canevas : le GT Communication le relit "
            "avec vous avant toute publication.",
            {
                "de": "Ihr soziales Geschäftsmodell funktioniert? Beschreiben Sie es auf dem Canvas: die AG "
                "Kommunikation geht es vor jeder Veröffentlichung mit Ihnen durch.",
                "it": "Il vostro modello di business sociale funziona? Descrivetelo sul canvas: il GL "
                "Comunicazione lo rilegge con voi prima di ogni pubblicazione.",
                "en": "Does your social business model work? Describe it on the canvas: the Communication "
                "working group reviews it with you before anything is published.",
            },
        )
    ),
    "licence_note": t(
        "Un modèle partagé ici est publié sous une licence ouverte (Creative Commons), pour que d'autres puissent "
        "le reprendre et l'adapter en vous citant.",
        de="Ein hier geteiltes Modell wird unter einer offenen Lizenz (Creative Commons) veröffentlicht, damit "
        "andere es unter Nennung Ihres Namens übernehmen und anpassen können.",
        it="Un modello condiviso qui è pubblicato con una licenza aperta (Creative Commons), affinché altri "
        "possano riprenderlo e adattarlo citandovi.",
        en="A model shared here is published under an open licence (Creative Commons), so that others can take "
        "it up and adapt it, crediting you.",
    ),
    "thank_you_text": t.paragraphs(
        (
            "Merci ! Votre modèle est bien arrivé. Le GT Communication vous répond dans les prochaines semaines.",
            {
                "de": "Danke! Ihr Modell ist angekommen. Die AG Kommunikation meldet sich in den nächsten Wochen.",
                "it": "Grazie! Il vostro modello è arrivato. Il GL Comunicazione vi risponderà nelle prossime "
                "settimane.",
                "en": "Thank you! Your model has arrived. The Communication working group will reply within the "
                "next few weeks.",
            },
        )
    ),
}
