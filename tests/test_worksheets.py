"""Printable templates: the worksheets drawn with fpdf2, their previews on the sheets and cards, and a
template in each sheet's language (a translator's override in wagtail-localize), else the French one
labelled as such."""

import json
from io import StringIO
from types import SimpleNamespace
from urllib.parse import urlencode

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import WorkflowState
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

import pypdfium2
import pytest
from bs4 import BeautifulSoup
from fpdf import FPDF

from sbm_site.demo import resync
from toolpages.models import TemplatePreview, ToolInstrument, ToolPage
from toolpages.worksheets import canvas_pdf, worksheet_pdf

pytestmark = pytest.mark.django_db

Document = get_document_model()
CANVAS_SLUG = "canevas-modele-affaires-social"
FRENCH_ONLY = {"de": "Nur auf Französisch", "it": "Solo in francese", "en": "French only"}
TEMPLATE_WORDS = {"de": "Vorlage zum Ausfüllen", "it": "modello da compilare", "en": "template to fill in"}
LANDSCAPE_POINTS = {"A4": (842, 595), "A3": (1191, 842)}


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def pdf_text(data):
    """(number of pages, (width, height) of the first in points, its text) of a PDF."""
    pdf = pypdfium2.PdfDocument(data)
    page = pdf[0]
    size = tuple(round(side) for side in page.get_size())
    text = page.get_textpage().get_text_range()
    count = len(pdf)
    pdf.close()
    return count, size, text


def block(slug, name, question, centre=False):
    return SimpleNamespace(slug=slug, name=name, question=question, is_centre=centre)


ASSOCIATION_BLOCKS = [block("valeurs", "Valeurs", "Les valeurs partagées de l’organisation", centre=True)] + [
    block(slug, slug.capitalize(), f"Question « {slug} » ?")
    for slug in ("ou", "pourquoi", "qui", "par-quoi", "quoi", "avec-quoi", "verifiable", "avec-qui")
]


def pdf_bytes(pages):
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())


# The worksheets


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_a_canvas_is_one_landscape_page_with_every_block_its_question_and_the_answers(size):
    answers = {"valeurs": "Équité, « solidarité » et l’entraide – 5 € par mois", "qui": "Les habitant·e·s du quartier"}
    data = canvas_pdf("Canevas d’affaires", ASSOCIATION_BLOCKS, answers=answers, size=size, subtitle="Rempli le 7")
    pages, page_size, text = pdf_text(data)
    assert pages == 1 and page_size == LANDSCAPE_POINTS[size]
    for item in ASSOCIATION_BLOCKS:
        assert item.name in text and item.question in text
    assert "Équité, « solidarité » et l’entraide – 5 € par mois" in text
    assert "Les habitant·e·s du quartier" in text and "Canevas d’affaires" in text


def test_the_association_canvas_has_its_values_at_the_centre_and_the_questions_round_it_clockwise():
    """As the library's figure draws it: the eight questions from the top left, clockwise."""
    pdf = pypdfium2.PdfDocument(canvas_pdf("Canevas", ASSOCIATION_BLOCKS))
    page = pdf[0]
    width, height = page.get_size()
    textpage = page.get_textpage()

    def cell_of(name):
        index, _count = textpage.search(name, match_case=True, match_whole_word=True).get_next()
        left, bottom, _right, _top = textpage.get_charbox(index)
        return int(left // (width / 3)), int((height - bottom) // (height / 3))  # (column, row from the top)

    cells = [cell_of(item.name) for item in ASSOCIATION_BLOCKS]
    pdf.close()
    assert cells[0] == (1, 1)
    assert cells[1:] == [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2), (0, 1)]


def test_a_long_answer_is_shrunk_and_cut_never_past_its_page():
    answers = {"pourquoi": "Une très longue réponse qui ne tient pas. " * 800}
    pages, _size, text = pdf_text(canvas_pdf("Canevas", ASSOCIATION_BLOCKS, answers=answers))
    assert pages == 1
    assert "…" in text and text.count("Une très longue réponse") < 800
    assert "Avec-qui" in text  # the blocks after it are all there


@pytest.mark.parametrize("count", [0, 1, 3, 5, 7, 12])
def test_a_canvas_of_any_number_of_blocks_fits_one_page(count):
    blocks = [block(f"b{number}", f"Bloc {number}", "Une question ?") for number in range(count)]
    pages, _size, text = pdf_text(canvas_pdf("Autre canevas", blocks))
    assert pages == 1
    assert all(f"Bloc {number}" in text for number in range(count))


def test_a_tool_worksheet_has_its_headings_and_footer():
    data = worksheet_pdf("Arbre à problèmes", [("Causes", "Pourquoi ?"), ("Effets", "")], footer="CC BY-SA 4.0")
    pages, size, text = pdf_text(data)
    assert pages == 1 and size == LANDSCAPE_POINTS["A4"]
    assert all(word in text for word in ("Arbre à problèmes", "Causes", "Pourquoi ?", "Effets", "CC BY-SA 4.0"))


# Previews on the sheets and in the library


@pytest.fixture
def canvas_sheet(locales):
    return ToolPage.objects.get(locale=locales["fr"], slug=CANVAS_SLUG)


def instruments_of(client, url):
    html = client.get(url).content.decode()
    return BeautifulSoup(html, "html.parser").select("ul.tool-instruments > li")


def test_the_canvas_sheet_shows_a_preview_of_each_template_with_its_name_and_pages(client, canvas_sheet):
    items = instruments_of(client, canvas_sheet.url)
    assert len(items) == 2, "the canvas in A4 and in A3"
    for item, instrument in zip(items, canvas_sheet.instruments.select_related("document"), strict=True):
        image = item.select_one("img.tool-instrument__preview")
        assert image is not None
        assert (
            image["alt"] == f"Aperçu de la première page du modèle «\xa0{instrument.document.title}\xa0» (PDF, 1 page)"
        )
        preview = TemplatePreview.objects.get(document=instrument.document)
        assert image["src"] == preview.image.url
        with preview.image.open("rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
        assert int(image["width"]) == preview.width and preview.height < preview.width  # landscape
    assert "(A3)" in items[1].get_text()


def test_the_library_card_shows_the_preview_of_the_tools_template(client, canvas_sheet):
    library = canvas_sheet.get_parent().url
    html = client.get(library + "?canvas=modele-d-affaires").content.decode()
    card = BeautifulSoup(html, "html.parser").find("a", href=canvas_sheet.url).find_parent("article")
    image = card.select_one("img.tool-card__preview")
    first = canvas_sheet.instruments.first().document
    assert image is not None and image["src"] == TemplatePreview.objects.get(document=first).image.url
    assert image["alt"] == ""  # the card's title names the tool; the picture adds nothing to read
    for _request in range(2):  # unfiltered, the cards are kept in the cache with their previews
        cards = BeautifulSoup(client.get(library).content.decode(), "html.parser").select("article.tool-card")
        assert len(cards) == 12 and all(card.select_one("img.tool-card__preview[src]") for card in cards)


def attach(sheet, document):
    sheet.instruments.add(ToolInstrument(document=document, locale=sheet.locale, description=""))
    sheet.save_revision().publish()


def test_a_document_of_another_type_gets_an_icon_of_its_type(client, canvas_sheet):
    document = Document.objects.create(title="Grille d'entretien", file=ContentFile(b"PK\x03\x04", name="grille.docx"))
    attach(canvas_sheet, document)
    item = instruments_of(client, canvas_sheet.url)[-1]
    assert "Grille d'entretien" in item.get_text()
    assert item.select_one("img") is None
    icon = item.select_one("svg.file-icon")
    assert icon["aria-hidden"] == "true" and icon.get_text() == "DOCX"
    assert not TemplatePreview.objects.filter(document=document).exists()


def test_a_broken_pdf_uploaded_in_the_admin_gives_no_error_and_no_preview(client, login, canvas_sheet):
    login("site")
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Modèle abîmé",
            "file": SimpleUploadedFile("abime.pdf", b"%PDF-1.4\n1 0 obj garbage", "application/pdf"),
        },
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Modèle abîmé")
    assert not TemplatePreview.objects.filter(document=document).exists()
    client.logout()
    attach(canvas_sheet, document)
    item = instruments_of(client, canvas_sheet.url)[-1]
    assert "Modèle abîmé" in item.get_text()
    assert item.select_one("img") is None and item.select_one("svg.file-icon").get_text() == "PDF"


def test_a_replaced_file_gets_a_new_preview_and_a_deleted_document_takes_it_along(client, login, canvas_sheet):
    login("site")
    title = 'Grille "v1" <b>'
    client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile("grille.pdf", pdf_bytes(1), "application/pdf")},
    )
    document = Document.objects.get(title=title)
    first = TemplatePreview.objects.get(document=document)
    assert first.page_count == 1
    response = client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": title, "file": SimpleUploadedFile("grille-v2.pdf", pdf_bytes(3), "application/pdf")},
    )
    assert response.status_code == 302
    replaced = TemplatePreview.objects.get(document=document)
    assert replaced.page_count == 3 and replaced.file_hash != first.file_hash
    assert replaced.image.name != first.image.name, "a new address, that no cache has kept"
    assert not first.image.storage.exists(first.image.name)
    client.logout()
    attach(canvas_sheet, document)
    html = client.get(canvas_sheet.url).content.decode()
    assert "<b>" not in html
    image = BeautifulSoup(html, "html.parser").select("ul.tool-instruments > li")[-1].select_one("img")
    assert image["alt"] == f"Aperçu de la première page du modèle «\xa0{title}\xa0» (PDF, 3 pages)"
    assert image["src"] == replaced.image.url
    login("site")
    assert client.post(f"/admin/documents/delete/{document.pk}/").status_code == 302
    assert not TemplatePreview.objects.filter(pk=document.pk).exists()
    assert not replaced.image.storage.exists(replaced.image.name)


# A template in each sheet's language


@pytest.mark.parametrize("language", ["de", "it", "en"])
def test_each_translated_canvas_sheet_links_templates_in_its_language(client, canvas_sheet, locales, language):
    translated = canvas_sheet.get_translation(locales[language])
    items = instruments_of(client, translated.url)
    french_documents = set(canvas_sheet.instruments.values_list("document", flat=True))
    assert len(items) == 2
    for item, instrument in zip(items, translated.instruments.select_related("document"), strict=True):
        assert instrument.document_id not in french_documents
        link = item.find("a", href=instrument.document.url)
        assert TEMPLATE_WORDS[language] in link.get_text() and not link.has_attr("lang")
        assert FRENCH_ONLY[language] not in item.get_text()
        assert item.select_one("img.tool-instrument__preview") is not None
        _pages, _size, text = pdf_text(instrument.document.file.read())
        instrument.document.file.close()
        assert translated.title in text


def test_every_german_sheet_offers_a_german_template(client, locales):
    for sheet in ToolPage.objects.live().filter(locale=locales["de"]):
        for item in instruments_of(client, sheet.url):
            assert "Vorlage zum Ausfüllen" in item.find("a").get_text(), sheet.url


def test_the_translator_points_an_instrument_to_a_document_through_an_override(canvas_sheet, locales):
    """What the demo does is what the translation editor does: an override of the document segment."""
    source = TranslationSource.objects.get_for_instance(canvas_sheet)
    segments = OverridableSegment.objects.filter(source=source, context__path__endswith=".document")
    assert segments.count() == 2
    german = canvas_sheet.get_translation(locales["de"])
    for segment in segments:
        override = SegmentOverride.objects.get(context=segment.context, locale=locales["de"])
        assert int(json.loads(override.data_json)) in set(german.instruments.values_list("document", flat=True))


def test_a_translation_without_its_own_template_offers_the_french_one_labelled_as_french(client, canvas_sheet, locales):
    SegmentOverride.objects.filter(locale=locales["de"]).delete()
    resync(canvas_sheet, locales["de"])
    german = canvas_sheet.get_translation(locales["de"])
    items = instruments_of(client, german.url)
    french = list(canvas_sheet.instruments.select_related("document"))
    assert len(items) == len(french) == 2
    for item, instrument in zip(items, french, strict=True):
        link = item.find("a", href=instrument.document.url)
        assert link["lang"] == "fr" and link["hreflang"] == "fr"
        assert link.get_text() == instrument.document.title
        assert f"({FRENCH_ONLY['de']})" in item.get_text()
    french_items = instruments_of(client, canvas_sheet.url)
    assert not any(item.find("a").has_attr("lang") for item in french_items)


def test_a_translator_points_the_sheet_to_her_languages_template_in_the_editor_and_it_goes_live(
    client, login, german_draft, post, translate, locales
):
    """traduction-de chooses the German template in wagtail-localize's editor, translates, submits;
    relecture-de approves; the public German sheet offers that template, not labelled French."""
    german_template = Document.objects.create(
        title="Vorlage auf Deutsch", file=ContentFile(pdf_bytes(2), name="vorlage.pdf")
    )
    french = german_draft.get_translation(locales["fr"]).specific
    french_document = french.instruments.get().document
    login("traduction-de")
    response = client.get(f"/admin/pages/{german_draft.pk}/edit/")
    props = json.loads(
        BeautifulSoup(response.content, "html.parser").select_one(".js-translation-editor")["data-props"]
    )
    documents = [
        segment
        for segment in props["segments"]
        if segment["type"] == "synchronised_value" and segment["contentPath"].endswith(".document")
    ]
    assert len(documents) == 1 and documents[0]["location"]["widget"] == {"type": "document_chooser"}
    assert str(documents[0]["value"]) == str(french_document.pk)
    response = client.put(
        documents[0]["editUrl"],
        urlencode({"value": german_template.pk}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    assert set(translate(client, german_draft)) <= {200, 201}
    translation = Translation.objects.get(source__object_id=german_draft.translation_key, target_locale=locales["de"])
    assert post(f"/admin/localize/review/{translation.id}/submit/").status_code == 302
    login("relecture-de")
    state = WorkflowState.objects.filter(object_id=str(german_draft.pk)).order_by("-pk").first()
    action = f"/admin/pages/workflow/action/{german_draft.pk}/approve/{state.current_task_state.pk}/"
    assert post(action, {"comment": ""}).status_code == 302
    client.logout()
    german = ToolPage.objects.get(pk=german_draft.pk)
    assert german.live
    item = instruments_of(client, german.url)[0]
    link = item.find("a", href=german_template.url)
    assert link is not None and link.get_text() == "Vorlage auf Deutsch" and not link.has_attr("lang")
    assert FRENCH_ONLY["de"] not in item.get_text()
    assert item.select_one("img.tool-instrument__preview")["alt"].endswith("(PDF, 2 Seiten)")


def test_documents_uploaded_before_previews_existed_get_theirs_from_the_command(client, canvas_sheet):
    document = canvas_sheet.instruments.first().document
    TemplatePreview.objects.filter(document=document).delete()
    assert instruments_of(client, canvas_sheet.url)[0].select_one("img") is None
    call_command("make_template_previews", stdout=StringIO())
    preview = TemplatePreview.objects.get(document=document)
    assert instruments_of(client, canvas_sheet.url)[0].select_one("img")["src"] == preview.image.url
