"""Demo of "Mon atelier": each demo tool's duration in a workshop, and the workshop page in four languages.

A duration is the length of one working session with the tool, taken from its sheet: the sum of its
steps where they fit in a day (the association's canvas: 30 min + 1 h 30 + 30 min, within its stated
"2 à 3 heures"); for tools whose effort runs over weeks (SROI, materiality, a carbon footprint, the
double diamond…), the workshop session that starts the work with the group (scoping, first map,
prioritising), never more than a day.
"""

from sbm_site.demo import add_child, translate

from ..models import ToolPage, WorkshopPage
from .texts import rich, t, tr

DURATIONS = {
    "canevas-modele-affaires-social": 150,
    "arbre-de-problemes": 150,
    "analyse-pestel": 180,
    "v-swot": 135,
    "canevas-creation-de-projets": 195,
    "canevas-rse": 210,
    "canevas-strategie": 60,
    "canevas-des-valeurs": 150,
    "repositionnement-strategique-02-pre-diagnostic-des-valeurs": 60,
    "repositionnement-strategique-09-diagnostic-de-la-gouvernance": 180,
    "definition-des-valeurs-de-l-organisation": 180,
    "business-model-canvas": 150,
    "theorie-du-changement": 180,
    "cadre-logique": 180,
    "carte-des-parties-prenantes": 120,
    "sroi-retour-social-sur-investissement": 180,
    "persona": 105,
    "carte-d-empathie": 50,
    "analyse-swot": 90,
    "social-business-model-canvas": 165,
    "lean-canvas": 50,
    "social-lean-canvas": 55,
    "canevas-de-la-proposition-de-valeur": 100,
    "chaine-de-valeur-de-l-impact": 165,
    "arbre-a-objectifs": 105,
    "cinq-forces-de-porter": 165,
    "grille-erac-ocean-bleu": 210,
    "double-diamant": 180,
    "cinq-pourquoi": 30,
    "diagramme-d-ishikawa": 60,
    "pre-mortem": 55,
    "analyse-de-materialite": 120,
    "sdg-compass": 180,
    "bilan-des-emissions-de-gaz-a-effet-de-serre": 120,
    "objectifs-et-resultats-cles-okr": 120,
    "tableau-de-bord-prospectif": 180,
    "election-sans-candidat": 60,
    "produit-minimum-viable": 60,
    "cercle-d-or": 60,
    "entretiens-de-decouverte-client": 120,
    "carte-du-parcours-usager": 170,
    "matrice-pouvoir-interet": 60,
    "business-model-navigator": 390,
    "outcomes-star": 30,
    "plan-de-tresorerie": 240,
}

WORKSHOP_SLUGS = ("mein-workshop", "il-mio-workshop", "my-workshop")


def fill_durations(tools):
    """Give every language's version of the demo tools (a slug: its French page) their duration, where a
    database made before durations existed lacks it: one published revision each."""
    for slug, tool in tools.items():
        minutes = DURATIONS.get(slug)
        if minutes is None:
            continue
        lacking = ToolPage.objects.filter(translation_key=tool.translation_key, duration_minutes__isnull=True)
        for page in lacking:
            page.duration_minutes = minutes
            page.save_revision().publish()


def workshop_page_fields():
    tr("mon-atelier", WORKSHOP_SLUGS)
    return {
        "title": tr("Mon atelier", ("Mein Workshop", "Il mio workshop", "My workshop")),
        "slug": "mon-atelier",
        "intro": rich(
            tr(
                "Choisissez les outils de votre prochain atelier : vous obtenez un programme minuté avec ses "
                "pauses, la liste de ce qu'il faut imprimer et un dossier d'animation avec les fiches. "
                "Rien n'est enregistré : votre choix tient dans l'adresse de la page, à garder ou à partager.",
                (
                    "Wählen Sie die Werkzeuge Ihres nächsten Workshops: Sie erhalten einen Ablauf mit Zeiten und "
                    "Pausen, die Liste dessen, was auszudrucken ist, und eine Moderationsmappe mit den Blättern. "
                    "Nichts wird gespeichert: Ihre Auswahl steckt in der Adresse der Seite, zum Aufbewahren oder "
                    "Teilen.",
                    "Scegliete gli strumenti del vostro prossimo workshop: ottenete un programma con orari e "
                    "pause, l'elenco di ciò che va stampato e un dossier di animazione con le schede. Nulla viene "
                    "registrato: la vostra scelta sta nell'indirizzo della pagina, da conservare o condividere.",
                    "Choose the tools of your next workshop: you get a timed agenda with its breaks, the list of "
                    "what to print and a facilitation pack with the sheets. Nothing is stored: your choice is in "
                    "the page's address, to keep or to share.",
                ),
            )
        ),
    }


def load_workshop_page(library, locales, created):
    page = add_child(library, WorkshopPage(**workshop_page_fields()))
    created.append(page)
    for code in ("de", "it", "en"):
        created.append(translate(page, locales[code], t))
    return page
