"""The canvas online with JavaScript: what a visitor types is kept in the browser as they type, is still there
after a reload or a new visit, never reaches the server before they ask, and "clear" empties it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

SHEET = "/fr/outils/canevas-modele-affaires-social/"
VALUES = "Nous croyons au réemploi <script>alert('x')</script> & à l'entraide"
WHY = "Les encombrants du village partent à la décharge."


def test_a_visitor_fills_the_canvas_reloads_finds_it_again_then_clears_it(page):
    sent, policy_violations = [], []
    page.on("request", lambda request: sent.append(request) if request.method != "GET" else None)
    page.on("console", lambda message: "Content Security Policy" in message.text and policy_violations.append(message))

    page.goto(SHEET)
    page.get_by_role("link", name="Remplir le canevas en ligne").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Remplir le canevas en ligne")
    values = page.get_by_role("textbox", name="Valeurs", exact=True)
    why = page.get_by_role("textbox", name="Pourquoi", exact=True)
    values.fill(VALUES)
    why.fill(WHY)
    expect(page.locator("[data-canvas-status]")).to_have_text("Enregistré dans ce navigateur uniquement.")
    assert not sent, "nothing typed is sent to the server"

    page.reload()
    expect(values).to_have_value(VALUES)
    expect(why).to_have_value(WHY)
    expect(page.locator("[data-canvas-status]")).to_have_text(
        "Vos réponses enregistrées dans ce navigateur sont de retour."
    )

    # A new visit (another tab, not the browser's own form restoration) finds the answers too.
    other = page.context.new_page()
    other.goto(page.url)
    expect(other.get_by_role("textbox", name="Pourquoi", exact=True)).to_have_value(WHY)
    other.close()

    # Shown filled on request: laid out as the canvas, what was typed shown as text.
    page.get_by_role("button", name="Afficher le canevas rempli").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Votre canevas rempli")
    expect(page.get_by_role("region", name="Pourquoi")).to_contain_text(WHY)
    expect(page.get_by_role("region", name="Valeurs")).to_contain_text(VALUES)
    page.go_back()

    page.goto(SHEET + "remplir-en-ligne/")
    page.get_by_role("button", name="Vider le canevas").click()
    expect(values).to_have_value("")
    expect(why).to_have_value("")
    expect(page.locator("[data-canvas-status]")).to_contain_text("Le canevas est de nouveau vide")
    page.reload()
    expect(values).to_have_value("")
    expect(why).to_have_value("")
    assert page.evaluate("Object.keys(window.localStorage).filter((key) => key.startsWith('sbm-canvas'))") == []
    assert policy_violations == [], "the script runs under the site's Content Security Policy"


def test_the_filled_canvas_is_offered_as_an_open_source_model_with_its_answers(page):
    page.goto(SHEET + "remplir-en-ligne/")
    page.get_by_role("textbox", name="Nom de votre projet ou de votre organisation", exact=True).fill(
        "Ressourcerie du village"
    )
    page.get_by_role("textbox", name="Qui", exact=True).fill("Les habitants et les écoles.")
    page.get_by_role("button", name="Afficher le canevas rempli").click()
    page.get_by_role("button", name="Partager comme modèle open-source").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    share = page.locator("main form.share-model")
    expect(share.get_by_role("textbox", name=re.compile(r"^Nom du modèle"))).to_have_value("Ressourcerie du village")
    expect(share.get_by_role("textbox", name=re.compile(r"^Qui\b"))).to_have_value("Les habitants et les écoles.")
