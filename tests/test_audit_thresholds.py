"""The audit checkers fail a report below its threshold and pass one above: fed small reports shaped like the
real output of Lighthouse 12, axe-core 4 and the Nu Html Checker, through the same command `make audit` uses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]


def lighthouse_report(performance=1.0, accessibility=1.0, best_practices=1.0, seo=1.0):
    def category(name, score, audit):
        return {"id": name, "title": name.title(), "score": score, "auditRefs": [{"id": audit, "weight": 10}]}

    return {
        "lighthouseVersion": "12.2.3",
        "requestedUrl": "http://127.0.0.1:8000/fr/",
        "finalDisplayedUrl": "http://127.0.0.1:8000/fr/",
        "configSettings": {"formFactor": "mobile"},
        "audits": {
            "largest-contentful-paint": {"id": "largest-contentful-paint", "score": performance},
            "color-contrast": {"id": "color-contrast", "score": 1 if accessibility > 0.9 else 0},
            "errors-in-console": {"id": "errors-in-console", "score": 1},
            "meta-description": {"id": "meta-description", "score": 1 if seo > 0.9 else 0},
        },
        "categories": {
            "performance": category("performance", performance, "largest-contentful-paint"),
            "accessibility": category("accessibility", accessibility, "color-contrast"),
            "best-practices": category("best-practices", best_practices, "errors-in-console"),
            "seo": category("seo", seo, "meta-description"),
        },
    }


AXE_VIOLATION = {
    "id": "color-contrast",
    "impact": "serious",
    "tags": ["cat.color", "wcag2aa", "wcag143"],
    "help": "Elements must meet minimum color contrast ratio thresholds",
    "helpUrl": "https://dequeuniversity.com/rules/axe/4.14/color-contrast",
    "nodes": [{"html": '<p class="lead">…</p>', "target": [".lead"], "failureSummary": "Fix any of the following"}],
}

VNU_ERROR = {
    "type": "error",
    "url": "file:/tmp/home.html",
    "lastLine": 12,
    "firstColumn": 5,
    "lastColumn": 40,
    "message": "Duplicate ID “main”.",
    "extract": '<div id="main">',
}
VNU_WARNING = {
    "type": "info",
    "subType": "warning",
    "url": "file:/tmp/home.html",
    "lastLine": 3,
    "message": "Consider adding a “lang” attribute.",
}


def check(tmp_path, tool, *reports, extra=(), names=()):
    paths = []
    for number, report in enumerate(reports):
        path = tmp_path / (names[number] if names else f"report-{number}.json")
        path.write_text(json.dumps(report), encoding="utf-8")
        paths.append(str(path))
    return subprocess.run(
        [sys.executable, "-m", "scripts.audit.checks", tool, *extra, *paths],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_lighthouse_passes_when_every_category_reaches_95(tmp_path):
    result = check(tmp_path, "lighthouse", lighthouse_report(0.95, 1, 0.96, 1), lighthouse_report())
    assert result.returncode == 0, result.stdout
    assert "95" in result.stdout


@pytest.mark.parametrize(
    "scores, named",
    [
        ({"performance": 0.94}, "performance 94"),
        ({"accessibility": 0.88}, "color-contrast"),
        ({"best_practices": 0.5}, "best-practices 50"),
        ({"seo": 0.9}, "meta-description"),
        ({"performance": None}, "performance None"),
    ],
)
def test_lighthouse_fails_below_95_and_names_the_category(tmp_path, scores, named):
    result = check(tmp_path, "lighthouse", lighthouse_report(), lighthouse_report(**scores))
    assert result.returncode == 1, result.stdout
    assert named in result.stdout


def test_lighthouse_minimum_can_be_raised(tmp_path):
    report = lighthouse_report(0.97, 1, 1, 1)
    assert check(tmp_path, "lighthouse", report, extra=["--minimum", "97"]).returncode == 0
    assert check(tmp_path, "lighthouse", report, extra=["--minimum", "98"]).returncode == 1


def noindexed_search_report(meta_description=1):
    """SEO as Lighthouse weighs it on a page with noindex: is-crawlable fails and costs a third of the score."""
    report = lighthouse_report()
    report["audits"].update(
        {
            "is-crawlable": {"id": "is-crawlable", "score": 0},
            "meta-description": {"id": "meta-description", "score": meta_description},
            "document-title": {"id": "document-title", "score": 1},
        }
    )
    refs = [
        {"id": "is-crawlable", "weight": 4},
        {"id": "meta-description", "weight": 1},
        {"id": "document-title", "weight": 7},
    ]
    # Lighthouse's weighted mean: document-title 7 + meta-description 1 of 12 points.
    report["categories"]["seo"].update({"score": (7 + meta_description) / 12, "auditRefs": refs})
    return report


def test_a_page_kept_out_of_search_engines_fails_seo_whatever_its_kind(tmp_path):
    """noindex costs a third of the SEO score: no kind of public page, search results included, gets a pass."""
    report = noindexed_search_report()
    assert report["categories"]["seo"]["score"] < 0.95
    for name in ("fr-search--mobile.json", "de-home--desktop.json"):
        failed = check(tmp_path, "lighthouse", report, names=[name])
        assert failed.returncode == 1
        assert "seo 67" in failed.stdout and "is-crawlable" in failed.stdout


def test_a_runtime_error_or_a_missing_report_fails(tmp_path):
    broken = {**lighthouse_report(), "runtimeError": {"code": "NO_NAVSTART", "message": "…"}}
    assert check(tmp_path, "lighthouse", broken).returncode == 1
    missing = subprocess.run(
        [sys.executable, "-m", "scripts.audit.checks", "axe", str(tmp_path / "absent.json")],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 1
    assert "unreadable" in missing.stdout


def test_axe_passes_without_violations_and_fails_with_one(tmp_path):
    clean = {"url": "http://127.0.0.1:8000/fr/", "violations": []}
    assert check(tmp_path, "axe", clean, clean).returncode == 0
    result = check(tmp_path, "axe", clean, {"url": "http://127.0.0.1:8000/de/", "violations": [AXE_VIOLATION]})
    assert result.returncode == 1
    assert "color-contrast (serious)" in result.stdout
    assert ".lead" in result.stdout


def test_nu_checker_warnings_pass_and_errors_fail(tmp_path):
    assert check(tmp_path, "html", {"messages": [VNU_WARNING]}, {"messages": []}).returncode == 0
    result = check(tmp_path, "html", {"messages": [VNU_WARNING, VNU_ERROR]})
    assert result.returncode == 1
    assert "line 12: Duplicate ID" in result.stdout
