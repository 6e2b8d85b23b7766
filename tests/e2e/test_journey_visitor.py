"""A visitor finds a tool in the library, reads it in German, prints it, searches the site and
proposes a tool of her own."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_visitor_filters_the_library_reads_a_tool_in_german_prints_it_searches_and_proposes_a_tool(page, log_in_as):
    page.goto("/fr/outils/")
    filters = page.locator("form.tool-filters")
    filters.get_by_role("group", name="Canevas").get_by_label("RSE").check()
    filters.get_by_role("group", name="Complexité").get_by_label("2 – intermédiaire").check()
    filters.get_by_role("button", name="Afficher les outils").click()
    expect(page).to_have_url(re.compile(r"/fr/outils/\?(?=.*canvas=rse)(?=.*complexity=2)"))
    results = page.get_by_role("region", name=re.compile(r"\d+ outils?"))
    expect(results.get_by_role("heading", level=2)).to_have_text("2 outils")
    expect(results.locator(".card__title")).to_have_text(["Canevas de la RSE", "SDG Compass"])
    # The filters are kept in the address (shareable) and shown as removable tags.
    expect(results.get_by_role("link", name=re.compile("Canevas: RSE"))).to_be_visible()

    results.get_by_role("link", name="Canevas de la RSE").click()
    expect(page).to_have_url(re.compile(r"/fr/outils/canevas-rse/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Canevas de la RSE")

    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/werkzeuge/csr-canvas/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("CSR-Canvas")

    # Printed as it is, the sheet leaves out the site's navigation, search and language switcher.
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    for part in (
        "header.site-header",
        "nav.main-nav",
        "form.site-search",
        "nav.language-switcher",
        "footer.site-footer",
    ):
        expect(page.locator(part).first).to_be_hidden()
    page.emulate_media(media="screen")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_visible()

    # The printable sheet: every section on one page, without the site around it.
    page.get_by_role("link", name="Druckversion").click()
    expect(page).to_have_url(re.compile(r"/de/werkzeuge/csr-canvas/print/$"))
    expect(page).to_have_title(re.compile(r"^CSR-Canvas – Druckversion"))
    expect(page.locator("body")).to_have_class(re.compile(r"\bprint-sheet\b"))
    expect(page.get_by_role("heading", level=1)).to_have_text("CSR-Canvas")
    for section in ("Anleitung", "Vorlagen", "Beispiele"):
        expect(page.get_by_role("heading", level=2, name=section)).to_be_visible()
    expect(page.locator(".site-header, .language-switcher, .site-search")).to_have_count(0)
    back = page.get_by_role("link", name="Zurück zum Werkzeugblatt")
    expect(back).to_be_visible()
    page.emulate_media(media="print")
    expect(back).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.emulate_media(media="screen")
    back.click()

    search = page.get_by_role("banner").get_by_role("search")
    search.get_by_role("searchbox", name="Website durchsuchen").fill("Problembaum")
    search.get_by_role("button", name="Suchen").click()
    expect(page).to_have_url(re.compile(r"/de/search/\?q=Problembaum"))
    expect(page.get_by_role("heading", level=2, name=re.compile("Ergebnis"))).to_contain_text("Problembaum")
    page.get_by_role("main").get_by_role("link", name="Problembaum", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Problembaum")

    # She proposes a tool of her own from the library, mistypes her address, corrects it and sends.
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Werkzeugbibliothek").click()
    page.locator("main a[href$='/werkzeuge/werkzeug-vorschlagen/']").click()
    expect(page).to_have_url(re.compile(r"/de/werkzeuge/werkzeug-vorschlagen/$"))
    form = page.locator("main form")
    form.locator("input[name=tool_name]").fill("Wirkungstreppe")
    form.locator("textarea[name=message]").fill("Sieben Stufen, um die Wirkung eines Projekts zu planen und zu messen.")
    form.locator("select[name=phase]").select_option(index=1)
    form.locator("input[name=lineage]").fill("PHINEO (2013)")
    form.locator("input[name=name]").fill("Jonas Frei")
    form.locator("input[name=email]").fill("lena-at-example.org")
    page.wait_for_timeout(3500)  # a person takes a few seconds; the form refuses robots' speed
    form.locator("button[type=submit]").click()

    expect(page.locator("#id_email-errors")).to_contain_text("gültige E-Mail")
    expect(form.locator("input[name=tool_name]")).to_have_value("Wirkungstreppe")
    expect(form.locator("input[name=lineage]")).to_have_value("PHINEO (2013)")
    form.locator("input[name=email]").fill("lena@example.org")
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/de/werkzeuge/werkzeug-vorschlagen/\?sent=1$"))
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.locator("main form")).to_have_count(0)

    # The proposal waits in GT Production's inbox.
    log_in_as("production")
    page.goto("/admin/contributions/contribution/")
    expect(page.get_by_role("row", name=re.compile("Jonas Frei"))).to_be_visible()
