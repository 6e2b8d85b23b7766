"""In-process measurements of each public page type with Django's test client.

Run inside a process set up on the bench database (`python -m bench measure`): it picks one
address per page type, then counts the SQL queries of a warm request and times repeated
requests with the page cache off and on. Prints the results as JSON.
"""

import json
import statistics
import sys
import time

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from sbm_site.page_cache import CACHED_HEADER, invalidate_all

LANGUAGE = "fr"


def percentile(values, share):
    ordered = sorted(values)
    if not ordered:
        return None
    position = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[position]


def middle(queryset):
    count = queryset.count()
    return queryset[count // 2] if count else None


def page_addresses():
    """(label, address) of each public page type, in French, on the bench content."""
    from wagtail.models import Locale

    from directory.models import DirectoryPage, Provider
    from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage, TrainingModulePage
    from home.models import AssociationPage, HomePage
    from showcase.models import OpenModelIndexPage, OpenModelPage
    from toolpages.models import Canvas, ToolIndexPage, ToolPage

    locale = Locale.objects.get(language_code=LANGUAGE)

    def live(model):
        return model.objects.live().public().filter(locale=locale).order_by("path")

    library = live(ToolIndexPage).first()
    tool = middle(live(ToolPage))
    canvas = Canvas.objects.filter(locale=locale).order_by("sort_order").first()
    directory = live(DirectoryPage).first()
    provider = middle(Provider.objects.listed().filter(locale=locale).order_by("pk"))
    addresses = [
        ("home", live(HomePage).first().url),
        ("association page", live(AssociationPage).first().url),
        ("library", library.url),
        ("library, one filter", f"{library.url}?canvas={canvas.slug}"),
        ("tool sheet", tool.url),
        ("tool print view", tool.url + tool.reverse_subpage("print")),
        ("guide index", live(GuideIndexPage).first().url),
        ("guide", middle(live(GuidePage)).url),
        ("training module", live(TrainingModulePage).first().url),
        ("event index", live(EventIndexPage).first().url),
        ("event", live(EventPage).first().url),
        ("open model index", live(OpenModelIndexPage).first().url),
        ("open model", middle(live(OpenModelPage)).url),
        ("provider directory", directory.url),
        ("provider", directory.provider_url(provider)),
        ("search", f"/{LANGUAGE}/search/?q=outil"),
    ]
    return addresses


def time_requests(client, address, repeat):
    """Wall-clock and CPU milliseconds of each request (CPU: this process only, so on SQLite the
    database's work too, on PostgreSQL without the server's)."""
    durations, cpu = [], []
    response = None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(address)
        durations.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return (durations, cpu), response


def measure_page(address, repeat):
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=LANGUAGE)
    result = {"address": address}
    with override_settings(PAGE_CACHE_SECONDS=0):
        warm = client.get(address)
        result["status"] = warm.status_code
        result["bytes"] = len(warm.content)
        if warm.status_code != 200:
            # Reported as such (a broken page is a finding), never timed.
            return {**result, "queries": 0, "uncached_ms": None, "cached_ms": None, "cache": "error"}
        with CaptureQueriesContext(connection) as queries:
            client.get(address)
        result["queries"] = len(queries)
        durations, _response = time_requests(client, address, repeat)
        result["uncached_ms"] = summary(durations)
    with override_settings(PAGE_CACHE_SECONDS=600):
        # A new client: the cache middleware reads its timeout when the client's handler starts.
        client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=LANGUAGE)
        invalidate_all()
        client.get(address)
        durations, response = time_requests(client, address, repeat)
        result["cache"] = response.get(CACHED_HEADER) or "never"
        with CaptureQueriesContext(connection) as queries:
            client.get(address)
        result["cached_queries"] = len(queries)
        result["cached_ms"] = summary(durations)
    return result


def summary(timings):
    durations, cpu = timings
    return {
        "median": round(statistics.median(durations), 2),
        "p95": round(percentile(durations, 0.95), 2),
        "cpu_median": round(statistics.median(cpu), 2),
        "n": len(durations),
    }


def measure(repeat, only=None):
    pages = [(label, address) for label, address in page_addresses() if only is None or label in only]
    return [{"page": label, **measure_page(address, repeat)} for label, address in pages]


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
