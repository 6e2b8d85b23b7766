"""An open model's page: the organisation, the canvas, impact figures (also in JSON-LD), licence, contact."""

import json
import re
from decimal import Decimal

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from showcase.canvas import BLOCKS
from showcase.models import ImpactFigure, OpenModelPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: these tests change content between requests without publishing."""
    settings.PAGE_CACHE_SECONDS = 0


REPAIR_CAFES = {
    "fr": "/fr/modeles-open-source/reseau-de-repair-cafes/",
    "en": "/en/open-source-models/repair-cafe-network/",
}
ENGLISH_BLOCK_TITLES = ["Values", "Where", "Why", "Who", "Through what", "What", "With what", "Verifiable", "With whom"]
# An e-mail address, also percent- or entity-encoded ("%40", "&#64;").
EMAIL_ADDRESS = re.compile(r"[\w.+-]+(?:@|%40|&#0*64;|&commat;)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def model_at(language, locales):
    french = OpenModelPage.objects.get(slug="reseau-de-repair-cafes", locale=locales["fr"])
    return french.get_translation(locales[language]).specific


def jsonld_of(soup):
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_canvas_shows_the_values_and_the_eight_questions_with_their_answers(client, locales, language):
    model = model_at(language, locales)
    canvas = soup_of(client.get(REPAIR_CAFES[language])).select_one("#canvas")
    blocks = canvas.select(".bm-canvas__block")
    assert [block["data-block"] for block in blocks] == [
        "valeurs",
        "ou",
        "pourquoi",
        "qui",
        "par-quoi",
        "quoi",
        "avec-quoi",
        "verifiable",
        "avec-qui",
    ]
    for block, definition in zip(blocks, BLOCKS, strict=True):
        heading = block.select_one("h3")
        assert block["aria-labelledby"] == heading["id"]
        answer = getattr(model, definition.field_name)
        assert answer
        assert block.select_one(".bm-canvas__answer").get_text(" ", strip=True) == answer


def test_canvas_headings_are_the_questions_in_the_visitors_language(client):
    canvas = soup_of(client.get(REPAIR_CAFES["en"])).select_one("#canvas")
    assert canvas.select_one("h2").get_text(strip=True) == "The model on the business-model canvas"
    assert [h3.get_text(strip=True) for h3 in canvas.select(".bm-canvas__block h3")] == ENGLISH_BLOCK_TITLES
    assert "Make things last, share know-how, bring people together." in canvas.get_text()


def test_an_empty_question_says_so_instead_of_disappearing(client, locales):
    model = OpenModelPage.objects.get(slug="reseau-de-repair-cafes", locale=locales["fr"])
    model.with_whom = ""
    model.save_revision().publish()
    block = soup_of(client.get(REPAIR_CAFES["fr"])).select_one('[data-block="avec-qui"]')
    assert block.select_one(".bm-canvas__empty") is not None


def test_organisation_facts_and_the_fictional_example_notice(client):
    soup = soup_of(client.get(REPAIR_CAFES["en"]))
    facts = soup.select_one("#organisation dl").get_text(" ", strip=True)
    for expected in ["Répare-Ensemble network", "Switzerland, Neuchâtel", "Repair and reuse", "Association", "2014"]:
        assert expected in facts
    assert "1 part-time coordinator and 120 volunteers" in facts
    assert "fictional" in soup.select_one(".open-model__example").get_text()


def test_impact_figures_are_in_a_table_and_in_json_ld(client, locales):
    model = model_at("en", locales)
    figures = list(model.impact_figures.all())
    assert len(figures) == 3
    soup = soup_of(client.get(REPAIR_CAFES["en"]))
    rows = soup.select("#impact tbody tr")
    assert [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in rows] == [
        ["Items brought in", "3150", "items", "2024", "Example figure, invented to illustrate the model"],
        ["Successful repairs", "64", "%", "2024", "Example figure, invented to illustrate the model"],
        ["Waste avoided", "7.50", "tonnes", "2024", "Example figure, invented to illustrate the model"],
    ]
    data = jsonld_of(soup)
    assert data["@type"] == "CreativeWork"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["about"]["name"] == "Répare-Ensemble network"
    assert data["about"]["address"] == {"@type": "PostalAddress", "addressCountry": "CH", "addressRegion": "Neuchâtel"}
    observations = {part["variableMeasured"]: part for part in data["hasPart"]}
    assert set(observations) == {"Items brought in", "Successful repairs", "Waste avoided"}
    assert observations["Waste avoided"]["value"] == 7.5
    assert observations["Waste avoided"]["unitText"] == "tonnes"
    assert observations["Items brought in"]["value"] == 3150
    assert observations["Items brought in"]["observationDate"] == "2024"
    assert observations["Items brought in"]["subjectOf"]["name"] == "Example figure, invented to illustrate the model"


def test_json_ld_cannot_be_broken_out_of_by_a_figure(client, locales):
    model = OpenModelPage.objects.get(slug="reseau-de-repair-cafes", locale=locales["fr"])
    model.impact_figures.add(
        ImpactFigure(
            indicator="</script><script>alert(1)</script>", value=Decimal("1"), unit="x", year=2024, source="s"
        )
    )
    model.save_revision().publish()
    response = client.get(REPAIR_CAFES["fr"])
    assert b"<script>alert(1)" not in response.content
    data = jsonld_of(soup_of(response))
    assert "</script><script>alert(1)</script>" in [part["name"] for part in data["hasPart"]]


def test_revenue_essentials_adaptable_licence_and_attribution(client):
    soup = soup_of(client.get(REPAIR_CAFES["en"]))
    assert "Repairs are free" in soup.select_one("#revenue").get_text()
    assert "Repair with the person" in soup.get_text()
    assert "How often gatherings take place" in soup.get_text()
    licence = soup.select_one('#licence a[rel="license"]')
    assert licence["href"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert licence.get_text(strip=True) == "CC BY-SA 4.0"
    assert "Répare-Ensemble network (fictional example)" in soup.select_one(".open-model__attribution").get_text()


def test_materials_link_to_their_documents(client, locales):
    material = model_at("en", locales).materials.get()
    soup = soup_of(client.get(REPAIR_CAFES["en"]))
    link = soup.select_one("#materials a")
    assert link.get_text(strip=True) == "The model's canvas, as text"
    assert link["href"] == material.document.url
    assert "(TXT" in soup.select_one("#materials").get_text()
    with material.document.file.open() as file:
        text = file.read().decode()
    assert "VALEURS" in text and "Faire durer les objets, partager les savoir-faire, créer du lien." in text


def test_contact_is_a_link_to_a_form_and_no_email_address_is_printed(client):
    response = client.get(REPAIR_CAFES["fr"])
    soup = soup_of(response)
    article = soup.select_one("article.open-model")
    link = soup.select_one("#contact a")
    assert client.get(link["href"]).status_code == 200
    assert link["href"].startswith("/fr/")
    # Sharing by e-mail ("mailto:?subject=...") is allowed; a mailto link carrying an address is not.
    hrefs = [a["href"].strip() for a in soup.select("a[href]")]
    assert not [href for href in hrefs if re.match(r"mailto:[^?]", href, re.IGNORECASE)]
    assert "@" not in article.get_text()
    assert not EMAIL_ADDRESS.search(response.content.decode())


def test_an_external_contact_page_is_linked_when_given(client, locales):
    model = OpenModelPage.objects.get(slug="reseau-de-repair-cafes", locale=locales["fr"])
    model.contact_url = "https://example.org/contact"
    model.save_revision().publish()
    soup = soup_of(client.get(REPAIR_CAFES["fr"]))
    assert soup.select_one("#contact a")["href"] == "https://example.org/contact"


def test_a_draft_or_private_model_is_not_public(client, locales):
    model = OpenModelPage.objects.get(slug="reseau-de-repair-cafes", locale=locales["fr"])
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(REPAIR_CAFES["fr"]).status_code == 302
    model.unpublish()
    assert client.get(REPAIR_CAFES["fr"]).status_code == 404


def test_a_model_invites_visitors_to_share_their_own(client):
    soup = soup_of(client.get(REPAIR_CAFES["en"]))
    link = soup.select_one(".open-model__share a")
    assert link["href"] == "/en/open-source-models/share-your-model/"
    assert link.get_text(strip=True) == "Share your model"
