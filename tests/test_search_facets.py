"""Site search beyond pages: providers, canvas and phase facets, promotions, highlights, pagination.

Each test builds what it searches for (`tests.factories`), under a made-up word that nothing else
on the site contains, and reads the results, counts and links a visitor sees."""

from django.contrib.auth.models import Permission

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from search.templatetags.search_tags import highlight
from tests.directory_factories import directory_page, make_provider
from toolpages.models import Canvas, ToolIndexPage, ToolPage

from .factories import CanvasFactory, PhaseFactory, ProviderFactory, ToolPageFactory, translate
from .test_search import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db

MORE_HOSTILE_QUERIES = [
    "canevas\x00<script>",
    "title:canevas",
    '"canevas',
    "canevas OR",
    "NOT canevas",
    "canevas AND AND",
    "&amp; &lt;mark&gt;",
    "<mark>canevas</mark>",
    "' UNION SELECT password FROM auth_user --",
    "%",
    "_",
    "canevas" * 40,
    "\u0000\u0001\u0002\u001f\u007f",
    "\ud7ff\ue000",
    "ｃａｎｅｖａｓ",
    "     ",
    "…",
    "{{ 7*7 }}",
    "{% debug %}",
    "${jndi:ldap://x}",
]
HOSTILE_FILTERS = [
    {"type": "auth.user"},
    {"type": "directory.provider", "canvas": "valeurs"},
    {"type": "x" * 500},
    {"type": "..", "canvas": "<script>", "phase": "' OR 1=1"},
    {"canvas": "\x00", "phase": "\x00"},
    {"type": "wagtailcore.page"},
    {"type": "toolpages.toolpage", "canvas": "inconnu", "phase": "inconnue"},
]


def soup_of(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_links(soup):
    return {" ".join(a.get_text().split()): a["href"] for a in soup.select(".results .result__title a")}


def facet_counts(soup, name):
    """{option key: count} of the facet `name` (type, canvas, phase)."""
    counts = {}
    for link in soup.select(f".facet--{name} a[data-{name}]"):
        counts[link[f"data-{name}"]] = int(link.select_one(".count").get_text().strip("()"))
    return counts


def total(soup):
    return int(soup.select_one("#results-title").get_text().split()[0])


# --- Providers ------------------------------------------------------------------------------------


def test_listed_providers_are_results_with_their_own_facet_linking_to_their_page(client):
    provider = make_provider("Conseil Pivoine", description="Accompagnement quokkalisé des coopératives")
    soup = soup_of(client, "/fr/search/", q="quokkalisé")
    expected_url = directory_page().provider_url(provider)
    assert result_links(soup) == {"Conseil Pivoine": expected_url}
    assert facet_counts(soup, "type") == {"directory.provider": 1}
    assert client.get(expected_url).status_code == 200


def test_expired_unpublished_and_other_language_providers_never_appear(client, locales):
    make_provider("Conseil Expiré", description="quokkalisé expiré", days_left=-1)
    make_provider("Conseil Brouillon", description="quokkalisé brouillon", live=False)
    make_provider("Beratung Quokka", description="quokkalisé auf Deutsch", locale=locales["de"])
    soup = soup_of(client, "/fr/search/", q="quokkalisé")
    assert result_links(soup) == {}
    assert "directory.provider" not in facet_counts(soup, "type")
    german = soup_of(client, "/de/search/", q="quokkalisé")
    assert set(result_links(german)) == {"Beratung Quokka"}


def test_the_provider_facet_shows_providers_only_and_all_types_keeps_pages_first(client):
    tools = [ToolPageFactory(summary=f"Un outil quokkatype {number}") for number in range(2)]
    providers = [ProviderFactory(description=f"<p>Conseil quokkatype {number}</p>") for number in range(2)]
    soup = soup_of(client, "/fr/search/", q="quokkatype")
    assert facet_counts(soup, "type") == {"toolpages.toolpage": 2, "directory.provider": 2}
    only_providers = soup_of(client, "/fr/search/", q="quokkatype", type="directory.provider")
    assert set(result_links(only_providers)) == {provider.name for provider in providers}
    directory_url = directory_page().url
    hrefs = [a["href"] for a in soup.select(".results .result__title a")]
    kinds = ["provider" if href.startswith(directory_url) else "page" for href in hrefs]
    assert kinds == ["page", "page", "provider", "provider"], "pages come before providers"
    assert set(result_links(soup)) == {item.title for item in tools} | {provider.name for provider in providers}


def test_pagination_covers_pages_and_providers_exactly_once(client):
    for number in range(6):
        ToolPageFactory(summary=f"Un outil quokkapage {number}")
    for number in range(5):
        ProviderFactory(description=f"<p>Conseil quokkapage {number}</p>")
    first = soup_of(client, "/fr/search/", q="quokkapage")
    count = total(first)
    assert count == sum(facet_counts(first, "type").values()) == 11
    seen = []
    number = 1
    while True:
        soup = soup_of(client, "/fr/search/", q="quokkapage", page=str(number))
        seen += [a["href"] for a in soup.select(".results .result__title a")]
        next_link = soup.select_one(".pagination a[rel=next]")
        if next_link is None:
            break
        assert "q=quokkapage" in next_link["href"]
        number += 1
    assert number > 1, "enough matches for several pages"
    assert len(seen) == count == len(set(seen))


# --- Canvas and phase facets -----------------------------------------------------------------------


@pytest.fixture
def classified():
    """Four tools with the word "quokkafacet", on two canvases and two phases of their own."""
    canvas, other = CanvasFactory(name="Canevas quokka"), CanvasFactory(name="Canevas voisin")
    phase, second = PhaseFactory(name="Phase quokka"), PhaseFactory(name="Seconde phase quokka")
    tools = {
        "first": ToolPageFactory(summary="quokkafacet un", canvas=canvas, phases=[phase]),
        "both": ToolPageFactory(summary="quokkafacet deux", canvas=canvas, phases=[phase, second]),
        "other": ToolPageFactory(summary="quokkafacet trois", canvas=other, phases=[second]),
        "bare": ToolPageFactory(summary="quokkafacet quatre"),
    }
    return canvas, other, phase, second, tools


def test_canvas_and_phase_facets_count_the_tools_and_filter_them(client, classified):
    canvas, other, phase, second, tools = classified
    soup = soup_of(client, "/fr/search/", q="quokkafacet")
    assert facet_counts(soup, "canvas") == {canvas.slug: 2, other.slug: 1}
    assert facet_counts(soup, "phase") == {phase.slug: 2, second.slug: 2}
    for slug, expected in ((phase.slug, {"first", "both"}), (second.slug, {"both", "other"})):
        filtered = soup_of(client, "/fr/search/", q="quokkafacet", phase=slug)
        assert total(filtered) == 2
        assert set(result_links(filtered)) == {tools[name].title for name in expected}
        assert {p.get_text() for p in filtered.select(".result__type")} == {"Outil"}
    on_canvas = soup_of(client, "/fr/search/", q="quokkafacet", canvas=canvas.slug)
    assert total(on_canvas) == 2
    assert on_canvas.select_one(".facet--canvas a[aria-current]")["data-canvas"] == canvas.slug


def test_canvas_phase_and_type_combine(client, classified):
    canvas, other, phase, second, tools = classified
    both = soup_of(client, "/fr/search/", q="quokkafacet", canvas=canvas.slug, phase=second.slug)
    assert total(both) == 1
    assert set(result_links(both)) == {tools["both"].title}
    with_type = soup_of(
        client, "/fr/search/", q="quokkafacet", canvas=canvas.slug, phase=phase.slug, type="toolpages.toolpage"
    )
    assert set(result_links(with_type)) == {tools["first"].title, tools["both"].title}
    other_type = soup_of(client, "/fr/search/", q="quokkafacet", canvas=canvas.slug, type="guides.eventpage")
    assert total(other_type) == 0
    assert other_type.select_one(".no-results a[href='?q=quokkafacet']") is not None


def test_facet_labels_are_in_the_visitors_language(client, classified):
    canvas, other, phase, second, tools = classified
    translate(canvas, "de", name="Quokka-Leinwand")
    translate(phase, "de", name="Quokka-Phase")
    translate(tools["first"], "de", title="Quokkafacet-Werkzeug")
    german = soup_of(client, "/de/search/", q="quokkafacet")
    canvases = {link["data-canvas"]: link.get_text() for link in german.select(".facet--canvas a[data-canvas]")}
    phases = {link["data-phase"]: link.get_text() for link in german.select(".facet--phase a[data-phase]")}
    assert canvases[canvas.slug].startswith("Quokka-Leinwand")
    assert canvases[other.slug].startswith(other.name)  # not translated: the French term
    assert phases[phase.slug].startswith("Quokka-Phase")
    assert phases[second.slug].startswith(second.name)


# --- Locale, leaks -----------------------------------------------------------------------------------


def test_a_german_word_finds_the_german_tool_and_not_the_french_one(client):
    french = ToolPageFactory(title="Outil quokka", summary="Pour les modèles quokka.")
    german = translate(french, "de", title="Quokka-Werkzeug", summary="Für Quokkageschäftsmodelle.")
    found = result_links(soup_of(client, "/de/search/", q="Quokkageschäftsmodelle"))
    assert found == {german.title: german.url}
    assert result_links(soup_of(client, "/fr/search/", q="Quokkageschäftsmodelle")) == {}


def test_draft_and_private_tools_never_appear_nor_count(client):
    ToolPageFactory(title="Outil brouillon wombatique", summary="wombatique", live=False)
    private = ToolPageFactory(title="Outil privé wombatique", summary="wombatique")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    soup = soup_of(client, "/fr/search/", q="wombatique")
    assert result_links(soup) == {}
    assert soup.select(".facets") == []


# --- Highlighting and the page without results --------------------------------------------------------


def test_matches_are_marked_in_titles_and_excerpts_and_entities_stay_whole(client):
    ToolPageFactory(title="Le Quokkamark & ses amis", summary="Un quokkamark, c'est tout & plus : « Quokkamark ».")
    soup = soup_of(client, "/fr/search/", q="quokkamark")
    assert [mark.get_text() for mark in soup.select(".result__title mark")] == ["Quokkamark"]
    assert "Le Quokkamark & ses amis" in soup.select_one(".result__title").get_text()
    excerpt = soup.select_one(".result__excerpt")
    assert [mark.get_text().lower() for mark in excerpt.select("mark")] == ["quokkamark", "quokkamark"]
    assert "c'est tout & plus" in excerpt.get_text()


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Tom & Jerry's canevas", "amp x27 canevas", "Tom &amp; Jerry&#x27;s <mark>canevas</mark>"),
        ("<b>Canevas</b>", "b canevas", "&lt;b&gt;<mark>Canevas</mark>&lt;/b&gt;"),
        ("a < b", "lt", "a &lt; b"),
        ("Outil", "", "Outil"),
        ("Canevas des valeurs", "valeurs canevas", "<mark>Canevas</mark> des <mark>valeurs</mark>"),
    ],
)
def test_highlighting_escapes_every_piece_and_never_cuts_an_entity(text, query, expected):
    assert str(highlight(text, query)) == expected


@pytest.mark.parametrize(
    "query", ["<script>alert(1)</script> canevas", '"><img src=x onerror=alert(1)> canevas', "<mark>canevas</mark>"]
)
def test_markup_in_the_query_is_never_rendered(client, query):
    soup = soup_of(client, "/fr/search/", q=query)
    assert soup.select("img[onerror]") == []
    assert [script for script in soup.select("script") if not script.get("src")] == []
    assert all(mark.find() is None for mark in soup.select("mark"))


def test_no_results_page_suggests_the_library_by_canvas_and_other_sections(client):
    soup = soup_of(client, "/de/search/", q="zzzyxxq")
    help_block = soup.select_one(".no-results")
    library = ToolIndexPage.objects.get(locale__language_code="de")
    links = [a["href"] for a in help_block.select("a")]
    assert library.url in links
    canvases = [link for link in links if link.startswith(library.url + "?canvas=")]
    assert len(canvases) == Canvas.objects.filter(locale__language_code="de").count()
    for link in canvases[:1]:
        assert client.get(link).status_code == 200
    assert any(link.startswith("/de/") and link != library.url and "?" not in link for link in links)


# --- Promotions --------------------------------------------------------------------------------------


def promoted_titles(client, path, query):
    soup = soup_of(client, path, q=query)
    return [" ".join(a.get_text().split()) for a in soup.select(".promoted .result__title a")]


def test_demo_promotions_lead_to_the_canvas_tool_in_each_language(client):
    """A smoke test of the demo's own promotions."""
    french = ToolPage.objects.get(locale__language_code="fr", slug="canevas-modele-affaires-social")
    german = french.get_translation(Locale.objects.get(language_code="de"))
    assert promoted_titles(client, "/fr/search/", "Canevas") == [french.title]
    assert promoted_titles(client, "/de/search/", "leinwand") == [german.title]
    assert promoted_titles(client, "/de/search/", "canevas") == []


def test_promotions_show_only_live_public_pages_of_the_visitors_language(client, locales):
    query = Query.get("promotion test")
    shown, unpublished, private = ToolPageFactory(), ToolPageFactory(), ToolPageFactory()
    german = translate(ToolPageFactory(), "de")
    for order, page in enumerate([shown, unpublished, private, german]):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order, description=f"Note {order}")
    unpublished.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert promoted_titles(client, "/fr/search/", "Promotion  TEST") == [shown.title]
    soup = soup_of(client, "/fr/search/", q="promotion test")
    assert soup.select_one(".promoted").get_text().count("Note 0") == 1
    assert promoted_titles(client, "/fr/search/", "other words") == []


def test_a_new_promotion_shows_at_once_on_a_cached_search_page(client):
    tool = ToolPageFactory()  # published before the page is cached: the promotion alone must show
    assert client.get("/fr/search/", {"q": "pivoine"}).status_code == 200
    assert client.get("/fr/search/", {"q": "pivoine"})["X-SBM-Cache"] == "hit"
    SearchPromotion.objects.create(query=Query.get("pivoine"), page=tool, sort_order=0)
    assert promoted_titles(client, "/fr/search/", "pivoine") == [tool.title]


def test_a_search_does_not_record_queries(client):
    before = Query.objects.count()
    client.get("/fr/search/", {"q": "une requête jamais vue"})
    assert Query.objects.count() == before


def test_communication_manages_promotions_through_the_admin(client, login):
    tool = ToolPageFactory()
    login("communication")
    assert client.get("/admin/searchpicks/").status_code == 200
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "Fiche du mois",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(tool.pk),
            "editors_picks-0-description": "À découvrir ce mois-ci",
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
        },
    )
    assert response.status_code == 302
    assert SearchPromotion.objects.filter(query__query_string="fiche du mois", page=tool).exists()
    client.logout()
    assert promoted_titles(client, "/fr/search/", "fiche du mois") == [tool.title]


@pytest.mark.parametrize("username", ["contributrice", "traduction-de"])
def test_other_groups_cannot_manage_promotions(client, login, username):
    account = login(username)
    assert not account.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert client.get("/admin/searchpicks/add/").status_code in (302, 403)
    assert Permission.objects.filter(codename="add_searchpromotion", group__name="GT Communication").exists()


# --- Hostile input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", HOSTILE_QUERIES + MORE_HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES + MORE_HOSTILE_QUERIES))
)
@pytest.mark.parametrize("language", ["fr", "de"])
def test_any_query_with_any_filter_gets_a_page(client, query, language):
    for filters in [{}, {"type": "directory.provider"}, {"canvas": "valeurs", "phase": "curiosite"}]:
        response = client.get(f"/{language}/search/", {"q": query, "page": "2", **filters})
        assert response.status_code == 200


@pytest.mark.parametrize("filters", HOSTILE_FILTERS, ids=range(len(HOSTILE_FILTERS)))
def test_any_filter_value_gets_a_page_and_is_never_rendered_as_markup(client, filters):
    soup = soup_of(client, "/fr/search/", q="canevas", **filters)
    assert [script for script in soup.select("script") if not script.get("src")] == []
    assert soup.select("input[name=canvas]") == [] or soup.select_one("input[name=canvas]")["value"] == filters.get(
        "canvas"
    )
