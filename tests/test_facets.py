"""The facets engine (`sbm_site.facets`) through the tool library and the open models, over
content of the test's own: counts by the faceted-search rule, one or many options, unknown
values, links that remove an option, and counts kept until the next publication."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from sbm_site.generation import MAX_KEPT_CHOICES
from showcase.models import OpenModelIndexPage, OpenModelPage, Sector
from tests.showcase_factories import add_open_model
from toolpages.models import Canvas, Phase, ToolPage

from .factories import ToolPageFactory

pytestmark = pytest.mark.django_db

LIBRARY_URL = "/fr/outils/"
# (title, canvas, phases, complexity, effort in hours)
TOOLS = [
    ("Outil A", "modele-d-affaires", ["curiosite"], 1, 1),
    ("Outil B", "modele-d-affaires", ["curiosite", "conception"], 2, 3),
    ("Outil C", "strategie", ["conception"], 2, 10),
    ("Outil D", "strategie", [], 3, 1),
]


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: the anonymous page cache would answer repeated requests."""
    settings.PAGE_CACHE_SECONDS = 0


def add_tool(locales, title, canvas, phases, complexity, effort_hours):
    french = locales["fr"]
    return ToolPageFactory(
        title=title,
        summary="Un outil de test.",
        canvas=Canvas.objects.get(locale=french, slug=canvas),
        phases=list(Phase.objects.filter(locale=french, slug__in=phases)),
        complexity=complexity,
        effort_hours=effort_hours,
    )


@pytest.fixture
def tools(locales):
    """Only the test's tools in the library: the demo's are taken offline (rolled back after the test)."""
    ToolPage.objects.filter(live=True).update(live=False)
    return [add_tool(locales, *tool) for tool in TOOLS]


def library_page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def library(client, query=""):
    return library_page(client, LIBRARY_URL + query)


def counts(soup, facet):
    """{option value: its count} of one facet, as the visitor reads them."""
    found = {}
    for box in soup.select(f"input[type=checkbox][name={facet}]"):
        label = soup.select_one(f"label[for={box['id']}] .count").get_text()
        found[box["value"]] = int(re.search(r"\d+", label).group())
    return found


def checked(soup, facet):
    return {box["value"] for box in soup.select(f"input[type=checkbox][name={facet}][checked]")}


def total(soup):
    return int(soup.select_one("#results-title").get_text(strip=True).split()[0])


def listed(soup):
    return {link.get_text(strip=True) for link in soup.select(".tool-cards h3 a")}


def counting_queries(client, query):
    """The aggregate queries of one request for the library."""
    with CaptureQueriesContext(connection) as queries:
        library(client, query)
    return [query["sql"] for query in queries.captured_queries if "COUNT(" in query["sql"].upper()]


def test_counts_without_a_selection(client, tools):
    soup = library(client)
    assert total(soup) == 4
    assert listed(soup) == {"Outil A", "Outil B", "Outil C", "Outil D"}
    phases = counts(soup, "phase")
    assert (phases.pop("curiosite"), phases.pop("conception")) == (2, 2)
    assert set(phases.values()) <= {0}
    assert {value: counts(soup, "complexity")[value] for value in ("1", "2", "3")} == {"1": 1, "2": 2, "3": 1}
    assert {value: counts(soup, "canvas")[value] for value in ("modele-d-affaires", "strategie")} == {
        "modele-d-affaires": 2,
        "strategie": 2,
    }
    assert counts(soup, "effort")["up-to-1h"] == 2


def test_an_option_counts_what_adding_it_gives_with_the_other_facets_applied(client, tools):
    soup = library(client, "?phase=curiosite")
    assert listed(soup) == {"Outil A", "Outil B"}
    # The phases are counted without the selected phase: choosing conception too adds C.
    assert counts(soup, "phase")["conception"] == 2
    assert {value: counts(soup, "complexity")[value] for value in ("1", "2", "3")} == {"1": 1, "2": 1, "3": 0}

    soup = library(client, "?phase=conception&complexity=2")
    assert listed(soup) == {"Outil B", "Outil C"}
    assert total(soup) == 2
    # Each facet is counted with the other's selection only: its own does not narrow it.
    assert counts(soup, "complexity")["1"] == 0
    assert counts(soup, "complexity")["2"] == 2
    assert counts(soup, "complexity")["3"] == 0
    assert counts(soup, "phase")["curiosite"] == 1
    assert counts(soup, "phase")["conception"] == 2
    # A facet nobody selected is counted with both selections applied.
    assert counts(soup, "canvas")["modele-d-affaires"] == 1
    assert counts(soup, "canvas")["strategie"] == 1


def test_several_options_of_one_facet_keep_the_tools_of_any_of_them(client, tools):
    soup = library(client, "?phase=curiosite&phase=conception")
    assert listed(soup) == {"Outil A", "Outil B", "Outil C"}
    assert checked(soup, "phase") == {"curiosite", "conception"}
    # B has both phases: it is listed and counted once.
    assert total(soup) == 3
    assert counts(soup, "complexity")["2"] == 2

    soup = library(client, "?complexity=1&complexity=3")
    assert listed(soup) == {"Outil A", "Outil D"}
    assert counts(soup, "canvas")["strategie"] == 1


def test_unknown_values_are_ignored(client, tools):
    soup = library(client, "?phase=nulle-part&complexity=9&canvas=")
    assert total(soup) == 4
    assert checked(soup, "phase") == set() and checked(soup, "complexity") == set()
    assert counts(soup, "phase")["curiosite"] == 2

    soup = library(client, "?phase=nulle-part&phase=curiosite")
    assert listed(soup) == {"Outil A", "Outil B"}
    assert checked(soup, "phase") == {"curiosite"}


def test_each_selected_option_has_a_link_that_removes_it(client, tools):
    soup = library(client, "?phase=curiosite&phase=conception&complexity=2&page=1")
    links = {link.get_text(" ", strip=True).split(" ×")[0]: link["href"] for link in soup.select("a.tag")}
    assert len(links) == 3
    removing_curiosity = next(href for text, href in links.items() if "Curiosité" in text)
    assert "curiosite" not in removing_curiosity
    assert "phase=conception" in removing_curiosity and "complexity=2" in removing_curiosity
    assert "page=" not in removing_curiosity
    assert listed(library(client, removing_curiosity)) == {"Outil B", "Outil C"}


def test_counts_are_kept_until_a_publication(client, tools, locales):
    query = "?phase=curiosite"
    assert counting_queries(client, query), "the first request counts"
    assert counting_queries(client, query) == [], "the second reads the counts kept"
    assert counts(library(client, query), "phase")["curiosite"] == 2

    add_tool(locales, "Outil E", "strategie", ["curiosite"], 3, 1)
    soup = library(client, query)
    assert counts(soup, "phase")["curiosite"] == 3
    assert listed(soup) == {"Outil A", "Outil B", "Outil E"}
    assert counts(soup, "canvas")["strategie"] == 1


def test_many_selected_options_are_counted_afresh(client, tools):
    query = "?phase=curiosite&phase=conception&complexity=2"
    assert MAX_KEPT_CHOICES < 3
    counting_queries(client, query)
    assert counting_queries(client, query), "counts of many options are not kept"
    soup = library(client, query)
    assert listed(soup) == {"Outil B", "Outil C"}


def test_a_text_query_is_counted_afresh(client, tools):
    counting_queries(client, "?q=Outil+B")
    assert counting_queries(client, "?q=Outil+B")
    soup = library(client, "?q=Outil+B")
    assert listed(soup) == {"Outil B"}
    assert counts(soup, "phase")["conception"] == 1


# --- One option per facet, options that some item has: the open models --------------------------

OPEN_MODELS_URL = "/fr/modeles-open-source/"


@pytest.fixture
def open_models(locales):
    """Three models of the test's own, the demo's taken offline (rolled back after the test)."""
    OpenModelPage.objects.filter(live=True).update(live=False)
    french = locales["fr"]
    index = OpenModelIndexPage.objects.get(locale=french)
    energy = Sector.objects.get(locale=french, slug="energie")
    other = Sector.objects.filter(locale=french, live=True).exclude(slug="energie").order_by("pk").first()
    for number, (sector, country, region) in enumerate(
        [(energy, "CH", "Vaud"), (energy, "FR", ""), (other, "CH", "Genève")]
    ):
        model = add_open_model(index, f"Modèle {number}", f"modele-{number}", sector, number=number, country=country)
        model.region = region
        model.save_revision().publish()
    return {"energy": energy, "other": other}


def select_counts(soup, facet):
    """{option value: its count} of one select, without its "All" choice."""
    return {
        option["value"]: int(re.search(r"\((\d+)\)$", option.get_text(strip=True)).group(1))
        for option in soup.select(f"select[name={facet}] option")
        if option["value"]
    }


def open_model_titles(soup):
    return {link.get_text(strip=True) for link in soup.select(".model-card h3 a")}


def test_a_select_offers_what_some_model_has_counted_by_the_faceted_search_rule(client, open_models):
    other = open_models["other"].slug
    soup = library_page(client, OPEN_MODELS_URL)
    assert select_counts(soup, "sector") == {"energie": 2, other: 1}
    assert select_counts(soup, "place") == {"CH": 2, "CH/Genève": 1, "CH/Vaud": 1, "FR": 1}

    soup = library_page(client, OPEN_MODELS_URL + "?sector=energie")
    assert open_model_titles(soup) == {"Modèle 0", "Modèle 1"}
    # The sectors are counted without the selected sector; the places with it, and each place
    # some model has stays offered.
    assert select_counts(soup, "sector") == {"energie": 2, other: 1}
    assert select_counts(soup, "place") == {"CH": 1, "CH/Genève": 0, "CH/Vaud": 1, "FR": 1}


def test_a_select_takes_one_value_and_reports_unknown_ones(client, open_models):
    other = open_models["other"].slug
    soup = library_page(client, OPEN_MODELS_URL + f"?sector=energie&sector={other}")
    assert open_model_titles(soup) == {"Modèle 2"}
    assert [option["value"] for option in soup.select("select[name=sector] option[selected]")] == [other]

    soup = library_page(client, OPEN_MODELS_URL + "?place=XX&licence=cc-by")
    assert open_model_titles(soup) == {"Modèle 0", "Modèle 1", "Modèle 2"}
    assert soup.select_one(".model-results__notice") is not None
