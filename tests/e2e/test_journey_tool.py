"""A new tool from a contributor's draft to the public, in French then in German, through the
admin as the people who do it: contributor, GT Production, Comité, translator, German reviewer."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

TITLE = "Carte des soutiens locaux"
SLUG = "carte-des-soutiens-locaux"
GERMAN_TITLE = "Karte der lokalen Unterstützung"
GERMAN_SLUG = "karte-der-lokalen-unterstuetzung"


def footer_action(page, name):
    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name=name, exact=True).click()


def test_contributor_drafts_a_tool_production_and_comite_approve_it_and_it_is_live(page, log_in_as):
    log_in_as("contributrice")
    page.goto("/admin/pages/")
    page.get_by_role("link", name=re.compile("Explorer les sous-pages de .*Bibliothèque d'outils")).click()
    page.get_by_role("navigation", name="Actions").get_by_role("link", name="Ajouter une sous-page").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nouvelle: Outil")

    page.get_by_role("textbox", name="Titre*").fill(TITLE)
    page.get_by_role("textbox", name="L'outil en bref*").fill(
        "Repérer qui, autour du projet, peut l'aider : personnes, organisations, collectivités."
    )
    steps = page.get_by_role("region", name="Mode d'emploi")
    steps.get_by_role("button", name="Insérer un bloc").first.click()
    step = steps.get_by_role("region", name="Étape")
    step.get_by_role("textbox", name="étape*").fill("Dessiner trois cercles")
    step.get_by_role("textbox").nth(1).click()  # the rich text of the step (Draftail)
    page.keyboard.type("Au tableau, tracez trois cercles : proches, partenaires, institutions.")
    step.get_by_role("textbox", name="durée").fill("15 minutes")

    # The template to download: a document uploaded from the chooser.
    instruments = page.get_by_role("region", name="Instruments (gabarits à télécharger)", exact=True)
    instruments.get_by_role("button", name=re.compile("Ajouter un\\(e\\) instruments")).click()
    instruments.get_by_role("button", name="Choisir un document").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Transférer").click()
    upload = chooser.get_by_role("tabpanel", name="Transférer")
    upload.get_by_role("textbox", name="Titre*").fill("Carte des soutiens – gabarit")
    upload.locator("input[type=file]").set_input_files(
        files=[
            {
                "name": "carte-des-soutiens.txt",
                "mimeType": "text/plain",
                "buffer": b"Proches\nPartenaires\nInstitutions\n",
            }
        ]
    )
    upload.get_by_role("button", name="Transférer").click()
    expect(chooser).to_be_hidden()
    expect(instruments).to_contain_text("Carte des soutiens – gabarit")

    footer_action(page, "Soumettre à Co-création d'outil")
    expect(page.get_by_role("status").first).to_contain_text(TITLE)
    assert page.request.get(f"/fr/outils/{SLUG}/").status == 404, "not public before the reviews"

    for reviewer in ("production", "comite"):
        log_in_as(reviewer)
        awaiting = page.get_by_role("region", name="En attente de votre vérification")
        awaiting.get_by_role("link", name=TITLE).click()
        footer_action(page, "Approuver")
        expect(page.get_by_role("status").first).to_contain_text(TITLE)
        if reviewer == "production":
            assert page.request.get(f"/fr/outils/{SLUG}/").status == 404, "the Comité has not validated it yet"

    page.context.clear_cookies()
    response = page.goto(f"/fr/outils/{SLUG}/")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    how_to = page.get_by_role("tabpanel", name="Mode d'emploi")
    expect(how_to).to_contain_text("Dessiner trois cercles")
    expect(how_to).to_contain_text("tracez trois cercles")
    page.get_by_role("tab", name="Instruments").click()
    template = page.get_by_role("tabpanel", name="Instruments").get_by_role("link", name="Carte des soutiens – gabarit")
    download = page.request.get(template.get_attribute("href"))
    assert download.ok and download.text().startswith("Proches")


def translation_health_row(page, source_title):
    """The row of a French page in Admin › Reports › Translation health, tools in German."""
    page.goto("/admin/reports/translation-health/")
    report = page.locator("main")
    report.get_by_label("Typ").select_option(label="Werkzeug")
    report.get_by_label("Sprache").select_option(label="Deutsch")
    with page.expect_navigation():  # look for the row in the filtered report, not in the one before
        report.get_by_role("button", name="Filtern").click()
    row = report.get_by_role("row", name=re.compile(f"^{re.escape(source_title)} "))
    while not row.count():
        with page.expect_navigation():  # count rows on the next page, not on this one again
            report.get_by_role("link", name="Nächste").click()  # fails, as it should, on the last page
    return row


def translate(panel, label, text, level=3):
    """Type a segment's translation in wagtail-localize's editor and save it."""
    heading = panel.page.get_by_role("heading", name=label, exact=True, level=level)
    segment = panel.get_by_role("listitem").filter(has=heading).last  # the innermost item with that heading
    segment.get_by_role("button", name="Übersetzen").click()
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Speichern").click()
    expect(segment.get_by_role("button", name="Bearbeiten")).to_be_visible()


def test_the_german_translator_translates_the_new_tool_and_the_german_reviewer_publishes_it(page, log_in_as):
    if page.request.get(f"/fr/outils/{SLUG}/").status != 200:
        pytest.fail("This journey translates the tool published by the previous one: run the whole file.")

    log_in_as("traduction-de")
    row = translation_health_row(page, TITLE)
    row.get_by_role("link", name="Fehlt").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    expect(page.get_by_role("checkbox", name="Deutsch")).to_be_checked()
    page.get_by_role("button", name="Absenden").click()

    page.wait_for_load_state("networkidle")  # wagtail-localize's editor is a React app
    sheet = page.get_by_role("tabpanel", name="Werkzeugblatt")
    translate(sheet, "Titel", GERMAN_TITLE)
    translate(sheet, "Das Werkzeug in Kürze", "Erkennen, wer dem Projekt in seinem Umfeld helfen kann.")
    translate(sheet, "Schritt", "Drei Kreise zeichnen", level=4)
    translate(
        sheet, "was zu tun ist", "Zeichnen Sie drei Kreise an die Tafel: Nahestehende, Partner, Institutionen.", level=4
    )
    translate(sheet, "Dauer", "15 Minuten", level=4)
    page.get_by_role("tab", name="Bewerben").click()
    translate(page.get_by_role("tabpanel", name="Bewerben"), "Kurztitel", GERMAN_SLUG)
    actions = page.get_by_role("navigation", name="Aktionen")
    expect(actions.get_by_role("button", name=re.compile("Veröffentlichen"))).to_have_count(0)
    assert page.request.get(f"/de/werkzeuge/{GERMAN_SLUG}/").status == 404, "a translator's work is not public"

    log_in_as("relecture-de")
    translation_health_row(page, TITLE).get_by_role("link", name="In Arbeit (100 %)").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("navigation", name="Aktionen").get_by_role("button", name="Veröffentlichen in Deutsch").click()
    expect(page.get_by_role("status").first).to_contain_text(GERMAN_TITLE)

    page.context.clear_cookies()
    page.goto(f"/fr/outils/{SLUG}/")
    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(f"/de/werkzeuge/{GERMAN_SLUG}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text(GERMAN_TITLE)
    how_to = page.get_by_role("tabpanel", name="Anleitung")
    expect(how_to).to_contain_text("Drei Kreise zeichnen")
    expect(how_to).to_contain_text("Zeichnen Sie drei Kreise an die Tafel")
