"""A translation handed to its reviewers, in the browser (issue #26): traduction-de translates a
French tool in wagtail-localize's editor, its address included, and submits it; relecture-de finds
it on her dashboard under its German title and approves it, which publishes it; a visitor reads it
at its German address; the Italian translator cannot open it."""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

GERMAN_TITLE = "Werkzeug im Lektorat"
GERMAN_SLUG = "werkzeug-im-lektorat"


def german_text(segment):
    if segment["contentPath"] == "slug":
        return GERMAN_SLUG
    if segment["contentPath"] == "title":
        return GERMAN_TITLE
    return f"Deutsch: {segment['source'][:60]}"


def start_a_german_translation(page):
    """From the translation health report, the first French tool missing in German."""
    page.goto("/admin/reports/translation-health/?locale=de")
    page.get_by_label("Typ").select_option(label="Werkzeug")
    page.get_by_role("button", name="Filtern").click()
    missing = page.locator('td[data-locale="de"][data-state="missing"] a').first
    missing.click()
    page.get_by_label("Deutsch").check()
    page.locator('form input[type="submit"]').click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.wait_for_load_state("networkidle")  # wagtail-localize's editor is a React app


def type_every_string(page):
    """Each string the editor shows, through the editor's own endpoint, as its React app sends them."""
    props = json.loads(page.locator(".js-translation-editor").get_attribute("data-props"))
    csrf_token = next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "csrftoken")
    for segment in props["segments"]:
        if segment["type"] != "string":
            continue
        response = page.request.put(
            segment["editUrl"],
            form={"value": german_text(segment)},
            headers={"X-CSRFToken": csrf_token, "Referer": page.url},
        )
        assert response.ok, response.text()[:200]


def test_a_translation_goes_live_through_its_reviewer(page, log_in_as):
    log_in_as("traduction-de")
    start_a_german_translation(page)
    editor_url = page.url
    type_every_string(page)
    page.reload()
    page.wait_for_load_state("networkidle")
    editor_text = page.locator("main").inner_text()
    for english in ("More actions", "Français to Deutsch translation", "December", "Locale", "Dummy"):
        assert english not in editor_text, english  # "Dummy": no dummy machine translator on this site
    expect(page.get_by_text("Übersetzung: Français → Deutsch").first).to_be_visible()
    # Her actions: submit for review; neither *Delete* nor *Stop synced translation*.
    expect(page.get_by_role("button", name="Synchronisierte Übersetzung stoppen")).to_be_hidden()
    expect(page.get_by_role("link", name="Löschen")).to_have_count(0)
    review = page.locator(".sbm-review")
    expect(review).to_contain_text(GERMAN_SLUG)
    expect(review).to_contain_text("Alle Texte sind übersetzt.")
    review.get_by_role("button", name="Speichern und zum Lektorat einreichen").click()
    expect(page.get_by_role("status").first).to_contain_text("wartet auf das Lektorat")
    expect(page.locator(".sbm-review")).to_contain_text("Zum Lektorat eingereicht")

    log_in_as("relecture-de")
    awaiting = page.locator("section").filter(has=page.get_by_role("heading", name="Ihre Überprüfung steht aus"))
    awaiting.get_by_role("link", name=GERMAN_TITLE).first.click()
    page.wait_for_load_state("networkidle")
    stop = page.locator('[data-w-action-url-value$="/disable/"]')
    expect(stop).to_have_count(1)  # a reviewer may stop the sync: the button hidden from the translator exists
    page.locator(".sbm-review").get_by_role("button", name="Genehmigen und veröffentlichen").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator(".sbm-review")).not_to_contain_text("Zum Lektorat eingereicht")

    page.context.clear_cookies()
    response = page.goto(f"/de/werkzeuge/{GERMAN_SLUG}/")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(GERMAN_TITLE)

    log_in_as("traduction-it")
    page.goto(editor_url)
    page.wait_for_url("**/admin/")
