"""Providers and partners built for the directory's tests, through the models' own save and publish."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from directory.models import DirectoryPage, Partner, PartnerProject, Provider, ProviderTool
from toolpages.models import ToolPage


def french():
    return Locale.objects.get(language_code="fr")


def french_tools(count=2):
    tools = list(ToolPage.objects.live().filter(locale__language_code="fr").order_by("path")[:count])
    assert len(tools) == count, "the demo content has live French tools"
    return tools


def directory_page(language="fr"):
    return DirectoryPage.objects.get(locale__language_code=language)


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
    locale = locale or french()
    slug = slugify(name)
    provider = Provider(
        locale=locale,
        name=name,
        slug=slug,
        kind=kind,
        description=f"<p>{description or name}</p>",
        regions=list(regions),
        languages=list(languages),
        services=list(services),
        trained_by_sbm=trained,
        listed_until=timezone.localdate() + datetime.timedelta(days=days_left),
        email=f"{slug}@provider-mail.example",
        live=False,
    )
    provider.tools = [
        ProviderTool(tool=tool, evidence=f"Evidence of {name} for {tool.title}", locale=locale) for tool in tools
    ]
    provider.save()
    revision = provider.save_revision()
    if live:
        revision.publish()
        provider.refresh_from_db()
    return provider


def make_partner(name, *, live=True, partner_type="funder", pages=()):
    partner = Partner(locale=french(), name=name, partner_type=partner_type, country="CH", since=2020, live=False)
    partner.projects = [PartnerProject(page=page) for page in pages]
    partner.save()
    revision = partner.save_revision()
    if live:
        revision.publish()
        partner.refresh_from_db()
    return partner


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
