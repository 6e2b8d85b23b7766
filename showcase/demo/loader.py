"""Load the showcase demo: sectors, five open models (two translated into German, Italian and English), the share form."""

from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Collection

from sbm_site.demo import add_child, child_by_slug, translate
from toolpages.models import ToolPage

from ..canvas import BLOCKS
from ..models import ImpactFigure, ModelMaterial, ModelTool, OpenModelPage, Prerequisite, Sector, ShareModelPage
from .content import EXAMPLE_SOURCE, MODELS, SECTORS, SHARE_PAGE
from .italian import MODEL_TRANSLATIONS_IT
from .texts import t

TRANSLATED_LANGUAGES = ("de", "it", "en")
# The downloadable canvas is in French, like the models it copies.
FRENCH_BLOCK_NAMES = {
    "valeurs": "Valeurs",
    "ou": "Où",
    "pourquoi": "Pourquoi",
    "qui": "Qui",
    "par-quoi": "Par quoi",
    "quoi": "Quoi",
    "avec-quoi": "Avec quoi",
    "verifiable": "Vérifiable",
    "avec-qui": "Avec qui",
}


def load(home_sections, locales):
    """Create this app's demo content under the language trees; safe to run again."""
    index = home_sections["modeles-open-source"]
    for french, italian in MODEL_TRANSLATIONS_IT.items():
        t(french, it=italian)
    sectors = load_sectors(locales)
    contact_page = child_by_slug(home_sections["association"], "adherer") if "association" in home_sections else None
    share_page = add_child(index, ShareModelPage(**share_page_fields()))
    for code in TRANSLATED_LANGUAGES:
        translate(share_page, locales[code], t)
    for content in MODELS:
        page = child_by_slug(index, content["slug"]) or add_child(index, build_model(content, sectors, contact_page))
        for code in content.get("languages", ()):
            translate(page, locales[code], t)


def share_page_fields():
    fields = dict(SHARE_PAGE)
    slugs = fields.pop("slugs")
    t(fields["slug"], **slugs)
    return fields


def load_sectors(locales):
    """The sectors of the demo models, in every language; returns the French ones by slug."""
    sectors = {}
    for slug, name in SECTORS:
        sector = Sector.objects.filter(locale=locales["fr"], slug=slug).first()
        if sector is None:
            sector = Sector(name=name, slug=slug, locale=locales["fr"], live=True)
            sector.save()
            sector.save_revision().publish()
        for code in TRANSLATED_LANGUAGES:
            translate(sector, locales[code], t)
        sectors[slug] = sector
    return sectors


def build_model(content, sectors, contact_page):
    """A new French model page with its figures, prerequisites, material and tools (not yet saved)."""
    for code, slug in content.get("slugs", {}).items():
        t(content["slug"], **{code: slug})
    page = OpenModelPage(
        title=content["title"],
        slug=content["slug"],
        intro=content["intro"],
        organisation_name=content["organisation_name"],
        is_fictional_example=True,
        country=content["country"],
        region=content["region"],
        sector=sectors[content["sector"]],
        legal_form=content["legal_form"],
        founded=content["founded"],
        size=content["size"],
        size_note=content["size_note"],
        revenue_model=content["revenue_model"],
        essentials=content["essentials"],
        adaptable=content["adaptable"],
        licence=content["licence"],
        attribution=content["attribution"],
        contact_page=contact_page,
        **content["canvas"],
    )
    page.impact_figures = [
        ImpactFigure(indicator=indicator, value=Decimal(str(value)), unit=unit, year=year, source=EXAMPLE_SOURCE)
        for indicator, value, unit, year in content["figures"]
    ]
    page.prerequisites = [Prerequisite(label=label, guidance=guidance) for label, guidance in content["prerequisites"]]
    if "material" in content:
        title, description = content["material"]
        page.materials = [ModelMaterial(document=canvas_document(content), title=title, description=description)]
    page.used_tools = [ModelTool(tool=tool, how_used=how_used) for tool, how_used in demo_tools(content["tools"])]
    return page


def demo_tools(wanted):
    """The French tools of the toolpages demo, by the first of their candidate slugs that exists."""
    found = []
    for slugs, how_used in wanted:
        tools = {tool.slug: tool for tool in ToolPage.objects.filter(locale__language_code="fr", slug__in=slugs)}
        tool = next((tools[slug] for slug in slugs if slug in tools), None)
        if tool is not None:
            found.append((tool, how_used))
    return found


def canvas_document(content):
    """A plain-text copy of the model's canvas, to download and fill in for one's own project."""
    Document = get_document_model()
    title = f"{content['title']} – canevas"
    document = Document.objects.filter(title=title).first()
    if document is None:
        lines = [content["title"], content["organisation_name"] + " (exemple fictif)", ""]
        for block in BLOCKS:
            lines += [FRENCH_BLOCK_NAMES[block.key].upper(), content["canvas"].get(block.field_name, ""), ""]
        file = ContentFile("\n".join(lines).encode(), name=f"{slugify(content['slug'])}-canevas.txt")
        document = Document(title=title, file=file, collection=Collection.get_first_root_node())
        document.save()
    return document
