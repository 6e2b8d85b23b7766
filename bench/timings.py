"""Figures from timings: percentiles and a page's summary. Plain Python, importable before Django is
set up (the parent process of `python -m bench` combines the figures of its measuring processes)."""

import statistics


def percentile(values, share):
    ordered = sorted(values)
    if not ordered:
        return None
    position = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[position]


def summary(timings):
    durations, cpu = timings
    return {
        "median": round(statistics.median(durations), 2),
        "p95": round(percentile(durations, 0.95), 2),
        "cpu_median": round(statistics.median(cpu), 2),
        "n": len(durations),
        # Every request's times, for figures combined across runs (bench/__main__.py).
        "durations": [round(value, 3) for value in durations],
        "cpu": [round(value, 3) for value in cpu],
    }
