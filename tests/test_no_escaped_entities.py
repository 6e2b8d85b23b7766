"""No escaped entity reaches a reader: text is escaped exactly once, at output (issue #22)."""

import re

from django.conf import settings

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from directory.models import DirectoryPage, Provider
from guides.models import GuideIndexPage, TrainingIndexPage

from .guides_factories import french, make_guide, make_module, make_tool

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# What a reader sees when text was escaped twice: an entity left over after the browser parsed it.
LITERAL_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
HOSTILE_TITLE = "L'atelier <i>d'Anne</i>"
HOSTILE_INTRO = "Qu'en dit <b>Anne</b> ?"
HOSTILE_INTRO_AS_STORED = "<p>Qu&#x27;en dit &lt;b&gt;Anne&lt;/b&gt; ?</p>"  # what the rich-text editor saves
SEARCH_QUERY = "association"


def one_page_per_type(language):
    """The first live public page of each page type in `language`, by position in the tree."""
    pages = {}
    for page in (
        Page.objects.live().public().filter(locale__language_code=language, depth__gt=1).order_by("path").specific()
    ):
        pages.setdefault(type(page), page)
    return pages


def what_a_reader_sees(response):
    """The page's visible text, its <title> and the content of its <meta> tags, as parsed by a browser."""
    assert response.status_code == 200, response.request["PATH_INFO"]
    document = BeautifulSoup(response.content, "html.parser")
    readings = {"title": document.title.get_text() if document.title else ""}
    readings.update(
        {
            f"meta {meta.get('name') or meta.get('property')}": meta["content"]
            for meta in document.select("meta[content]")
        }
    )
    for invisible in document(["script", "style"]):
        invisible.decompose()
    readings["text"] = document.get_text(" ")
    return readings


def literal_entities(response):
    return {
        where: LITERAL_ENTITY.findall(reading)
        for where, reading in what_a_reader_sees(response).items()
        if LITERAL_ENTITY.search(reading)
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_type_shows_an_escaped_entity(client, language):
    pages = one_page_per_type(language)
    assert len(pages) >= 10, f"the demo has too few page types in {language} for this walk to mean anything"

    shown = {type(page).__name__: literal_entities(client.get(page.url)) for page in pages.values()}
    shown["search"] = literal_entities(client.get(f"/{language}/search/", {"q": SEARCH_QUERY}))
    # A provider's page is routed below the directory, not a page type of its own.
    directory = pages[DirectoryPage]
    for provider in Provider.objects.listed().filter(locale=directory.locale)[:3]:
        shown[f"provider {provider.slug}"] = literal_entities(client.get(directory.provider_url(provider)))

    assert {page_type: entities for page_type, entities in shown.items() if entities} == {}


@pytest.fixture
def hostile_guide(locales):
    tools = [make_tool(locales, "Outil Hostile")]
    return make_guide(locales, HOSTILE_TITLE, tools, slug="hostile-guide", intro=HOSTILE_INTRO_AS_STORED)


@pytest.fixture
def hostile_module(locales):
    return make_module(locales, HOSTILE_TITLE, slug="hostile-module", intro=HOSTILE_INTRO_AS_STORED)


@pytest.mark.parametrize(
    ("page_fixture", "index_model"),
    [("hostile_guide", GuideIndexPage), ("hostile_module", TrainingIndexPage)],
    ids=["guide", "training-module"],
)
def test_an_apostrophe_and_markup_in_a_title_or_intro_are_escaped_exactly_once(
    client, locales, request, page_fixture, index_model
):
    page = request.getfixturevalue(page_fixture)
    index_response = client.get(french(index_model, locales).url)
    page_response = client.get(page.url)

    card = BeautifulSoup(index_response.content, "html.parser").find("a", href=page.url).find_parent("article")
    assert HOSTILE_TITLE in card.get_text()
    assert HOSTILE_INTRO in card.get_text()
    document = BeautifulSoup(page_response.content, "html.parser")
    assert document.title.get_text().startswith(HOSTILE_TITLE)
    assert document.select_one('meta[name="description"]')["content"] == HOSTILE_INTRO
    assert document.select_one('meta[property="og:description"]')["content"] == HOSTILE_INTRO
    for response in (index_response, page_response):
        parsed = BeautifulSoup(response.content, "html.parser")
        assert not [element for element in parsed.find_all(["b", "i"]) if "Anne" in element.get_text()]
        assert b"&lt;b&gt;Anne&lt;/b&gt;" in response.content
        assert b"&amp;#x27;" not in response.content and b"&amp;lt;" not in response.content
        assert literal_entities(response) == {}
