"""The Markdown report of `make bench`: docs/performance.md, one section per database engine.

A run replaces the section of its own engine and keeps the other one, so that the file holds
the latest SQLite and PostgreSQL figures side by side, below the prose that maintainers write
(what is measured and how, the targets, where the time goes), which it keeps too.
"""

import re
import statistics

from .databases import PROJECT

REPORT = PROJECT / "docs" / "performance.md"
VENDORS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

# A new report starts with this; after that, docs/performance.md holds the prose (what is measured,
# how, the targets, where the time goes), kept by each run.
HEADER = """# Performance

Measured by `make bench` (`python -m bench`, sources in `bench/`).
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
    """Write (or replace) the section of `results['vendor']` in the report; keep the other, and keep
    the prose before the sections (HEADER starts a new report; after that the file is its source,
    so that what maintainers write there about where the time goes survives the next run)."""
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = {}
    for vendor in VENDORS:
        found = re.search(re.escape(marker(vendor)) + r"\n(.*?)" + re.escape(marker(vendor, end=True)), existing, re.S)
        placeholder = f"## {VENDORS[vendor]}\n\nNot measured yet: run `make bench` with this database.\n"
        sections[vendor] = found.group(1) if found else placeholder
    sections[results["vendor"]] = section(results)
    first = min((existing.find(marker(vendor)) for vendor in VENDORS if marker(vendor) in existing), default=-1)
    body = [existing[:first].rstrip("\n") + "\n" if first > 0 else HEADER]
    for vendor in VENDORS:
        body += [marker(vendor), sections[vendor].rstrip("\n"), marker(vendor, end=True), ""]
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(body), encoding="utf-8")
    return path
