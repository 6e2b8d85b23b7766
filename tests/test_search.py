"""Site search: the visitor's language only, facets, highlights, nothing unpublished, no errors."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from home.models import AssociationPage

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "a" * 10_000,
    "\x00",
    "tool\x00box",
    "'",
    '"',
    '"unterminated phrase',
    "' OR 1=1 --",
    "AND OR NOT",
    "!!! &&& ||| ::: *** ???",
    "(((",
    ")))",
    "title:hack live:false",
    "<script>alert(1)</script>",
    "%00%27",
    "\u202e\u200b\ufeff",
    "😀 emoji",
    "-",
    "*",
    "a:b:c",
    "\\",
    "<->",
    "!@#$%^&*()_+{}|:<>?",
]


def result_titles(client, path, **params):
    soup = BeautifulSoup(client.get(path, params).content, "html.parser")
    return [" ".join(h3.get_text().split()) for h3 in soup.select(".result__title")]


def test_a_german_word_finds_the_german_page_and_not_the_french_one(client):
    assert "Arbeitsgruppen" in result_titles(client, "/de/search/", q="Arbeitsgruppen")
    assert result_titles(client, "/fr/search/", q="Arbeitsgruppen") == []
    assert "Groupes de travail" in result_titles(client, "/fr/search/", q="groupes")


def test_results_come_from_the_visitors_language_only(client):
    soup = BeautifulSoup(client.get("/en/search/", {"q": "association"}).content, "html.parser")
    links = [a["href"] for a in soup.select(".result__title a")]
    assert links and all(link.startswith("/en/") for link in links)


def test_stemming_in_the_content_language_on_postgresql(client):
    """PostgreSQL indexes each language with its own stemmer; SQLite's FTS does not stem."""
    found = "Arbeitsgruppen" in result_titles(client, "/de/search/", q="Arbeitsgruppe")
    assert found is (connection.vendor == "postgresql")


def test_type_facets_count_and_filter(client):
    soup = BeautifulSoup(client.get("/fr/search/", {"q": "association"}).content, "html.parser")
    facets = {a["href"].split("type=")[-1]: a for a in soup.select(".facets a[href*='type=']")}
    assert "home.associationpage" in facets
    count = int(facets["home.associationpage"].select_one(".count").get_text(strip="()").strip("()"))
    filtered = client.get("/fr/search/", {"q": "association", "type": "home.associationpage"})
    soup = BeautifulSoup(filtered.content, "html.parser")
    assert len(soup.select(".result")) == count
    assert soup.select_one(".facets a[aria-current]")["href"].endswith("type=home.associationpage")


def test_matches_are_highlighted_and_markup_in_the_query_is_escaped(client):
    soup = BeautifulSoup(client.get("/fr/search/", {"q": "groupes"}).content, "html.parser")
    assert soup.select_one(".result__title mark").get_text().lower() == "groupes"
    html = client.get("/fr/search/", {"q": "<b>groupes</b>"}).content.decode()
    assert "<b>groupes</b>" not in html


def test_no_results_page_helps(client):
    soup = BeautifulSoup(client.get("/fr/search/", {"q": "zzzyxxq"}).content, "html.parser")
    help_block = soup.select_one(".no-results")
    assert help_block is not None
    assert help_block.select_one("a[href='/fr/outils/']") is not None


def test_drafts_and_private_pages_never_appear(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association")
    draft = AssociationPage(title="Brouillon confidentiel zebrule", slug="brouillon", live=False)
    association.add_child(instance=draft)
    draft.save_revision()
    private = AssociationPage(title="Procès-verbal zebrule", slug="pv")
    association.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert result_titles(client, "/fr/search/", q="zebrule") == []
    assert result_titles(client, "/fr/search/", q="confidentiel") == []


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_any_query_gets_a_page(client, query):
    response = client.get("/fr/search/", {"q": query, "page": "x"})
    assert response.status_code == 200


@pytest.mark.parametrize("page_number", ["0", "-1", "999999", "abc", "1e9"])
def test_any_page_number_gets_a_page(client, page_number):
    assert client.get("/fr/search/", {"q": "association", "page": page_number}).status_code == 200


def test_results_pages_are_crawlable_and_name_the_search_page_canonical(client):
    """One search page per language for search engines, not one per query (Lighthouse SEO, issue #10)."""
    response = client.get("/fr/search/", {"q": "canevas", "page": "1"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('meta[name="robots"]') is None
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/fr/search/"
    assert "search" not in client.get("/robots.txt").content.decode()


def test_the_page_search_is_answered_from_an_index(client):
    """On PostgreSQL, Wagtail matches `(title || body) @@ query`: the search app's migration indexes that
    very expression. SQLite searches with its own full-text engine (FTS5)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/search/", {"q": "outil"}).status_code == 200
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    if connection.vendor != "postgresql":
        assert " MATCH " in sql
        return
    assert '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@' in sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test database is too small to need an index
        cursor.execute("EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE (title || body) @@ 'outil'::tsquery")
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "sbm_indexentry_title_body" in plan


def test_each_result_shows_its_own_address_and_the_first_words_of_its_summary_or_introduction(client, settings):
    """The results of several page types are read in one query, each with what its type says about it."""
    import html

    from django.utils.html import strip_tags

    from wagtail.models import Page

    settings.PAGE_CACHE_SECONDS = 0
    client.get("/fr/search/", {"q": "association"})  # the menu, footer and site are then in the cache
    with CaptureQueriesContext(connection) as queries:
        soup = BeautifulSoup(client.get("/fr/search/", {"q": "association"}).content, "html.parser")
    reads = [
        query["sql"]
        for query in queries.captured_queries
        if '"search_description"' in query["sql"]
        and "searchpromotion" not in query["sql"]
        and "wagtailcore_site" not in query["sql"]  # Wagtail's site lookup reads the root page
    ]
    assert len(reads) == 1, reads
    kinds = set()
    results = soup.select(".results .result")
    assert len(results) >= 4
    for result in results:
        link = result.select_one(".result__title a")
        page = next(p for p in Page.objects.filter(locale__language_code="fr").specific() if p.url == link["href"])
        kinds.add(type(page).__name__)
        assert " ".join(link.get_text().split()) == page.title
        about = getattr(page, "summary", "") or getattr(page, "intro", "") or page.search_description
        first_words = " ".join(html.unescape(strip_tags(about)).split()[:4])
        excerpt = result.select_one(".result__excerpt")
        assert excerpt is not None and first_words in " ".join(excerpt.get_text().split()), page
    assert len(kinds) >= 3, kinds
