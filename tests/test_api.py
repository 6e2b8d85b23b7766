"""The public API: what partners read about tools, guides, events, models, providers and partners."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage
from tests.directory_factories import make_partner, make_provider
from tests.guides_factories import make_event, make_guide, make_tool
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db

TOOL_FIELDS = {"summary", "canvas", "phases", "licence", "version", "status", "steps", "complexity", "effort"}
GUIDE_FIELDS = {"intro", "audience", "audience_description", "purpose", "steps"}
EVENT_FIELDS = {"intro", "start", "end", "time_zone", "event_type", "attendance_mode", "place", "language"}
MODEL_FIELDS = {"organisation_name", "country", "licence", "impact_figures"}


def items(client, endpoint="pages", **params):
    response = client.get(f"/api/v2/{endpoint}/", {"limit": 100, **params})
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(client, **params):
    return {item["title"] for item in items(client, **params)}


def test_tools_carry_what_partners_need_with_type_and_locale_filters(client):
    german = items(client, type="toolpages.ToolPage", locale="de", fields=",".join(TOOL_FIELDS))
    assert german and {item["meta"]["locale"] for item in german} == {"de"}
    assert {item["meta"]["type"] for item in german} == {"toolpages.ToolPage"}
    canvas_tool = next(item for item in german if item["meta"]["slug"] == "canvas-soziales-geschaeftsmodell")
    assert set(canvas_tool) >= TOOL_FIELDS
    assert canvas_tool["canvas"] == "modele-d-affaires"
    assert set(canvas_tool["phases"]) == {"curiosite", "conception"}
    assert canvas_tool["meta"]["html_url"].endswith("/de/werkzeuge/canvas-soziales-geschaeftsmodell/")
    count = ToolPage.objects.live().public().filter(locale__language_code="de").count()
    assert len(german) == count


def test_guides_carry_their_steps_and_tools_by_id(client):
    guides = items(client, type="guides.GuidePage", locale="fr", fields=",".join(GUIDE_FIELDS))
    assert guides
    guide = guides[0]
    assert set(guide) >= GUIDE_FIELDS
    assert guide["steps"] and {"title", "tool", "guidance", "deliverable"} <= set(guide["steps"][0])
    tool_id = guide["steps"][0]["tool"]
    assert client.get(f"/api/v2/pages/{tool_id}/").status_code == 200


def test_events_carry_their_dates_and_place(client, locales):
    start = timezone.now() + timedelta(days=9)
    event = make_event(locales, "API event", start=start, end=start + timedelta(hours=2), place="Neuchâtel")
    found = next(item for item in items(client, type="guides.EventPage", fields="*") if item["id"] == event.pk)
    assert set(found) >= EVENT_FIELDS
    assert found["place"] == "Neuchâtel"
    assert found["start"].startswith(start.astimezone(event.zone).strftime("%Y-%m-%d"))


def test_open_models_carry_their_figures(client):
    models = items(client, type="showcase.OpenModelPage", locale="en", fields=",".join(MODEL_FIELDS))
    assert models and all(set(item) >= MODEL_FIELDS for item in models)


def test_drafts_and_private_pages_of_every_type_never_appear(client, locales):
    now = timezone.now()
    tool = make_tool(locales, "API public tool")
    draft_tool = ToolPage.objects.live().filter(locale=locales["fr"]).exclude(pk=tool.pk).first()
    draft_tool.unpublish()
    guides = GuideIndexPage.objects.get(locale=locales["fr"])
    draft_guide = GuidePage(title="API draft guide", slug="api-draft-guide", purpose="<p>x</p>", live=False)
    guides.add_child(instance=draft_guide)
    draft_guide.save_revision()
    private_guide = make_guide(locales, "API private guide", [tool])
    PageViewRestriction.objects.create(page=private_guide, restriction_type=PageViewRestriction.LOGIN)
    events = EventIndexPage.objects.get(locale=locales["fr"])
    draft_event = EventPage(
        title="API draft event", slug="api-draft-event", start=now + timedelta(days=3), place="Bern", live=False
    )
    events.add_child(instance=draft_event)
    draft_event.save_revision()
    shown = titles(client, locale="fr")
    assert tool.title in shown
    assert not {draft_tool.title, "API draft guide", "API private guide", "API draft event"} & shown
    for page in (draft_tool, draft_guide, private_guide, draft_event):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_provider_endpoint_lists_listed_providers_only_and_never_an_email(client, locales):
    listed = make_provider("API Listed Provider")
    make_provider("API Expired Provider", days_left=-1)
    make_provider("API Draft Provider", live=False)
    provider_items = items(client, "providers", locale="fr", fields="*")
    names = {item["name"] for item in provider_items}
    assert listed.name in names
    assert not {"API Expired Provider", "API Draft Provider"} & names
    assert all("email" not in item for item in provider_items)
    assert "@" not in client.get("/api/v2/providers/", {"fields": "*", "limit": 100}).content.decode()
    assert {item["meta"]["locale"] for item in items(client, "providers", locale="de")} <= {"de"}


def test_partner_endpoint_lists_published_partners_only(client):
    published = make_partner("API Published Partner")
    make_partner("API Draft Partner", live=False)
    names = {item["name"] for item in items(client, "partners", fields="*")}
    assert published.name in names and "API Draft Partner" not in names


@pytest.mark.parametrize("endpoint", ["pages", "providers", "partners"])
def test_the_api_is_read_only(client, endpoint):
    assert client.post(f"/api/v2/{endpoint}/", {"name": "x"}).status_code == 405
