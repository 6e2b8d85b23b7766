"""/healthz, /robots.txt, /sitemap.xml and the public API: fixed addresses that never leak."""

import xml.etree.ElementTree as ET

from django.db import OperationalError, connection
from django.test import override_settings

from wagtail.models import PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_healthz_reports_each_part_when_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_says_the_database_failed(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
)
def test_healthz_says_the_cache_failed(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"
    assert response.json()["database"] == "ok"


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [element.text for element in root.findall("s:url/s:loc", SITEMAP_NS)]


def test_sitemap_lists_live_pages_of_every_language(client):
    locations = sitemap_locations(client)
    for path in ["/fr/", "/de/", "/it/", "/en/", "/fr/outils/", "/de/werkzeuge/", "/en/association/join/"]:
        assert f"http://testserver{path}" in locations, path


def test_sitemap_leaves_out_drafts_and_private_pages(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association")
    committee = association.get_children().get(slug="comite")
    committee.unpublish()
    PageViewRestriction.objects.create(
        page=association.get_children().get(slug="assemblee-generale"), restriction_type=PageViewRestriction.LOGIN
    )
    paths = [location.split("://", 1)[1].split("/", 1)[1] for location in sitemap_locations(client)]
    assert "fr/association/" in paths
    assert "fr/association/comite/" not in paths
    assert "fr/association/assemblee-generale/" not in paths


def api_paths(client, **params):
    response = client.get("/api/v2/pages/", {"limit": 100, "fields": "locale", **params})
    assert response.status_code == 200
    return {item["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1] for item in response.json()["items"]}


def test_api_serves_live_public_pages_of_every_language(client):
    assert api_paths(client, type="home.HomePage") == {"fr/", "de/", "it/", "en/"}
    assert {"fr/outils/", "de/werkzeuge/", "it/strumenti/", "en/tools/"} <= api_paths(
        client, type="toolpages.ToolIndexPage"
    )


def test_api_filters_by_locale(client):
    response = client.get("/api/v2/pages/", {"locale": "de", "limit": 100, "fields": "locale"})
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"de"}


def test_api_never_shows_drafts_or_private_pages(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association")
    association.get_children().get(slug="comite").unpublish()
    PageViewRestriction.objects.create(
        page=association.get_children().get(slug="assemblee-generale"), restriction_type=PageViewRestriction.LOGIN
    )
    paths = api_paths(client, type="home.AssociationPage")
    assert "fr/association/" in paths
    assert "fr/association/comite/" not in paths
    assert "fr/association/assemblee-generale/" not in paths


def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405


def test_sitemap_gives_each_page_its_translations_and_a_last_modified_date(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    namespaces = {**SITEMAP_NS, "xhtml": "http://www.w3.org/1999/xhtml"}
    entries = {url.find("s:loc", namespaces).text.split("/", 3)[-1]: url for url in root.findall("s:url", namespaces)}
    tools = entries["fr/outils/"]
    alternates = {link.get("hreflang"): link.get("href") for link in tools.findall("xhtml:link", namespaces)}
    assert set(alternates) == {"fr", "de", "it", "en"}
    assert alternates["de"].endswith("/de/werkzeuge/")
    assert tools.find("s:lastmod", namespaces).text[:4].isdigit()
