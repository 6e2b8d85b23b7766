"""The Nu Html Checker (vnu.jar) on the HTML the public and admin pages send; fails on any error."""

import http.cookiejar
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from scripts.audit import axe, checks, server, tools


def admin_opener(base_url):
    """A URL opener logged in to the admin as the demo superuser (Django's login form, with its CSRF token)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base_url}/admin/login/").read()
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": axe.ADMIN_USER, "password": axe.DEMO_PASSWORD, "next": "/admin/"}
    ).encode()
    request = urllib.request.Request(f"{base_url}/admin/login/", data=data, headers={"Referer": f"{base_url}/admin/"})
    opener.open(request).read()
    if not any(cookie.name == "sessionid" for cookie in jar):
        sys.exit("Could not log in to the admin as the demo superuser")
    return opener


def check_files(html_files):
    """Run vnu once over every file; return its messages grouped by file."""
    completed = subprocess.run(
        ["java", "-jar", str(tools.VNU_JAR), "--format", "json", *map(str, html_files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(completed.stderr or completed.stdout or '{"messages": []}').get("messages", [])
    grouped = {str(path): [] for path in html_files}
    for message in messages:
        path = urllib.parse.unquote(urllib.parse.urlsplit(message.get("url", "")).path)
        grouped.setdefault(path, []).append(message)
    return grouped


def audit(base_url, pages):
    """Fetch every page, check them all in one run of vnu; print the table; return True on any error."""
    tools.require(tools.VNU_JAR)
    directory = tools.report_dir("html")
    public = urllib.request.build_opener()
    admin = admin_opener(base_url)
    html_files, reports = [], []
    for opener, targets in ((public, server.public_targets(pages)), (admin, server.admin_targets(pages))):
        for label, path in targets:
            try:
                body = opener.open(base_url + path).read()
            except urllib.error.HTTPError as error:
                report = directory / f"{tools.slug(label)}.json"
                report.write_text(json.dumps({"runtimeError": {"code": f"HTTP {error.code} at {path}"}}))
                reports.append(report)
                continue
            html_file = directory / f"{tools.slug(label)}.html"
            html_file.write_bytes(body)
            html_files.append(html_file)
    for html_file, messages in check_files(html_files).items():
        report = directory / (Path(html_file).stem + ".json")
        report.write_text(json.dumps({"messages": messages}, indent=1), encoding="utf-8")
        reports.append(report)
    print(f"\nNu Html Checker, reports in {directory}")
    return checks.check_list(reports, checks.vnu_failures, "errors")
