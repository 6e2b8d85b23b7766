"""`python -m bench`: build the bench databases, measure every public page type, write the report.

    python -m bench [--scale 1000] [--small 50] [--repeat 30] [--seconds 3] [--port 8104] [--fresh]

The database engine follows DATABASE_URL (SQLite by default). Subcommands used by the run,
each in its own process on one bench database:

    python -m bench generate TOOLS PROVIDERS GUIDES MODELS
    python -m bench measure REPEAT [PAGE LABELS, comma-separated]
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from .databases import PROJECT, BenchDatabases, bench_environment
from .timings import summary


def log(message):
    print(message, flush=True)


def in_bench_process(database_url, *arguments, **environment):
    """Run `python -m bench <arguments>` on one bench database; return its standard output."""
    result = subprocess.run(
        [sys.executable, "-m", "bench", *map(str, arguments)],
        cwd=PROJECT,
        env=bench_environment(database_url, **environment),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return result.stdout


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "load": " / ".join(f"{value:.2f}" for value in os.getloadavg()),
    }


def site_database_url():
    return os.environ.get("DATABASE_URL") or f"sqlite:///{PROJECT / 'db.sqlite3'}"


def build(databases, role, tools, fresh, timings):
    if fresh or not databases.base_is_current():
        log("Building the base bench database: migrate and load the demo content (kept for the next runs)…")
        started = time.perf_counter()
        databases.build_base(log)
        timings["base (migrate + demo content)"] = time.perf_counter() - started
    log(f"Generating the {role} bench database at {tools} tools…")
    started = time.perf_counter()
    databases.copy_base(role)
    counts = [tools, max(tools // 5, 1), max(tools // 10, 1), max(tools // 10, 1)]
    output = in_bench_process(databases.url(role), "generate", *counts)
    timings[f"{role} ({tools} tools)"] = time.perf_counter() - started
    log(output.strip())


ROUNDS = 4
RATIO_ROUNDS = 3


def combine(runs):
    """One figure from several short loads: requests over their total time, the worst percentiles."""
    seconds = sum(run["requests"] / run["rps"] for run in runs if run["rps"])
    requests = sum(run["requests"] for run in runs)
    return {
        "rps": round(requests / seconds, 1) if seconds else 0,
        "p50": max(run["p50"] or 0 for run in runs),
        "p95": max(run["p95"] or 0 for run in runs),
        "p99": max(run["p99"] or 0 for run in runs),
        "requests": requests,
        "errors": sum(run["errors"] for run in runs),
        "concurrency": runs[0]["concurrency"],
    }


def compare_library_scales(databases, repeat):
    """The library on the small bench database and on the full one, measured in alternation (one
    process per database and round), so that a slower minute of the machine falls on both alike:
    (small library's figures with its number of tools, full library's uncached figures), or
    (None, None) when either page does not answer."""
    durations = {"small": ([], []), "bench": ([], [])}
    small = None
    for _ in range(RATIO_ROUNDS):
        for role in ("small", "bench"):
            measured = json.loads(in_bench_process(databases.url(role), "measure", repeat, "library"))
            page = measured["pages"][0]
            if page["status"] != 200:
                return None, None
            wall, cpu = durations[role]
            wall.extend(page["uncached_ms"]["durations"])
            cpu.extend(page["uncached_ms"]["cpu"])
            if role == "small":
                small = {**page, "tools": measured["counts"]["tools (fr)"]}
    small["uncached_ms"] = summary(durations["small"])
    return small, summary(durations["bench"])


def warm_up(server, pages):
    """Every page a few times, so that both workers have loaded everything (and filled the cache)."""
    for _ in range(3):
        for page in pages:
            server.warm(page["address"], times=2)


def run(options):
    started = time.perf_counter()
    # Without Redis the caches are files (settings/base.py): a fresh folder for each run.
    cache_dir = tempfile.mkdtemp(prefix="sbm-bench-cache-")
    os.environ["CACHE_DIR"] = cache_dir
    databases = BenchDatabases(site_database_url())
    info = machine()
    log(f"Bench on {databases.vendor}; load average {info['load']}.")
    timings = {}
    build(databases, "bench", options.scale, options.fresh, timings)
    build(databases, "small", options.small, False, timings)

    log("Measuring in process (Django test client)…")
    results = json.loads(in_bench_process(databases.url("bench"), "measure", options.repeat))
    broken = [page for page in results["pages"] if page["status"] != 200]
    for page in broken:
        log(f"  {page['page']} ({page['address']}) answered {page['status']}: not measured")
    results["pages"] = [page for page in results["pages"] if page["status"] == 200]
    results["broken"] = broken
    library_small, library_at_scale = compare_library_scales(databases, options.repeat)

    log("Measuring through gunicorn…")
    from .load import Gunicorn, load

    static_dir = Path(tempfile.mkdtemp(prefix="sbm-bench-static-"))
    for number, page in enumerate(results["pages"]):
        # A static file of the page's size, served by the same gunicorn through whitenoise.
        padding = max(page["bytes"] - 40, 0)
        (static_dir / f"page-{number}.html").write_text(
            "<!doctype html><title>bench</title>" + "x" * padding + "\n", encoding="utf-8"
        )
    with Gunicorn(databases.url("bench"), options.port, PAGE_CACHE_SECONDS=0) as server:
        warm_up(server, results["pages"])
        for page in results["pages"]:
            page["gunicorn_uncached"] = load(options.port, page["address"], options.seconds)
            log(f"  {page['page']:<22} uncached {page['gunicorn_uncached']['rps']:>7} req/s")
    with Gunicorn(databases.url("bench"), options.port, PAGE_CACHE_SECONDS=600, BENCH_STATIC_DIR=static_dir) as server:
        warm_up(server, results["pages"])
        for number, page in enumerate(results["pages"]):
            address = f"/static/bench/page-{number}.html"
            code, _cache, size = server.warm(address, times=1)
            if code != 200:
                raise RuntimeError(f"The static reference file {address} answered {code}")
            # Page and file in turns, so that a burst of other work on the machine hits both alike.
            rounds = {"page": [], "file": []}
            for _ in range(ROUNDS):
                rounds["page"].append(load(options.port, page["address"], options.seconds / ROUNDS))
                rounds["file"].append(load(options.port, address, options.seconds / ROUNDS))
            page["gunicorn_cached"] = combine(rounds["page"])
            page["static"] = {"address": address, "bytes": size, **combine(rounds["file"])}
            log(
                f"  {page['page']:<22} cached {page['gunicorn_cached']['rps']:>7} req/s, "
                f"static file {page['static']['rps']:>7} req/s"
            )
    shutil.rmtree(static_dir)
    shutil.rmtree(cache_dir, ignore_errors=True)

    results.update(
        vendor=databases.vendor,
        database=databases.server_version(),
        machine=info,
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        cache_backend=f"`{results['cache_backend']}`"
        + (" (Redis, REDIS_URL)" if os.environ.get("REDIS_URL") else " (the default without REDIS_URL)"),
        generation=", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
        + ("" if "base (migrate + demo content)" in timings else " (base database reused)"),
        generation_seconds={
            "content": timings[f"bench ({options.scale} tools)"],
            "base": timings.get("base (migrate + demo content)"),
        },
        library_small=library_small,
        library_at_scale=library_at_scale,
        total_seconds=time.perf_counter() - started,
    )
    from .report import write

    path = write(results)
    log(f"Written: {path.relative_to(PROJECT)} ({results['total_seconds']:.0f} s in all)")


def django_setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


def main(argv):
    if argv and argv[0] == "generate":
        django_setup()
        from .generate import Counts, generate

        tools, providers, guides, models = (int(value) for value in argv[1:5])
        report = generate(Counts(tools=tools, providers=providers, guides=guides, models=models))
        print("  created: " + ", ".join(f"{value} {name}" for name, value in report.created.items()))
        print("  seconds: " + ", ".join(f"{name} {value:.1f}" for name, value in report.seconds.items()))
        return
    if argv and argv[0] == "measure":
        django_setup()
        from .measure import main as measure

        measure(argv[1:])
        return
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1000, help="tools in French (default 1000)")
    parser.add_argument("--small", type=int, default=50, help="tools of the small database (default 50)")
    parser.add_argument("--repeat", type=int, default=30, help="in-process requests per page and mode")
    parser.add_argument("--seconds", type=float, default=2.0, help="load duration per page and mode")
    parser.add_argument("--port", type=int, default=8104, help="gunicorn's port on 127.0.0.1")
    parser.add_argument("--fresh", action="store_true", help="rebuild the base database (migrate + demo)")
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main(sys.argv[1:])
