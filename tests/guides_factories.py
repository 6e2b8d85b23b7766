"""Pages of the guides app built for one test: tools, guides, training modules, events."""

from datetime import timedelta
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images import get_image_model

from PIL import Image as PILImage

from directory.models import Partner
from guides.models import (
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    GuideStep,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingSession,
)
from toolpages.models import ToolIndexPage, ToolPage


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def french(model, locales):
    return model.objects.get(locale=locales["fr"])


def make_tool(locales, title, summary="", slug=None):
    page = ToolPage(
        title=title, slug=slug or f"test-{title.lower().replace(' ', '-')}", summary=summary or f"{title}: in brief."
    )
    return publish(french(ToolIndexPage, locales), page)


def make_guide(locales, title, tools, slug=None, **fields):
    steps = [
        GuideStep(
            tool=tool,
            title=f"Step on {tool.title}",
            guidance=f"<p>Guidance for {tool.title}</p>",
            deliverable=f"Deliverable of {tool.title}",
        )
        for tool in tools
    ]
    fields.setdefault("purpose", "<p>Comparable projects.</p>")
    page = GuidePage(title=title, slug=slug or f"test-{title.lower().replace(' ', '-')}", steps=steps, **fields)
    return publish(french(GuideIndexPage, locales), page)


def make_module(locales, title, sessions=(), slug=None, **fields):
    fields.setdefault("objectives", "<p>Learn.</p>")
    fields.setdefault("duration", "One day")
    page = TrainingModulePage(
        title=title,
        slug=slug or f"test-{title.lower().replace(' ', '-')}",
        sessions=[TrainingSession(**session) for session in sessions],
        **fields,
    )
    return publish(french(TrainingIndexPage, locales), page)


def session_in(days=10, hours=3, seats=None, **fields):
    start = timezone.now() + timedelta(days=days)
    fields.setdefault("attendance_mode", "in_person")
    fields.setdefault("place", "Lausanne")
    return {"start": start, "end": start + timedelta(hours=hours), "seats": seats, **fields}


def make_event(locales, title, start, end=None, slug=None, **fields):
    fields.setdefault("place", "Lausanne")
    page = EventPage(
        title=title, slug=slug or f"test-{title.lower().replace(' ', '-')}", start=start, end=end, **fields
    )
    return publish(french(EventIndexPage, locales), page)


def queries_to_render(client, url, **params):
    """The SQL queries of a warm request for `url` (site-root caches filled, as on a running server).

    The anonymous page cache is off here: a stored page would answer without any query at all.
    """
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(url, params)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
    assert response.status_code == 200
    assert "X-SBM-Cache" not in response
    return len(queries.captured_queries)


def make_partner(locales, name, live=True):
    data = BytesIO()
    PILImage.new("RGB", (60, 30), "#336699").save(data, "PNG")
    logo = get_image_model()(title=f"Logo {name}", file=ImageFile(data, name="logo.png"))
    logo.save()
    partner = Partner(name=name, partner_type="funder", logo=logo, locale=locales["fr"], live=live)
    partner.save()
    if live:
        partner.save_revision().publish()
    return partner
