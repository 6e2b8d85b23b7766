"""The provider directory as the public sees it: filters, counts, pages, and what must never show.

Each test builds the providers and tools it reads (`tests.factories`); one smoke test checks the
demo's own directory."""

import datetime
import json
import re
from xml.etree import ElementTree

from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from directory.models import Provider
from sbm_site.demo import Texts, translate

from . import factories
from .directory_factories import assert_same_queries, directory_page, make_provider, queries_for

pytestmark = pytest.mark.django_db

TOKEN = "quokkaquest"
ANY_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_names(response):
    return [link.get_text(strip=True) for link in soup(response).select(".provider-card__name a")]


def option_counts(response, name):
    """{value: count} as shown in the select of a filter, "Vaud (3)" → {"CH-VD": 3}."""
    counts = {}
    for option in soup(response).select(f"select[name={name}] option"):
        if option["value"]:
            counts[option["value"]] = int(re.search(r"\((\d+)\)$", option.get_text(strip=True)).group(1))
    return counts


def built_tools(count):
    return [factories.ToolPageFactory() for _number in range(count)]


@pytest.fixture
def three_in_uri():
    """Three providers of Uri, a canton no demo provider serves, sharing a word in their text."""
    first_tool, second_tool = built_tools(2)
    return {
        "alpha": make_provider(
            "Alpha Uri",
            regions=["CH-UR"],
            languages=["fr"],
            services=["coaching"],
            kind="consultant",
            tools=[first_tool],
            description=f"{TOKEN} alpha",
        ),
        "beta": make_provider(
            "Beta Uri",
            regions=["CH-UR"],
            languages=["de"],
            services=["training"],
            kind="trainer",
            tools=[second_tool],
            description=f"{TOKEN} beta",
        ),
        "gamma": make_provider(
            "Gamma Uri",
            regions=["CH-UR", "CH-SZ"],
            languages=["fr", "de"],
            services=["training"],
            kind="organisation",
            tools=[first_tool, second_tool],
            description=f"{TOKEN} gamma",
        ),
        "tools": (first_tool, second_tool),
    }


def test_the_directory_lists_the_demo_providers_but_not_the_expired_ones(client):
    """A smoke test of the demo's directory, whose examples include expired listings."""
    response = client.get(directory_page().url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Atelier Canevas (exemple)" in html
    assert "Conseil Neuchâtel Durable (exemple)" not in html
    assert "Formation Fribourg Social (exemple)" not in html


def test_filters_alone_and_combined_with_counts(client, three_in_uri):
    url = directory_page().url
    response = client.get(url, {"q": TOKEN, "region": "CH-UR"})
    assert result_names(response) == ["Alpha Uri", "Beta Uri", "Gamma Uri"]
    assert option_counts(response, "language") == {"fr": 2, "de": 2}
    assert option_counts(response, "service") == {"coaching": 1, "training": 2}
    assert option_counts(response, "kind") == {"consultant": 1, "trainer": 1, "organisation": 1}
    # A facet counts what choosing each of its options would give, the other filters kept.
    assert option_counts(response, "region") == {"CH-UR": 3, "CH-SZ": 1}

    assert result_names(client.get(url, {"q": TOKEN, "language": "de"})) == ["Beta Uri", "Gamma Uri"]
    assert result_names(client.get(url, {"q": TOKEN, "language": "fr", "service": "training"})) == ["Gamma Uri"]
    assert result_names(client.get(url, {"q": TOKEN, "kind": "trainer"})) == ["Beta Uri"]
    assert result_names(client.get(url, {"q": TOKEN, "region": "CH-SZ"})) == ["Gamma Uri"]

    first_tool, second_tool = three_in_uri["tools"]
    by_tool = client.get(url, {"q": TOKEN, "tool": first_tool.pk})
    assert result_names(by_tool) == ["Alpha Uri", "Gamma Uri"]
    assert option_counts(by_tool, "tool")[str(first_tool.pk)] == 2
    assert option_counts(by_tool, "tool")[str(second_tool.pk)] == 2


def test_the_result_count_is_shown_and_free_text_ignores_case_and_accents(client, three_in_uri):
    response = client.get(directory_page().url, {"q": "QUÖKKAQUEST gámma"})
    assert result_names(response) == ["Gamma Uri"]
    assert soup(response).select_one(".directory-results__count").get_text(strip=True).startswith("1")


def test_a_provider_serving_the_whole_country_is_found_in_each_canton(client):
    make_provider("Swiss Wide", regions=["CH"], description=TOKEN)
    response = client.get(directory_page().url, {"q": TOKEN, "region": "CH-UR"})
    assert result_names(response) == ["Swiss Wide"]


def test_no_result_says_so_and_offers_to_clear_the_filters(client):
    response = client.get(directory_page().url, {"q": "nothing-matches-this-phrase"})
    assert result_names(response) == []
    assert soup(response).select_one(".directory-results__empty a")["href"] == directory_page().url


@pytest.mark.parametrize(
    "params",
    [
        {"region": "XX"},
        {"tool": "abc"},
        {"tool": "999999"},
        {"kind": "<script>alert(1)</script>"},
        {"language": "klingon", "page": "-3"},
        {"q": "a" * 500},
        {"q": "\x00"},
        {"page": "999"},
        {"page": "abc"},
    ],
)
def test_bad_filters_get_a_page_never_an_error(client, params):
    response = client.get(directory_page().url, params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_an_unknown_filter_value_is_reported_and_ignored(client):
    make_provider("Known Anyway", description=TOKEN)
    response = client.get(directory_page().url, {"q": TOKEN, "region": "XX"})
    assert soup(response).select_one(".directory-filters .form__summary") is not None
    assert result_names(response) == ["Known Anyway"]


def test_pagination_keeps_the_filters(client):
    for number in range(14):
        make_provider(f"Paged {number:02d}", description=TOKEN)
    url = directory_page().url
    first = client.get(url, {"q": TOKEN})
    assert len(result_names(first)) == 12
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert f"q={TOKEN}" in next_link and "page=2" in next_link
    second = client.get(url + next_link)
    assert result_names(second) == ["Paged 12", "Paged 13"]
    assert result_names(client.get(url, {"q": TOKEN, "page": "99"})) == ["Paged 12", "Paged 13"]


def test_the_directory_needs_as_many_queries_for_few_or_many_providers(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of building the page, not of the page cache
    tools = built_tools(2)
    url = directory_page().url + "?page=1"
    for number in range(3):
        make_provider(f"Few {number}", tools=tools, regions=["CH-VD", "FR"], languages=["fr", "en"])
    few = queries_for(client, url)
    for number in range(30):
        make_provider(f"Many {number}", tools=tools, regions=["CH-GE"], services=["impact", "training"])
    response = assert_same_queries(client, url, few, django_assert_num_queries)
    assert len(result_names(response)) == 12


def test_the_tool_tab_needs_as_many_queries_for_few_or_many_providers(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of building the page, not of the page cache
    tool = factories.ToolPageFactory()
    make_provider("Tab Few", tools=[tool])
    few = queries_for(client, tool.url)
    for number in range(15):
        make_provider(f"Tab Many {number}", tools=[tool])
    response = assert_same_queries(client, tool.url, few, django_assert_num_queries)
    assert b"Tab Many 14" in response.content


def test_providers_fall_back_to_french_where_they_are_not_translated(client):
    factories.translate(make_provider("Atelier Quokka (exemple)"), "de", name="Atelier Quokka (Beispiel)")
    make_provider("Coopérative Quokka (exemple)")
    response = client.get(directory_page("de").url, {"q": "quokka"})
    names = result_names(response)
    assert names == ["Atelier Quokka (Beispiel)", "Coopérative Quokka (exemple)"]
    provider = client.get(directory_page("de").url + "cooperative-quokka-exemple/")
    assert provider.status_code == 200


def test_a_provider_has_a_stable_page_with_its_tools_and_schema_org_data(client):
    tool = factories.ToolPageFactory()
    provider = make_provider("Stable Address", tools=[tool], regions=["CH-NE"], languages=["fr", "it"])
    url = directory_page().url + "stable-address/"
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Stable Address"
    assert page.select_one(f'.provider__tools a[href="{tool.url}"]') is not None
    assert page.select_one("link[rel=canonical]")["href"].endswith(url)
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Stable Address"
    assert data["url"].endswith(url)
    assert data["knowsLanguage"] == ["fr", "it"]
    assert tool.title in data["knowsAbout"]
    assert provider.email not in json.dumps(data)


def test_no_e_mail_address_is_printed_in_the_html(client):
    tool = factories.ToolPageFactory()
    provider = make_provider("Hidden Address", tools=[tool])
    pages = [
        directory_page().url,
        directory_page().url + "hidden-address/",
        directory_page().url + "rejoindre/",
        tool.url,
        "/fr/partenaires/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert provider.email not in html
        assert not [address for address in ANY_EMAIL.findall(html) if "provider" in address], url
    api = client.get("/api/v2/providers/", {"fields": "*", "limit": 100}).content.decode()
    assert "@" not in api


@pytest.fixture
def hidden_providers():
    """An expired provider and a draft one, both declaring a tool, next to a listed one."""
    tool = factories.ToolPageFactory()
    return {
        "listed": make_provider("Visible Listed Zeta", tools=[tool]),
        "expired": make_provider("Expired Zeta", days_left=-1, tools=[tool]),
        "draft": make_provider("Draft Zeta", live=False, tools=[tool]),
        "tool": tool,
    }


def test_expired_and_draft_providers_are_absent_from_the_directory(client, hidden_providers):
    html = client.get(directory_page().url, {"q": "zeta"}).content.decode()
    assert "Visible Listed Zeta" in html
    assert "Expired Zeta" not in html and "Draft Zeta" not in html
    for slug in ("expired-zeta", "draft-zeta"):
        assert client.get(directory_page().url + f"{slug}/").status_code == 404
        assert client.get(directory_page("de").url + f"{slug}/").status_code == 404


def test_expired_and_draft_providers_are_absent_from_the_tool_tab(client, hidden_providers):
    html = client.get(hidden_providers["tool"].url).content.decode()
    assert "Visible Listed Zeta" in html
    assert "Expired Zeta" not in html and "Draft Zeta" not in html


def test_a_translated_sheet_shows_each_provider_once_in_its_language_else_in_french(client):
    tool = factories.ToolPageFactory()
    german = Locale.objects.get(language_code="de")
    german_sheet = factories.translate(tool, "de")
    texts = Texts()
    texts(f"Evidence of Omega Both for {tool.title}", de="Nachweis von Omega Both auf Deutsch")
    translate(make_provider("Omega Both", tools=[tool]), german, texts)
    make_provider("Omega French", tools=[tool])
    make_provider("Omega Expired", days_left=-1, tools=[tool])
    translate(make_provider("Omega Translation Expired", days_left=-1, tools=[tool]), german, Texts())
    make_provider("Omega German", tools=[tool], locale=german)

    page = soup(client.get(german_sheet.url))
    items = page.select(".tool-providers__item")
    names = [item.a.get_text(strip=True) for item in items if item.a.get_text(strip=True).startswith("Omega")]
    assert names == ["Omega Both", "Omega French", "Omega German"]
    both = items[[item.a.get_text(strip=True) for item in items].index("Omega Both")].get_text()
    assert "Nachweis von Omega Both auf Deutsch" in both and "Evidence of Omega Both" not in both
    assert f"Evidence of Omega French for {tool.title}" in page.select_one(".tool-providers").get_text()
    for item in items:
        assert item.a["href"].startswith(directory_page("de").url)


def test_expired_and_draft_providers_are_absent_from_the_search(client, hidden_providers):
    for name, slug in (("Expired Zeta", "expired-zeta"), ("Draft Zeta", "draft-zeta")):
        response = client.get("/fr/search/", {"q": name})
        assert response.status_code == 200
        links = soup(response).select("main a")
        assert not [link for link in links if name in link.get_text() or slug in link.get("href", "")]


def test_expired_and_draft_providers_are_absent_from_the_api(client, hidden_providers):
    listing = client.get("/api/v2/providers/", {"limit": 100, "fields": "slug"}).json()
    slugs = {item["slug"] for item in listing["items"]}
    assert "visible-listed-zeta" in slugs
    assert not {"expired-zeta", "draft-zeta"} & slugs
    assert client.get(f"/api/v2/providers/{hidden_providers['listed'].pk}/").status_code == 200
    for key in ("expired", "draft"):
        assert client.get(f"/api/v2/providers/{hidden_providers[key].pk}/", follow=True).status_code == 404
    found = client.get("/api/v2/providers/", {"search": "Zeta"}).json()
    assert [item["name"] for item in found["items"]] == ["Visible Listed Zeta"]


def test_expired_and_draft_providers_are_absent_from_the_sitemap(client, hidden_providers):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"{directory_page().url}visible-listed-zeta/" in sitemap
    assert "expired-zeta" not in sitemap and "draft-zeta" not in sitemap


def test_the_sitemap_gives_each_provider_its_own_language_alternates(client):
    provider = make_provider("Atelier Quokka")
    for language in ("de", "en"):
        factories.translate(provider, language)
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    path = directory_page().url + "atelier-quokka/"
    entry = next(
        url for url in sitemap.findall("s:url", namespaces) if url.find("s:loc", namespaces).text.endswith(path)
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", namespaces)}
    assert alternates["de"].endswith(directory_page("de").url + "atelier-quokka/")
    assert alternates["en"].endswith(directory_page("en").url + "atelier-quokka/")


def test_a_provider_whose_listing_ends_today_is_still_shown_and_gone_tomorrow(client):
    make_provider("Last Day", days_left=0)
    make_provider("Day After", days_left=-1)
    names = result_names(client.get(directory_page().url, {"q": "day"}))
    assert "Last Day" in names and "Day After" not in names


def test_unpublishing_a_provider_removes_it(client):
    provider = make_provider("Soon Unpublished")
    assert "Soon Unpublished" in result_names(client.get(directory_page().url, {"q": "unpublished"}))
    provider.unpublish()
    assert Provider.objects.get(pk=provider.pk).live is False
    assert result_names(client.get(directory_page().url, {"q": "unpublished"})) == []


def test_a_provider_page_links_its_other_languages(client):
    provider = make_provider("Atelier Quokka")
    for language in ("de", "en"):
        factories.translate(provider, language)
    response = client.get(directory_page("de").url + "atelier-quokka/")
    alternates = {link["hreflang"]: link["href"] for link in soup(response).select("link[rel=alternate]")}
    assert alternates["fr"].endswith(directory_page("fr").url + "atelier-quokka/")
    assert alternates["en"].endswith(directory_page("en").url + "atelier-quokka/")
    switcher = soup(client.get(directory_page("fr").url + "rejoindre/")).select(".language-switcher a")
    assert directory_page("en").url + "join/" in [link["href"] for link in switcher]


def test_an_expired_provider_leaves_cached_pages_the_next_day(client, monkeypatch):
    tool = factories.ToolPageFactory()
    make_provider("Ends Tonight", days_left=0, tools=[tool])
    for url in (directory_page().url, tool.url):
        client.get(url)
        cached = client.get(url)
        assert cached["X-SBM-Cache"] == "hit"
        assert "Ends Tonight" in cached.content.decode()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    for url in (directory_page().url, tool.url):
        assert "Ends Tonight" not in client.get(url).content.decode()
    assert client.get(directory_page().url + "ends-tonight/").status_code == 404
