"""`make bench`: its generator fills the demo content correctly at a tiny scale, every page type
it measures answers, and its report is written with the figures (the slow parts, the base
database and gunicorn, are what `make bench` itself runs)."""

import http.server
import threading

from wagtail.models import Locale, Page

import pytest

from bench import report
from bench.generate import Counts, generate
from bench.load import load
from bench.measure import counts, measure
from directory.models import Provider
from guides.models import GuidePage
from showcase.models import OpenModelPage
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


def tiny_scale():
    """Three more tools, two more providers, one more guide and model than the demo has."""
    in_french = {"locale__language_code": "fr"}
    return Counts(
        tools=ToolPage.objects.filter(**in_french).count() + 3,
        providers=Provider.objects.filter(**in_french, live=True).count() + 2,
        guides=GuidePage.objects.filter(**in_french).count() + 1,
        models=OpenModelPage.objects.filter(**in_french).count() + 1,
    )


def test_the_generator_adds_live_translated_pages_that_render_and_are_found(client):
    before = set(ToolPage.objects.values_list("pk", flat=True))
    result = generate(tiny_scale())
    assert result.created["tool pages"] == 3 * Locale.objects.count()

    new_tools = ToolPage.objects.exclude(pk__in=before)
    french = new_tools.filter(locale__language_code="fr").order_by("path")
    assert french.count() == 3
    for tool in french:
        translations = {page.locale.language_code: page for page in tool.get_translations(inclusive=True)}
        assert set(translations) == {"fr", "de", "it", "en"}
        for page in translations.values():
            assert page.live and page.live_revision_id and page.live_revision.object_id == str(page.pk)
            assert page.get_parent().specific_class.__name__ == "ToolIndexPage"
    # The tree is as treebeard keeps it: no bad paths, depths or child counts.
    assert Page.find_problems() == ([], [], [], [], [])

    tool = french.last()
    response = client.get(tool.url)
    assert response.status_code == 200
    assert tool.title in response.content.decode()
    german = tool.get_translation(Locale.objects.get(language_code="de"))
    assert client.get(german.url).status_code == 200

    found = client.get("/fr/search/", {"q": "bench"})
    assert f'href="{tool.url}"' in found.content.decode()
    provider = Provider.objects.filter(locale__language_code="fr", slug__contains="-bench-").first()
    assert provider is not None and provider.is_listed


def test_every_measured_page_answers_and_the_report_holds_the_figures(tmp_path):
    generate(tiny_scale())
    pages = measure(repeat=1)
    assert {page["status"] for page in pages} == {200}, [p for p in pages if p["status"] != 200]
    assert len(pages) == 22
    cache = {page["page"]: page["cache"] for page in pages}
    # The pages holding a form (its CSRF token) are rendered for each visitor; the others are kept.
    assert cache["membership form"] == cache["share-a-model form"] == "never", cache
    assert {cache[label] for label in ("partners", "training index", "tools in consultation", "guide booklet")} == {
        "hit"
    }, cache
    results = {
        "vendor": "sqlite",
        "database": "SQLite 3",
        "machine": {"cores": 2, "cpu": "test CPU", "python": "3.11", "load": "0.00 / 0.00 / 0.00"},
        "date": "2026-11-26 12:00 UTC",
        "cache_backend": "each worker's local memory",
        "generation": "bench (3 tools) 1 s",
        "generation_seconds": {"content": 1.2, "base": 61.0},
        "counts": counts(),
        "pages": pages,
        "library_small": {**next(p for p in pages if p["page"] == "library"), "tools": 50},
        "total_seconds": 12.0,
    }
    path = tmp_path / "performance.md"
    report.write(results, path)
    text = path.read_text()
    for page in pages:
        assert f"| {page['page']} (`{page['address']}`) | {page['queries']} |" in text
    assert "| tool sheet uncached ≤ 25 ms median |" in text
    assert "| generation of the bench content < 2 min | 1 s (the base, migrate + demo content" in text
    assert f"library {results['counts']['tools (fr)']} tools / 50 tools ≤ 1.5 ×" in text
    assert "Not measured yet" in text  # the PostgreSQL section waits for its own run

    # A PostgreSQL run fills its section and keeps the SQLite one, and the prose written above them.
    note = "A maintainer's note on where the time goes."
    path.write_text(text.replace("\n<!-- bench:sqlite:start -->", f"\n{note}\n\n<!-- bench:sqlite:start -->", 1))
    report.write({**results, "vendor": "postgresql", "database": "PostgreSQL 15.0"}, path)
    text = path.read_text()
    assert f"{note}\n\n<!-- bench:sqlite:start -->" in text
    assert "Not measured yet" not in text
    assert text.count("| tool sheet uncached ≤ 25 ms median |") == 2
    assert "search ≤ 50 ms median |" in text  # the search target is PostgreSQL's


def test_the_load_generator_counts_requests_and_failures():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the standard library's name
            body = b"ok" if self.path == "/ok" else b"missing"
            self.send_response(200 if self.path == "/ok" else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        served = load(port, "/ok", seconds=0.5, processes=1, threads=2)
        missing = load(port, "/nowhere", seconds=0.3, processes=1, threads=1)
    finally:
        server.shutdown()
        server.server_close()
    assert served["requests"] > 10 and served["errors"] == 0
    assert served["rps"] > 0 and served["p50"] <= served["p95"] <= served["p99"]
    assert missing["requests"] == 0 and missing["errors"] > 0
