"""Every public URL carries its language; `/` sends a visitor to theirs; errors speak it too."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "de", "it", "en"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("de-CH,de;q=0.9,en;q=0.5", "/de/"),
        ("it", "/it/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-CH", "/fr/"),
        ("es-ES,pt;q=0.8", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_by_accept_language_and_french_otherwise(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/fr/outils/", "Bibliothèque d'outils"),
        ("/de/werkzeuge/", "Werkzeugbibliothek"),
        ("/it/strumenti/", "Biblioteca degli strumenti"),
        ("/en/tools/", "Tool library"),
        ("/de/verein/arbeitsgruppen/", "Arbeitsgruppen"),
    ],
)
def test_translated_slugs_serve_the_page_in_its_language(client, path, title):
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == title


def test_a_french_slug_does_not_answer_under_another_language(client):
    assert client.get("/de/outils/").status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Page introuvable"),
        ("de", "Seite nicht gefunden"),
        ("it", "Pagina non trovata"),
        ("en", "Page not found"),
    ],
)
def test_404_page_is_branded_and_in_the_visitors_language(client, language, heading):
    response = client.get(f"/{language}/cette-page-nexiste-pas/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select_one("form[role=search] input[name=q]") is not None


def test_unprefixed_path_is_sent_to_a_language(client):
    response = client.get("/outils/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/outils/"


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/999999/", "/api/v2/providers/999999/", "/embed/tools/999999/", "/documents/999999/x.pdf"]
)
def test_language_neutral_addresses_answer_their_own_404(client, path):
    """An API client or a partner's embed gets a 404, not a redirect to a page that 404s in HTML."""
    response = client.get(path)
    assert response.status_code == 404
    assert "Location" not in response


def test_page_links_its_live_translations_in_head_and_switcher(client):
    soup = BeautifulSoup(client.get("/de/werkzeuge/").content, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")}
    assert set(alternates) == set(LANGUAGES)
    assert alternates["fr"].endswith("/fr/outils/")
    assert alternates["en"].endswith("/en/tools/")
    switcher = soup.select_one("nav.language-switcher")
    links = {a["hreflang"]: a["href"] for a in switcher.select("a[hreflang]")}
    assert links == {"fr": "/fr/outils/", "it": "/it/strumenti/", "en": "/en/tools/"}
    assert switcher.select_one("[aria-current]").get_text(strip=True) == "Deutsch"


def test_switcher_leaves_out_a_translation_that_is_not_live(client, home_pages):
    italian = home_pages["it"].get_children().get(slug="strumenti")
    italian.unpublish()
    soup = BeautifulSoup(client.get("/fr/outils/").content, "html.parser")
    hreflangs = {a["hreflang"] for a in soup.select("nav.language-switcher a[hreflang]")}
    assert hreflangs == {"de", "en"}
    assert client.get("/it/strumenti/").status_code == 404


def test_base_template_has_navigation_search_and_footer(client):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    nav = soup.select_one("header nav.main-nav")
    labels = [a.get_text(strip=True) for a in nav.select("a")]
    assert "Tool library" in labels and "The association" in labels
    search = soup.select_one("header form[role=search]")
    assert search["action"] == "/en/search/"
    assert search.select_one("input[name=q]") is not None
    assert "Non-profit association" in soup.select_one("footer").get_text()


def test_footer_follows_the_visitors_language(client):
    german = BeautifulSoup(client.get("/de/").content, "html.parser").select_one("footer").get_text()
    assert "Gemeinnütziger Verein" in german


@pytest.mark.parametrize(
    ("language", "heading"), [("fr", "Un problème est survenu"), ("de", "Etwas ist schiefgelaufen")]
)
def test_500_page_is_branded_translated_and_needs_no_database(rf, language, heading, django_assert_num_queries):
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override(language), django_assert_num_queries(0):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    assert "Social Business Models" in soup.get_text()
