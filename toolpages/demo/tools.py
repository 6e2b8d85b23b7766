"""Builds tool pages from the demo catalogue, with their printable templates in each language."""

from sbm_site.demo import add_child, child_by_slug, translate

from ..models import RelatedTool, ToolContributor, ToolInstrument, ToolPage
from .catalogue import CATALOGUE
from .consultation import consultation_fields
from .texts import rich, t, tr
from .worksheets import DESCRIPTIONS, override_documents, templates_for
from .workshop import DURATIONS, fill_durations

AUTHOR = "Social Business Models, GT Production"
TRANSLATORS = {
    "de": "Social Business Models, Traduction DE",
    "it": "Social Business Models, Traduction IT",
    "en": "Social Business Models, Traduction EN",
}
FIRST_VERSION = tr(
    "Première version de la fiche publiée sur le site.",
    (
        "Erste Version des Blatts auf der Website veröffentlicht.",
        "Prima versione della scheda pubblicata sul sito.",
        "First version of the sheet published on the site.",
    ),
)
TEXT_KEYS = (
    "title",
    "slug",
    "summary",
    "for_whom",
    "reasons",
    "results",
    "conditions",
    "risks",
    "people",
    "effort",
    "lineage",
)


def record_translations(tool):
    """Record every French string of `tool` with its German and English versions, if it has them."""
    for code, translated in tool.get("translations", {}).items():
        for key in TEXT_KEYS:
            t(tool[key], **{code: translated[key]})
        for french, other in zip(tool["steps"], translated["steps"], strict=True):
            for fr_text, other_text in zip(french, other, strict=True):
                if fr_text:
                    t(fr_text, **{code: other_text})
        for fr_text, other_text in zip(tool["example"], translated["example"], strict=True):
            t(fr_text, **{code: other_text})
        for fr_text, other_text in zip(tool["references"], translated["references"], strict=True):
            t(fr_text, **{code: other_text})


def tool_page(tool, terms):
    step_values = [
        ("step", {"title": title, "text": rich(text), "duration": duration}) for title, text, duration in tool["steps"]
    ]
    example_title, context, organisation, country, outcome = tool["example"]
    example = {
        "title": example_title,
        "context": context,
        "organisation_type": organisation,
        "country": country,
        "phase": terms["phase"][tool["phases"][0]],
        "outcome": outcome,
        "image": None,
    }
    page = ToolPage(
        title=tool["title"],
        slug=tool["slug"],
        summary=tool["summary"],
        for_whom=rich(tool["for_whom"]),
        reasons=rich(tool["reasons"]),
        expected_results=rich(tool["results"]),
        conditions=rich(tool["conditions"]),
        risks=rich(tool["risks"]),
        canvas=terms["canvas"][tool["canvas"]],
        complexity=tool["complexity"],
        people_needed=tool["people"],
        effort=tool["effort"],
        effort_hours=tool["hours"],
        duration_minutes=DURATIONS.get(tool["slug"]),
        steps=step_values,
        examples=[("example", example)],
        lineage=tool["lineage"],
        references=rich(*tool["references"]),
        status=tool.get("status", "published"),
        version="001",
        change_summary=FIRST_VERSION,
    )
    for field, value in consultation_fields(tool["slug"]).items():
        setattr(page, field, value)
    page.blocks = [terms["block"][slug] for slug in tool["blocks"]]
    page.phases = [terms["phase"][slug] for slug in tool["phases"]]
    page.audiences = [terms["audience"][slug] for slug in tool["audiences"]]
    page.instruments = [
        ToolInstrument(document=document, description=DESCRIPTIONS[size])
        for size, document in templates_for(tool, terms, "fr")
    ]
    contributors = [ToolContributor(name=AUTHOR, role="author", is_group=True)]
    contributors += [
        ToolContributor(name=TRANSLATORS[code], role="translator", language=code, is_group=True)
        for code in tool.get("translations", {})
    ]
    page.contributors = contributors
    return page


def load_tools(library, locales, terms, created):
    pages = {}
    for tool in CATALOGUE:
        record_translations(tool)
        page = child_by_slug(library, tool["slug"])
        if page is None:
            page = tool_page(tool, terms)
            page.related_tool_links = [
                RelatedTool(tool=pages[slug]) for slug in tool.get("related", []) if slug in pages
            ]
            page = add_child(library, page)
            created.append(page)
        pages[tool["slug"]] = page
    for tool in CATALOGUE:
        page = pages[tool["slug"]]
        french = templates_for(tool, terms, "fr")
        for code in tool.get("translations", {}):
            if page.get_translation_or_none(locales[code]) is None:
                # As a translator would: each template pointed to its version in the sheet's language.
                in_language = dict(templates_for(tool, terms, code, locales[code]))
                override_documents(page, locales[code], {document.pk: in_language[size] for size, document in french})
                created.append(translate(page, locales[code], t))
    fill_durations(pages)
    return pages
