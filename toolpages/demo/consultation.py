"""Demo of the consultation: the page "Outils en consultation" in four languages, and what a few
sheets in pre-publication or under revision ask their readers."""

from sbm_site.demo import add_child, translate

from ..models import ConsultationPage
from .texts import rich, t, tr

CONSULTATION_SLUGS = ("werkzeuge-in-vernehmlassung", "strumenti-in-consultazione", "tools-in-consultation")

# slug of the tool: (status shown to readers, what the sheet asks its readers)
REQUESTS = {
    "canevas-modele-affaires-social": (
        "prepublished",
        (
            "Cette fiche est en pré-publication. Dites-nous si l'ordre proposé pour remplir les blocs vous a aidé, "
            "et quel bloc a posé le plus de questions à votre groupe.",
            "Dieses Blatt ist in der Vorveröffentlichung. Sagen Sie uns, ob die vorgeschlagene Reihenfolge der "
            "Blöcke Ihnen geholfen hat und welcher Block Ihrer Gruppe die meisten Fragen gestellt hat.",
            "Questa scheda è in pre-pubblicazione. Diteci se l'ordine proposto per compilare i blocchi vi ha "
            "aiutato e quale blocco ha sollevato più domande nel vostro gruppo.",
            "This sheet is in pre-publication. Tell us whether the suggested order for filling in the blocks "
            "helped you, and which block raised the most questions in your group.",
        ),
    ),
    "arbre-de-problemes": (
        "prepublished",
        (
            "Nous cherchons des exemples d'utilisation : avez-vous construit un arbre de problèmes avec les "
            "personnes concernées elles-mêmes ? Partagez votre expérience.",
            "Wir suchen Anwendungsbeispiele: Haben Sie einen Problembaum mit den Betroffenen selbst erstellt? "
            "Teilen Sie Ihre Erfahrung.",
            "Cerchiamo esempi d'uso: avete costruito un albero dei problemi con le persone direttamente "
            "interessate? Condividete la vostra esperienza.",
            "We are looking for usage examples: have you built a problem tree with the people concerned "
            "themselves? Share your experience.",
        ),
    ),
    "canevas-strategie": (
        "prepublished",
        (
            "À quelle fréquence reprenez-vous ce canevas ? Vos remarques sur l'effort estimé nous aideront à "
            "finaliser la fiche.",
            "Wie oft nehmen Sie dieses Canvas wieder auf? Ihre Hinweise zum geschätzten Aufwand helfen uns, "
            "das Blatt fertigzustellen.",
            "Con quale frequenza riprendete questo canvas? Le vostre osservazioni sull'impegno stimato ci "
            "aiuteranno a completare la scheda.",
            "How often do you come back to this canvas? Your remarks on the estimated effort will help us "
            "finish the sheet.",
        ),
    ),
    "canevas-des-valeurs": (
        "prepublished",
        (
            "La fiche n'indique pas encore d'effort estimé : combien de temps et de personnes vous a-t-il fallu ?",
            "Das Blatt nennt noch keinen geschätzten Aufwand: Wie viel Zeit und wie viele Personen haben Sie "
            "gebraucht?",
            "La scheda non indica ancora un impegno stimato: quanto tempo e quante persone vi sono serviti?",
            "The sheet does not give an estimated effort yet: how much time and how many people did you need?",
        ),
    ),
    "analyse-swot": (
        "revising",
        (
            "Une version 002 est en préparation : elle renverra au V-SWOT de l'association, qui ajoute les "
            "valeurs à l'analyse. Quand préférez-vous l'un ou l'autre ?",
            "Eine Version 002 ist in Vorbereitung: Sie wird auf das V-SWOT des Vereins verweisen, das die Werte "
            "in die Analyse einbezieht. Wann ziehen Sie das eine oder das andere vor?",
            "È in preparazione una versione 002: rimanderà al V-SWOT dell'associazione, che aggiunge i valori "
            "all'analisi. Quando preferite l'uno o l'altro?",
            "A version 002 is being prepared: it will point to the association's V-SWOT, which adds values to "
            "the analysis. When do you prefer one or the other?",
        ),
    ),
}


def consultation_fields(slug):
    """The status and the rich-text request of a demo tool, its translations recorded; {} if it asks nothing."""
    if slug not in REQUESTS:
        return {}
    status, texts = REQUESTS[slug]
    return {"status": status, "consultation_request": rich(tr(texts[0], texts[1:]))}


def consultation_page_fields():
    tr("outils-en-consultation", CONSULTATION_SLUGS)
    return {
        "title": tr(
            "Outils en consultation",
            ("Werkzeuge in Vernehmlassung", "Strumenti in consultazione", "Tools in consultation"),
        ),
        "slug": "outils-en-consultation",
        "intro": rich(
            tr(
                "Ces fiches sont en pré-publication ou en révision. Lisez-les, essayez-les et dites-nous ce qu'il "
                "faut changer : chaque contribution est relue par le GT Production avant toute publication.",
                (
                    "Diese Blätter sind in Vorveröffentlichung oder in Überarbeitung. Lesen Sie sie, probieren "
                    "Sie sie aus und sagen Sie uns, was zu ändern ist: Jeder Beitrag wird vor jeder "
                    "Veröffentlichung von der AG Produktion geprüft.",
                    "Queste schede sono in pre-pubblicazione o in revisione. Leggetele, provatele e diteci cosa "
                    "cambiare: ogni contributo è riletto dal GL Produzione prima di qualsiasi pubblicazione.",
                    "These sheets are in pre-publication or under revision. Read them, try them and tell us what "
                    "to change: GT Production reviews every contribution before anything is published.",
                ),
            )
        ),
    }


def load_consultation_page(library, locales, created):
    page = add_child(library, ConsultationPage(**consultation_page_fields()))
    created.append(page)
    for code in ("de", "it", "en"):
        created.append(translate(page, locales[code], t))
    return page
