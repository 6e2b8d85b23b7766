"""The tool library: filters alone and combined, counts, query, sort, pages, canvas navigation."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from toolpages.models import Canvas, CanvasBlock, Phase, ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: the anonymous page cache would answer repeated requests."""
    settings.PAGE_CACHE_SECONDS = 0


LIBRARY_URL = "/fr/outils/"


@pytest.fixture
def library(locales):
    return ToolIndexPage.objects.get(locale=locales["fr"])


def french_tools(locales):
    return ToolPage.objects.live().public().filter(locale=locales["fr"])


def all_results(response):
    """Every tool the library lists for this request (all pages of results), in its order."""
    ids = list(response.context["tools"].paginator.object_list)  # the pages' ids, in order
    tools = ToolPage.objects.in_bulk(ids)
    return [tools[pk] for pk in ids]


def listed(response):
    """Titles of every tool the library lists for this request (all pages of results)."""
    return {tool.title for tool in all_results(response)}


def shown_on_page(response):
    return {tool.title for tool in response.context["tools"]}


def titles(queryset):
    return set(queryset.values_list("title", flat=True))


def test_library_lists_every_live_french_tool_without_filters(client, locales):
    response = client.get(LIBRARY_URL)
    assert response.status_code == 200
    assert listed(response) == titles(french_tools(locales))
    assert len(listed(response)) >= 40
    for title in shown_on_page(response):
        assert title.replace("'", "&#x27;") in response.content.decode()


@pytest.mark.parametrize(
    ("param", "value", "lookup"),
    [
        ("canvas", "strategie", {"canvas__slug": "strategie"}),
        ("canvas", "valeurs", {"canvas__slug": "valeurs"}),
        ("block", "pourquoi", {"blocks__slug": "pourquoi"}),
        ("block", "espace-externe", {"blocks__slug": "espace-externe"}),
        ("phase", "curiosite", {"phases__slug": "curiosite"}),
        ("phase", "maturation", {"phases__slug": "maturation"}),
        ("complexity", "3", {"complexity": 3}),
        ("complexity", "1", {"complexity": 1}),
        ("effort", "up-to-1h", {"effort_hours__lte": 1}),
        ("effort", "over-8h", {"effort_hours__gt": 8}),
        ("audience", "bailleurs-de-fonds", {"audiences__slug": "bailleurs-de-fonds"}),
        ("status", "prepublished", {"status": "prepublished"}),
        ("status", "published", {"status": "published"}),
    ],
)
def test_each_filter_alone_lists_exactly_the_matching_tools(client, locales, param, value, lookup):
    expected = titles(french_tools(locales).filter(**lookup).distinct())
    assert expected, "the demo has tools for every option tested"
    response = client.get(LIBRARY_URL, {param: value})
    assert response.status_code == 200
    assert listed(response) == expected
    assert shown_on_page(response) <= expected
    assert f'value="{value}" id="filter-{param}-{value}" checked' in response.content.decode()


def test_filters_combine_across_facets_and_add_up_within_one(client, locales):
    tools = french_tools(locales)
    response = client.get(LIBRARY_URL, {"canvas": "modele-d-affaires", "phase": "curiosite", "complexity": "1"})
    expected = titles(tools.filter(canvas__slug="modele-d-affaires", phases__slug="curiosite", complexity=1).distinct())
    assert expected
    assert listed(response) == expected

    response = client.get(LIBRARY_URL, {"phase": ["curiosite", "maturation"], "canvas": "strategie"})
    expected = titles(tools.filter(canvas__slug="strategie", phases__slug__in=["curiosite", "maturation"]).distinct())
    assert listed(response) == expected


def test_each_option_counts_the_tools_it_would_give(client):
    response = client.get(LIBRARY_URL, {"canvas": "modele-d-affaires", "complexity": "2"})
    library = response.context["library"]
    for facet_key in ("phase", "canvas", "complexity", "audience", "effort", "status"):
        for option in library.facet(facet_key).options:
            params = {"canvas": "modele-d-affaires", "complexity": "2"}
            params[facet_key] = option.value
            assert option.count == len(listed(client.get(LIBRARY_URL, params))), (facet_key, option.value)
    phase = library.facet("phase").options[0]
    assert f'{phase.label} <span class="count">({phase.count} ' in response.content.decode()


def option_count(client, facet_key, value, **params):
    library = client.get(LIBRARY_URL, params).context["library"]
    return next(option.count for option in library.facet(facet_key).options if option.value == value)


@pytest.mark.parametrize("params", [{}, {"canvas": "modele-d-affaires"}])
def test_counts_kept_between_visits_follow_a_publication_and_an_unpublication(client, library, params):
    """Counts are kept under the content generation: a new tool changes them at once."""
    before = option_count(client, "complexity", "3", **params)
    assert option_count(client, "complexity", "3", **params) == before  # kept, and still right
    tool = ToolPage(title="Outil exigeant neuf", slug="outil-exigeant-neuf", summary="Neuf.", complexity=3)
    tool.canvas = Canvas.objects.get(locale=library.locale, slug="modele-d-affaires")
    library.add_child(instance=tool)
    tool.save_revision().publish()
    assert option_count(client, "complexity", "3", **params) == before + 1
    total = client.get(LIBRARY_URL, params).context["tools"].paginator.count
    tool.unpublish()
    assert option_count(client, "complexity", "3", **params) == before
    assert client.get(LIBRARY_URL, params).context["tools"].paginator.count == total - 1


def test_an_empty_result_says_so_and_offers_every_tool(client):
    response = client.get(LIBRARY_URL, {"canvas": "rse", "phase": "curiosite"})
    assert response.status_code == 200
    assert listed(response) == set()
    html = response.content.decode()
    assert 'class="tool-results__empty"' in html
    assert f'href="{LIBRARY_URL}"' in html


def test_free_text_query_searches_the_sheets(client, locales):
    response = client.get(LIBRARY_URL, {"q": "Osterwalder"})
    expected = titles(french_tools(locales).filter(lineage__icontains="Osterwalder"))
    assert expected <= listed(response)
    assert "Business Model Canvas" in listed(response)
    response = client.get(LIBRARY_URL, {"q": "zzzz-nothing-like-this"})
    assert listed(response) == set()


@pytest.mark.parametrize(
    ("params", "explanation"),
    [
        ({"page": "abc"}, "a page that is not a number"),
        ({"page": "999"}, "a page past the end"),
        ({"complexity": "9", "phase": "unknown"}, "unknown options"),
        ({"sort": "nonsense"}, "an unknown sort"),
        ({"q": "x" * 5000}, "a very long query"),
    ],
)
def test_bad_input_gives_a_page_not_an_error(client, params, explanation):
    assert client.get(LIBRARY_URL, params).status_code == 200, explanation


def test_sorting_by_title_and_by_revision(client, locales):
    response = client.get(LIBRARY_URL, {"sort": "title"})
    ordered = [tool.title for tool in all_results(response)]
    assert ordered == list(french_tools(locales).order_by("title", "pk").values_list("title", flat=True))
    tool = french_tools(locales).get(slug="analyse-swot")
    tool.save_revision().publish()
    response = client.get(LIBRARY_URL, {"sort": "revised"})
    assert next(iter(response.context["tools"])).title == tool.title


def test_pages_of_results_keep_the_filters(client):
    first = client.get(LIBRARY_URL)
    second = client.get(LIBRARY_URL, {"page": "2"})
    assert shown_on_page(first).isdisjoint(shown_on_page(second))
    filtered = client.get(LIBRARY_URL, {"canvas": "modele-d-affaires"})
    assert filtered.context["tools"].paginator.num_pages > 1
    assert "?canvas=modele-d-affaires&amp;page=2" in filtered.content.decode()


def cards_on_every_page(client, params):
    """The ids of the cards shown, page after page, in order (what a visitor reads)."""
    first = client.get(LIBRARY_URL, params)
    shown = []
    for number in range(1, first.context["tools"].paginator.num_pages + 1):
        shown += [card.pk for card in client.get(LIBRARY_URL, {**params, "page": number}).context["tools"]]
    return shown


@pytest.mark.parametrize(
    "params",
    [{}, {"sort": "newest"}, {"sort": "revised"}, {"canvas": "modele-d-affaires"}, {"q": "de", "sort": "newest"}],
)
def test_the_cards_page_after_page_are_every_listed_tool_once_in_order(client, params):
    """Unfiltered, a page of cards is read with SQL of its own: it shows what the ORM lists, in order."""
    expected = list(client.get(LIBRARY_URL, params).context["tools"].paginator.object_list)
    assert len(expected) > 12
    assert cards_on_every_page(client, params) == expected


@pytest.mark.parametrize("params", [{}, {"sort": "newest"}, {"canvas": "modele-d-affaires"}])
def test_only_live_public_tools_are_listed(client, locales, params):
    draft = french_tools(locales).get(slug="analyse-swot")
    draft.unpublish()
    shown = cards_on_every_page(client, params)
    assert draft.pk not in shown
    assert set(shown) <= set(french_tools(locales).values_list("pk", flat=True))
    private = french_tools(locales).get(slug="persona")
    if "canvas" not in params:
        assert private.pk in shown
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert private.pk not in cards_on_every_page(client, params)
    french = listed(client.get(LIBRARY_URL))
    assert "Analyse SWOT" not in french
    assert "Persona" not in french
    german_titles = listed(client.get("/de/werkzeuge/"))
    assert "Analyse SWOT" not in german_titles  # its French version is a draft now
    assert "Arbre de problèmes" not in german_titles
    assert "Problembaum" in german_titles


def test_canvas_navigation_leads_into_the_filtered_library(client):
    html = client.get(LIBRARY_URL).content.decode()
    assert '<figure class="canvas-nav"' in html
    for canvas in ("valeurs", "modele-d-affaires", "gouvernance", "strategie", "rse"):
        assert f'href="{LIBRARY_URL}?canvas={canvas}"' in html
    for block in (
        "valeurs-partagees",
        "ou",
        "pourquoi",
        "qui",
        "par-quoi",
        "quoi",
        "avec-quoi",
        "verifiable",
        "avec-qui",
    ):
        assert f'href="{LIBRARY_URL}?block={block}"' in html
    assert "<img" not in html.split('<figure class="canvas-nav"')[1].split("</figure>")[0]
    response = client.get(LIBRARY_URL, {"block": "avec-qui"})
    assert listed(response) and all(
        "avec-qui" in tool.blocks.values_list("slug", flat=True) for tool in all_results(response)
    )


def test_the_canvas_figure_is_kept_but_shows_a_canvas_edited_since(client, locales):
    def figure():
        html = client.get(LIBRARY_URL).content.decode()
        return html.split('<figure class="canvas-nav"')[1].split("</figure>")[0]

    assert "quokka" not in figure()  # now kept with the chrome
    canvas = Canvas.objects.get(locale=locales["fr"], slug="gouvernance")
    canvas.description = "Qui décide, et comment : quokka"
    canvas.save()
    assert "Qui décide, et comment : quokka" in figure()


def test_german_library_shows_terms_in_german_with_the_same_filter_links(client):
    html = client.get("/de/werkzeuge/").content.decode()
    assert "Neugier" in html
    assert "Curiosité" not in html
    assert 'href="/de/werkzeuge/?canvas=strategie"' in html
    response = client.get("/de/werkzeuge/", {"phase": "curiosite"})
    assert "Problembaum" in listed(response)


def add_tools(library, numbers, terms):
    for number in numbers:
        tool = ToolPage(
            title=f"Outil de charge {number}",
            slug=f"outil-de-charge-{number}",
            summary="Pour mesurer.",
            canvas=terms["canvas"],
            complexity=2,
        )
        library.add_child(instance=tool)
        tool.phases = [terms["phase"]]
        tool.blocks = [terms["block"]]
        tool.save()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.context["tools"])


@pytest.mark.parametrize(
    "query_string",
    [
        "?q=charge",
        "?q=charge&phase=conception&sort=newest",
        "?q=charge&canvas=modele-d-affaires&block=qui&complexity=2",
    ],
)
def test_the_library_makes_the_same_number_of_queries_whatever_the_number_of_tools(
    client, library, locales, query_string, django_assert_num_queries
):
    french = locales["fr"]
    terms = {
        "canvas": Canvas.objects.get(locale=french, slug="modele-d-affaires"),
        "phase": Phase.objects.get(locale=french, slug="conception"),
        "block": CanvasBlock.objects.get(locale=french, slug="qui"),
    }
    url = LIBRARY_URL + query_string
    client.get(url)  # warm the caches that every page view shares
    add_tools(library, range(2), terms)
    small, shown = count_queries(client, url)
    assert shown == 2
    add_tools(library, range(2, 11), terms)
    with django_assert_num_queries(small):
        response = client.get(url)
    assert len(response.context["tools"]) == 11


@pytest.mark.parametrize("language", ["fr", "de"])
def test_each_card_links_to_its_tool_sheet(client, locales, language):
    library = ToolIndexPage.objects.get(locale=locales[language])
    response = client.get(library.url + "?page=2")
    soup = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".tool-card .card__title a")}
    assert response.context["tools"].number == 2  # French: 45 tools, German: 16 (12 on the first page)
    assert len(links) == len(response.context["tools"]) > 0
    for tool in response.context["tools"]:
        assert links[tool.title] == ToolPage.objects.get(pk=tool.pk).url
    title, url = next(iter(links.items()))
    assert title in client.get(url).content.decode()
