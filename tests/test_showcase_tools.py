"""Tools and open models point at each other: a model lists its tools, a tool sheet lists its models."""

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from showcase.models import ModelTool, OpenModelPage
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: these tests change content between requests without publishing."""
    settings.PAGE_CACHE_SECONDS = 0


def page_soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def energy(locales):
    return OpenModelPage.objects.get(slug="cooperative-denergie-citoyenne", locale=locales["fr"])


def linked_tools(model):
    return [link.tool for link in model.used_tools.select_related("tool")]


def test_the_demo_models_are_linked_to_tools_of_the_library(energy):
    tools = linked_tools(energy)
    assert tools
    assert all(tool.locale.language_code == "fr" and tool.live for tool in tools)


def test_a_model_links_to_the_sheets_of_the_tools_it_used(client, energy):
    soup = page_soup(client, energy)
    links = {link["href"]: link.get_text(strip=True) for link in soup.select("#tools a")}
    assert links == {tool.url: tool.title for tool in linked_tools(energy)}


def test_a_translated_model_links_to_the_tools_in_its_language_where_they_exist(client, energy, locales):
    english = energy.get_translation(locales["en"])
    links = [link["href"] for link in page_soup(client, english).select("#tools a")]
    expected = []
    for tool in linked_tools(energy):
        translated = tool.get_translation_or_none(locales["en"])
        expected.append((translated if translated and translated.live else tool).url)
    assert links == expected


def test_a_tool_sheet_lists_the_live_models_of_its_language_that_used_it(client, energy, locales):
    tool = linked_tools(energy)[0]
    users = OpenModelPage.objects.live().filter(locale=locales["fr"], used_tools__tool=tool).distinct()
    section = page_soup(client, tool).select_one(".tool-models")
    assert {link.get_text(strip=True): link["href"] for link in section.select("a")} == {
        model.title: model.url for model in users
    }
    english_tool = tool.get_translation_or_none(locales["en"])
    assert english_tool is not None and english_tool.live
    english_section = page_soup(client, english_tool).select_one(".tool-models")
    english_model = energy.get_translation(locales["en"])
    assert english_model.url in [link["href"] for link in english_section.select("a")]
    assert energy.url not in [link["href"] for link in english_section.select("a")]


def test_a_tool_sheet_hides_draft_and_private_models(client, energy, locales):
    tool = linked_tools(energy)[0]
    for model in OpenModelPage.objects.filter(locale=locales["fr"], used_tools__tool=tool).exclude(pk=energy.pk):
        model.used_tools.filter(tool=tool).delete()
    assert page_soup(client, tool).select_one(".tool-models") is not None
    PageViewRestriction.objects.create(page=energy, restriction_type="login")
    assert page_soup(client, tool).select_one(".tool-models") is None
    PageViewRestriction.objects.filter(page=energy).delete()
    energy.unpublish()
    assert page_soup(client, tool).select_one(".tool-models") is None


def test_a_model_does_not_link_to_a_tool_that_is_no_longer_public(client, energy):
    tool = linked_tools(energy)[0]
    tool.unpublish()
    hrefs = [link["href"] for link in page_soup(client, energy).select("#tools a")]
    assert hrefs and all(href != tool.url for href in hrefs)
    assert ModelTool.objects.filter(page=energy, tool=tool).exists()


def test_a_tool_without_models_shows_no_models_section(client, locales):
    unused = ToolPage.objects.live().filter(locale=locales["fr"], open_model_links__isnull=True).first()
    assert unused is not None
    assert page_soup(client, unused).select_one(".tool-models") is None
