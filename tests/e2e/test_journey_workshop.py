"""A facilitator puts a workshop together from the library's cards (with JavaScript), opens it, reorders
it and opens its facilitation pack; the address keeps the choice."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

TOOLS = ["Analyse SWOT", "Arbre de problèmes", "Business Model Canvas"]


def test_three_tools_added_from_their_cards_make_a_timed_workshop_and_its_pack(page):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto("/fr/outils/")
    bar = page.locator("[data-workshop-bar]")
    workshop_link = bar.get_by_role("link", name=re.compile("^Mon atelier"))
    expect(workshop_link).to_have_text("Mon atelier")

    for number, title in enumerate(TOOLS, start=1):
        card = page.locator(".tool-card").filter(has=page.get_by_role("link", name=title, exact=True))
        toggle = card.get_by_role("button", name=re.compile("^Ajouter à mon atelier"))
        toggle.click()
        expect(card.get_by_role("button", name=re.compile("^Retirer de mon atelier"))).to_have_attribute(
            "aria-pressed", "true"
        )
        expect(workshop_link).to_have_text(f"Mon atelier ({number})")
        expect(bar.get_by_role("status")).to_contain_text(f"Ajouté à votre atelier : {title}")

    # Removed and added again: the last one goes to the end.
    swot = page.locator(".tool-card").filter(has=page.get_by_role("link", name=TOOLS[0], exact=True))
    swot.get_by_role("button", name=re.compile("^Retirer de mon atelier")).click()
    expect(workshop_link).to_have_text("Mon atelier (2)")
    swot.get_by_role("button", name=re.compile("^Ajouter à mon atelier")).click()
    expect(workshop_link).to_have_text("Mon atelier (3)")

    workshop_link.click()
    expect(page).to_have_url(
        re.compile(r"/fr/outils/mon-atelier/\?tools=arbre-de-problemes,business-model-canvas,analyse-swot$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon atelier")
    agenda = page.get_by_role("table", name=re.compile("^Programme : 09:00 à"))
    expect(agenda.locator("tbody th a")).to_have_text([TOOLS[1], TOOLS[2], TOOLS[0]])
    expect(agenda.locator("tbody tr").first.locator("td").first).to_have_text(re.compile(r"^09:00–\d\d:\d\d$"))
    expect(agenda.locator("tfoot")).to_contain_text("Total")

    # Moved up without JavaScript's help: a link, and the address follows.
    agenda.get_by_role("link", name=f"Monter : {TOOLS[0]}").click()
    expect(page).to_have_url(re.compile(r"\?tools=arbre-de-problemes,analyse-swot,business-model-canvas$"))
    address = page.get_by_role("textbox", name=re.compile("^L'adresse de cet atelier"))
    expect(address).to_have_value(re.compile(r"/fr/outils/mon-atelier/\?tools=arbre-de-problemes,analyse-swot,"))

    page.get_by_role("link", name="Dossier d'animation à imprimer").click()
    expect(page).to_have_url(re.compile(r"/fr/outils/mon-atelier/pack/\?tools="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dossier d'animation")
    expect(page.locator("article.tool-sheet .tool-sheet__title")).to_have_text(
        [f"Fiche : {title}" for title in (TOOLS[1], TOOLS[0], TOOLS[2])]
    )

    # Back in the library, the cards know the workshop, as the address left it.
    page.goto("/fr/outils/")
    expect(workshop_link).to_have_text("Mon atelier (3)")

    # A sheet's button adds its tool to the workshop so far and opens it.
    page.goto("/fr/outils/cinq-pourquoi/")
    page.get_by_role("link", name="Ajouter à mon atelier").click()
    expect(page).to_have_url(
        re.compile(r"\?tools=arbre-de-problemes,analyse-swot,business-model-canvas,cinq-pourquoi$")
    )
    expect(page.get_by_role("table", name=re.compile("^Programme")).locator("tbody th a")).to_have_count(4)
    assert not errors, errors
