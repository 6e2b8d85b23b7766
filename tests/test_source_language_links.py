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
