"""Per-language RSS and Atom feeds of new and revised tools, read with a real feed parser."""

import feedparser
import pytest

from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: the anonymous page cache would answer repeated requests."""
    settings.PAGE_CACHE_SECONDS = 0


LIBRARIES = {"fr": "/fr/outils/", "de": "/de/werkzeuge/", "en": "/en/tools/"}


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("language", LIBRARIES)
@pytest.mark.parametrize(
    ("kind", "content_type", "version"),
    [("rss", "application/rss+xml", "rss20"), ("atom", "application/atom+xml", "atom10")],
)
def test_each_language_has_valid_feeds_of_its_own_tools(client, locales, language, kind, content_type, version):
    response, feed = parse(client, f"{LIBRARIES[language]}feed/{kind}/")
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.get("language", language) == language
    live = ToolPage.objects.live().public().filter(locale=locales[language])
    assert len(feed.entries) == min(live.count(), 30)
    titles = set(live.values_list("title", flat=True))
    for entry in feed.entries:
        assert entry.title in titles
        assert LIBRARIES[language] in entry.link


def test_a_revised_tool_comes_first_with_its_change(client, locales):
    tool = ToolPage.objects.get(locale=locales["fr"], slug="cadre-logique")
    tool.version = "002"
    tool.change_summary = "Indicateurs reformulés."
    tool.save_revision().publish()
    _response, feed = parse(client, "/fr/outils/feed/atom/")
    assert feed.entries[0].title == "Cadre logique"
    assert "Indicateurs reformulés." in feed.entries[0].summary
    assert feed.entries[0].updated_parsed >= feed.entries[1].updated_parsed


def test_unpublished_tools_leave_the_feed(client, locales):
    tool = ToolPage.objects.get(locale=locales["en"], slug="persona")
    tool.unpublish()
    _response, feed = parse(client, "/en/tools/feed/rss/")
    assert "Persona" not in {entry.title for entry in feed.entries}


def test_library_page_advertises_both_feeds(client):
    html = client.get("/de/werkzeuge/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/de/werkzeuge/feed/rss/"' in html
    assert 'href="/de/werkzeuge/feed/atom/"' in html


def test_the_public_api_gives_the_sheets_of_live_tools(client, locales):
    tool = ToolPage.objects.get(locale=locales["fr"], slug="cinq-pourquoi")
    tool.unpublish()
    response = client.get(
        "/api/v2/pages/", {"type": "toolpages.ToolPage", "fields": "summary,version,steps", "limit": 100}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    titles = {item["title"] for item in items}
    assert "Cadre logique" in titles and "Les cinq pourquoi" not in titles
    logframe = next(item for item in items if item["title"] == "Cadre logique")
    assert logframe["version"] == "001"
    assert logframe["summary"].startswith("Une matrice")
    assert len(logframe["steps"]) == 3
