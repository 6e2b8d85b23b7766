""" "Outils en consultation": the live tools of a language in pre-publication or under revision, with
what is asked of readers; and the reviewers' dashboard panel."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

import pytest
from bs4 import BeautifulSoup

from toolpages.models import ConsultationPage, ToolIndexPage, ToolPage

from .test_cocreation_workflow import submit_new_tool

pytestmark = pytest.mark.django_db

CONSULTATION_URLS = {
    "fr": "/fr/outils/outils-en-consultation/",
    "de": "/de/werkzeuge/werkzeuge-in-vernehmlassung/",
    "it": "/it/strumenti/strumenti-in-consultazione/",
    "en": "/en/tools/tools-in-consultation/",
}


def consulted_titles(locale):
    return set(
        ToolPage.objects.live()
        .filter(locale=locale, status__in=["prepublished", "revising"])
        .values_list("title", flat=True)
    )


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {heading.get_text(strip=True) for heading in soup.select("main .tool-consultation__item h2")}


@pytest.mark.parametrize("language", CONSULTATION_URLS)
def test_each_language_lists_its_own_live_tools_in_consultation(client, locales, language):
    response = client.get(CONSULTATION_URLS[language])
    assert response.status_code == 200
    expected = consulted_titles(locales[language])
    assert listed_titles(response) == expected
    if not expected:  # no tool is translated into Italian yet
        with translation.override(language):
            empty = gettext("No tool is open for consultation at the moment.")
        assert empty in BeautifulSoup(response.content, "html.parser").get_text(" ")
    published = ToolPage.objects.live().filter(locale=locales[language], status="published").first()
    if published is not None:
        assert published.title not in listed_titles(response)


def test_a_tool_shows_what_is_asked_and_links_to_its_forms(client, locales):
    tool = ToolPage.objects.get(slug="analyse-swot", locale=locales["fr"])
    assert tool.status == "revising" and tool.consultation_request
    soup = BeautifulSoup(client.get(CONSULTATION_URLS["fr"]).content, "html.parser")
    item = soup.find(id=f"consulted-{tool.pk}").find_parent("article")
    assert "version 002 est en préparation" in item.get_text()
    links = {link["href"] for link in item.select(".tool-contribute__links a")}
    assert links == {
        tool.url + "suggerer-une-revision/",
        tool.url + "partager-un-exemple/",
        tool.url + "proposer-une-traduction/",
    }
    assert soup.select_one("main a[href='/fr/outils/proposer-un-outil/']") is not None
    german = BeautifulSoup(client.get(CONSULTATION_URLS["de"]).content, "html.parser").get_text()
    assert "Eine Version 002 ist in Vorbereitung" in german


def test_drafts_and_unpublished_tools_never_appear(client, login, locales, home_pages):
    french_library = ToolIndexPage.objects.get(locale=locales["fr"])
    login("contributrice")
    submit_new_tool(client, french_library)  # a pre-publication draft, in moderation
    draft = ToolPage.objects.get(slug="carte-des-parties-prenantes-test")
    assert not draft.live and draft.status == "prepublished"
    withdrawn = ToolPage.objects.get(slug="canevas-strategie", locale=locales["fr"])
    withdrawn.unpublish()
    client.logout()
    listed = listed_titles(client.get(CONSULTATION_URLS["fr"]))
    assert draft.title not in listed and withdrawn.title not in listed
    assert listed == consulted_titles(locales["fr"])


def test_the_page_makes_as_many_queries_for_many_tools_as_for_few(client, locales):
    def queries():
        for alias in caches:
            caches[alias].clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(CONSULTATION_URLS["fr"]).status_code == 200
        return len(captured)

    few = queries()
    more = ToolPage.objects.live().filter(locale=locales["fr"], status="published")[:10]
    ToolPage.objects.filter(pk__in=[tool.pk for tool in more]).update(status="revising")
    assert len(consulted_titles(locales["fr"])) >= 15
    assert queries() == few


def test_many_tools_in_consultation_are_listed_twelve_a_page(client, locales):
    more = ToolPage.objects.live().filter(locale=locales["fr"], status="published")[:12]
    ToolPage.objects.filter(pk__in=[tool.pk for tool in more]).update(status="prepublished")
    consulted = consulted_titles(locales["fr"])
    assert len(consulted) > 12

    first = client.get(CONSULTATION_URLS["fr"])
    soup = BeautifulSoup(first.content, "html.parser")
    assert len(listed_titles(first)) == 12
    following = soup.select_one("nav.pagination a[rel=next]")
    assert following is not None and following["href"] == "?page=2"
    second = client.get(CONSULTATION_URLS["fr"] + following["href"])
    assert listed_titles(first) | listed_titles(second) == consulted
    assert not listed_titles(first) & listed_titles(second)
    # A page number that is not one, or past the end, still answers with a page of tools.
    assert listed_titles(client.get(CONSULTATION_URLS["fr"] + "?page=abc")) == listed_titles(first)
    assert listed_titles(client.get(CONSULTATION_URLS["fr"] + "?page=99")) == listed_titles(second)


def test_the_library_leads_to_the_consultation_page_which_exists_in_four_languages(client):
    library = BeautifulSoup(client.get("/fr/outils/").content, "html.parser")
    assert library.select_one(f"main a[href='{CONSULTATION_URLS['fr']}']") is not None
    assert ConsultationPage.objects.live().count() == 4


def dashboard_panel(client):
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    heading = soup.select_one("#tools-in-consultation-title")
    return heading.find_parent("section") if heading else None


@pytest.mark.parametrize("reviewer", ["production", "comite"])
def test_reviewers_see_the_tools_in_consultation_on_their_dashboard(client, login, locales, reviewer):
    login(reviewer)
    panel = dashboard_panel(client)
    assert panel is not None
    tool = ToolPage.objects.get(slug="analyse-swot", locale=locales["fr"])
    assert panel.select_one(f"a[href='/admin/pages/{tool.pk}/edit/']").get_text(strip=True) == tool.title
    total = ToolPage.objects.live().filter(status__in=["prepublished", "revising"]).count()
    assert f"({total})" in panel.h2.get_text()


@pytest.mark.parametrize("other", ["contributrice", "communication", "traduction-de"])
def test_other_roles_do_not_get_the_panel(client, login, other):
    login(other)
    assert dashboard_panel(client) is None


def test_wagtails_own_panel_shows_production_the_tools_awaiting_its_review(client, login, locales):
    login("contributrice")
    tool = submit_new_tool(client, ToolIndexPage.objects.get(locale=locales["fr"]))
    login("production")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    awaiting = soup.select_one("#awaiting-review-section")
    assert awaiting is not None and tool.title in awaiting.get_text()
