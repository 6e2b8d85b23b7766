"""The demo's printable templates: one per tool and language, the canvases also in A3.

A canvas tool (one whose blocks are all the blocks of its canvas) is drawn as its canvas, from the
taxonomy's blocks in the sheet's language; another tool gets a ruled sheet headed by its boxes (or
its steps). Each template is a Wagtail document titled in its own language; a translated sheet
points to its language's templates the way a translator does it in wagtail-localize: an override
of the instrument's document segment (`override_documents`).
"""

import json

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from ..worksheets import canvas_pdf, worksheet_pdf
from .texts import t, tr

DOCUMENT_TITLES = {
    "fr": "{title} – modèle à remplir",
    "de": "{title} – Vorlage zum Ausfüllen",
    "it": "{title} – modello da compilare",
    "en": "{title} – template to fill in",
}
SIZE_SUFFIX = {"A4": " (A4)", "A3": " (A3)"}
DESCRIPTIONS = {
    "A4": tr(
        "Modèle à imprimer (A4) et à remplir en groupe.",
        (
            "Vorlage zum Ausdrucken (A4) und gemeinsamen Ausfüllen.",
            "Modello da stampare (A4) e compilare in gruppo.",
            "Template to print (A4) and fill in as a group.",
        ),
    ),
    "A3": tr(
        "Le même canevas en A3, pour travailler à plusieurs autour d'une table.",
        (
            "Derselbe Canvas in A3, um zu mehreren an einem Tisch zu arbeiten.",
            "Lo stesso canvas in A3, per lavorare in più persone attorno a un tavolo.",
            "The same canvas in A3, for several people working around one table.",
        ),
    ),
}
FOOTER = "Social Business Models – {title} – CC BY-SA 4.0 – {lineage}"

# The boxes of the translated tools' templates, in German, Italian and English.
for french, others in [
    ("Partenaires clés", ("Schlüsselpartner", "Partner chiave", "Key partners")),
    ("Activités clés", ("Schlüsselaktivitäten", "Attività chiave", "Key activities")),
    ("Ressources clés", ("Schlüsselressourcen", "Risorse chiave", "Key resources")),
    ("Proposition de valeur", ("Wertangebot", "Proposta di valore", "Value proposition")),
    ("Relations avec les clients", ("Kundenbeziehungen", "Relazioni con i clienti", "Customer relationships")),
    ("Canaux", ("Kanäle", "Canali", "Channels")),
    ("Segments de clientèle", ("Kundensegmente", "Segmenti di clientela", "Customer segments")),
    ("Structure de coûts", ("Kostenstruktur", "Struttura dei costi", "Cost structure")),
    ("Sources de revenus", ("Einnahmequellen", "Flussi di ricavi", "Revenue streams")),
    ("Logique d'intervention", ("Interventionslogik", "Logica d'intervento", "Intervention logic")),
    (
        "Objectif global, objectif spécifique, résultats, activités",
        (
            "Oberziel, Projektziel, Ergebnisse, Aktivitäten",
            "Obiettivo generale, obiettivo specifico, risultati, attività",
            "Overall objective, specific objective, results, activities",
        ),
    ),
    (
        "Indicateurs objectivement vérifiables",
        (
            "Objektiv überprüfbare Indikatoren",
            "Indicatori oggettivamente verificabili",
            "Objectively verifiable indicators",
        ),
    ),
    ("Sources de vérification", ("Quellen der Überprüfung", "Fonti di verifica", "Sources of verification")),
    ("Hypothèses", ("Annahmen", "Ipotesi", "Assumptions")),
    ("Dit", ("Sagt", "Dice", "Says")),
    ("Pense", ("Denkt", "Pensa", "Thinks")),
    ("Fait", ("Tut", "Fa", "Does")),
    ("Ressent", ("Fühlt", "Sente", "Feels")),
    ("Difficultés", ("Schwierigkeiten", "Difficoltà", "Pains")),
    ("Attentes", ("Erwartungen", "Aspettative", "Gains")),
    ("Forces", ("Stärken", "Punti di forza", "Strengths")),
    ("Faiblesses", ("Schwächen", "Punti di debolezza", "Weaknesses")),
    ("Opportunités", ("Chancen", "Opportunità", "Opportunities")),
    ("Menaces", ("Risiken", "Minacce", "Threats")),
    ("Internes, positives", ("Intern, positiv", "Interni, positivi", "Internal, positive")),
    ("Internes, négatives", ("Intern, negativ", "Interni, negativi", "Internal, negative")),
    ("Externes, positives", ("Extern, positiv", "Esterne, positive", "External, positive")),
    ("Externes, négatives", ("Extern, negativ", "Esterne, negative", "External, negative")),
    ("Pourquoi", ("Warum", "Perché", "Why")),
    ("Comment", ("Wie", "Come", "How")),
    ("Quoi", ("Was", "Cosa", "What")),
]:
    tr(french, others)


def canvas_blocks(tool, terms):
    """The tool's blocks (French CanvasBlocks) if they are all the blocks of its canvas, else None."""
    canvas = terms["canvas"][tool["canvas"]]
    of_canvas = [slug for slug, block in terms["block"].items() if block.canvas_id == canvas.pk]
    if tool["blocks"] and sorted(tool["blocks"]) == sorted(of_canvas):
        return [terms["block"][slug] for slug in tool["blocks"]]
    return None


def in_language(text, code):
    return text if code == "fr" else t.for_language(code).get(text, text)


def boxes_in(tool, code):
    """The headed boxes of the tool's template in language `code`."""
    if tool.get("boxes"):
        return [(in_language(heading, code), in_language(hint, code)) for heading, hint in tool["boxes"]]
    steps = tool["steps"] if code == "fr" else tool["translations"][code]["steps"]
    return [(step[0], step[2] or "") for step in steps]


def save_document(title, filename, content):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def templates_for(tool, terms, code, locale=None):
    """[(size, document)] of the tool's templates in language `code` (whose `locale` translates the
    canvas blocks), made once."""
    texts = tool if code == "fr" else tool["translations"][code]
    footer = FOOTER.format(title=texts["title"], lineage=texts["lineage"])
    blocks = canvas_blocks(tool, terms)
    sizes = ("A4", "A3") if blocks else ("A4",)
    made = []
    for size in sizes:
        title = DOCUMENT_TITLES[code].format(title=texts["title"]) + (SIZE_SUFFIX[size] if blocks else "")
        filename = f"{slugify(texts['slug'])}-{code}-{size.lower()}.pdf"
        existing = get_document_model().objects.filter(title=title).first()
        if existing:
            made.append((size, existing))
            continue
        if blocks:
            shown = [block if code == "fr" else block.get_translation_or_none(locale) or block for block in blocks]
            content = canvas_pdf(texts["title"], shown, size=size, subtitle=f"{texts['summary']}\n{footer}")
        else:
            content = worksheet_pdf(texts["title"], boxes_in(tool, code), subtitle=texts["summary"], footer=footer)
        made.append((size, save_document(title, filename, content)))
    return made


def override_documents(page, locale, documents):
    """Point the translation of `page` into `locale` to `documents` ({French document's id: its
    version in that language}) as a translator does in the translation editor: a SegmentOverride of
    each instrument's document segment, which wagtail-localize applies when it saves the translation."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        if not segment.context.path.endswith(".document"):
            continue
        french_id = int(json.loads(segment.data_json))
        if french_id in documents:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(str(documents[french_id].pk))},
            )
