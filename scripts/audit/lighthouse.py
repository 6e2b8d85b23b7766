"""Lighthouse, mobile and desktop presets, on one page of each kind in French and German (minimum 95 per category)."""

import json
import os
import subprocess
import sys

from scripts.audit import checks, server, tools

PRESETS = ("mobile", "desktop")


def run_lighthouse(url, preset, output):
    command = [
        str(tools.LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--chrome-flags={' '.join(tools.CHROME_FLAGS)}",
        "--only-categories=" + ",".join(checks.LIGHTHOUSE_CATEGORIES),
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": tools.CHROME_PATH}
    # An occasional NO_NAVSTART (Chromium started too slowly) is cured by a second run.
    for _attempt in range(2):
        subprocess.run(command, env=env, timeout=240, check=False, capture_output=True)
        try:
            report = json.loads(output.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not report.get("runtimeError"):
            break
    return output


def audit(base_url, pages, minimum=checks.LIGHTHOUSE_MINIMUM, only=None):
    """Run every page in both presets; print the table; return True when a score is below the minimum."""
    tools.require(tools.LIGHTHOUSE)
    directory = tools.report_dir("lighthouse")
    reports = []
    for label, path in server.public_targets(pages):
        if only and only not in label:
            continue
        for preset in PRESETS:
            output = directory / f"{tools.slug(label)}--{preset}.json"
            print(f"Lighthouse {preset}: {label} {path}", file=sys.stderr)
            reports.append(run_lighthouse(base_url + path, preset, output))
    print(f"\nLighthouse (minimum {minimum}), reports in {directory}")
    return checks.check_lighthouse(reports, minimum)
