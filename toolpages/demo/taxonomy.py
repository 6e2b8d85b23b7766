"""The taxonomies in four languages, from the association's own description of its canvases.

Only three phases are known (Curiosité, Conception, Maturation); editors add the others.
"""

from sbm_site.demo import translate

from ..models import Audience, Canvas, CanvasBlock, Phase
from .texts import t, tr

# slug, name (fr, de, it, en), description (fr, de, it, en)
CANVASES = [
    (
        "valeurs",
        ("Valeurs", "Werte", "Valori", "Values"),
        (
            "Les croyances, les valeurs partagées et l'histoire de l'organisation, traduites en principes d'action.",
            "Die Überzeugungen, gemeinsamen Werte und die Geschichte der Organisation, übersetzt in Handlungsprinzipien.",
            "Le convinzioni, i valori condivisi e la storia dell'organizzazione, tradotti in principi d'azione.",
            "The organisation's beliefs, shared values and history, turned into principles of action.",
        ),
    ),
    (
        "modele-d-affaires",
        ("Modèle d'affaires", "Geschäftsmodell", "Modello di business", "Business model"),
        (
            "La logique de l'organisation, en neuf blocs autour des valeurs partagées.",
            "Die Logik der Organisation, in neun Blöcken rund um die gemeinsamen Werte.",
            "La logica dell'organizzazione, in nove blocchi attorno ai valori condivisi.",
            "The organisation's logic, in nine blocks around its shared values.",
        ),
    ),
    (
        "gouvernance",
        ("Gouvernance", "Governance", "Governance", "Governance"),
        (
            "Les parties prenantes et leur influence, dans trois espaces : interne, frontière, externe.",
            "Die Anspruchsgruppen und ihr Einfluss, in drei Räumen: intern, Grenzbereich, extern.",
            "Gli stakeholder e la loro influenza, in tre spazi: interno, di confine, esterno.",
            "The stakeholders and their influence, in three spaces: internal, boundary, external.",
        ),
    ),
    (
        "strategie",
        ("Stratégie", "Strategie", "Strategia", "Strategy"),
        (
            "Trois questions : où en sommes-nous, où voulons-nous aller, comment y arriverons-nous ?",
            "Drei Fragen: Wo stehen wir, wohin wollen wir, wie kommen wir dorthin?",
            "Tre domande: dove siamo, dove vogliamo andare, come ci arriveremo?",
            "Three questions: where are we, where do we want to go, how will we get there?",
        ),
    ),
    (
        "rse",
        ("RSE", "CSR", "RSI", "CSR"),
        (
            "La responsabilité sociétale selon les questions centrales de l'ISO 26000.",
            "Die gesellschaftliche Verantwortung entlang der Kernthemen der ISO 26000.",
            "La responsabilità sociale secondo i temi fondamentali della ISO 26000.",
            "Societal responsibility along the core subjects of ISO 26000.",
        ),
    ),
]

# canvas slug, block slug, name (fr, de, it, en), question (fr, de, it, en), centre
BLOCKS = [
    (
        "modele-d-affaires",
        "valeurs-partagees",
        ("Valeurs", "Werte", "Valori", "Values"),
        (
            "Les valeurs partagées de l'organisation, au centre du canevas.",
            "Die gemeinsamen Werte der Organisation, im Zentrum des Canvas.",
            "I valori condivisi dell'organizzazione, al centro del canvas.",
            "The organisation's shared values, at the centre of the canvas.",
        ),
        True,
    ),
    (
        "modele-d-affaires",
        "ou",
        ("Où", "Wo", "Dove", "Where"),
        ("Dans quel contexte ?", "In welchem Umfeld?", "In quale contesto?", "In what context?"),
        False,
    ),
    (
        "modele-d-affaires",
        "pourquoi",
        ("Pourquoi", "Warum", "Perché", "Why"),
        (
            "Quel problème ou quelle opportunité ?",
            "Welches Problem oder welche Chance?",
            "Quale problema o quale opportunità?",
            "What problem or opportunity?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "qui",
        ("Qui", "Wer", "Chi", "Who"),
        (
            "Quels publics cibles, quels bénéficiaires ?",
            "Welche Zielgruppen, welche Begünstigten?",
            "Quali pubblici, quali beneficiari?",
            "Which target publics, which beneficiaries?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "par-quoi",
        ("Par quoi", "Wodurch", "Attraverso cosa", "Through what"),
        (
            "Par quelle communication et quelle distribution ?",
            "Über welche Kommunikation und welchen Vertrieb?",
            "Con quale comunicazione e quale distribuzione?",
            "Through which communication and distribution?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "quoi",
        ("Quoi", "Was", "Cosa", "What"),
        (
            "Quels services, biens, offres ?",
            "Welche Dienstleistungen, Güter, Angebote?",
            "Quali servizi, beni, offerte?",
            "Which services, goods, offers?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "avec-quoi",
        ("Avec quoi", "Womit", "Con cosa", "With what"),
        (
            "Avec quelles ressources, financières comprises ?",
            "Mit welchen Ressourcen, auch finanziellen?",
            "Con quali risorse, comprese quelle finanziarie?",
            "With which resources, financial ones included?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "verifiable",
        ("Vérifiable", "Überprüfbar", "Verificabile", "Verifiable"),
        (
            "Quelles mesures du succès et de l'impact ?",
            "Welche Messgrössen für Erfolg und Wirkung?",
            "Quali misure del successo e dell'impatto?",
            "Which measures of success and impact?",
        ),
        False,
    ),
    (
        "modele-d-affaires",
        "avec-qui",
        ("Avec qui", "Mit wem", "Con chi", "With whom"),
        (
            "Avec quels partenaires et alliés ?",
            "Mit welchen Partnern und Verbündeten?",
            "Con quali partner e alleati?",
            "With which partners and allies?",
        ),
        False,
    ),
    (
        "gouvernance",
        "espace-interne",
        ("Espace interne", "Interner Raum", "Spazio interno", "Internal space"),
        (
            "Qui décide et travaille au sein de l'organisation ?",
            "Wer entscheidet und arbeitet innerhalb der Organisation?",
            "Chi decide e lavora all'interno dell'organizzazione?",
            "Who decides and works inside the organisation?",
        ),
        False,
    ),
    (
        "gouvernance",
        "espace-frontiere",
        ("Espace frontière", "Grenzbereich", "Spazio di confine", "Boundary space"),
        (
            "Qui est à la fois dedans et dehors (membres, bénévoles, bénéficiaires) ?",
            "Wer ist zugleich drinnen und draussen (Mitglieder, Freiwillige, Begünstigte)?",
            "Chi è al tempo stesso dentro e fuori (membri, volontari, beneficiari)?",
            "Who is both inside and outside (members, volunteers, beneficiaries)?",
        ),
        False,
    ),
    (
        "gouvernance",
        "espace-externe",
        ("Espace externe", "Externer Raum", "Spazio esterno", "External space"),
        (
            "Quelles parties prenantes externes influencent l'organisation ?",
            "Welche externen Anspruchsgruppen beeinflussen die Organisation?",
            "Quali stakeholder esterni influenzano l'organizzazione?",
            "Which external stakeholders influence the organisation?",
        ),
        False,
    ),
    (
        "strategie",
        "ou-en-sommes-nous",
        ("Où en sommes-nous ?", "Wo stehen wir?", "Dove siamo?", "Where are we?"),
        (
            "La situation présente de l'organisation.",
            "Die heutige Lage der Organisation.",
            "La situazione attuale dell'organizzazione.",
            "The organisation's present situation.",
        ),
        False,
    ),
    (
        "strategie",
        "ou-voulons-nous-aller",
        ("Où voulons-nous aller ?", "Wohin wollen wir?", "Dove vogliamo andare?", "Where do we want to go?"),
        (
            "La situation visée et ses objectifs.",
            "Die angestrebte Lage und ihre Ziele.",
            "La situazione desiderata e i suoi obiettivi.",
            "The situation aimed for and its objectives.",
        ),
        False,
    ),
    (
        "strategie",
        "comment-y-arriver",
        ("Comment y arriverons-nous ?", "Wie kommen wir dorthin?", "Come ci arriveremo?", "How will we get there?"),
        (
            "Le chemin, les étapes et les moyens.",
            "Der Weg, die Etappen und die Mittel.",
            "Il percorso, le tappe e i mezzi.",
            "The path, the stages and the means.",
        ),
        False,
    ),
]

# The seven core subjects of ISO 26000, in the standard's order.
ISO_26000_SUBJECTS = [
    (
        "gouvernance-de-l-organisation",
        (
            "Gouvernance de l'organisation",
            "Organisationsführung",
            "Governance dell'organizzazione",
            "Organisational governance",
        ),
    ),
    ("droits-de-l-homme", ("Droits de l'Homme", "Menschenrechte", "Diritti umani", "Human rights")),
    (
        "relations-et-conditions-de-travail",
        (
            "Relations et conditions de travail",
            "Arbeitspraktiken",
            "Rapporti e condizioni di lavoro",
            "Labour practices",
        ),
    ),
    ("environnement", ("Environnement", "Umwelt", "Ambiente", "The environment")),
    (
        "loyaute-des-pratiques",
        (
            "Loyauté des pratiques",
            "Faire Betriebs- und Geschäftspraktiken",
            "Corrette prassi gestionali",
            "Fair operating practices",
        ),
    ),
    (
        "questions-relatives-aux-consommateurs",
        (
            "Questions relatives aux consommateurs",
            "Konsumentenanliegen",
            "Aspetti specifici relativi ai consumatori",
            "Consumer issues",
        ),
    ),
    (
        "communautes-et-developpement-local",
        (
            "Communautés et développement local",
            "Einbindung und Entwicklung der Gemeinschaft",
            "Coinvolgimento e sviluppo della comunità",
            "Community involvement and development",
        ),
    ),
]
BLOCKS += [
    (
        "rse",
        slug,
        names,
        (
            "Question centrale de l'ISO 26000.",
            "Kernthema der ISO 26000.",
            "Tema fondamentale della ISO 26000.",
            "Core subject of ISO 26000.",
        ),
        False,
    )
    for slug, names in ISO_26000_SUBJECTS
]

PHASES = [
    (
        "curiosite",
        ("Curiosité", "Neugier", "Curiosità", "Curiosity"),
        (
            "Découvrir l'idée d'un modèle d'affaires social et explorer un problème avant de s'engager.",
            "Die Idee eines sozialen Geschäftsmodells entdecken und ein Problem erkunden, bevor man sich festlegt.",
            "Scoprire l'idea di un modello di business sociale ed esplorare un problema prima di impegnarsi.",
            "Discovering the idea of a social business model and exploring a problem before committing.",
        ),
    ),
    (
        "conception",
        ("Conception", "Konzeption", "Ideazione", "Design"),
        (
            "Concevoir le modèle d'affaires social d'une organisation en création.",
            "Das soziale Geschäftsmodell einer Organisation in Gründung entwerfen.",
            "Ideare il modello di business sociale di un'organizzazione in fase di creazione.",
            "Designing the social business model of an organisation being created.",
        ),
    ),
    (
        "maturation",
        ("Maturation", "Reifung", "Maturazione", "Maturation"),
        (
            "Faire mûrir et repositionner le modèle d'une organisation existante.",
            "Das Modell einer bestehenden Organisation reifen lassen und neu positionieren.",
            "Far maturare e riposizionare il modello di un'organizzazione esistente.",
            "Maturing and repositioning the model of an existing organisation.",
        ),
    ),
]

AUDIENCES = [
    (
        "porteurs-de-projets",
        (
            "Porteuses et porteurs de projets",
            "Projektträgerinnen und -träger",
            "Promotrici e promotori di progetti",
            "Project holders",
        ),
    ),
    (
        "organisations-existantes",
        (
            "Équipes et comités d'organisations existantes",
            "Teams und Vorstände bestehender Organisationen",
            "Team e comitati di organizzazioni esistenti",
            "Teams and boards of existing organisations",
        ),
    ),
    ("consultants", ("Consultantes et consultants", "Beraterinnen und Berater", "Consulenti", "Consultants")),
    (
        "formateurs",
        (
            "Enseignantes, enseignants, formatrices et formateurs",
            "Lehrpersonen und Ausbildende",
            "Insegnanti e formatori",
            "Teachers and trainers",
        ),
    ),
    (
        "bailleurs-de-fonds",
        (
            "Bailleurs de fonds et faîtières",
            "Geldgeber und Dachverbände",
            "Finanziatori e organizzazioni mantello",
            "Funders and umbrella bodies",
        ),
    ),
]


def translate_once(instance, locale, created):
    """Translate `instance` unless it is already; note the new translation."""
    if instance.get_translation_or_none(locale) is None:
        created.append(translate(instance, locale, t))


def term(model, locale, slug, order, created, **fields):
    existing = model.objects.filter(locale=locale, slug=slug).first()
    if existing:
        return existing
    new_term = model.objects.create(locale=locale, slug=slug, sort_order=order, **fields)
    created.append(new_term)
    return new_term


def load_taxonomies(locales, created):
    """Create the terms in French and translate them; return them by model and slug (French)."""
    french = locales["fr"]
    canvases = {}
    for order, (slug, names, descriptions) in enumerate(CANVASES, start=1):
        canvases[slug] = term(
            Canvas,
            french,
            slug,
            order,
            created,
            name=tr(names[0], names[1:]),
            description=tr(descriptions[0], descriptions[1:]),
        )
    blocks = {}
    for order, (canvas_slug, slug, names, question, centre) in enumerate(BLOCKS, start=1):
        blocks[slug] = term(
            CanvasBlock,
            french,
            slug,
            order,
            created,
            canvas=canvases[canvas_slug],
            name=tr(names[0], names[1:]),
            question=tr(question[0], question[1:]),
            is_centre=centre,
        )
    phases = {}
    for order, (slug, names, description) in enumerate(PHASES, start=1):
        phases[slug] = term(
            Phase,
            french,
            slug,
            order,
            created,
            name=tr(names[0], names[1:]),
            description=tr(description[0], description[1:]),
        )
    audiences = {}
    for order, (slug, names) in enumerate(AUDIENCES, start=1):
        audiences[slug] = term(Audience, french, slug, order, created, name=tr(names[0], names[1:]))
    for code in ("de", "it", "en"):
        for group in (canvases, blocks, phases, audiences):
            for item in group.values():
                translate_once(item, locales[code], created)
    return {"canvas": canvases, "block": blocks, "phase": phases, "audience": audiences}
