"""The page cache keeps a page once per query its view reads; campaign tags and other invented
parameters share the entry of the page without them. What an anonymous reader is sent: no cookie
except on a form, nothing from another host."""

import re
from urllib.parse import urlencode, urlsplit

from django.contrib.staticfiles import finders
from django.test import Client

import pytest
from bs4 import BeautifulSoup

from sbm_site import page_cache
from sbm_site.page_cache import CACHED_HEADER
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db

LIBRARY = "/fr/outils/"
PHASE = "conception"
JUNK = [
    {"utm_source": "a"},
    {"utm_source": "b"},
    {"fbclid": "IwAR0dGVzdA"},
    {"utm_medium": "email", "utm_campaign": "x"},
]
# Each listing with a query it reads (a search needs its text), and pages that read none.
PAGES = [
    ("/fr/", {}),
    ("/fr/association/", {}),
    (LIBRARY, {}),
    (LIBRARY, {"phase": PHASE, "sort": "newest"}),
    ("/fr/fils-rouges/", {"page": "1"}),
    ("/fr/modeles-open-source/", {"canvas": "modele-d-affaires"}),
    ("/fr/prestataires/", {"language": "fr"}),
    ("/fr/agenda/", {"type": "workshop"}),
    ("/fr/search/", {"q": "outil"}),
    ("/fr/search/", {"q": "outil", "type": "toolpages.toolpage"}),
]


def address(path, *queries):
    """`path` with the parameters of `queries`, in that order."""
    params = [item for query in queries for item in query.items()]
    return f"{path}?{urlencode(params)}" if params else path


def cache_state(response):
    return response.get(CACHED_HEADER)


def card_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [element.get_text(" ", strip=True) for element in soup.select(".tool-card .card__title")]


@pytest.mark.parametrize(("path", "query"), PAGES)
def test_invented_parameters_are_served_from_the_entry_of_the_page_without_them(client, path, query):
    page = client.get(address(path, query))
    assert page.status_code == 200
    assert cache_state(page) == "miss"
    for junk in JUNK:
        response = Client().get(address(path, query, junk))
        assert cache_state(response) == "hit", junk
        assert response.content == page.content


@pytest.mark.parametrize(("path", "query"), PAGES)
def test_a_visit_with_a_campaign_tag_fills_the_entry_of_the_page_without_it(client, path, query):
    assert cache_state(client.get(address(path, query, {"utm_source": "newsletter"}))) == "miss"
    assert cache_state(Client().get(address(path, query))) == "hit"


def test_a_page_number_is_an_invented_parameter_on_a_page_that_has_no_pages(client):
    client.get("/fr/association/")
    assert cache_state(client.get("/fr/association/?page=2")) == "hit"


@pytest.mark.parametrize(
    ("path", "query"), [(LIBRARY, {"phase": PHASE, "q": "outil"}), ("/fr/search/", {"q": "outil"})]
)
def test_an_invented_parameter_never_reaches_a_page_others_are_served(client, path, query):
    """Links a page builds from its own query (removing a filter, the next page, the other
    languages) would otherwise carry what the first visitor put in the address to everyone."""
    first = client.get(address(path, query, {"utm_source": "planted-by-a-stranger"}))
    assert cache_state(first) == "miss"
    assert "planted-by-a-stranger" not in first.content.decode()
    later = Client().get(address(path, query))
    assert cache_state(later) == "hit"
    assert "planted-by-a-stranger" not in later.content.decode()


def test_a_filter_has_its_own_entry_with_its_own_tools(client, locales):
    with_phase = set(
        ToolPage.objects.live()
        .public()
        .filter(locale=locales["fr"], phases__slug=PHASE)
        .values_list("title", flat=True)
    )
    everything = client.get(LIBRARY)
    filtered = client.get(address(LIBRARY, {"phase": PHASE}))
    assert cache_state(filtered) == "miss"
    assert card_titles(filtered)
    assert set(card_titles(filtered)) <= with_phase
    assert card_titles(filtered) != card_titles(everything)

    again = Client().get(address(LIBRARY, {"utm_source": "a", "phase": PHASE}))
    assert cache_state(again) == "hit"
    assert again.content == filtered.content
    unfiltered = Client().get(LIBRARY)
    assert cache_state(unfiltered) == "hit"
    assert unfiltered.content == everything.content


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            address(LIBRARY, {"phase": PHASE, "sort": "newest", "complexity": "2"}),
            address(LIBRARY, {"complexity": "2", "sort": "newest", "phase": PHASE}),
        ),
        (address(LIBRARY, {"sort": "newest", "phase": PHASE}), f"{LIBRARY}?phase={PHASE}&status=&sort=newest"),
        (
            address("/fr/search/", {"q": "canevas", "phase": "curiosite"}),
            address("/fr/search/", {"phase": "curiosite", "utm_source": "a", "q": "canevas"}),
        ),
    ],
)
def test_the_same_filters_in_another_order_find_the_same_entry(client, first, then):
    kept = client.get(first)
    assert cache_state(kept) == "miss"
    response = Client().get(then)
    assert cache_state(response) == "hit"
    assert card_titles(response) == card_titles(kept)


def test_repeated_values_are_distinct_filters(client):
    client.get(address(LIBRARY, {"phase": PHASE}))
    assert cache_state(client.get(f"{LIBRARY}?phase={PHASE}&phase=curiosite")) == "miss"


def test_pages_with_a_query_are_limited_and_never_push_out_the_others(client, monkeypatch):
    monkeypatch.setattr(page_cache, "QUERY_PAGES_PER_GENERATION", 2)
    assert cache_state(client.get(LIBRARY)) == "miss"
    for text in ("outil", "canevas"):
        assert cache_state(client.get(address("/fr/search/", {"q": text}))) == "miss"
    beyond = address("/fr/search/", {"q": "quokka"})
    assert client.get(beyond).status_code == 200
    assert cache_state(client.get(beyond)) is None
    assert cache_state(client.get(LIBRARY)) == "hit"
    assert cache_state(client.get("/fr/association/")) == "miss"
    assert cache_state(client.get("/fr/association/?utm_source=a")) == "hit"


# Point 5: what an anonymous reader's browser is sent.
PAGES_WITHOUT_A_FORM = [
    "/fr/",
    "/fr/association/",
    LIBRARY,
    "/fr/outils/arbre-de-problemes/",
    "/fr/fils-rouges/",
    "/fr/modeles-open-source/",
    "/fr/prestataires/",
    "/fr/agenda/",
    "/fr/formations/",
    "/fr/partenaires/",
    "/fr/search/?q=outil",
    "/fr/protection-des-donnees/",
    "/fr/mentions-legales/",
]
FORM_PAGE = "/fr/association/adherer/"
# What a browser fetches by itself: (selector, attribute).
FETCHED = [
    ("script[src]", "src"),
    ("link[href]", "href"),
    ("img[src]", "src"),
    ("img[srcset]", "srcset"),
    ("source[src]", "src"),
    ("source[srcset]", "srcset"),
    ("iframe[src]", "src"),
    ("video[src]", "src"),
    ("video[poster]", "poster"),
    ("audio[src]", "src"),
    ("embed[src]", "src"),
    ("object[data]", "data"),
    ("input[src]", "src"),
]


def other_hosts(urls):
    hosts = set()
    for url in urls:
        parts = urlsplit(url.strip())
        if (parts.scheme in ("http", "https") or url.strip().startswith("//")) and parts.hostname != "testserver":
            hosts.add(parts.hostname)
    return hosts


def urls_in_css(text):
    return re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", text)


def fetched_urls(response):
    soup = BeautifulSoup(response.content, "html.parser")
    urls = []
    for selector, attribute in FETCHED:
        for element in soup.select(selector):
            value = element[attribute]
            urls += [candidate.split()[0] for candidate in value.split(",")] if "srcset" in attribute else [value]
    for element in soup.select("style"):
        urls += urls_in_css(element.get_text())
    for element in soup.select("[style]"):
        urls += urls_in_css(element["style"])
    return urls


def stylesheets(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for element in soup.select("link[rel~=stylesheet][href]"):
        path = urlsplit(element["href"]).path
        assert path.startswith("/static/"), element["href"]
        found = finders.find(path.removeprefix("/static/"))
        assert found, path
        with open(found, encoding="utf-8") as file:
            yield file.read()


@pytest.mark.parametrize("url", PAGES_WITHOUT_A_FORM)
def test_a_page_without_a_form_sets_no_cookie(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert cache_state(response) == "miss"  # rendered, not replayed from the cache
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_the_form_page_sets_only_the_csrf_cookie(client):
    response = client.get(FORM_PAGE)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert set(response.cookies) == {"csrftoken"}


@pytest.mark.parametrize("url", [*PAGES_WITHOUT_A_FORM, FORM_PAGE])
def test_a_page_makes_the_browser_fetch_nothing_from_another_host(client, url):
    response = client.get(url)
    assert response.status_code == 200
    urls = fetched_urls(response)
    assert any(url.startswith("/static/") for url in urls)  # the check reads the page's own assets
    assert other_hosts(urls) == set()
    for css in stylesheets(response):
        assert other_hosts(urls_in_css(css)) == set()
