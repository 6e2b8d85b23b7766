"""The Markdown report of `make bench`: docs/performance.md, one section per database engine.

A run replaces the section of its own engine and keeps the other one, so that the file holds
the latest SQLite and PostgreSQL figures side by side.
"""

import re
import statistics

from .databases import PROJECT

REPORT = PROJECT / "docs" / "performance.md"
VENDORS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

HEADER = """# Performance

Measured by `make bench` (`python -m bench`, sources in `bench/`). It builds a separate
benchmark database (never the site's own): the demo content, then, with bulk inserts, copies of
the demo pages up to the chosen scale in French with German, Italian and English translations
as live pages (default `SCALE=1000` tools, 200 providers, 100 guides, 100 open models, each in
4 languages; `make bench SCALE=50` for a small run). The database is `bench/bench.sqlite3` on
SQLite, or `<name>_bench` on the PostgreSQL server of `DATABASE_URL`. Then, for each public page
type (in French):

- **queries**: SQL queries of one warm request, page cache off;
- **render**: in-process time through Django's test client, median and 95th percentile over
  repeated requests, page cache off (*uncached*) and on (*cached*; pages with a form are never
  kept, marked *never*);
- **gunicorn**: requests per second and latency percentiles through gunicorn (2 sync workers,
  `DEBUG` off) under a bounded load from 127.0.0.1 (4 concurrent clients: 2 processes × 2
  threads, a new connection per request, 2 s per page), page cache off and on, compared with the same
  gunicorn serving a static file of the same size through whitenoise;
- the library at 50 tools (a second, small bench database) against the full scale.

How the bench database is made: migrating and loading the demo content is kept as a *base*
(a file in `bench/`, or the PostgreSQL template database `<name>_bench_base`) and rebuilt only
when a migration or the demo loader changes (`make bench BENCH_ARGS=--fresh` forces it); each
run copies it and adds the pages with bulk inserts (treebeard paths and child counts, url paths,
one `translation_key` per tool shared by its four languages, a live revision per page, child rows
and taxonomy links copied from the demo page it imitates), then indexes them for search. Creating
the same pages through Wagtail (`add_child`, `copy_for_translation`, `publish`) was measured at
about 100 ms of CPU per page here, some 7 minutes for the 4,000 tool pages alone, against about
20 s for the whole bulk generation.

Targets (issue #11): tool sheet and library uncached ≤ 25 ms median at 1,000 tools; search
≤ 50 ms median on PostgreSQL; library at 1,000 tools ≤ 1.5 × the library at 50; cached pages
served at ≥ 80 % of the static-file rate.

Figures depend on the machine and on what else runs on it (the load average at the start of
each run is given). Re-run `make bench` (and `DATABASE_URL=postgres://… make bench`) after a
change that may touch performance, and commit this file with the change.

On the 2-core virtual machines where these figures are taken, the speed of the processor varies
from one quarter of an hour to the next, by up to half (the same code, one run after the other,
gave the tool sheet on PostgreSQL 30.8 ms and 41.3 ms), and from one machine to the next by more:
the association page (2 queries), a yardstick of the machine's speed, took 6.0 ms on SQLite on an
Intel Xeon and 13 to 14 ms on PostgreSQL on an AMD EPYC that counts to ten million in Python in
2.0 s. Compare pages within one run and read the CPU column, which does not count the wait for
PostgreSQL.

Where the time of an uncached page goes, and what was done about it (profiles on the bench
database, PostgreSQL, AMD EPYC):

- **Planning.** PostgreSQL planned the pages' joins across Wagtail's tables in 1 to 2 ms each, more
  than it took to run them. Connections now prepare the queries they repeat and reuse their plans
  (`DB_PREPARE_THRESHOLD`, docs/scaling.md): the tool sheet went from 53 to 44 ms, the library
  from 52 to 39 ms, in one run.
- **Building and compiling queries.** Django's ORM spends 1 to 1.5 ms of CPU per query here to turn
  a queryset into SQL, more for a UNION or a joined subquery. Fewer queries (a usage example's
  phase and the library cards' canvas and phases from the cached taxonomy; search results of every
  type in one query), fewer columns (`only()` on the cards and results), and, for the hottest
  fixed-shape queries, SQL written once per process from the models' metadata
  (`classification_sql`, `related_tools_sql`, `pages_linking_a_tool_sql`, `result_sql`): each
  went from 3 to 4 ms to under 1 ms.
- **Templates.** Django's template engine takes 8 to 16 ms of the pages measured; the menu, the
  language switcher and the footer are kept rendered (`sbm_site.chrome`).
"""


def ms(summary, key="median"):
    return "–" if not summary else f"{summary[key]:.1f}"


def status(ok):
    return "**met**" if ok else "**not met**"


def target_rows(results):
    pages = {page["page"]: page for page in results["pages"]}
    rows = []
    generation = results.get("generation_seconds")
    if generation:
        content, base = generation["content"], generation.get("base")
        rows.append(
            (
                "generation of the bench content < 2 min",
                f"{content:.0f} s"
                + (
                    f" (the base, migrate + demo content, built once per change of migrations: {base:.0f} s more)"
                    if base is not None
                    else " (base database reused)"
                ),
                status(content < 120),
            )
        )
    for label in ("tool sheet", "library"):
        page = pages.get(label)
        if page:
            value = page["uncached_ms"]["median"]
            cpu = page["uncached_ms"].get("cpu_median")
            measured = f"{value:.1f} ms" + (f" (CPU {cpu:.1f} ms)" if cpu is not None else "")
            rows.append((f"{label} uncached ≤ 25 ms median", measured, status(value <= 25)))
    search = pages.get("search")
    if search:
        value = search["uncached_ms"]["median"]
        cpu = search["uncached_ms"].get("cpu_median")
        scope = "" if results["vendor"] == "postgresql" else " (the target is for PostgreSQL)"
        measured = f"{value:.1f} ms" + (f" (CPU {cpu:.1f} ms)" if cpu is not None else "")
        rows.append((f"search ≤ 50 ms median{scope}", measured, status(value <= 50)))
    small = results.get("library_small")
    if small and pages.get("library"):
        # Measured in alternation with the small library when the run did so (see compare_library_scales).
        at_scale = results.get("library_at_scale") or pages["library"]["uncached_ms"]
        ratio = at_scale["median"] / small["uncached_ms"]["median"]
        rows.append(
            (
                f"library {results['counts']['tools (fr)']} tools / {small['tools']} tools ≤ 1.5 ×",
                f"{ratio:.2f} × ({at_scale['median']:.1f} / {small['uncached_ms']['median']:.1f} ms"
                + (", measured in alternation" if results.get("library_at_scale") else "")
                + ")",
                status(ratio <= 1.5),
            )
        )
    ratios = [
        page["gunicorn_cached"]["rps"] / page["static"]["rps"]
        for page in results["pages"]
        if page.get("cache") == "hit" and page.get("gunicorn_cached") and page.get("static", {}).get("rps")
    ]
    never = sum(1 for page in results["pages"] if page.get("cache") == "never")
    if ratios:
        rows.append(
            (
                "cached pages ≥ 80 % of the static-file rate",
                f"lowest {min(ratios):.1%}, median {statistics.median(ratios):.1%} of the rate of a static file "
                f"of the same size, over the {len(ratios)} pages kept in the cache"
                + (f" ({never} pages with a form are never kept: rendered for each visitor)" if never else ""),
                status(min(ratios) >= 0.8),
            )
        )
    return rows


def section(results):
    lines = [f"## {VENDORS[results['vendor']]}", ""]
    machine = results["machine"]
    lines += [
        f"Run on {results['date']}: {machine['cores']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"{results['database']}; load average at start {machine['load']}. Page cache for the gunicorn runs: "
        f"{results['cache_backend']}.",
        "",
        "Content: " + ", ".join(f"{value} {name}" for name, value in results["counts"].items()) + ".",
        "",
        f"Generation of the bench database: {results['generation']}.",
        "",
        "### Targets",
        "",
        "| target | measured | |",
        "|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in target_rows(results)]
    lines += [
        "",
        "### Pages",
        "",
        "Times in milliseconds, in process: wall-clock median and 95th percentile, and the median CPU time "
        "of the process (with SQLite it includes the database's work; with PostgreSQL the server's CPU is "
        "not counted). On a busy machine the wall-clock times grow with the load; CPU times much less. "
        "*cache*: `hit` when the page is served from the page cache, `never` when it holds a form (its "
        "CSRF token), so it is rendered for each visitor.",
        "",
        "| page | queries | KB | uncached median | p95 | CPU | cached median | p95 | cache | gunicorn uncached "
        "req/s | p50 | p95 | gunicorn cached req/s | p50 | p95 | static file req/s | cached / static |",
        "|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for page in results["pages"]:
        uncached = page.get("gunicorn_uncached") or {}
        cached = page.get("gunicorn_cached") or {}
        static = page.get("static") or {}
        share = f"{cached['rps'] / static['rps']:.0%}" if cached.get("rps") and static.get("rps") else "–"
        lines.append(
            f"| {page['page']} (`{page['address']}`) | {page['queries']} | {page['bytes'] / 1024:.1f} "
            f"| {ms(page['uncached_ms'])} | {ms(page['uncached_ms'], 'p95')} | {ms(page['uncached_ms'], 'cpu_median')} "
            f"| {ms(page['cached_ms'])} | {ms(page['cached_ms'], 'p95')} | {page['cache']} "
            f"| {uncached.get('rps', '–')} | {uncached.get('p50', '–')} | {uncached.get('p95', '–')} "
            f"| {cached.get('rps', '–')} | {cached.get('p50', '–')} | {cached.get('p95', '–')} "
            f"| {static.get('rps', '–')} | {share} |"
        )
    for page in results.get("broken", []):
        lines.append(f"| {page['page']} (`{page['address']}`) | answered {page['status']}: not measured |")
    small = results.get("library_small")
    if small:
        lines += [
            "",
            f"Library at {small['tools']} tools (small bench database): {small['queries']} queries, uncached "
            f"median {ms(small['uncached_ms'])} ms, p95 {ms(small['uncached_ms'], 'p95')} ms.",
        ]
    lines += ["", f"Whole run: {results['total_seconds']:.0f} s.", ""]
    return "\n".join(lines)


def marker(vendor, end=False):
    return f"<!-- bench:{vendor}:{'end' if end else 'start'} -->"


def write(results, path=REPORT):
    """Write (or replace) the section of `results['vendor']` in the report; keep the other."""
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = {}
    for vendor in VENDORS:
        found = re.search(re.escape(marker(vendor)) + r"\n(.*?)" + re.escape(marker(vendor, end=True)), existing, re.S)
        placeholder = f"## {VENDORS[vendor]}\n\nNot measured yet: run `make bench` with this database.\n"
        sections[vendor] = found.group(1) if found else placeholder
    sections[results["vendor"]] = section(results)
    body = [HEADER]
    for vendor in VENDORS:
        body += [marker(vendor), sections[vendor].rstrip("\n"), marker(vendor, end=True), ""]
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(body), encoding="utf-8")
    return path
