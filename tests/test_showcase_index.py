"""The open-model index: filters by sector, place, canvas, licence and tool, counts, a constant query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from showcase.models import OpenModelIndexPage, OpenModelPage, Sector
from tests.showcase_factories import add_open_model
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: these tests change content between requests without publishing."""
    settings.PAGE_CACHE_SECONDS = 0


INDEX = {
    "fr": "/fr/modeles-open-source/",
    "de": "/de/offene-modelle/",
    "en": "/en/open-source-models/",
    "it": "/it/modelli-open-source/",
}
FRENCH_TITLES = {
    "Une épicerie solidaire de quartier",
    "Une entreprise d'insertion dans la collecte et le tri textile",
    "Un réseau de repair cafés",
    "Une coopérative d'énergie citoyenne",
    "Une boutique de commerce équitable animée par des bénévoles",
}


def listing(client, query="", language="fr"):
    response = client.get(INDEX[language] + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return {link.get_text(strip=True) for link in soup.select(".model-card h3 a")}


def options(soup, facet):
    """{value: label} of a filter's options, without the "All" choice."""
    return {
        option["value"]: option.get_text(strip=True)
        for option in soup.select(f"select[name={facet}] option")
        if option["value"]
    }


def heading(soup):
    return soup.select_one("#model-results-title").get_text(strip=True)


def test_every_live_french_model_is_listed_with_its_count(client):
    soup = listing(client)
    assert titles(soup) == FRENCH_TITLES
    assert heading(soup) == "5 modèles"


def test_each_language_lists_its_translations_and_the_french_models_not_translated_yet(client):
    not_translated = FRENCH_TITLES - {"Un réseau de repair cafés", "Une coopérative d'énergie citoyenne"}
    english = listing(client, language="en")
    assert titles(english) == {"A network of repair cafés", "A community energy cooperative"} | not_translated
    assert heading(english) == "5 models"
    assert (
        titles(listing(client, language="de"))
        == {
            "Ein Netzwerk von Repair-Cafés",
            "Eine Bürgerenergie-Genossenschaft",
        }
        | not_translated
    )
    for card in english.select(".model-card"):
        french = card.select_one("h3").get("lang") == "fr"
        assert french == (card.select_one("h3 a").get_text(strip=True) in not_translated)
        assert bool(card.find(string="French only")) == french


def test_sector_filter_with_counts(client):
    soup = listing(client, "?sector=energie")
    assert titles(soup) == {"Une coopérative d'énergie citoyenne"}
    assert heading(soup) == "1 modèle"
    sector_options = options(soup, "sector")
    assert sector_options["energie"] == "Énergie (1)"
    assert len(sector_options) == 5
    assert soup.select_one("select[name=sector] option[selected]")["value"] == "energie"


def test_sector_labels_are_in_the_visitors_language_also_for_french_models(client):
    assert options(listing(client, language="en"), "sector") == {
        "energie": "Energy (1)",
        "commerce-equitable": "Fair trade (1)",
        "alimentation": "Food (1)",
        "reparation-reemploi": "Repair and reuse (1)",
        "insertion": "Work integration (1)",
    }
    only_french = listing(client, "?sector=alimentation", language="en")
    assert titles(only_french) == {"Une épicerie solidaire de quartier"}
    assert only_french.select_one(".model-card__meta").get_text().endswith("Food")


def test_country_and_region_filter(client):
    soup = listing(client)
    places = options(soup, "place")
    assert places["CH"] == "Suisse (3)"
    assert places["CH/Vaud"] == "– Vaud (1)"
    assert places["BE"] == "Belgique (1)"
    assert titles(listing(client, "?place=CH")) == {
        "Une épicerie solidaire de quartier",
        "Un réseau de repair cafés",
        "Une coopérative d'énergie citoyenne",
    }
    assert titles(listing(client, "?place=CH/Fribourg")) == {"Une coopérative d'énergie citoyenne"}


def test_licence_filter(client):
    soup = listing(client, "?licence=CC-BY-4.0")
    assert titles(soup) == {
        "Une entreprise d'insertion dans la collecte et le tri textile",
        "Une coopérative d'énergie citoyenne",
    }
    assert options(soup, "licence") == {
        "CC-BY-4.0": "CC BY 4.0 (2)",
        "CC-BY-SA-4.0": "CC BY-SA 4.0 (2)",
        "CC0-1.0": "CC0 1.0 (1)",
    }


def test_counts_of_one_filter_follow_the_others(client):
    soup = listing(client, "?place=CH")
    assert options(soup, "licence") == {
        "CC-BY-4.0": "CC BY 4.0 (1)",
        "CC-BY-SA-4.0": "CC BY-SA 4.0 (2)",
        "CC0-1.0": "CC0 1.0 (0)",
    }
    assert options(soup, "place")["BE"] == "Belgique (1)"  # a facet does not narrow its own counts


def test_tool_and_canvas_filters(client, locales):
    tool = ToolPage.objects.live().filter(locale=locales["fr"], open_model_links__isnull=False).first()
    users = set(
        OpenModelPage.objects.live().filter(locale=locales["fr"], used_tools__tool=tool).values_list("title", flat=True)
    )
    soup = listing(client, f"?tool={tool.pk}")
    assert titles(soup) == users
    assert options(soup, "tool")[str(tool.pk)] == f"{tool.title} ({len(users)})"
    assert tool.canvas is not None
    with_canvas = listing(client, f"?canvas={tool.canvas.slug}")
    assert users <= titles(with_canvas)
    assert options(with_canvas, "canvas")[tool.canvas.slug].startswith(tool.canvas.name)


def test_filters_combine_and_can_match_nothing(client):
    soup = listing(client, "?sector=energie&place=BE")
    assert titles(soup) == set()
    assert heading(soup) == "0 modèle"  # French uses the singular for zero
    assert "Aucun modèle ne correspond à ces filtres." in soup.get_text()
    assert soup.select_one(".model-results a")["href"] == INDEX["fr"]


@pytest.mark.parametrize(
    "query", ["?sector=nope", "?licence=%3Cscript%3E", "?place=ZZ", "?tool=abc", "?canvas=x&page=-3"]
)
def test_unknown_filter_values_are_ignored_with_a_message(client, query):
    soup = listing(client, query)
    assert titles(soup) == FRENCH_TITLES
    assert "n'ont pas été reconnus et ont été ignorés" in soup.select_one(".model-results__notice").get_text()


def test_drafts_and_private_models_are_not_listed_nor_counted(client, locales):
    french = {page.slug: page for page in OpenModelPage.objects.filter(locale=locales["fr"])}
    french["epicerie-solidaire"].unpublish()
    PageViewRestriction.objects.create(page=french["boutique-de-commerce-equitable"], restriction_type="login")
    soup = listing(client)
    assert titles(soup) == FRENCH_TITLES - {
        "Une épicerie solidaire de quartier",
        "Une boutique de commerce équitable animée par des bénévoles",
    }
    assert "alimentation" not in options(soup, "sector")
    assert "BE" not in options(soup, "place")


def add_models(count, locales):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    sector = Sector.objects.get(slug="energie", locale=locales["fr"])
    tools = list(ToolPage.objects.live().filter(locale=locales["fr"])[:3])
    for number in range(count):
        page = add_open_model(
            index,
            f"Modèle {number}",
            f"modele-{number}",
            sector,
            tools,
            number,
            country="FR",
            region=f"Région {number}",
            licence="CC0-1.0",
        )
        page.save_revision().publish()


def test_listing_costs_the_same_queries_whatever_the_number_of_models(client, locales, django_assert_num_queries):
    client.get(INDEX["fr"] + "?sector=energie")  # warm caches (site, locales) shared by every request
    connection.queries_log.clear()  # a full log captures nothing
    with CaptureQueriesContext(connection) as small:
        listing(client, "?sector=energie")
    small_count = len(small.captured_queries)  # read now: each request empties the log
    add_models(15, locales)
    listing(client, "?sector=energie")  # warm again: publishing retired the cached menu, footer, terms…
    with django_assert_num_queries(small_count):
        soup = listing(client, "?sector=energie")
    assert heading(soup) == "16 modèles"
    assert len(soup.select(".model-card")) == 12
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?sector=energie&page=2"
    second = listing(client, "?sector=energie&page=2")
    assert len(second.select(".model-card")) == 4
