"""schema.org data of events (Event) and training modules (Course), as JSON-LD."""

import html
import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from .models.choices import AttendanceMode, EventType

ORGANISER = {"@type": "Organization", "name": "Social Business Models", "url": "https://socialbusinessmodels.ch"}

ATTENDANCE_MODES = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}
COURSE_MODES = {AttendanceMode.IN_PERSON: "onsite", AttendanceMode.ONLINE: "online", AttendanceMode.MIXED: "blended"}
EVENT_TYPES = {EventType.COURSE: "EducationEvent"}


def script(data):
    """A <script type="application/ld+json"> that no string in `data` can break out of."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def location(attendance_mode, place, online_url=""):
    places = []
    if attendance_mode != AttendanceMode.ONLINE and place:
        places.append({"@type": "Place", "name": place, "address": place})
    if attendance_mode != AttendanceMode.IN_PERSON:
        virtual = {"@type": "VirtualLocation"}
        if online_url:
            virtual["url"] = online_url
        places.append(virtual)
    return places[0] if len(places) == 1 else places


def event_data(event, request):
    data = {
        "@context": "https://schema.org",
        "@type": EVENT_TYPES.get(event.event_type, "Event"),
        "name": event.title,
        "startDate": event.local_start.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[event.attendance_mode],
        "location": location(event.attendance_mode, event.place, event.online_url),
        "inLanguage": event.language,
        "organizer": ORGANISER,
        "url": event.get_full_url(request),
    }
    if event.end:
        data["endDate"] = event.local_end.isoformat()
    description = html.unescape(strip_tags(event.intro)).strip()
    if description:
        data["description"] = description
    return data


def course_data(module, sessions, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": module.title,
        "description": html.unescape(strip_tags(module.intro or module.objectives)).strip() or module.title,
        "provider": ORGANISER,
        "url": module.get_full_url(request),
        "inLanguage": module.locale.language_code,
        "hasCourseInstance": [
            {
                "@type": "CourseInstance",
                "courseMode": COURSE_MODES[session.attendance_mode],
                "startDate": session.start.isoformat(),
                "endDate": session.end.isoformat(),
                "inLanguage": session.language,
                "location": location(session.attendance_mode, session.place),
            }
            for session in sessions
        ],
    }
    if module.audience_description:
        data["audience"] = {"@type": "Audience", "audienceType": module.audience_description}
    return data
