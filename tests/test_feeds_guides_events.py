"""RSS and Atom feeds of the guides and of the upcoming events, per language, advertised in the head."""

import xml.etree.ElementTree as ET
from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage
from tests.guides_factories import make_event, make_guide, make_tool

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


def feed_titles(client, url):
    """The item titles of the feed at `url`, parsed as XML (RSS 2.0 or Atom)."""
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    if root.tag == f"{ATOM}feed":
        assert response["Content-Type"].startswith(FEED_TYPES["atom"])
        return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert root.tag == "rss"
    assert response["Content-Type"].startswith(FEED_TYPES["rss"])
    return [item.findtext("title") for item in root.iter("item")]


def feed_url(index, feed_format):
    return index.url + index.reverse_subpage("feed", kwargs={"feed_format": feed_format})


def index_of(model, locales, code):
    return model.objects.get(locale=locales[code])


def unpublished_child(parent, page):
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


@pytest.mark.parametrize("code", ["fr", "de"])
@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_guide_feeds_list_the_live_guides_of_their_language(client, locales, code, feed_format):
    index = index_of(GuideIndexPage, locales, code)
    titles = feed_titles(client, feed_url(index, feed_format))
    expected = set(GuidePage.objects.child_of(index).live().public().values_list("title", flat=True))
    assert expected, "the demo has guides in this language"
    assert set(titles) == expected


@pytest.mark.parametrize("code", ["fr", "de"])
@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_event_feeds_list_the_upcoming_events_of_their_language_soonest_first(client, locales, code, feed_format):
    index = index_of(EventIndexPage, locales, code)
    titles = feed_titles(client, feed_url(index, feed_format))
    upcoming = [event.title for event in EventPage.upcoming(locales[code]) if event.get_parent().pk == index.pk]
    assert upcoming, "the demo has upcoming events in this language"
    assert titles == upcoming


def test_feeds_never_carry_drafts_private_pages_or_past_events(client, locales):
    now = timezone.now()
    tool = make_tool(locales, "Feed tool")
    make_event(locales, "Événement passé zorglub", start=now - timedelta(days=3), end=now - timedelta(days=3, hours=-2))
    ongoing = make_event(
        locales, "Événement en cours zorglub", start=now - timedelta(hours=1), end=now + timedelta(hours=2)
    )
    events = index_of(EventIndexPage, locales, "fr")
    unpublished_child(
        events,
        EventPage(
            title="Brouillon d'événement zorglub",
            slug="brouillon-zorglub",
            start=now + timedelta(days=5),
            place="Berne",
        ),
    )
    private_event = make_event(locales, "Événement privé zorglub", start=now + timedelta(days=6))
    PageViewRestriction.objects.create(page=private_event, restriction_type=PageViewRestriction.LOGIN)

    guides = index_of(GuideIndexPage, locales, "fr")
    unpublished_child(
        guides, GuidePage(title="Brouillon de fil rouge zorglub", slug="brouillon-zorglub", purpose="<p>x</p>")
    )
    private_guide = make_guide(locales, "Fil rouge privé zorglub", [tool])
    PageViewRestriction.objects.create(page=private_guide, restriction_type=PageViewRestriction.LOGIN)
    public_guide = make_guide(locales, "Fil rouge public zorglub", [tool])

    for feed_format in ("rss", "atom"):
        event_titles = feed_titles(client, feed_url(events, feed_format))
        assert ongoing.title in event_titles
        assert not [title for title in event_titles if "zorglub" in title and title != ongoing.title]
        guide_titles = feed_titles(client, feed_url(guides, feed_format))
        assert public_guide.title in guide_titles
        assert not [title for title in guide_titles if "zorglub" in title and title != public_guide.title]


def test_an_unknown_feed_format_is_not_found(client, locales):
    index = index_of(GuideIndexPage, locales, "fr")
    assert client.get(index.url + "feed/xml/").status_code == 404


def alternate_feeds(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        (link["type"], link["href"])
        for link in soup.select("head link[rel=alternate]")
        if link.get("type") in FEED_TYPES.values()
    }


def advertised(index):
    return {(FEED_TYPES[name], feed_url(index, name)) for name in FEED_TYPES}


@pytest.mark.parametrize("code", ["fr", "de"])
def test_pages_advertise_the_feeds_of_their_language(client, locales, code):
    guides = index_of(GuideIndexPage, locales, code)
    events = index_of(EventIndexPage, locales, code)
    guide = GuidePage.objects.child_of(guides).live().first()
    event = EventPage.objects.child_of(events).live().first()
    assert alternate_feeds(client, guides.url) == advertised(guides)
    assert alternate_feeds(client, guide.url) == advertised(guides)
    assert alternate_feeds(client, events.url) == advertised(events)
    assert alternate_feeds(client, event.url) == advertised(events)
    home_feeds = alternate_feeds(client, f"/{code}/")
    assert advertised(guides) | advertised(events) <= home_feeds
    for _type, href in home_feeds:
        assert href.startswith(f"/{code}/")
        assert client.get(href).status_code == 200
