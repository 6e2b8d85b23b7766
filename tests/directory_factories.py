"""Providers and partners built for the directory's tests, by the factories of `tests.factories`
(the one place where test content is made); the names the directory's tests were written with."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from toolpages.models import ToolPage

from .factories import PartnerFactory, ProviderFactory, directory_page

__all__ = ["directory_page"]


def french():
    return Locale.objects.get(language_code="fr")


def french_tools(count=2):
    tools = list(ToolPage.objects.live().filter(locale__language_code="fr").order_by("path")[:count])
    assert len(tools) == count, "the demo content has live French tools"
    return tools


def make_provider(
    name,
    *,
    live=True,
    days_left=100,
    kind="consultant",
    regions=("CH-VD",),
    languages=("fr",),
    services=("coaching",),
    tools=(),
    description="",
    trained=False,
    locale=None,
):
    return ProviderFactory(
        name=name,
        live=live,
        days_left=days_left,
        kind=kind,
        regions=list(regions),
        languages=list(languages),
        services=list(services),
        tools=tools,
        description=f"<p>{description or name}</p>",
        trained_by_sbm=trained,
        locale=locale or french(),
    )


def make_partner(name, *, live=True, partner_type="funder", pages=()):
    return PartnerFactory(name=name, live=live, partner_type=partner_type, pages=pages)


def queries_for(client, url):
    """The number of SQL queries of a warm request to `url`."""
    client.get(url)  # warm the per-process caches (content types, site root paths)
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) > 0
    return len(queries)


def assert_same_queries(client, url, expected, django_assert_num_queries):
    client.get(url)
    connection.queries_log.clear()
    with django_assert_num_queries(expected):
        return client.get(url)
