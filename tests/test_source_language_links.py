"""A link from a translated page to an item that is not live in its language leads to the French
item and says so (issue #22, point 2): `lang` and `hreflang` "fr" and a label in the visitor's
language; a link to a live translation carries neither."""

import pytest
from bs4 import BeautifulSoup

from guides.models import GuidePage

pytestmark = pytest.mark.django_db

LABELS = {"de": "Nur auf Französisch", "it": "Solo in francese", "en": "French only"}


def step_links(client, guide):
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    return soup.select(".guide-step__tool a")


@pytest.mark.parametrize("language", ["de", "it", "en"])
def test_a_guide_step_whose_sheet_is_not_translated_leads_to_the_french_sheet_marked_french(client, locales, language):
    french_guide = GuidePage.objects.get(locale=locales["fr"], slug="conception-bailleur-de-fonds")
    guide = french_guide.get_translation(locales[language])
    first_step = guide.steps.select_related("tool").order_by("sort_order").first()
    translated_tool = first_step.tool.get_translation_or_none(locales[language])
    assert translated_tool is not None and translated_tool.live, "the demo translates the first step's sheet"
    links = step_links(client, guide)
    assert links[0]["href"] == translated_tool.url
    assert not links[0].has_attr("lang"), "a live translation is not marked"

    translated_tool.unpublish()
    links = step_links(client, guide)
    french_tool = first_step.tool.get_translation(locales["fr"])
    assert links[0]["href"] == french_tool.url
    assert links[0]["lang"] == "fr" and links[0]["hreflang"] == "fr"
    assert links[0].find_next_sibling("span", class_="source-language").get_text() == f"({LABELS[language]})"


@pytest.mark.parametrize("language", ["de", "it"])
def test_a_sheet_lists_the_guides_and_models_using_it_in_french_when_not_translated(client, locales, language):
    """The sheet's "guides and training that use this tool" and "open models built with it" offer the
    French ones that have no translation, marked, beside the translated ones."""
    from showcase.models import OpenModelPage

    french_guide = GuidePage.objects.get(locale=locales["fr"], slug="conception-bailleur-de-fonds")
    french_tool = french_guide.steps.select_related("tool").order_by("sort_order").first().tool
    sheet = french_tool.get_translation(locales[language])
    translated_guide = french_guide.get_translation(locales[language])
    translated_guide.unpublish()
    model = OpenModelPage.objects.filter(locale=locales["fr"]).order_by("path").first()
    model.used_tools.create(tool=french_tool, how_used="Pour tester")
    model.save_revision().publish()
    if (translated_model := model.get_translation_or_none(locales[language])) is not None:
        translated_model.unpublish()

    soup = BeautifulSoup(client.get(sheet.url).content, "html.parser")
    guides = {link.get_text(strip=True): link for link in soup.select(".tool-guides a")}
    assert guides[french_guide.title]["lang"] == "fr"
    assert guides[french_guide.title]["href"] == french_guide.url
    models = {link.get_text(strip=True): link for link in soup.select(".tool-models a")}
    assert models[model.title]["lang"] == "fr"
    label = models[model.title].find_next_sibling("span", class_="source-language").get_text()
    assert label == f"({LABELS[language]})"


def test_the_german_booklet_marks_templates_still_french_within_the_query_budget(client, locales, settings):
    """A booklet prints each step's sheet with its templates: a template the German sheet has not
    replaced yet is the French one, and says so; the page stays within 15 queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    settings.PAGE_CACHE_SECONDS = 0
    french_guide = GuidePage.objects.get(locale=locales["fr"], slug="conception-bailleur-de-fonds")
    guide = french_guide.get_translation(locales["de"])
    with translation.override("de"):
        tool = guide.get_steps()[0].public_tool
    assert tool.locale_id == locales["de"].pk, "the demo translates the first step's sheet"
    instrument = tool.instruments.first()
    instrument.document = tool.get_translation(locales["fr"]).instruments.first().document
    instrument.save()  # as if the translator had not chosen a German template

    url = guide.url + "booklet/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert len(queries) <= 15, "\n".join(query["sql"] for query in queries.captured_queries)
    soup = BeautifulSoup(response.content, "html.parser")
    sheet = soup.select_one(f"#tool-sheet-{tool.pk}").find_parent("article")
    link = sheet.select_one(".tool-instruments a[download]")
    assert link["lang"] == "fr"
    assert link.find_next_sibling("span", class_="source-language").get_text() == f"({LABELS['de']})"
