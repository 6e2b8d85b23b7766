"""In-process measurements of each public page type with Django's test client.

Run inside a process set up on the bench database (`python -m bench measure`): it picks one
address per page type, then counts the SQL queries of a warm request and times repeated
requests with the page cache off and on, the pages in turns. Prints the results as JSON.
"""

import json
import sys
import time

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from sbm_site.generation import invalidate_all
from sbm_site.page_cache import CACHED_HEADER

from .timings import summary

LANGUAGE = "fr"


def middle(queryset):
    count = queryset.count()
    return queryset[count // 2] if count else None


def page_addresses():
    """(label, address) of each public page type, in French, on the bench content."""
    from wagtail.models import Locale

    from directory.models import DirectoryPage, PartnersPage, Provider
    from guides.models import (
        EventIndexPage,
        EventPage,
        GuideIndexPage,
        GuidePage,
        TrainingIndexPage,
        TrainingModulePage,
    )
    from home.models import AssociationPage, HomePage, MembershipFormPage
    from showcase.models import OpenModelIndexPage, OpenModelPage, ShareModelPage
    from toolpages.models import Canvas, ConsultationPage, ToolIndexPage, ToolPage

    locale = Locale.objects.get(language_code=LANGUAGE)

    def live(model):
        return model.objects.live().public().filter(locale=locale).order_by("path")

    library = live(ToolIndexPage).first()
    tool = middle(live(ToolPage))
    canvas = Canvas.objects.filter(locale=locale).order_by("sort_order").first()
    directory = live(DirectoryPage).first()
    provider = middle(Provider.objects.listed().filter(locale=locale).order_by("pk"))
    guide = middle(live(GuidePage))
    # Pages holding a form (membership, share a model) are rendered for each visitor: cache `never`.
    addresses = [
        ("home", live(HomePage).first().url),
        ("association page", live(AssociationPage).first().url),
        ("membership form", live(MembershipFormPage).first().url),
        ("library", library.url),
        ("library, one filter", f"{library.url}?canvas={canvas.slug}"),
        ("tool sheet", tool.url),
        ("tool print view", tool.url + tool.reverse_subpage("print")),
        ("tools in consultation", live(ConsultationPage).first().url),
        ("guide index", live(GuideIndexPage).first().url),
        ("guide", guide.url),
        ("guide booklet", guide.url + guide.reverse_subpage("booklet")),
        ("training index", live(TrainingIndexPage).first().url),
        ("training module", live(TrainingModulePage).first().url),
        ("event index", live(EventIndexPage).first().url),
        ("event", live(EventPage).first().url),
        ("open model index", live(OpenModelIndexPage).first().url),
        ("open model", middle(live(OpenModelPage)).url),
        ("share-a-model form", live(ShareModelPage).first().url),
        ("provider directory", directory.url),
        ("provider", directory.provider_url(provider)),
        ("partners", live(PartnersPage).first().url),
        ("search", f"/{LANGUAGE}/search/?q=outil"),
    ]
    return addresses


def time_in_turns(client, addresses, repeat):
    """{address: ([wall-clock ms], [CPU ms])} and {address: last response} of `repeat` requests to
    each address, the addresses in turns: one request each per round, so that the machine's changes
    of speed (by up to half from one minute to the next on the virtual machines measured) fall on
    every page alike. CPU: this process only, so on SQLite the database's work too, on PostgreSQL
    without the server's."""
    timings = {address: ([], []) for address in addresses}
    responses = {}
    for _ in range(repeat):
        for address in addresses:
            started, started_cpu = time.perf_counter(), time.process_time()
            responses[address] = client.get(address)
            durations, cpu = timings[address]
            durations.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    return timings, responses


def queries_of(client, address):
    with CaptureQueriesContext(connection) as queries:
        client.get(address)
    return len(queries)


def measure_pages(pages, repeat):
    """Each page's status, size and queries, then its times with the page cache off and on."""
    results = [{"page": label, "address": address} for label, address in pages]
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=LANGUAGE)
        for result in results:
            warm = client.get(result["address"])
            result["status"] = warm.status_code
            result["bytes"] = len(warm.content)
            if warm.status_code != 200:
                # Reported as such (a broken page is a finding), never timed.
                result.update(queries=0, uncached_ms=None, cached_ms=None, cache="error")
            else:
                result["queries"] = queries_of(client, result["address"])
        answered = [result for result in results if result["status"] == 200]
        addresses = [result["address"] for result in answered]
        timings, _responses = time_in_turns(client, addresses, repeat)
        for result in answered:
            result["uncached_ms"] = summary(timings[result["address"]])
    with override_settings(PAGE_CACHE_SECONDS=600):
        # A new client: the cache middleware reads its timeout when the client's handler starts.
        client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=LANGUAGE)
        invalidate_all()
        for address in addresses:
            client.get(address)
        timings, responses = time_in_turns(client, addresses, repeat)
        for result in answered:
            result["cache"] = responses[result["address"]].get(CACHED_HEADER) or "never"
            result["cached_queries"] = queries_of(client, result["address"])
            result["cached_ms"] = summary(timings[result["address"]])
    return results


def measure(repeat, only=None):
    return measure_pages(
        [(label, address) for label, address in page_addresses() if only is None or label in only], repeat
    )


def counts():
    from wagtail.models import Page

    from directory.models import Provider
    from guides.models import GuidePage
    from showcase.models import OpenModelPage
    from toolpages.models import ToolPage

    return {
        "pages": Page.objects.count(),
        "tools (fr)": ToolPage.objects.filter(locale__language_code=LANGUAGE).count(),
        "tools (all languages)": ToolPage.objects.count(),
        "guides (all languages)": GuidePage.objects.count(),
        "open models (all languages)": OpenModelPage.objects.count(),
        "providers (all languages)": Provider.objects.count(),
    }


def main(arguments):
    repeat = int(arguments[0]) if arguments else 30
    only = set(arguments[1].split(",")) if len(arguments) > 1 else None
    from django.conf import settings

    backend = settings.CACHES["pages"]["BACKEND"].rsplit(".", 1)[-1]
    results = {"counts": counts(), "pages": measure(repeat, only), "cache_backend": backend}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
