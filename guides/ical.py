"""iCalendar (RFC 5545) for events: one event's .ics download and each language's feed."""

import html
from datetime import date

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext

from icalendar import Calendar, Event, vUri

PRODUCT_ID = "-//Social Business Models//Agenda//FR"
UID_DOMAIN = "socialbusinessmodels.ch"


def event_component(event, request):
    """A VEVENT; its UID is shared by the event's translations, which are one event."""
    component = Event()
    component.add("uid", f"event-{event.translation_key}@{UID_DOMAIN}")
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("summary", event.title)
    component.add("dtstart", event.local_start)
    if event.end:
        component.add("dtend", event.local_end)
    description = html.unescape(strip_tags(event.intro)).strip()
    if description:
        component.add("description", description)
    if event.is_online:
        component.add("location", event.online_url or gettext("Online"))
    elif event.place:
        component.add("location", event.place)
    url = event.get_full_url(request)
    if url:
        component.add("url", vUri(url))
    component.add("categories", [str(event.get_event_type_display())])
    return component


def build_calendar(events, request, name=""):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        # Time-zone rules only for the years the events span, not Python's default 1970-2038.
        starts = [event.start.date() for event in events]
        calendar.add_missing_timezones(
            first_date=date(min(starts).year - 1, 1, 1), last_date=date(max(starts).year + 2, 1, 1)
        )
    return calendar


def calendar_response(request, events, filename, name=""):
    response = HttpResponse(
        build_calendar(events, request, name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
