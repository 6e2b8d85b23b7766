"""The canvas online: a sheet that is a whole canvas links a form of its blocks; the filled canvas comes
back laid out as the canvas, escaped, as a PDF on request, never stored nor cached; "share as an
open-source model" pre-fills the share form, whose submission lands in the inbox as before."""

from wagtail.models import Locale

import pypdfium2 as pdfium
import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution
from toolpages.models import CanvasBlock, ToolPage

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script> \"guillemets\" & 'apostrophes'"
LIMIT = 600
FILL_LABEL = {
    "fr": "Remplir le canevas en ligne",
    "de": "Canvas online ausfüllen",
    "it": "Compilare il canvas online",
    "en": "Fill in the canvas online",
}
ROUTE = {"fr": "remplir-en-ligne/", "de": "online-ausfuellen/", "it": "compilare-online/", "en": "fill-in-online/"}
# The blocks of the business-model canvas (slugs), the centre first, then the questions in their order.
BUSINESS_MODEL_BLOCKS = [
    "valeurs-partagees",
    "ou",
    "pourquoi",
    "qui",
    "par-quoi",
    "quoi",
    "avec-quoi",
    "verifiable",
    "avec-qui",
]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def canvas_tool(language, slug="canevas-modele-affaires-social"):
    french = ToolPage.objects.get(slug=slug, locale__language_code="fr")
    return french if language == "fr" else french.get_translation(Locale.objects.get(language_code=language))


def canvas_url(language, slug="canevas-modele-affaires-social"):
    return canvas_tool(language, slug).url + ROUTE[language]


def answers(**overrides):
    data = {f"canvas-{slug}": f"Réponse {slug}" for slug in BUSINESS_MODEL_BLOCKS}
    data.update({"canvas-title": "Épicerie du village", "canvas-size": "A4"})
    data.update(overrides)
    return data


def questions(language):
    return {
        block.slug: block.question
        for block in CanvasBlock.objects.filter(locale__language_code=language, canvas__slug="modele-d-affaires")
    }


@pytest.mark.parametrize("language", ["fr", "de", "it", "en"])
def test_the_canvas_sheet_links_the_form_which_has_one_text_area_per_block_with_its_question(client, language):
    sheet = soup_of(client.get(canvas_tool(language).url))
    link = sheet.find("a", string=FILL_LABEL[language])
    assert link is not None and link["href"] == canvas_url(language)

    response = client.get(link["href"])
    assert response.status_code == 200
    page = soup_of(response)
    assert page.h1.get_text(" ", strip=True).startswith(FILL_LABEL[language])
    form = page.select_one("form[data-online-canvas]")
    assert form["method"] == "post" and form["action"] == canvas_url(language)
    areas = form.select("textarea")
    assert [area["name"] for area in areas] == [f"canvas-{slug}" for slug in BUSINESS_MODEL_BLOCKS]
    for slug, question in questions(language).items():
        area = form.select_one(f"textarea[name='canvas-{slug}']")
        assert area["maxlength"] == str(LIMIT)
        described = page.find(id=area["aria-describedby"].split()[0])
        assert described.get_text(strip=True) == question, slug
    # The centre in the middle of the drawing, the eight questions clockwise from the top left.
    places = [block["class"][1] for block in form.select(".canvas-sheet__block")]
    assert places[0] == "canvas-sheet__block--at-2-2"
    assert places[1:] == [
        f"canvas-sheet__block--at-{place}" for place in ("1-1", "1-2", "1-3", "2-3", "3-3", "3-2", "3-1", "2-1")
    ]
    assert page.select_one("script[src$='toolpages/online_canvas.js']") is not None
    assert not page.select("script:not([src])"), "no inline script (CSP)"


def test_a_sheet_for_some_blocks_only_offers_no_online_canvas(client):
    tool = ToolPage.objects.get(slug="arbre-de-problemes", locale__language_code="fr")
    assert FILL_LABEL["fr"] not in client.get(tool.url).content.decode()
    assert client.get(tool.url + ROUTE["fr"]).status_code == 302


def test_another_canvas_with_blocks_is_offered_too(client):
    """The strategy canvas: three blocks, no centre, in a row."""
    url = canvas_url("fr", "canevas-strategie")
    page = soup_of(client.get(url))
    names = [area["name"] for area in page.select("form[data-online-canvas] textarea")]
    assert names == ["canvas-ou-en-sommes-nous", "canvas-ou-voulons-nous-aller", "canvas-comment-y-arriver"]
    assert page.select_one(".online-canvas__share-note") is None, "only the business-model canvas is a model to share"


def test_the_address_of_another_language_leads_to_the_sheets_own(client):
    response = client.get(canvas_tool("de").url + ROUTE["fr"])
    assert response.status_code == 302 and response["Location"] == canvas_url("de")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_filled_canvas_is_shown_laid_out_escaped_and_never_kept(client, language):
    response = client.post(canvas_url(language), answers(**{"canvas-pourquoi": HOSTILE, "canvas-title": HOSTILE}))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    assert "<script>alert" not in html
    assert (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;guillemets&quot; &amp; &#x27;apostrophes&#x27;" in html
    )
    page = soup_of(response)
    assert page.select_one("form[data-online-canvas]") is None
    blocks = page.select(".canvas-sheet--filled > .canvas-sheet__block")
    assert len(blocks) == 9
    why = page.select_one(".canvas-sheet__block--at-1-2")
    assert why.select_one(".canvas-sheet__question").get_text(strip=True) == questions(language)["pourquoi"]
    assert why.select_one(".canvas-sheet__answer").get_text(strip=True) == HOSTILE
    assert page.select_one(".online-canvas__project").get_text(strip=True) == HOSTILE
    assert page.select_one(".canvas-sheet__block--at-2-2 .canvas-sheet__answer").get_text(strip=True) == (
        "Réponse valeurs-partagees"
    )
    # The answers travel on, in hidden fields, to change them, to the PDF and to the share form.
    again = page.select_one("form.online-canvas__again")
    assert again.select_one("input[name='canvas-pourquoi']")["value"] == HOSTILE


def test_nothing_typed_is_stored(client):
    before = Contribution.objects.count()
    client.post(canvas_url("fr"), answers())
    client.post(canvas_url("fr"), answers(action="pdf"))
    assert Contribution.objects.count() == before


def test_change_my_answers_brings_the_form_back_filled_in(client):
    response = client.post(canvas_url("fr"), answers(action="edit", **{"canvas-qui": "Les habitants"}))
    area = soup_of(response).select_one("form[data-online-canvas] textarea[name='canvas-qui']")
    assert area.get_text(strip=True) == "Les habitants"


@pytest.mark.parametrize(("language", "size"), [("fr", "A4"), ("de", "A3")])
def test_the_pdf_download_is_a_pdf_of_the_filled_canvas(client, language, size):
    response = client.post(canvas_url(language), answers(action="pdf", **{"canvas-size": size}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF-")
    document = pdfium.PdfDocument(response.content)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert width > height, "landscape"
    text = document[0].get_textpage().get_text_range()
    assert "Réponse avec-qui" in text and "Épicerie du village" in text
    assert round(width) == {"A4": 842, "A3": 1191}[size]


def test_hostile_and_unprintable_text_still_gives_a_pdf(client):
    odd = HOSTILE + " \x07\x0b\x1b\t\u200b\u202e 😀 ﷽"
    response = client.post(canvas_url("fr"), answers(action="pdf", **{"canvas-qui": odd, "canvas-title": odd}))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Au plus 600 caractères"),
        ("de", "Höchstens 600 Zeichen"),
    ],
)
def test_a_too_long_answer_is_refused_with_a_clear_error_in_the_visitors_language(client, language, message):
    too_long = "x" * (LIMIT + 1)
    for action in ("show", "pdf"):
        response = client.post(canvas_url(language), answers(action=action, **{"canvas-quoi": too_long}))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html"), "no PDF of a refused canvas"
        assert "no-store" in response["Cache-Control"]
        page = soup_of(response)
        summary = page.select_one(".form__summary")
        assert summary is not None and message in summary.get_text()
        area = page.select_one("textarea[name='canvas-quoi']")
        assert area.get_text().strip() == too_long, "what was typed is given back to shorten it"
        assert message in page.select_one(f"#{area['id']}_error").get_text()


def test_line_breaks_count_as_one_character_as_in_the_browser(client):
    """A browser counts a line break as one character against `maxlength`, and sends it as two (CR LF)."""
    answer = "\r\n".join(["x" * 99] * 6)  # 594 characters and 5 line breaks in the text area
    response = client.post(canvas_url("fr"), answers(**{"canvas-quoi": answer}))
    assert soup_of(response).select_one(".form__summary") is None
    assert "x" * 99 in soup_of(response).select_one(".canvas-sheet__block--at-3-3 .canvas-sheet__answer").get_text()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_share_as_an_open_source_model_prefills_the_share_form(client, language):
    filled = soup_of(client.post(canvas_url(language), answers(**{"canvas-qui": HOSTILE})))
    share = filled.select_one("form.online-canvas__share")
    assert share is not None
    data = {field["name"]: field["value"] for field in share.select("input[type=hidden]")}
    response = client.post(share["action"], data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "<script>alert" not in response.content.decode()
    page = soup_of(response)
    form = page.select_one("main form.share-model")
    assert form.select_one("input[name=model_title]")["value"] == "Épicerie du village"
    assert form.select_one("textarea[name=values]").get_text(strip=True) == "Réponse valeurs-partagees"
    assert form.select_one("textarea[name=who]").get_text(strip=True) == HOSTILE
    for field, slug in [
        ("where", "ou"),
        ("why", "pourquoi"),
        ("through_what", "par-quoi"),
        ("what", "quoi"),
        ("with_what", "avec-quoi"),
        ("verifiable", "verifiable"),
        ("with_whom", "avec-qui"),
    ]:
        assert form.select_one(f"textarea[name={field}]").get_text(strip=True) == f"Réponse {slug}"
    assert not page.select(".field__errors"), "a pre-filled form is not a refused submission"
    assert not Contribution.objects.filter(organisation="Épicerie du village").exists()


def test_the_prefilled_model_once_sent_lands_in_the_inbox(client, form_started):
    share_page = soup_of(client.post(canvas_url("fr"), answers())).select_one("form.online-canvas__share")
    data = {field["name"]: field["value"] for field in share_page.select("input[type=hidden]")}
    form = soup_of(client.post(share_page["action"], data)).select_one("main form.share-model")
    sent = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.name == "textarea":
            sent[field["name"]] = field.get_text().strip()
        elif field.get("type") == "radio":
            if field.has_attr("checked"):
                sent[field["name"]] = field["value"]
        else:
            sent[field["name"]] = field.get("value", "")
    sent.update(
        organisation="Épicerie du village SA",
        country="CH",
        name="Line Exemple",
        email="line@example.org",
        started=form_started(),
    )
    response = client.post(share_page["action"], sent)
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    contribution = Contribution.objects.get(email="line@example.org")
    assert contribution.kind == "shared-model" and contribution.status == Contribution.Status.NEW
    assert contribution.details["model_title"] == "Épicerie du village"
    assert contribution.details["verifiable"] == "Réponse verifiable"


def test_the_fill_in_form_is_never_kept_in_the_page_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = canvas_url("fr")
    client.get(url)
    assert "X-SBM-Cache" not in client.get(url)
