"""Two gunicorn workers, no Redis: a page one worker keeps is retired when the other handles
its unpublication. Each worker's own memory would go on serving it (the file cache is shared)."""

import json
import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

TOOL = "/fr/outils/cadre-logique/"
ROUNDS = 16  # enough for both workers to answer and keep the page


def status_and_cache(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("X-SBM-Cache", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-SBM-Cache", "")


def test_an_unpublished_tool_disappears_for_every_worker_at_once(live_site, log_in_as):
    answers = [status_and_cache(live_site + TOOL) for _ in range(ROUNDS)]
    assert {status for status, _cache in answers} == {200}
    assert ("200", "hit") in {(str(status), cache) for status, cache in answers}, answers

    with urllib.request.urlopen(f"{live_site}/oembed/?url={live_site}{TOOL}", timeout=10) as response:
        tool_id = re.search(r"/embed/tools/(\d+)/", json.load(response)["html"]).group(1)
    page = log_in_as("admin")
    page.goto(f"/admin/pages/{tool_id}/unpublish/")
    page.locator("main form button[type=submit], main form input[type=submit]").first.click()
    expect(page.locator(".messages")).to_be_visible()

    after = [status_and_cache(live_site + TOOL)[0] for _ in range(ROUNDS)]
    assert after == [404] * ROUNDS
