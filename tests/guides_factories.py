"""Pages of the guides app built for one test, by the factories of `tests.factories` (the one place
where test content is made); the names the guides' tests were written with."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from guides.models import TrainingSession

from .factories import (
    EventPageFactory,
    GuidePageFactory,
    ImageFactory,
    PartnerFactory,
    ToolPageFactory,
    TrainingModulePageFactory,
    session_in,
)

__all__ = ["session_in"]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def french(model, locales):
    return model.objects.get(locale=locales["fr"])


def test_slug(title, slug):
    return slug or f"test-{title.lower().replace(' ', '-')}"


def make_tool(locales, title, summary="", slug=None):
    return ToolPageFactory(title=title, slug=test_slug(title, slug), summary=summary or f"{title}: in brief.")


def make_guide(locales, title, tools, slug=None, **fields):
    return GuidePageFactory(title=title, slug=test_slug(title, slug), tools=tools, **fields)


def make_module(locales, title, sessions=(), slug=None, **fields):
    sessions = [TrainingSession(**session) for session in sessions]
    return TrainingModulePageFactory(title=title, slug=test_slug(title, slug), sessions=sessions, **fields)


def make_event(locales, title, start, end=None, slug=None, **fields):
    return EventPageFactory(title=title, slug=test_slug(title, slug), start=start, end=end, **fields)


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
    return PartnerFactory(name=name, logo=ImageFactory(title=f"Logo {name}"), live=live)
