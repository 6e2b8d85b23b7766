"""The open-model index: filters by sector, place, canvas, licence and tool, counts, a constant query count.

Each test builds the models it reads (`tests.factories`) in a sector, a country or with a tool of
their own, so what it asserts does not depend on the demo's five models."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from showcase.models import OpenModelPage

from .factories import CanvasFactory, OpenModelPageFactory, SectorFactory, ToolPageFactory, translate

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


def french_titles():
    """Every live public French model: what the French index lists."""
    models = OpenModelPage.objects.live().public().filter(locale__language_code="fr")
    return set(models.values_list("title", flat=True))


@pytest.fixture
def sector():
    return SectorFactory(name="Secteur quokka")


@pytest.fixture
def models(sector):
    """Three models of a sector of their own, in Liechtenstein (which no demo model is in)."""
    return [
        OpenModelPageFactory(
            title="Modèle quokka de Vaduz", sector=sector, country="LI", region="Vaduz", licence="CC-BY-4.0"
        ),
        OpenModelPageFactory(
            title="Modèle quokka de Schaan", sector=sector, country="LI", region="Schaan", licence="CC0-1.0"
        ),
        OpenModelPageFactory(title="Modèle quokka sans région", sector=sector, country="LI", licence="CC0-1.0"),
    ]


def test_every_live_french_model_is_listed_with_its_count(client, models):
    soup = listing(client)
    assert titles(soup) == french_titles()
    assert {model.title for model in models} <= titles(soup)
    assert heading(soup) == f"{len(french_titles())} modèles"


def test_each_language_lists_its_translations_and_the_french_models_not_translated_yet(client, models):
    translated, french_only = models[0], models[1]
    translate(translated, "en", title="A quokka model of Vaduz")
    translate(translated, "de", title="Ein Quokka-Modell aus Vaduz")
    english = listing(client, language="en")
    assert "A quokka model of Vaduz" in titles(english)
    assert translated.title not in titles(english)  # each model once, in English where it is
    assert french_only.title in titles(english)
    assert len(titles(english)) == len(french_titles())
    assert heading(english) == f"{len(french_titles())} models"
    german = titles(listing(client, language="de"))
    assert {"Ein Quokka-Modell aus Vaduz", french_only.title} <= german
    assert translated.title not in german
    cards = {card.select_one("h3 a").get_text(strip=True): card for card in english.select(".model-card")}
    for card in cards.values():
        french = card.select_one("h3").get("lang") == "fr"
        assert bool(card.find(string="French only")) == french
    assert cards[french_only.title].select_one("h3").get("lang") == "fr"
    assert cards["A quokka model of Vaduz"].select_one("h3").get("lang") is None


def test_sector_filter_with_counts(client, sector, models):
    soup = listing(client, f"?sector={sector.slug}")
    assert titles(soup) == {model.title for model in models}
    assert heading(soup) == "3 modèles"
    assert options(soup, "sector")[sector.slug] == "Secteur quokka (3)"
    assert soup.select_one("select[name=sector] option[selected]")["value"] == sector.slug


def test_sector_labels_are_in_the_visitors_language_also_for_french_models(client, sector, models):
    translate(sector, "en", name="Quokka trade")
    english = listing(client, language="en")
    assert options(english, "sector")[sector.slug] == "Quokka trade (3)"
    only_french = listing(client, f"?sector={sector.slug}", language="en")
    assert titles(only_french) == {model.title for model in models}
    for meta in only_french.select(".model-card__meta"):
        assert meta.get_text().endswith("Quokka trade")


def test_country_and_region_filter(client, models):
    places = options(listing(client), "place")
    assert places["LI"] == "Liechtenstein (3)"
    assert places["LI/Vaduz"] == "– Vaduz (1)"
    assert places["LI/Schaan"] == "– Schaan (1)"
    assert titles(listing(client, "?place=LI")) == {model.title for model in models}
    assert titles(listing(client, "?place=LI/Schaan")) == {"Modèle quokka de Schaan"}


def test_licence_filter(client, sector, models):
    soup = listing(client, f"?sector={sector.slug}&licence=CC0-1.0")
    assert titles(soup) == {"Modèle quokka de Schaan", "Modèle quokka sans région"}
    assert options(soup, "licence") == {
        "CC-BY-4.0": "CC BY 4.0 (1)",
        "CC-BY-SA-4.0": "CC BY-SA 4.0 (0)",
        "CC0-1.0": "CC0 1.0 (2)",
    }


def test_counts_of_one_filter_follow_the_others(client, sector, models):
    OpenModelPageFactory(title="Modèle quokka de Vaud", sector=sector, country="CH", region="Vaud", licence="CC0-1.0")
    soup = listing(client, "?place=LI")
    assert options(soup, "sector")[sector.slug] == "Secteur quokka (3)"  # the one in Vaud is not counted
    assert options(soup, "licence")["CC0-1.0"].endswith("(2)")
    soup = listing(client, f"?place=LI&sector={sector.slug}")
    assert options(soup, "licence") == {
        "CC-BY-4.0": "CC BY 4.0 (1)",
        "CC-BY-SA-4.0": "CC BY-SA 4.0 (0)",
        "CC0-1.0": "CC0 1.0 (2)",
    }
    assert options(soup, "place")["CH"].endswith("(1)")  # a facet does not narrow its own counts


def test_tool_and_canvas_filters(client, sector, models):
    canvas = CanvasFactory(name="Canevas quokka")
    tool = ToolPageFactory(title="Outil quokka des modèles", canvas=canvas)
    users = {
        OpenModelPageFactory(title=f"Modèle quokka outillé {number}", sector=sector, tools=[tool]).title
        for number in range(2)
    }
    soup = listing(client, f"?tool={tool.pk}")
    assert titles(soup) == users
    assert options(soup, "tool")[str(tool.pk)] == f"{tool.title} (2)"
    with_canvas = listing(client, f"?canvas={canvas.slug}")
    assert titles(with_canvas) == users
    assert options(with_canvas, "canvas")[canvas.slug].startswith("Canevas quokka")


def test_filters_combine_and_can_match_nothing(client, sector, models):
    soup = listing(client, f"?sector={sector.slug}&place=BE")
    assert titles(soup) == set()
    assert heading(soup) == "0 modèle"  # French uses the singular for zero
    assert "Aucun modèle ne correspond à ces filtres." in soup.get_text()
    assert soup.select_one(".model-results a")["href"] == INDEX["fr"]


@pytest.mark.parametrize(
    "query", ["?sector=nope", "?licence=%3Cscript%3E", "?place=ZZ", "?tool=abc", "?canvas=x&page=-3"]
)
def test_unknown_filter_values_are_ignored_with_a_message(client, models, query):
    soup = listing(client, query)
    assert titles(soup) == french_titles()
    assert "n'ont pas été reconnus et ont été ignorés" in soup.select_one(".model-results__notice").get_text()


def test_drafts_and_private_models_are_not_listed_nor_counted(client):
    draft = OpenModelPageFactory(title="Modèle quokka retiré", sector=SectorFactory(), country="LI")
    private = OpenModelPageFactory(title="Modèle quokka privé", sector=SectorFactory(), country="LU")
    soup = listing(client)
    assert {draft.title, private.title} <= titles(soup)
    assert {"LI", "LU", draft.sector.slug, private.sector.slug} <= set(options(soup, "place")) | set(
        options(soup, "sector")
    )
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    soup = listing(client)
    assert titles(soup) == french_titles() - {private.title}
    assert draft.title not in titles(soup)
    assert private.title not in titles(soup)
    for absent in (draft.sector.slug, private.sector.slug):
        assert absent not in options(soup, "sector")
    assert "LI" not in options(soup, "place")
    assert "LU" not in options(soup, "place")


def add_models(numbers, sector, tools):
    for number in numbers:
        OpenModelPageFactory(
            title=f"Modèle {number}",
            sector=sector,
            tools=tools,
            country="FR",
            region=f"Région {number}",
            licence="CC0-1.0",
        )


def test_listing_costs_the_same_queries_whatever_the_number_of_models(client, sector, django_assert_num_queries):
    tools = [ToolPageFactory() for _number in range(3)]
    add_models(range(1), sector, tools)
    query = f"?sector={sector.slug}"
    client.get(INDEX["fr"] + query)  # warm caches (site, locales) shared by every request
    connection.queries_log.clear()  # a full log captures nothing
    with CaptureQueriesContext(connection) as small:
        listing(client, query)
    small_count = len(small.captured_queries)  # read now: each request empties the log
    add_models(range(1, 16), sector, tools)
    listing(client, query)  # warm again: publishing retired the cached menu, footer, terms…
    with django_assert_num_queries(small_count):
        soup = listing(client, query)
    assert heading(soup) == "16 modèles"
    assert len(soup.select(".model-card")) == 12
    assert soup.select_one('.pagination a[rel="next"]')["href"] == f"?sector={sector.slug}&page=2"
    second = listing(client, f"{query}&page=2")
    assert len(second.select(".model-card")) == 4
