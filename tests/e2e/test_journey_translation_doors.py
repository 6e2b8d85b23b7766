"""The doors around translation review in the browser: a French editor syncs without publishing,
the German translator is not offered *Convert to alias*, the German reviewers convert, and the
site's keepers sync and publish (sbm_site/translation_guards.py)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

FRENCH_TITLE = "Carte d'empathie"
GERMAN_TITLE = "Empathiekarte"
GERMAN_URL = "/de/werkzeuge/empathiekarte/"


def open_sync_screen(page):
    """*Sync translated pages* from the French tool's row in the admin's page search."""
    page.goto("/admin/pages/search/?q=" + FRENCH_TITLE)
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=FRENCH_TITLE, exact=True))
    row.get_by_role("button", name=re.compile("Plus d.options")).click()
    row.get_by_role("link", name="Synchroniser les pages traduites").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(FRENCH_TITLE)


def open_german_translation(page):
    page.goto("/admin/pages/search/?q=" + GERMAN_TITLE)
    page.get_by_role("link", name=GERMAN_TITLE, exact=True).first.click()
    page.wait_for_load_state("networkidle")  # wagtail-localize's editor is a React app
    return page.get_by_role("navigation", name="Aktionen")


def test_the_french_editors_sync_and_only_reviewers_publish_or_convert(page, log_in_as):
    log_in_as("production")
    open_sync_screen(page)
    expect(page.get_by_role("checkbox", name="Publier immédiatement")).to_have_count(0)
    page.get_by_role("button", name="Soumettre").click()
    expect(page.get_by_role("status").first).to_contain_text("mises à jour avec succès")
    expect_public_title(page, GERMAN_TITLE)  # a sync without publication leaves the German page as it was

    log_in_as("traduction-de")
    actions = open_german_translation(page)
    actions.get_by_role("button", name="Mehr Aktionen").click()
    expect(actions.get_by_text("In Alias umwandeln")).to_have_count(0)
    convert_url = page.url.replace("/admin/pages/", "/admin/localize/page/").replace("/edit/", "/convert_to_alias/")
    csrf_token = next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "csrftoken")
    refused = page.request.post(convert_url, headers={"X-CSRFToken": csrf_token, "Referer": page.url})
    assert refused.status == 403
    assert "Nur das Lektorat dieser Sprache darf sie veröffentlichen." in refused.text()

    log_in_as("site")
    open_sync_screen(page)
    expect(page.get_by_role("checkbox", name="Publier immédiatement")).to_be_visible()

    log_in_as("relecture-de")
    actions = open_german_translation(page)
    actions.get_by_role("button", name="Mehr Aktionen").click()
    actions.get_by_text("In Alias umwandeln").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Alias")
    page.get_by_role("button", name=re.compile("Ja|umwandeln", re.IGNORECASE)).click()
    expect(page.get_by_role("status").first).to_contain_text(GERMAN_TITLE)
    expect_public_title(page, FRENCH_TITLE)  # the German page is now an alias of its French source


def expect_public_title(page, title):
    page.context.clear_cookies()
    response = page.goto(GERMAN_URL)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
