"""Events: upcoming and past around now, iCalendar that a real parser reads with the right times, JSON-LD."""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from guides.models import EventIndexPage, EventPage

from .guides_factories import french, make_event, make_guide, make_tool, queries_to_render

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_titles(page, section_id):
    return [a.get_text() for a in page.find(id=section_id).find_parent("section").select(".card__title a")]


def test_listing_splits_upcoming_and_past_around_now(client, locales):
    now = timezone.now()
    soon = make_event(locales, "Commence bientôt", now + timedelta(minutes=5), now + timedelta(hours=2))
    running = make_event(locales, "En cours", now - timedelta(hours=1), now + timedelta(hours=1))
    just_over = make_event(locales, "Tout juste fini", now - timedelta(hours=2), now - timedelta(minutes=1))
    no_end_past = make_event(locales, "Sans fin passé", now - timedelta(minutes=1))
    draft = make_event(locales, "Brouillon à venir", now + timedelta(days=3))
    draft.unpublish()
    index = french(EventIndexPage, locales)

    page = soup(client.get(index.url))

    upcoming = section_titles(page, "upcoming-title")
    past = section_titles(page, "past-title")
    assert {soon.title, running.title} <= set(upcoming)
    assert {just_over.title, no_end_past.title} <= set(past)
    assert not {soon.title, running.title} & set(past)
    assert not {just_over.title, no_end_past.title} & set(upcoming)
    assert draft.title not in page.get_text()
    assert upcoming.index(running.title) < upcoming.index(soon.title)


def test_home_page_shows_only_upcoming_events(client, locales, home_pages):
    now = timezone.now()
    make_event(locales, "Passé accueil", now - timedelta(days=2))
    upcoming = EventPage.upcoming(locales["fr"])

    assert upcoming.exists()
    assert all((event.end or event.start) >= now for event in upcoming)
    assert "Passé accueil" not in [event.title for event in upcoming]
    assert client.get(home_pages["fr"].url).status_code == 200


def test_event_ics_parses_with_the_right_times_and_time_zone(client, locales):
    start = datetime(2031, 3, 14, 18, 30, tzinfo=TORONTO)
    event = make_event(
        locales,
        "Webinaire fuseau",
        start,
        start + timedelta(hours=2),
        time_zone="America/Toronto",
        place="",
        attendance_mode="online",
        online_url="https://meet.example.org/sbm",
        intro="<p>L'atelier d'été &amp; ses outils</p>",
    )

    response = client.get(event.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == "Webinaire fuseau"
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTSTART").utcoffset() == timedelta(hours=-4)
    assert vevent["DTSTART"].params["TZID"] == "America/Toronto"
    assert vevent.decoded("DTEND") == start + timedelta(hours=2)
    assert vevent["LOCATION"] == "https://meet.example.org/sbm"
    assert vevent["DESCRIPTION"] == "L'atelier d'été & ses outils"
    assert str(vevent["URL"]).endswith(event.url)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Toronto"]


def test_calendar_feed_has_this_languages_public_events_only(client, locales):
    now = timezone.now()
    upcoming = make_event(locales, "Atelier du flux", now + timedelta(days=4), now + timedelta(days=4, hours=3))
    hidden = make_event(locales, "Retiré du flux", now + timedelta(days=5))
    hidden.unpublish()
    index = french(EventIndexPage, locales)

    calendar = Calendar.from_ical(client.get(index.url + "ical/").content)

    events = {str(vevent["SUMMARY"]): vevent for vevent in calendar.walk("VEVENT")}
    assert upcoming.title in events and hidden.title not in events
    assert events[upcoming.title].decoded("DTSTART") == upcoming.start.replace(microsecond=0)
    assert len({str(vevent["UID"]) for vevent in calendar.walk("VEVENT")}) == len(events)


def test_event_page_has_schema_org_event_json_ld_and_related_pages(client, locales):
    tool = make_tool(locales, "Outil agenda")
    guide = make_guide(locales, "Guide agenda", [tool])
    start = datetime(2031, 6, 2, 9, 0, tzinfo=ZoneInfo("Europe/Zurich"))
    event = make_event(
        locales, "Conférence JSON", start, start + timedelta(hours=8), event_type="conference", place="Genève"
    )
    event.related_tools.create(tool=tool)
    event.related_guides.create(guide=guide)
    event.save_revision().publish()

    page = soup(client.get(event.url))

    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2031-06-02T09:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Genève"
    assert page.find("a", href=tool.url) and page.find("a", href=guide.url)
    assert page.find("a", href=event.url + "ics/")


def test_times_are_shown_in_the_events_time_zone(client, locales):
    start = datetime(2031, 3, 14, 18, 30, tzinfo=TORONTO)
    event = make_event(locales, "Heure locale", start, time_zone="America/Toronto", place="Toronto")

    page = soup(client.get(event.url))

    when = page.find("time")
    assert when["datetime"] == "2031-03-14T18:30:00-04:00"
    assert "18:30" in when.get_text()


def test_editors_type_times_in_the_events_time_zone(client, locales, login):
    login("site")
    index = french(EventIndexPage, locales)
    data = nested_form_data(
        {
            "title": "Atelier à Montréal",
            "slug": "atelier-montreal",
            "intro": rich_text(""),
            "start": "2031-03-14 18:30",
            "end": "2031-03-14 20:00",
            "time_zone": "America/Toronto",
            "event_type": "workshop",
            "attendance_mode": "in_person",
            "place": "Montréal",
            "online_url": "",
            "language": "fr",
            "body": rich_text(""),
            "registration_url": "",
            "related_tools": inline_formset([]),
            "related_guides": inline_formset([]),
            "comments": inline_formset([]),
        }
    )

    response = client.post(f"/admin/pages/add/guides/eventpage/{index.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="atelier-montreal")
    assert event.start == datetime(2031, 3, 14, 18, 30, tzinfo=TORONTO)
    edit = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'value="2031-03-14 18:30"' in edit


def test_index_filters_by_type_and_language_and_survives_bad_input(client, locales):
    now = timezone.now()
    webinar = make_event(locales, "Webinaire filtre", now + timedelta(days=2), event_type="webinar", language="en")
    workshop = make_event(locales, "Atelier filtre", now + timedelta(days=2), event_type="workshop", language="fr")
    index = french(EventIndexPage, locales)

    by_type = soup(client.get(index.url, {"type": "webinar"})).get_text()
    by_language = soup(client.get(index.url, {"language": "en"})).get_text()

    assert webinar.title in by_type and workshop.title not in by_type
    assert webinar.title in by_language and workshop.title not in by_language
    for params in ({"type": "x"}, {"page": "999"}, {"page": "abc"}, {"language": "<b>"}):
        assert client.get(index.url, params).status_code == 200


def test_index_query_count_is_the_same_for_four_and_twenty_events(client, locales):
    now = timezone.now()
    index = french(EventIndexPage, locales)

    def add_events(numbers):
        for number in numbers:
            sign = 1 if number % 2 else -1
            make_event(locales, f"Événement compté {number}", now + sign * timedelta(days=number + 1))

    add_events(range(4))
    few = queries_to_render(client, index.url)
    add_events(range(4, 20))

    assert queries_to_render(client, index.url) == few


def test_demo_has_six_events_upcoming_and_past_one_translated(locales):
    events = EventPage.objects.live().filter(locale=locales["fr"])
    assert events.count() >= 6
    now = timezone.now()
    assert any(event.start > now for event in events) and any(event.start < now for event in events)
    assert any(event.has_translation(locales["de"]) and event.has_translation(locales["en"]) for event in events)
