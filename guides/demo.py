"""Demo content of the guides app: three fils rouges, three training modules, six events.

The organisations the guides are made for are fictional examples (named as such): the
association's own documents speak of fils rouges per phase and of a "repositionnement
stratégique" series, not of the organisations that will use them. Dates are relative to the
day the demo is loaded, so that upcoming sessions and events stay upcoming.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.documents import get_document_model

from directory.models import Partner
from sbm_site.demo import Texts, add_child, translate
from sbm_site.demo_images import demo_logo as drawn_logo
from toolpages.models import Audience, ToolPage

from .models import (
    EventPage,
    EventRelatedGuide,
    EventRelatedTool,
    GuidePage,
    GuideStep,
    TrainingModulePage,
    TrainingModuleTool,
    TrainingSession,
)
from .models.choices import AttendanceMode, EventType

t = Texts()
ZURICH = ZoneInfo("Europe/Zurich")
TRANSLATED = ("de", "it", "en")


def translations(de, it, en):
    return {code: value for code, value in (("de", de), ("it", it), ("en", en)) if value}


def text(fr, de="", it="", en=""):
    return t(fr, **translations(de, it, en))


def rich(*items):
    """Rich text from (fr, de, it, en) tuples, one paragraph each; empty translations are left out."""
    return t.paragraphs(*[(fr, translations(de, it, en)) for fr, de, it, en in items])


def on_day(days_from_today, hour, minute=0):
    day = timezone.localdate() + timedelta(days=days_from_today)
    return datetime.combine(day, time(hour, minute), tzinfo=ZURICH)


# The toolpages demo's slugs of the tools the guides point at, by French name.
TOOL_SLUGS = {
    "Canevas de modèle d'affaires social – 1er niveau": "canevas-modele-affaires-social",
    "Arbre de problèmes": "arbre-de-problemes",
    "Analyse du contexte PESTEL": "analyse-pestel",
    "V-SWOT": "v-swot",
    "Canevas de création de projets": "canevas-creation-de-projets",
    "Canevas de la RSE": "canevas-rse",
    "Canevas de la stratégie": "canevas-strategie",
    "Canevas des valeurs": "canevas-des-valeurs",
    "Repositionnement stratégique 02 : pré-diagnostic des valeurs": "repositionnement-strategique-02-pre-diagnostic-des-valeurs",
    "Repositionnement stratégique 09 : diagnostic de la gouvernance": "repositionnement-strategique-09-diagnostic-de-la-gouvernance",
}


def tool(name):
    """The demo tool named `name`, looked up by its slug; None (and the step is left out) if it is missing."""
    slug = TOOL_SLUGS.get(name, slugify(name))
    return ToolPage.objects.filter(slug=slug, locale__language_code="fr").first()


def audience(slug):
    return Audience.objects.filter(slug=slug, locale__language_code="fr").first()


# The organisations the guides are made for: fictional, and named so that no one mistakes them
# for partners of the association.
DEMO_PARTNERS = {
    "funder": "Fondation Exemple pour l'entrepreneuriat social (organisation fictive)",
    "school": "Haute école Exemple (organisation fictive)",
    "public": "Service Exemple de l'économie sociale et solidaire (organisation fictive)",
}


# Positions in sbm_site.demo_images.PALETTE: brown, blue, plum.
PARTNER_PALETTE = {"funder": 3, "school": 1, "public": 2}


def demo_logo(kind):
    """A drawn placeholder logo (the partner's initials), so that the co-branding can be seen."""
    return drawn_logo(DEMO_PARTNERS[kind], f"partner-{kind}", PARTNER_PALETTE[kind])


def demo_partner(kind):
    """The fictional organisation a demo guide is made for, published so that its co-branding shows."""
    name = DEMO_PARTNERS[kind]
    partner = Partner.objects.filter(name=name, locale__language_code="fr").first()
    if partner:
        return partner
    partner = Partner(
        name=name,
        partner_type=kind,
        country="CH",
        description=(
            "<p>Organisation fictive, créée pour illustrer un fil rouge dans le contenu de démonstration : "
            "ce n'est pas un partenaire de l'association.</p>"
        ),
        logo=demo_logo(kind),
    )
    partner.save()
    partner.save_revision().publish()
    return partner


def submission_template(title, body):
    documents = get_document_model()
    existing = documents.objects.filter(title=title).first()
    if existing:
        return existing
    document = documents(title=title)
    document.file.save(f"{slugify(title)}.txt", ContentFile(body.encode()), save=False)
    document.save()
    return document


def steps(*items):
    """GuideSteps for the tools that exist, in order: (tool name, title, guidance, deliverable)."""
    result = []
    for name, title, guidance, deliverable in items:
        step_tool = tool(name)
        if step_tool is None:
            continue
        result.append(
            GuideStep(tool=step_tool, title=text(*title), guidance=rich(guidance), deliverable=text(*deliverable))
        )
    return result


# --- Guides ------------------------------------------------------------------------------------


def funder_guide():
    return GuidePage(
        title=text(
            "Fil rouge Conception : présenter un projet à un bailleur de fonds",
            "Leitfaden Konzeption: ein Projekt einem Geldgeber vorstellen",
            "Filo rosso Ideazione: presentare un progetto a un finanziatore",
            "Conception guide: presenting a project to a funder",
        ),
        slug="conception-bailleur-de-fonds",
        intro=rich(
            (
                "Un parcours d'outils de la phase Conception, pour que chaque projet présenté à la fondation "
                "expose ses valeurs, le problème qu'il traite et son modèle d'affaires social de la même façon.",
                "Ein Werkzeugpfad der Phase Konzeption, damit jedes der Stiftung vorgelegte Projekt seine Werte, "
                "das behandelte Problem und sein soziales Geschäftsmodell auf dieselbe Weise darstellt.",
                "Un percorso di strumenti della fase Ideazione, affinché ogni progetto presentato alla "
                "fondazione esponga i suoi valori, il problema che affronta e il suo modello di business "
                "sociale nello stesso modo.",
                "A path through the tools of the Conception phase, so that every project presented to the "
                "foundation sets out its values, the problem it tackles and its social business model in the same way.",
            )
        ),
        audience=audience("porteurs-de-projets"),
        audience_description=text(
            "Les porteuses et porteurs de projets qui demandent un soutien à la fondation.",
            "Projektträgerinnen und Projektträger, die die Stiftung um Unterstützung bitten.",
            "Le promotrici e i promotori di progetti che chiedono un sostegno alla fondazione.",
            "Project holders who apply to the foundation for support.",
        ),
        purpose=rich(
            (
                "Des dossiers comparables : chaque projet arrive avec les mêmes livrables, dans le même ordre, "
                "ce qui facilite le travail du comité d'attribution et donne aux porteurs de projets une "
                "méthode éprouvée.",
                "Vergleichbare Dossiers: Jedes Projekt kommt mit denselben Ergebnissen in derselben Reihenfolge, "
                "was die Arbeit des Vergabeausschusses erleichtert und den Projektträgern eine erprobte Methode gibt.",
                "Dossier confrontabili: ogni progetto arriva con gli stessi risultati, nello stesso ordine, il "
                "che facilita il lavoro del comitato di attribuzione e offre a chi promuove un progetto un "
                "metodo collaudato.",
                "Comparable applications: every project arrives with the same deliverables, in the same order, "
                "which eases the work of the grants committee and gives project holders a proven method.",
            )
        ),
        submission_instructions=rich(
            (
                "Joignez les livrables de chaque étape au modèle de dossier, dans l'ordre des étapes.",
                "Fügen Sie die Ergebnisse jedes Schritts in der Reihenfolge der Schritte der Dossiervorlage bei.",
                "Allegate al modello di dossier i risultati di ogni tappa, nell'ordine delle tappe.",
                "Attach each step's deliverables to the application template, in the order of the steps.",
            )
        ),
        submission_template=submission_template(
            "Modèle de dossier – fil rouge Conception (exemple)",
            "Modèle de dossier (exemple de démonstration)\n\n1. Valeurs\n2. Arbre de problèmes\n"
            "3. Contexte PESTEL\n4. Canevas de modèle d'affaires social\n",
        ),
        steps=steps(
            (
                "Canevas des valeurs",
                (
                    "Poser les valeurs partagées",
                    "Die gemeinsamen Werte festhalten",
                    "Fissare i valori condivisi",
                    "Set out the shared values",
                ),
                (
                    "Commencez par les valeurs : la fondation soutient des projets dont le but premier est "
                    "l'impact social, et veut voir comment il se traduit en principes d'action.",
                    "Beginnen Sie mit den Werten: Die Stiftung unterstützt Projekte, deren erstes Ziel die soziale "
                    "Wirkung ist, und will sehen, wie sie sich in Handlungsprinzipien niederschlägt.",
                    "Cominciate dai valori: la fondazione sostiene progetti il cui scopo principale è l'impatto "
                    "sociale, e vuole vedere come si traduce in principi d'azione.",
                    "Start with the values: the foundation supports projects whose main aim is social impact, and "
                    "wants to see how it turns into principles of action.",
                ),
                (
                    "Le canevas des valeurs rempli, avec trois principes d'action.",
                    "Der ausgefüllte Werte-Canvas mit drei Handlungsprinzipien.",
                    "Il canvas dei valori compilato, con tre principi d'azione.",
                    "The completed values canvas, with three principles of action.",
                ),
            ),
            (
                "Arbre de problèmes",
                (
                    "Nommer le problème traité",
                    "Das behandelte Problem benennen",
                    "Dare un nome al problema affrontato",
                    "Name the problem tackled",
                ),
                (
                    "Décrivez le problème social que le projet traite, ses causes et ses conséquences.",
                    "Beschreiben Sie das soziale Problem, das das Projekt angeht, seine Ursachen und Folgen.",
                    "Descrivete il problema sociale che il progetto affronta, le sue cause e le sue conseguenze.",
                    "Describe the social problem the project tackles, its causes and its consequences.",
                ),
                (
                    "L'arbre de problèmes, en une page.",
                    "Der Problembaum auf einer Seite.",
                    "L'albero dei problemi, su una pagina.",
                    "The problem tree, on one page.",
                ),
            ),
            (
                "Analyse du contexte PESTEL",
                (
                    "Situer le projet",
                    "Das Projekt verorten",
                    "Situare il progetto nel suo contesto",
                    "Place the project in its context",
                ),
                (
                    "Situez le projet dans son contexte politique, économique, social, technologique, "
                    "environnemental et légal.",
                    "Verorten Sie das Projekt in seinem politischen, wirtschaftlichen, sozialen, technologischen, "
                    "ökologischen und rechtlichen Kontext.",
                    "Situate il progetto nel suo contesto politico, economico, sociale, tecnologico, ambientale "
                    "e giuridico.",
                    "Place the project in its political, economic, social, technological, environmental and "
                    "legal context.",
                ),
                (
                    "Le tableau PESTEL, avec les trois facteurs les plus importants.",
                    "Die PESTEL-Tabelle mit den drei wichtigsten Faktoren.",
                    "La tabella PESTEL, con i tre fattori più importanti.",
                    "The PESTEL table, with the three most important factors.",
                ),
            ),
            (
                "Canevas de modèle d'affaires social – 1er niveau",
                (
                    "Dessiner le modèle d'affaires social",
                    "Das soziale Geschäftsmodell zeichnen",
                    "Disegnare il modello di business sociale",
                    "Draw the social business model",
                ),
                (
                    "Remplissez les neuf blocs du canevas ; la fondation lit en priorité Valeurs, Pourquoi et Qui.",
                    "Füllen Sie die neun Blöcke des Canvas aus; die Stiftung liest zuerst Werte, Warum und Wer.",
                    "Compilate i nove blocchi del canvas; la fondazione legge per primi Valori, Perché e Chi.",
                    "Fill in the nine blocks of the canvas; the foundation reads Values, Why and Who first.",
                ),
                (
                    "Le canevas complet, photographié ou recopié.",
                    "Der vollständige Canvas, fotografiert oder abgeschrieben.",
                    "Il canvas completo, fotografato o ricopiato.",
                    "The complete canvas, photographed or copied out.",
                ),
            ),
        ),
    )


def school_guide():
    return GuidePage(
        title="Fil rouge Curiosité : un semestre de projet en haute école",
        slug="curiosite-haute-ecole",
        intro=t.paragraphs(
            (
                "Un parcours pour les cours où des étudiantes et étudiants explorent une idée d'entreprise "
                "sociale : chaque groupe rend les mêmes livrables, que l'enseignant·e peut comparer.",
                {},
            )
        ),
        audience=audience("formateurs"),
        audience_description="Les étudiantes et étudiants d'un cours de projet, accompagnés par leur enseignant·e.",
        purpose=t.paragraphs(
            ("Découvrir les outils par la pratique et présenter, en fin de semestre, un projet cohérent.", {})
        ),
        steps=steps(
            (
                "Canevas de création de projets",
                ("Esquisser l'idée", "", "", ""),
                ("Une demi-journée en groupe pour esquisser l'idée avec le canevas allégé.", "", "", ""),
                ("Le canevas de création de projets du groupe.", "", "", ""),
            ),
            (
                "Arbre de problèmes",
                ("Comprendre le problème", "", "", ""),
                ("Chaque groupe construit l'arbre du problème qu'il veut traiter.", "", "", ""),
                ("L'arbre de problèmes et une question de recherche.", "", "", ""),
            ),
            (
                "Canevas de modèle d'affaires social – 1er niveau",
                ("Présenter le modèle", "", "", ""),
                ("Le canevas sert de support à la présentation finale.", "", "", ""),
                ("Le canevas complet et une présentation de dix minutes.", "", "", ""),
            ),
        ),
    )


def public_body_guide():
    return GuidePage(
        title="Repositionnement stratégique : fil rouge pour les organisations soutenues par un service public",
        slug="repositionnement-strategique-service-public",
        intro=t.paragraphs(
            (
                "La série « repositionnement stratégique » accompagne la maturation du modèle d'une organisation "
                "existante ; ce fil rouge la propose aux organisations qui renouvellent une convention de subvention.",
                {},
            )
        ),
        audience=audience("organisations-existantes"),
        audience_description="Les directions et comités d'organisations existantes de l'économie sociale et solidaire.",
        purpose=t.paragraphs(
            ("Faire le point sur les valeurs, la gouvernance et la stratégie avant de renégocier une convention.", {})
        ),
        steps=steps(
            (
                "Repositionnement stratégique 02 : pré-diagnostic des valeurs",
                ("Pré-diagnostic des valeurs", "", "", ""),
                ("Au début du processus, une heure pour vérifier que les valeurs sont toujours partagées.", "", "", ""),
                ("Le pré-diagnostic et les écarts relevés.", "", "", ""),
            ),
            (
                "Canevas de la RSE",
                ("Responsabilité sociétale", "", "", ""),
                ("Avant le travail stratégique, passez en revue les questions centrales de l'ISO 26000.", "", "", ""),
                ("Le canevas de la RSE rempli.", "", "", ""),
            ),
            (
                "Canevas de la stratégie",
                ("Où sommes-nous, où voulons-nous aller ?", "", "", ""),
                ("Les trois questions de la stratégie, à reprendre à chaque bilan annuel.", "", "", ""),
                ("Le canevas de la stratégie et trois objectifs.", "", "", ""),
            ),
            (
                "Repositionnement stratégique 09 : diagnostic de la gouvernance",
                ("Diagnostic de la gouvernance", "", "", ""),
                (
                    "Les parties prenantes et leur influence, dans les trois espaces interne, frontière et externe.",
                    "",
                    "",
                    "",
                ),
                ("La carte de gouvernance et les changements proposés.", "", "", ""),
            ),
        ),
    )


# --- Training ----------------------------------------------------------------------------------

DEMO_NOTE = text(
    "Contenu de démonstration : les dates, lieux et places sont fictifs.",
    "Demonstrationsinhalt: Daten, Orte und Plätze sind fiktiv.",
    "Contenuto dimostrativo: date, luoghi e posti sono fittizi.",
    "Demonstration content: dates, places and seats are fictional.",
)


def session(days, start_hour, end_hour, mode, place, language, seats):
    return TrainingSession(
        start=on_day(days, start_hour),
        end=on_day(days, end_hour),
        attendance_mode=mode,
        place=place,
        language=language,
        seats=seats,
    )


def canvas_module():
    return TrainingModulePage(
        title=text(
            "Appliquer le canevas de modèle d'affaires social",
            "Den Canvas für soziale Geschäftsmodelle anwenden",
            "Applicare il canvas del modello di business sociale",
            "Applying the social business model canvas",
        ),
        slug="appliquer-le-canevas",
        intro=rich(
            (
                "Une journée pour apprendre à animer les neuf blocs du canevas avec une équipe de projet.",
                "Ein Tag, um zu lernen, wie man die neun Blöcke des Canvas mit einem Projektteam bearbeitet.",
                "Una giornata per imparare a lavorare sui nove blocchi del canvas con un team di progetto.",
                "A day to learn how to work through the nine blocks of the canvas with a project team.",
            )
        ),
        audience=audience("porteurs-de-projets"),
        audience_description=text(
            "Porteuses et porteurs de projets, équipes d'entreprises sociales.",
            "Projektträgerinnen und -träger, Teams von Sozialunternehmen.",
            "Promotrici e promotori di progetti, team di imprese sociali.",
            "Project holders and teams of social enterprises.",
        ),
        objectives=rich(
            (
                "Remplir les neuf blocs du canevas, en commençant par les valeurs au centre.",
                "Die neun Blöcke des Canvas ausfüllen, beginnend mit den Werten in der Mitte.",
                "Compilare i nove blocchi del canvas, cominciando dai valori al centro.",
                "Fill in the nine blocks of the canvas, starting with the values at its centre.",
            ),
            (
                "Relier Pourquoi, Qui et Vérifiable pour rendre l'impact lisible.",
                "Warum, Wer und Überprüfbar verbinden, um die Wirkung lesbar zu machen.",
                "Collegare Perché, Chi e Verificabile per rendere leggibile l'impatto.",
                "Connect Why, Who and Verifiable to make the impact readable.",
            ),
        ),
        format=AttendanceMode.IN_PERSON,
        duration=text("Une journée (7 heures)", "Ein Tag (7 Stunden)", "Una giornata (7 ore)", "One day (7 hours)"),
        prerequisites=rich(
            (
                "Aucun : venez avec une idée de projet ou une organisation existante.",
                "Keine: Bringen Sie eine Projektidee oder eine bestehende Organisation mit.",
                "Nessuno: portate un'idea di progetto o un'organizzazione esistente.",
                "None: bring a project idea or an existing organisation.",
            )
        ),
        registration_note=DEMO_NOTE,
        tools=[
            TrainingModuleTool(tool=item) for item in [tool("Canevas de modèle d'affaires social – 1er niveau")] if item
        ],
        sessions=[
            session(-60, 9, 17, AttendanceMode.IN_PERSON, "Lausanne", "fr", 12),
            session(30, 9, 17, AttendanceMode.IN_PERSON, "Lausanne", "fr", 12),
            session(45, 9, 17, AttendanceMode.ONLINE, "", "de", 20),
        ],
    )


def trainers_module():
    return TrainingModulePage(
        title="Former aux outils : parcours de formation de formateurs",
        slug="formation-de-formateurs",
        intro=t.paragraphs(
            ("Deux journées pour les consultant·e·s et formateurs qui veulent transmettre les outils.", {})
        ),
        audience=audience("formateurs"),
        audience_description="Consultantes, consultants, formatrices et formateurs.",
        objectives=t.paragraphs(
            ("Animer un atelier avec trois outils de l'association et en adapter le déroulement au public.", {})
        ),
        format=AttendanceMode.MIXED,
        duration="Deux journées",
        trains_trainers=True,
        prerequisites=t.paragraphs(("Avoir déjà utilisé le canevas de modèle d'affaires social.", {})),
        registration_note=DEMO_NOTE,
        tools=[
            TrainingModuleTool(tool=item)
            for item in [tool("Canevas de modèle d'affaires social – 1er niveau"), tool("Arbre de problèmes")]
            if item
        ],
        sessions=[
            session(-120, 9, 17, AttendanceMode.IN_PERSON, "Genève", "fr", 10),
            session(75, 9, 17, AttendanceMode.MIXED, "Fribourg", "fr", 10),
        ],
    )


def repositioning_module():
    return TrainingModulePage(
        title="Repositionnement stratégique : conduire un pré-diagnostic des valeurs",
        slug="pre-diagnostic-des-valeurs",
        intro=t.paragraphs(("Une demi-journée en ligne pour conduire l'outil 02 de la série.", {})),
        audience=audience("organisations-existantes"),
        objectives=t.paragraphs(
            ("Préparer et animer une heure de pré-diagnostic avec une équipe de 2 à 8 personnes.", {})
        ),
        format=AttendanceMode.ONLINE,
        duration="Une demi-journée",
        registration_note=DEMO_NOTE,
        tools=[
            TrainingModuleTool(tool=item)
            for item in [tool("Repositionnement stratégique 02 : pré-diagnostic des valeurs")]
            if item
        ],
        sessions=[
            session(-20, 14, 17, AttendanceMode.ONLINE, "", "fr", 15),
            session(14, 14, 17, AttendanceMode.ONLINE, "", "fr", 15),
        ],
    )


# --- Events ------------------------------------------------------------------------------------


def event(title, slug, days, hours, event_type, mode, place, language, intro, tools=(), guides=()):
    start_hour, end_hour = hours
    return EventPage(
        title=title,
        slug=slug,
        intro=intro,
        start=on_day(days, start_hour),
        end=on_day(days, end_hour),
        time_zone="Europe/Zurich",
        event_type=event_type,
        attendance_mode=mode,
        place=place,
        language=language,
        body=t.paragraphs(
            (
                "Contenu de démonstration : date et lieu fictifs.",
                {
                    "de": "Demonstrationsinhalt: Datum und Ort sind fiktiv.",
                    "it": "Contenuto dimostrativo: data e luogo fittizi.",
                    "en": "Demonstration content: date and place are fictional.",
                },
            )
        ),
        related_tools=[EventRelatedTool(tool=item) for item in (tool(name) for name in tools) if item],
        related_guides=[EventRelatedGuide(guide=guide) for guide in guides if guide],
    )


def events(guides):
    return [
        event(
            text(
                "Atelier : découvrir le canevas de modèle d'affaires social",
                "Workshop: den Canvas für soziale Geschäftsmodelle entdecken",
                "Laboratorio: scoprire il canvas del modello di business sociale",
                "Workshop: discovering the social business model canvas",
            ),
            "atelier-canevas",
            10,
            (18, 21),
            EventType.WORKSHOP,
            AttendanceMode.IN_PERSON,
            "Lausanne",
            "fr",
            rich(
                (
                    "Une soirée pour essayer le canevas en petits groupes, avec des membres de l'association.",
                    "Ein Abend, um den Canvas in kleinen Gruppen mit Mitgliedern des Vereins auszuprobieren.",
                    "Una serata per provare il canvas in piccoli gruppi, con membri dell'associazione.",
                    "An evening to try the canvas in small groups, with members of the association.",
                )
            ),
            tools=["Canevas de modèle d'affaires social – 1er niveau"],
            guides=[guides.get("conception-bailleur-de-fonds")],
        ),
        event(
            "Webinaire : les cinq canevas en une heure",
            "webinaire-cinq-canevas",
            21,
            (12, 13),
            EventType.WEBINAR,
            AttendanceMode.ONLINE,
            "",
            "fr",
            t.paragraphs(
                ("Valeurs, modèle d'affaires, gouvernance, stratégie et RSE : à quoi sert chaque canevas.", {})
            ),
        ),
        event(
            "Table ronde : financer les modèles d'affaires sociaux",
            "table-ronde-financement",
            40,
            (17, 19),
            EventType.CONFERENCE,
            AttendanceMode.MIXED,
            "Genève",
            "fr",
            t.paragraphs(("Comment un fil rouge commun aide bailleurs de fonds et porteurs de projets.", {})),
            guides=[guides.get("conception-bailleur-de-fonds")],
        ),
        event(
            "Cours en haute école : l'arbre de problèmes",
            "cours-arbre-de-problemes",
            -30,
            (13, 17),
            EventType.COURSE,
            AttendanceMode.IN_PERSON,
            "Neuchâtel",
            "fr",
            t.paragraphs(("Une séance de cours consacrée à l'arbre de problèmes, avec le fil rouge Curiosité.", {})),
            tools=["Arbre de problèmes"],
            guides=[guides.get("curiosite-haute-ecole")],
        ),
        event(
            "Workshop: Werte-Canvas",
            "workshop-werte-canvas",
            -90,
            (9, 12),
            EventType.WORKSHOP,
            AttendanceMode.IN_PERSON,
            "Bern",
            "de",
            t.paragraphs(("Un atelier en allemand autour du canevas des valeurs.", {})),
            tools=["Canevas des valeurs"],
        ),
        event(
            "Webinaire : pré-diagnostic des valeurs",
            "webinaire-pre-diagnostic",
            -7,
            (12, 13),
            EventType.WEBINAR,
            AttendanceMode.ONLINE,
            "",
            "fr",
            t.paragraphs(("L'outil 02 de la série repositionnement stratégique, présenté en une heure.", {})),
            tools=["Repositionnement stratégique 02 : pré-diagnostic des valeurs"],
            guides=[guides.get("repositionnement-strategique-service-public")],
        ),
    ]


def load(home_sections, locales):
    """Create this app's demo content under the language trees; safe to run again.

    home_sections: the French section pages by slug ("outils", "fils-rouges", "formations", "agenda",
    "modeles-open-source", "prestataires", "partenaires", "association"); locales: Locale by language code.
    """
    guide_index = home_sections["fils-rouges"]
    guides = {}
    for build, organisation in ((funder_guide, "funder"), (school_guide, "school"), (public_body_guide, "public")):
        guide = build()
        guide.partner = demo_partner(organisation)
        guide = add_child(guide_index, guide)
        guides[guide.slug] = guide
    modules = [
        add_child(home_sections["formations"], build())
        for build in (canvas_module, trainers_module, repositioning_module)
    ]
    agenda = [add_child(home_sections["agenda"], item) for item in events(guides)]
    t(
        "conception-bailleur-de-fonds",
        de="konzeption-geldgeber",
        it="ideazione-finanziatore",
        en="conception-funder",
    )
    t("appliquer-le-canevas", de="canvas-anwenden", it="applicare-il-canvas", en="applying-the-canvas")
    t("atelier-canevas", de="workshop-canvas", it="laboratorio-canvas", en="canvas-workshop")
    t("Lausanne", it="Losanna")  # the place of the translated sessions and event, as Italian names it
    for code in TRANSLATED:
        for page in (guides["conception-bailleur-de-fonds"], modules[0], agenda[0]):
            translate(page, locales[code], t)
