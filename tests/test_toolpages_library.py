"""The tool library: filters alone and combined, counts, query, sort, pages, canvas navigation.

Each test builds the tools it reads (`tests.factories`), classified under terms of their own, so
what it asserts does not depend on the demo's tools; the demo is only the rest of the library
around them. What is read is what a visitor sees: the cards, the counts beside the filters, the
links."""

from types import SimpleNamespace
from urllib.parse import urljoin

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from toolpages.models import Canvas, ToolIndexPage, ToolPage

from .factories import (
    AudienceFactory,
    CanvasBlockFactory,
    CanvasFactory,
    PhaseFactory,
    ToolPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

PER_PAGE = 12


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: the anonymous page cache would answer repeated requests."""
    settings.PAGE_CACHE_SECONDS = 0


LIBRARY_URL = "/fr/outils/"


def soup_of(client, params=None, url=LIBRARY_URL):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_links(soup):
    """{title: link} of the cards of one page of results, in their order."""
    return {link.get_text(strip=True): link["href"] for link in soup.select(".tool-card .card__title a")}


def listed(client, params=None, url=LIBRARY_URL):
    """Titles of every card the library shows for this request, page after page, in order."""
    soup = soup_of(client, params, url)
    titles = list(card_links(soup))
    following = soup.select_one('.tool-results a[rel="next"]')
    while following:
        soup = soup_of(client, url=urljoin(url, following["href"]))
        titles += list(card_links(soup))
        following = soup.select_one('.tool-results a[rel="next"]')
    assert len(titles) == len(set(titles)), "a tool is shown once"
    return titles


def result_count(soup):
    """The number the results' heading announces ("3 outils")."""
    return int(soup.select_one("#results-title").get_text(strip=True).split()[0])


def option_count(soup, facet, value):
    """The count shown beside a filter's option ("(3 outils)")."""
    label = soup.select_one(f'label[for="filter-{facet}-{value}"] .count')
    return int(label.get_text(strip=True).strip("()").split()[0])


def options_of(soup, facet):
    return [option["value"] for option in soup.select(f'.tool-filters input[name="{facet}"]')]


@pytest.fixture
def terms():
    """Terms of their own: only the tools a test builds are classified under them."""
    canvas, other = CanvasFactory(name="Canevas d'essai"), CanvasFactory(name="Canevas voisin")
    return SimpleNamespace(
        canvas=canvas,
        other=other,
        block=CanvasBlockFactory(canvas=canvas, name="Bloc d'essai"),
        second_block=CanvasBlockFactory(canvas=canvas, name="Second bloc d'essai"),
        other_block=CanvasBlockFactory(canvas=other, name="Bloc voisin"),
        phase=PhaseFactory(name="Phase d'essai"),
        second_phase=PhaseFactory(name="Seconde phase d'essai"),
        empty_phase=PhaseFactory(name="Phase sans outil"),
        audience=AudienceFactory(name="Public d'essai"),
    )


@pytest.fixture
def tools(terms):
    """Three tools differing on every facet: {short name: tool}."""
    return {
        "easy": ToolPageFactory(
            title="Outil d'essai facile",
            canvas=terms.canvas,
            blocks=[terms.block],
            phases=[terms.phase],
            audiences=[terms.audience],
            complexity=1,
            effort_hours=1,
            status="prepublished",
        ),
        "hard": ToolPageFactory(
            title="Outil d'essai exigeant",
            canvas=terms.canvas,
            blocks=[terms.second_block],
            phases=[terms.second_phase],
            complexity=3,
            effort_hours=12,
            status="published",
        ),
        "neighbour": ToolPageFactory(
            title="Outil d'essai voisin",
            canvas=terms.other,
            blocks=[terms.other_block],
            phases=[terms.phase, terms.second_phase],
            complexity=1,
            effort_hours=3,
            status="published",
        ),
    }


def test_library_lists_every_live_french_tool_without_filters(client, locales, tools):
    draft = ToolPageFactory(title="Outil d'essai en brouillon", live=False)
    shown = listed(client)
    expected = ToolPage.objects.live().public().filter(locale=locales["fr"]).values_list("title", flat=True)
    assert set(shown) == set(expected)
    assert {tool.title for tool in tools.values()} <= set(shown)
    assert draft.title not in shown
    assert result_count(soup_of(client)) == len(shown)


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        ("canvas", "canvas", {"easy", "hard"}),
        ("canvas", "other", {"neighbour"}),
        ("block", "block", {"easy"}),
        ("block", "other_block", {"neighbour"}),
        ("phase", "phase", {"easy", "neighbour"}),
        ("phase", "second_phase", {"hard", "neighbour"}),
        ("audience", "audience", {"easy"}),
    ],
)
def test_each_taxonomy_filter_alone_lists_exactly_the_matching_tools(client, terms, tools, param, value, expected):
    slug = getattr(terms, value).slug
    assert set(listed(client, {param: slug})) == {tools[name].title for name in expected}
    html = client.get(LIBRARY_URL, {param: slug}).content.decode()
    assert f'value="{slug}" id="filter-{param}-{slug}" checked' in html


@pytest.mark.parametrize(
    ("param", "value", "lookup", "expected"),
    [
        ("complexity", "3", {"complexity": 3}, {"hard"}),
        ("complexity", "1", {"complexity": 1}, {"easy", "neighbour"}),
        ("effort", "up-to-1h", {"effort_hours__lte": 1}, {"easy"}),
        ("effort", "2-4h", {"effort_hours__gte": 2, "effort_hours__lte": 4}, {"neighbour"}),
        ("effort", "over-8h", {"effort_hours__gt": 8}, {"hard"}),
        ("status", "prepublished", {"status": "prepublished"}, {"easy"}),
        ("status", "published", {"status": "published"}, {"hard", "neighbour"}),
    ],
)
def test_each_choice_filter_alone_lists_exactly_the_matching_tools(
    client, locales, tools, param, value, lookup, expected
):
    """Newest first, the tools built here lead the first page: those that match, and only they."""
    soup = soup_of(client, {param: value, "sort": "newest"})
    shown = set(card_links(soup))
    assert shown & {tool.title for tool in tools.values()} == {tools[name].title for name in expected}
    matching = ToolPage.objects.live().public().filter(locale=locales["fr"], **lookup)
    assert result_count(soup) == matching.count()
    assert soup.select_one(f'input[name="{param}"][value="{value}"]').has_attr("checked")


def test_filters_combine_across_facets_and_add_up_within_one(client, terms, tools):
    shown = listed(client, {"canvas": terms.canvas.slug, "phase": terms.phase.slug, "complexity": "1"})
    assert shown == [tools["easy"].title]
    shown = listed(client, {"phase": [terms.phase.slug, terms.second_phase.slug], "canvas": terms.canvas.slug})
    assert set(shown) == {tools["easy"].title, tools["hard"].title}
    shown = listed(client, {"canvas": [terms.canvas.slug, terms.other.slug], "complexity": "1"})
    assert set(shown) == {tools["easy"].title, tools["neighbour"].title}


def test_each_option_counts_the_tools_it_would_give(client, terms, tools):
    params = {"phase": terms.phase.slug, "complexity": "1"}
    soup = soup_of(client, params)
    assert option_count(soup, "canvas", terms.canvas.slug) == 1
    assert option_count(soup, "canvas", terms.other.slug) == 1
    assert option_count(soup, "phase", terms.second_phase.slug) == 1  # the neighbour, with complexity 1
    for facet in ("phase", "canvas", "complexity", "audience", "effort", "status"):
        for value in options_of(soup, facet):
            counted = option_count(soup, facet, value)
            assert counted == result_count(soup_of(client, {**params, facet: value})), (facet, value)
    label = soup.select_one(f'label[for="filter-phase-{terms.phase.slug}"]')
    assert label.get_text(" ", strip=True) == "Phase d'essai (2 outils)"


@pytest.mark.parametrize("filtered", [False, True])
def test_counts_kept_between_visits_follow_a_publication_and_an_unpublication(client, terms, tools, filtered):
    """Counts are kept under the content generation: a new tool changes them at once."""
    params = {"canvas": terms.canvas.slug} if filtered else {}

    def counts():
        soup = soup_of(client, params)
        return option_count(soup, "complexity", "3"), result_count(soup)

    before, total = counts()
    assert counts() == (before, total)  # kept, and still right
    tool = ToolPageFactory(title="Outil exigeant neuf", canvas=terms.canvas, complexity=3)
    assert counts() == (before + 1, total + 1)
    tool.unpublish()
    assert counts() == (before, total)


def test_an_empty_result_says_so_and_offers_every_tool(client, terms, tools):
    response = client.get(LIBRARY_URL, {"canvas": terms.canvas.slug, "phase": terms.empty_phase.slug})
    assert response.status_code == 200
    html = response.content.decode()
    assert card_links(BeautifulSoup(html, "html.parser")) == {}
    assert 'class="tool-results__empty"' in html
    assert f'href="{LIBRARY_URL}"' in html


def test_free_text_query_searches_the_sheets(client, tools):
    adapted = ToolPageFactory(title="Outil d'essai adapté", lineage="D'après Quokkaville et al.")
    summarised = ToolPageFactory(title="Outil d'essai résumé", summary="Pour les quokkas de Quokkaville.")
    assert set(listed(client, {"q": "Quokkaville"})) == {adapted.title, summarised.title}
    assert listed(client, {"q": "zzzz-nothing-like-this"}) == []


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


def test_sorting_by_title_and_by_revision(client, terms, tools):
    params = {"canvas": terms.canvas.slug}
    assert listed(client, {**params, "sort": "title"}) == [tools["hard"].title, tools["easy"].title]
    for name in ("hard", "easy"):
        tools[name].save_revision().publish()
        assert listed(client, {**params, "sort": "revised"})[0] == tools[name].title


def test_the_whole_library_sorted_by_title_is_in_title_order(client, locales, tools):
    shown = listed(client, {"sort": "title"})
    expected = ToolPage.objects.live().public().filter(locale=locales["fr"]).order_by("title", "pk")
    assert shown == list(expected.values_list("title", flat=True))


@pytest.fixture
def many_tools(terms):
    """More tools of one canvas than a page of results holds."""
    return [
        ToolPageFactory(title=f"Outil quokka {number:02d}", canvas=terms.canvas, phases=[terms.phase])
        for number in range(PER_PAGE + 1)
    ]


def test_pages_of_results_keep_the_filters(client, terms, many_tools):
    first = card_links(soup_of(client))
    second = card_links(soup_of(client, {"page": "2"}))
    assert first and second and first.keys().isdisjoint(second)
    filtered = soup_of(client, {"canvas": terms.canvas.slug})
    assert result_count(filtered) == len(many_tools)
    assert len(card_links(filtered)) == PER_PAGE
    assert filtered.select_one('a[rel="next"]')["href"] == f"?canvas={terms.canvas.slug}&page=2"


@pytest.mark.parametrize("params", [{}, {"sort": "newest"}, {"sort": "revised"}])
def test_the_whole_librarys_cards_page_after_page_are_every_tool_once_in_order(client, locales, tools, params):
    """The pages, one after the other, show every listed tool once, in the listing's order."""
    shown = listed(client, params)
    assert len(shown) == result_count(soup_of(client, params)) > PER_PAGE
    every = ToolPage.objects.live().public().filter(locale=locales["fr"]).values_list("title", flat=True)
    assert set(shown) == set(every)
    if params:
        assert shown.index(tools["neighbour"].title) < shown.index(tools["easy"].title)


@pytest.mark.parametrize("params", [{"canvas": "mine"}, {"q": "quokka", "sort": "newest"}])
def test_the_filtered_cards_page_after_page_are_every_matching_tool_once_in_order(client, terms, many_tools, params):
    if "canvas" in params:
        params = {"canvas": terms.canvas.slug}
    shown = listed(client, params)
    assert len(shown) == result_count(soup_of(client, params)) > PER_PAGE
    assert set(shown) == {tool.title for tool in many_tools}
    if "sort" in params:
        assert shown.index(many_tools[-1].title) < shown.index(many_tools[0].title)


@pytest.mark.parametrize("filtered", [False, True])
def test_only_live_public_tools_are_listed(client, locales, terms, tools, filtered):
    params = {"canvas": terms.canvas.slug} if filtered else {}
    draft, private = tools["easy"], tools["hard"]
    assert {draft.title, private.title} <= set(card_links(soup_of(client, {**params, "sort": "newest"})))
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    soup = soup_of(client, {**params, "sort": "newest"})  # the tools built here would lead it
    assert draft.title not in card_links(soup)
    assert private.title not in card_links(soup)
    public = ToolPage.objects.live().public().filter(locale=locales["fr"])
    assert result_count(soup) == (public.filter(canvas=terms.canvas) if filtered else public).count()


def test_the_german_library_lists_translations_and_never_a_french_draft(client, tools):
    translated = tools["neighbour"]
    german = translate(translated, "de", title="Versuchswerkzeug Nachbar")
    tools["easy"].unpublish()
    german_titles = listed(client, url="/de/werkzeuge/")
    assert german.title in german_titles
    assert translated.title not in german_titles  # shown once, in German
    assert tools["hard"].title in german_titles  # French only, still listed
    assert tools["easy"].title not in german_titles  # its French version is a draft now


def test_canvas_navigation_leads_into_the_filtered_library(client):
    """A smoke test of the demo: the method's five canvases and the nine blocks of the business
    model canvas are the figure at the top of the library, each leading into it filtered."""
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


def test_a_block_link_lists_the_tools_of_that_block(client, terms, tools):
    shown = listed(client, {"block": terms.second_block.slug})
    assert shown == [tools["hard"].title]


def test_the_canvas_figure_is_kept_but_shows_a_canvas_edited_since(client, locales):
    """On the demo: the figure shows the method's own canvases."""

    def figure():
        html = client.get(LIBRARY_URL).content.decode()
        return html.split('<figure class="canvas-nav"')[1].split("</figure>")[0]

    assert "quokka" not in figure()  # now kept with the chrome
    canvas = Canvas.objects.get(locale=locales["fr"], slug="gouvernance")
    canvas.description = "Qui décide, et comment : quokka"
    canvas.save()
    assert "Qui décide, et comment : quokka" in figure()


def test_german_library_shows_terms_in_german_with_the_same_filter_links(client, terms, tools):
    translate(terms.phase, "de", name="Versuchsphase")
    soup = soup_of(client, url="/de/werkzeuge/")
    label = soup.select_one(f'label[for="filter-phase-{terms.phase.slug}"]')
    assert label.get_text(" ", strip=True).startswith("Versuchsphase (2 ")
    assert "Phase d'essai" not in soup.get_text()
    assert set(listed(client, {"phase": terms.phase.slug}, url="/de/werkzeuge/")) == {
        tools["easy"].title,
        tools["neighbour"].title,
    }


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
    return len(queries), len(card_links(soup))


def add_tools(numbers, terms):
    for number in numbers:
        ToolPageFactory(
            title=f"Outil de charge {number}",
            summary="Pour mesurer.",
            canvas=terms.canvas,
            blocks=[terms.block],
            phases=[terms.phase],
            complexity=2,
        )


@pytest.mark.parametrize(
    "query_string",
    ["?q=charge", "?q=charge&phase={phase}&sort=newest", "?q=charge&canvas={canvas}&block={block}&complexity=2"],
)
def test_the_library_makes_the_same_number_of_queries_whatever_the_number_of_tools(
    client, terms, query_string, django_assert_num_queries
):
    url = LIBRARY_URL + query_string.format(phase=terms.phase.slug, canvas=terms.canvas.slug, block=terms.block.slug)
    client.get(url)  # warm the caches that every page view shares
    add_tools(range(2), terms)
    small, shown = count_queries(client, url)
    assert shown == 2
    add_tools(range(2, 11), terms)
    with django_assert_num_queries(small):
        response = client.get(url)
    assert len(card_links(BeautifulSoup(response.content, "html.parser"))) == 11


@pytest.mark.parametrize("language", ["fr", "de"])
def test_each_card_links_to_its_tool_sheet(client, locales, tools, language):
    library = ToolIndexPage.objects.get(locale=locales[language])
    german = translate(tools["neighbour"], "de", title="Versuchswerkzeug Nachbar")
    for page in ("1", "2"):  # the tools built here lead the first page
        links = card_links(soup_of(client, {"sort": "newest", "page": page}, library.url))
        assert len(links) == PER_PAGE
        for title, url in links.items():
            assert title in client.get(url).content.decode()
    links = card_links(soup_of(client, {"sort": "newest"}, library.url))
    expected = german if language == "de" else tools["neighbour"]
    assert links[expected.title] == expected.url
