"""A tool sheet: its sections and tabs without JavaScript, print view, change log, JSON-LD.

Most tests read the demo's problem tree, the demo's fullest sheet (steps, a PDF template, examples,
translations): they are smoke tests of a real sheet. What a sheet reads from other pages (related
tools, the guides, training, open models and providers that use it) is checked on content built for
each test (`tests.factories`)."""

import json
import re
from io import BytesIO

from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from guides.models import TrainingModuleTool
from toolpages.models import Phase, RelatedTool, ToolPage

from .factories import (
    GuidePageFactory,
    OpenModelPageFactory,
    ProviderFactory,
    ToolPageFactory,
    TrainingModulePageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Each request renders its page: the anonymous page cache would answer repeated requests."""
    settings.PAGE_CACHE_SECONDS = 0


TABS = ["how-to", "instruments", "examples", "providers", "more"]


@pytest.fixture
def problem_tree(locales):
    return ToolPage.objects.get(locale=locales["fr"], slug="arbre-de-problemes")


def section(html, anchor):
    """The text of the element with this id, as a reader sees it."""
    element = BeautifulSoup(html, "html.parser").find(id=anchor)
    assert element is not None, anchor
    return element.get_text(" ")


def test_every_tab_is_a_link_to_a_section_that_is_there_without_javascript(client, problem_tree):
    html = client.get(problem_tree.url).content.decode()
    tab_list = html.split('class="tabs__list"')[1].split("</ul>")[0]
    assert re.findall(r'href="#([a-z-]+)"', tab_list) == TABS
    steps = section(html, "how-to")
    for step in problem_tree.steps:
        assert step.value["title"] in steps
    assert "(PDF," in section(html, "instruments")
    assert problem_tree.examples[0].value["title"] in section(html, "examples")
    assert section(html, "providers")
    assert "Canevas de modèle d'affaires social" in section(html, "more")
    assert "GTZ" in section(html, "more")
    assert not re.search(r"<section[^>]*\shidden", html), "no panel is hidden before the script runs"


def test_sheet_shows_the_facts_and_sections_of_the_fiche(client, problem_tree):
    html = client.get(problem_tree.url).content.decode().replace("&#x27;", "'")
    for text in (
        problem_tree.summary,
        "Curiosité",
        "Pourquoi",
        problem_tree.people_needed,
        problem_tree.effort,
        "Porteuses et porteurs de projets",
        "GTZ (1997)",
        "Social Business Models, GT Production",
        "tool-status--prepublished",
    ):
        assert text in html, text
    for field in ("for_whom", "reasons", "expected_results", "conditions", "risks"):
        paragraph = re.sub("<[^>]+>", "", getattr(problem_tree, field)).replace("&#x27;", "'")
        assert paragraph in html, field


def test_related_tools_show_both_ways_in_the_readers_language(client):
    target = ToolPageFactory(title="Outil visé")
    tool = ToolPageFactory(title="Outil d'essai", related_tool_links=[RelatedTool(tool=target)])
    pointer = ToolPageFactory(title="Outil qui pointe", related_tool_links=[RelatedTool(tool=tool)])
    html = client.get(tool.url).content.decode()
    assert "Outil visé" in html  # it points there
    assert "Outil qui pointe" in html  # the other points here
    german = translate(tool, "de", title="Versuchswerkzeug")
    translate(pointer, "de", title="Zeigendes Werkzeug")
    german_html = client.get(german.url).content.decode()
    assert "Zeigendes Werkzeug" in german_html
    assert "Outil qui pointe" not in german_html
    assert "Outil visé" in german_html  # not translated: in French


def text_of(soup, selector):
    element = soup.select_one(selector)
    return element.get_text(" ", strip=True) if element else ""


def test_the_sheet_lists_the_live_guides_training_models_and_providers_that_use_it(client):
    tool = ToolPageFactory(title="Outil d'essai utilisé")
    guide = GuidePageFactory(title="Fil rouge quokka", tools=[tool])
    GuidePageFactory(title="Fil rouge brouillon", tools=[tool], live=False)
    TrainingModulePageFactory(title="Module quokka", tools=[TrainingModuleTool(tool=tool)])
    OpenModelPageFactory(title="Modèle quokka", tools=[tool])
    OpenModelPageFactory(title="Modèle brouillon", tools=[tool], live=False)
    ProviderFactory(name="Prestataire quokka", tools=[tool])
    ProviderFactory(name="Prestataire expiré", tools=[tool], days_left=-1)
    ProviderFactory(name="Prestataire brouillon", tools=[tool], live=False)
    soup = BeautifulSoup(client.get(tool.url).content, "html.parser")
    uses = text_of(soup, ".tool-guides")
    assert "Fil rouge quokka" in uses and "Module quokka" in uses
    assert "Fil rouge brouillon" not in uses
    assert "Modèle quokka" in text_of(soup, ".tool-models")
    assert "Modèle brouillon" not in str(soup)
    providers = text_of(soup, ".tool-providers")
    assert "Prestataire quokka" in providers
    assert "Prestataire expiré" not in str(soup) and "Prestataire brouillon" not in str(soup)

    german = translate(tool, "de", title="Benutztes Versuchswerkzeug")
    translate(guide, "de", title="Quokka-Leitfaden")
    german_soup = BeautifulSoup(client.get(german.url).content, "html.parser")
    uses = text_of(german_soup, ".tool-guides")
    assert "Quokka-Leitfaden" in uses and "Fil rouge quokka" not in uses
    assert "Module quokka" in uses  # not translated: in French
    assert "Modèle quokka" in text_of(german_soup, ".tool-models")
    assert "Prestataire quokka" in text_of(german_soup, ".tool-providers")


def test_translated_sheet_shows_terms_and_examples_in_its_language(client, locales, problem_tree):
    english = problem_tree.get_translation(locales["en"])
    html = client.get(english.url).content.decode()
    assert "Problem tree" in html
    assert "Curiosity" in html
    assert "Why" in html
    # The phase is named in English; only a French-only guide's title, marked as such, may say "Curiosité".
    soup = BeautifulSoup(html, "html.parser")
    for uses in soup.select(".tool-guides"):
        uses.decompose()
    assert "Curiosité" not in str(soup)
    assert "Typical example: isolation of older people in a neighbourhood" in html


def with_example_phase(page, phase_id):
    examples = [dict(block) for block in page.examples.raw_data]
    examples[0]["value"] = {**examples[0]["value"], "phase": phase_id}
    page.examples = examples
    page.save_revision().publish()
    return page


def example_phase(html):
    examples = BeautifulSoup(html, "html.parser").find(id="examples")
    return [
        dt.find_next_sibling("dd").get_text(strip=True) for dt in examples.find_all("dt") if dt.get_text() == "Phase"
    ]


def test_an_examples_phase_is_read_from_the_cached_taxonomy_in_the_readers_language(client, locales, problem_tree):
    """The example's phase costs no query, and a term chosen in another language is shown in the reader's."""
    english = problem_tree.get_translation(locales["en"])
    french_phase = Phase.objects.get(locale=locales["fr"], name="Curiosité")
    with_example_phase(english, french_phase.pk)
    client.get(english.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(english.url).content.decode()
    assert example_phase(html) == ["Curiosity"]
    assert not [query["sql"] for query in queries.captured_queries if '"toolpages_phase"' in query["sql"]]
    english.refresh_from_db()
    assert english.examples[0].value["phase"] == french_phase, "reading it never changes the editor's choice"


def test_an_example_whose_phase_was_deleted_shows_none(client, problem_tree):
    with_example_phase(problem_tree, 987654)
    response = client.get(problem_tree.url)
    assert response.status_code == 200
    assert example_phase(response.content.decode()) == []
    assert problem_tree.examples[0].value["title"] in section(response.content.decode(), "examples")


def test_an_example_shows_its_image_and_one_without_shows_none(client, problem_tree):
    """Examples mostly have no image: those cost no image lookup, and the one with an image shows it."""
    canvas = PILImage.new("RGB", (1200, 800), "#0b5d4b")
    data = BytesIO()
    canvas.save(data, "JPEG")
    image = get_image_model().objects.create(
        title="Atelier", description="Un atelier autour du canevas", file=ImageFile(data, name="atelier.jpg")
    )
    first = dict(problem_tree.examples.raw_data[0])
    with_image = {**first, "id": None, "value": {**first["value"], "title": "Avec photo", "image": image.pk}}
    without = {**first, "id": None, "value": {**first["value"], "title": "Sans photo", "image": None}}
    problem_tree.examples = [with_image, without]
    problem_tree.save_revision().publish()
    articles = BeautifulSoup(client.get(problem_tree.url).content, "html.parser").select("#examples article")
    assert [article.h3.get_text(strip=True) for article in articles] == ["Avec photo", "Sans photo"]
    pictures = articles[0].select("img")
    assert len(pictures) == 1 and pictures[0]["alt"] == "Un atelier autour du canevas"
    assert not articles[1].select("img")


def test_instruments_are_real_pdf_files_with_type_and_size(client, problem_tree):
    instrument = problem_tree.instruments.get()
    document = instrument.document
    html = client.get(problem_tree.url).content.decode()
    assert f'href="{document.url}"' in html
    assert "(PDF," in html
    document.file.open("rb")
    content = document.file.read()
    document.file.close()
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert document.file_size == len(content)


def test_print_view_has_every_section_no_navigation_and_the_template_urls(client, problem_tree):
    sheet = client.get(problem_tree.url).content.decode()
    print_url = problem_tree.url + "print/"
    assert f'href="{print_url}"' in sheet
    response = client.get(print_url)
    assert response.status_code == 200
    html = response.content.decode().replace("&#x27;", "'")
    assert "site-header" not in html and "main-nav" not in html and "site-search" not in html
    assert "toolpages/print.css" in html
    for text in [problem_tree.title, problem_tree.summary, problem_tree.lineage, "GTZ (1997)"]:
        assert text in html, text
    for step in problem_tree.steps:
        assert step.value["title"] in html
    assert problem_tree.examples[0].value["outcome"] in html
    document = problem_tree.instruments.get().document
    assert f"http://testserver{document.url}" in html
    with open(finders.find("toolpages/print.css")) as stylesheet:
        assert "size: A4" in stylesheet.read()


def publish_version(page, version, summary):
    page.version = version
    page.change_summary = summary
    page.save_revision().publish()


def test_change_log_lists_each_published_version_newest_first(client, problem_tree):
    publish_version(problem_tree, "002", "Ajout d'une étape sur les conséquences.")
    publish_version(problem_tree, "003", "Exemple revu avec une association de quartier.")
    publish_version(problem_tree, "003", "Exemple revu avec une association de quartier.")  # a republish adds nothing
    html = client.get(problem_tree.url).content.decode().replace("&#x27;", "'")
    log = html.split('class="tool-changes__list"')[1].split("</ol>")[0]
    entries = re.findall(r'<li id="version-(\d+)">', log)
    assert entries == ["003", "002", "001"]
    assert log.index("Exemple revu") < log.index("Ajout d'une étape") < log.index("Première version")
    assert "003 / " in html


def test_draft_changes_stay_out_of_the_change_log(client, problem_tree):
    problem_tree.version = "002"
    problem_tree.change_summary = "Brouillon pas encore publié."
    problem_tree.save_revision()
    html = client.get(problem_tree.url).content.decode()
    assert "Brouillon pas encore publié." not in html


def test_json_ld_describes_the_tool(client, problem_tree):
    html = client.get(problem_tree.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@context"] == "https://schema.org"
    assert "LearningResource" in data["@type"]
    assert data["name"] == problem_tree.title
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["inLanguage"] == "fr"
    assert len(data["step"]) == len(problem_tree.steps)
    assert data["associatedMedia"][0]["encodingFormat"] == "application/pdf"
    assert data["isBasedOn"] == problem_tree.lineage
    for step, described in zip(problem_tree.steps, data["step"], strict=True):
        assert described["text"] == BeautifulSoup(str(step.value["text"]), "html.parser").get_text()


def test_json_ld_gives_a_steps_words_with_its_links_text_and_no_markup(client, problem_tree):
    steps = [dict(block) for block in problem_tree.steps.raw_data]
    steps[0]["value"] = {
        **steps[0]["value"],
        "text": f'<p>Voir <a linktype="page" id="{problem_tree.pk}">la fiche</a> &amp; <b>co</b>.</p>',
    }
    problem_tree.steps = steps
    problem_tree.save_revision().publish()
    html = client.get(problem_tree.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["step"][0]["text"] == "Voir la fiche & co."
    assert f'href="{problem_tree.url}"' in html, "the step itself links to the page"


def test_attribution_text_is_ready_to_copy(client, problem_tree):
    html = client.get(problem_tree.url).content.decode()
    attribution = re.search(r'<textarea id="attribution"[^>]*readonly>(.*?)</textarea>', html, re.S).group(1)
    assert problem_tree.title.replace("'", "&#x27;") in attribution
    assert "CC BY-SA 4.0" in attribution
    assert "http://testserver/fr/outils/arbre-de-problemes/" in attribution


def test_sheet_advertises_the_feeds_and_the_tab_script(client, problem_tree):
    html = client.get(problem_tree.url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/fr/outils/feed/atom/"' in html
    assert "toolpages/tabs.js" in html


def test_unpublished_tool_is_not_served(client, problem_tree):
    problem_tree.unpublish()
    assert client.get(problem_tree.url or "/fr/outils/arbre-de-problemes/").status_code == 404
    assert client.get("/fr/outils/arbre-de-problemes/print/").status_code == 404


def test_admin_edits_a_tool_sheet(client, login, problem_tree):
    login("admin")
    assert client.get(f"/admin/pages/{problem_tree.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/add/toolpages/toolpage/{problem_tree.get_parent().pk}/").status_code == 200


def test_a_contributor_drafts_a_tool_with_french_terms_to_choose_from(client, login, locales):
    login("contributrice")
    library = ToolPage.objects.filter(locale=locales["fr"]).first().get_parent()
    response = client.get(f"/admin/pages/add/toolpages/toolpage/{library.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.fields["phases"].queryset.values_list("locale__language_code", flat=True)) == {"fr"}
    assert form.fields["canvas"].queryset.filter(locale=locales["de"]).count() == 0
