"""A visitor finds the association in her language and writes to it, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_visitor_switches_language_and_joins_after_correcting_a_mistake(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.locator("nav.language-switcher").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/$"))
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Der Verein").click()
    page.get_by_role("link", name="Mitglied werden oder schreiben").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mitglied werden oder schreiben")

    page.locator("input[name=request][value=join]").check()
    page.locator("input[name=name]").fill("Lena Keller")
    page.locator("input[name=email]").fill("lena-at-example.org")
    page.locator("textarea[name=message]").fill("Wir möchten Mitglied werden.")
    page.wait_for_timeout(3500)  # a person takes a few seconds; the form refuses robots' speed
    page.locator("main form button[type=submit]").click()

    error = page.locator("#id_email-errors")
    expect(error).to_contain_text("gültige E-Mail")
    expect(page.locator("input[name=name]")).to_have_value("Lena Keller")
    page.locator("input[name=email]").fill("lena@example.org")
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("status")).to_contain_text("Danke")


def test_administration_finds_the_request_in_the_inbox(page):
    page.goto("/fr/association/adherer/")
    page.locator("input[name=request][value=question]").check()
    page.locator("input[name=name]").fill("Marc Dupuis")
    page.locator("input[name=email]").fill("marc@example.org")
    page.locator("textarea[name=message]").fill("Comment participer au GT Production ?")
    page.wait_for_timeout(3500)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("status")).to_contain_text("Merci")

    page.goto("/admin/login/")
    page.locator("input[name=username]").fill("administration")
    page.locator("input[name=password]").fill("sbm-demo")
    page.locator("form button[type=submit]").first.click()
    page.goto("/admin/contributions/contribution/")
    expect(page.get_by_text("Marc Dupuis")).to_be_visible()
