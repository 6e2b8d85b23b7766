"""Read the reports the audit tools write and decide: a table of figures, and failure below the thresholds.

    python -m scripts.audit.checks lighthouse [--minimum 95] REPORT.json …
    python -m scripts.audit.checks axe RESULTS.json …
    python -m scripts.audit.checks html VNU.json …

Each exits 1 when a report is below its threshold (or unreadable), 0 otherwise. The audit commands
use the same functions on the reports they have just produced.
"""

import argparse
import json
import sys
from pathlib import Path

LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_MINIMUM = 95


def lighthouse_scores(report):
    """The four category scores of a Lighthouse JSON report, out of 100; None when a category did not run."""
    categories = report.get("categories", {})
    scores = {}
    for name in LIGHTHOUSE_CATEGORIES:
        score = categories.get(name, {}).get("score")
        scores[name] = None if score is None else round(score * 100)
    return scores


def lighthouse_failures(report, minimum=LIGHTHOUSE_MINIMUM):
    """The categories below the minimum, with the audits that cost the most points in each."""
    if report.get("runtimeError"):
        return [f"runtime error: {report['runtimeError'].get('code')}"]
    failures = []
    for name, score in lighthouse_scores(report).items():
        if score is None or score < minimum:
            failures.append(f"{name} {score}: {', '.join(lighthouse_losses(report, name)) or 'no audit named'}")
    return failures


def lighthouse_losses(report, category):
    audits = report.get("audits", {})
    refs = report.get("categories", {}).get(category, {}).get("auditRefs", [])
    losses = []
    for ref in refs:
        audit = audits.get(ref.get("id"), {})
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 0.9:
            losses.append(f"{ref['id']} ({audit['score']:.2f})")
    return losses


def axe_failures(results):
    """One line per axe violation: its rule, impact and where it is."""
    failures = []
    for violation in results.get("violations", []):
        targets = [" ".join(map(str, node.get("target", []))) for node in violation.get("nodes", [])]
        failures.append(
            f"{violation.get('id')} ({violation.get('impact')}): {violation.get('help')} at {'; '.join(targets[:3])}"
        )
    return failures


def vnu_failures(report):
    """One line per Nu Html Checker error (warnings are information, not failures)."""
    failures = []
    for message in report.get("messages", []):
        if message.get("type") in ("error", "non-document-error"):
            failures.append(f"line {message.get('lastLine', '?')}: {message.get('message')}")
    return failures


def print_table(headers, rows, out=sys.stdout):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    for line in (headers, ["-" * width for width in widths], *rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)), file=out)


def read_json(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return {"runtimeError": {"code": f"unreadable report {path}: {error}"}, "violations": None, "messages": None}


def check_lighthouse(paths, minimum):
    rows, failed = [], False
    for path in paths:
        report = read_json(path)
        scores = lighthouse_scores(report)
        failures = lighthouse_failures(report, minimum)
        failed |= bool(failures)
        row = [Path(path).stem, *("-" if s is None else s for s in scores.values())]
        rows.append([*row, "; ".join(failures) or "ok"])
    print_table(["report", *LIGHTHOUSE_CATEGORIES, "below threshold"], rows)
    return failed


def check_list(paths, failures_of, label):
    rows, failed = [], False
    for path in paths:
        report = read_json(path)
        failures = [report["runtimeError"]["code"]] if report.get("runtimeError") else failures_of(report)
        failed |= bool(failures)
        rows.append([Path(path).stem, len(failures), failures[0] if failures else "ok"])
    print_table(["report", label, "first"], rows)
    return failed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tool", choices=["lighthouse", "axe", "html"])
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--minimum", type=int, default=LIGHTHOUSE_MINIMUM, help="Lighthouse score each category needs")
    args = parser.parse_args(argv)
    if args.tool == "lighthouse":
        failed = check_lighthouse(args.reports, args.minimum)
    elif args.tool == "axe":
        failed = check_list(args.reports, axe_failures, "violations")
    else:
        failed = check_list(args.reports, vnu_failures, "errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
