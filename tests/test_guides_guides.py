"""Guides (fils rouges): ordered, linked steps; the printable booklet; co-branding; the index."""

from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from guides.models import GuideIndexPage, GuidePage
from toolpages.models import Audience

from .guides_factories import french, make_guide, make_partner, make_tool, queries_to_render

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def tools(locales):
    return [make_tool(locales, name) for name in ("Outil Alpha", "Outil Beta", "Outil Gamma")]


def test_steps_are_shown_in_the_editors_order_each_linked_to_its_tool(client, locales, tools):
    ordered = [tools[2], tools[0], tools[1]]
    guide = make_guide(locales, "Guide ordre", ordered)

    page = soup(client.get(guide.url))

    steps = page.select("ol.guide-steps > li")
    assert [step.h3.get_text(strip=True) for step in steps] == [f"Step on {tool.title}" for tool in ordered]
    assert [step.select_one(".guide-step__tool a")["href"] for step in steps] == [tool.url for tool in ordered]
    assert [step.select_one(".guide-step__deliverable").get_text() for step in steps] == [
        f"À remettre\xa0: Deliverable of {tool.title}" for tool in ordered
    ]


def test_a_step_never_links_to_an_unpublished_tool(client, locales, tools):
    guide = make_guide(locales, "Guide brouillon", tools)
    tools[1].unpublish()

    page = soup(client.get(guide.url))

    links = [a["href"] for a in page.select(".guide-step__tool a")]
    assert links == [tools[0].url, tools[2].url]
    assert tools[1].url not in page.decode()


def test_booklet_has_every_steps_tool_sheet_in_order(client, locales, tools):
    tools[1].for_whom = "<p>Pour les équipes de projet Beta.</p>"
    tools[1].save_revision().publish()
    guide = make_guide(locales, "Guide livret", [tools[1], tools[2], tools[0]])

    page = soup(client.get(guide.url + "booklet/"))

    sheets = page.select("article.tool-sheet")
    assert [sheet.h3.get_text(strip=True) for sheet in sheets] == [
        f"Fiche\xa0: {tool.title}" for tool in (tools[1], tools[2], tools[0])
    ]
    assert [
        sheet.find("h4", string="L'outil en bref").find_next_sibling("p").get_text(strip=True) for sheet in sheets
    ] == [f"{tool.title}: in brief." for tool in (tools[1], tools[2], tools[0])]
    assert "Pour les équipes de projet Beta." in sheets[0].get_text()
    # Each sheet follows the guidance of its own step.
    step_sections = page.select("section.booklet__step")
    assert "Guidance for Outil Beta" in step_sections[0].get_text()
    assert page.find("h1").get_text(strip=True) == guide.title


def test_the_guide_page_links_to_its_booklet_and_submission_template(client, locales, tools):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model()(title="Modèle de dossier test")
    document.file.save("modele.txt", ContentFile(b"dossier"), save=False)
    document.save()
    guide = make_guide(locales, "Guide dossier", tools[:1], submission_template=document)

    page = soup(client.get(guide.url))

    assert page.find("a", href=guide.url + "booklet/")
    download = page.find("a", href=document.url)
    assert download is not None and "Modèle de dossier test" in download.get_text()


def test_tool_sheet_include_lists_the_public_guides_that_use_the_tool(locales, tools):
    used = make_guide(locales, "Guide qui utilise", [tools[0], tools[1]])
    hidden = make_guide(locales, "Guide retiré", [tools[0]])
    hidden.unpublish()
    make_guide(locales, "Guide sans alpha", [tools[2]])

    with translation.override("fr"):
        html = render_to_string("guides/includes/tool_guides.html", {"tool": tools[0]})

    assert used.title in html and used.url in html
    assert hidden.title not in html
    assert "Guide sans alpha" not in html


def test_tool_sheet_shows_the_guides_that_use_it(client, locales, tools):
    guide = make_guide(locales, "Guide sur la fiche", [tools[0]])

    page = soup(client.get(tools[0].url))

    assert page.find("a", href=guide.url), "the tool sheet includes guides/includes/tool_guides.html"


def test_index_lists_only_live_guides_and_filters_by_audience(client, locales, tools):
    audience = Audience.objects.create(name="Public test", slug="public-test", locale=locales["fr"])
    for_audience = make_guide(locales, "Guide pour le public test", tools[:1], audience=audience)
    other = make_guide(locales, "Guide pour tous", tools[:1])
    draft = make_guide(locales, "Guide en brouillon", tools[:1])
    draft.unpublish()
    index = french(GuideIndexPage, locales)

    everything = client.get(index.url).content.decode()
    filtered = soup(client.get(index.url, {"audience": "public-test"}))
    nonsense = client.get(index.url, {"audience": "<script>"})

    assert for_audience.title in everything and other.title in everything
    assert draft.title not in everything
    titles = [a.get_text() for a in filtered.select(".card__title a")]
    assert titles == [for_audience.title]
    assert filtered.find("option", value="public-test", selected=True)
    assert nonsense.status_code == 200 and other.title in nonsense.content.decode()


def test_index_query_count_is_the_same_for_two_and_ten_guides(client, locales, tools):
    audience = Audience.objects.create(name="Public compté", slug="public-compte", locale=locales["fr"])
    index = french(GuideIndexPage, locales)
    for number in range(2):
        make_guide(
            locales, f"Guide compté {number}", tools, audience=audience, partner=make_partner(locales, f"P{number}")
        )
    few = queries_to_render(client, index.url)

    for number in range(2, 10):
        make_guide(
            locales, f"Guide compté {number}", tools, audience=audience, partner=make_partner(locales, f"P{number}")
        )

    assert queries_to_render(client, index.url) == few
    assert queries_to_render(client, index.url, audience="public-compte") <= few + 1


def test_demo_guides_are_made_for_three_fictional_organisations_and_one_is_translated(locales):
    guides = GuidePage.objects.filter(locale=locales["fr"]).live()
    assert guides.count() >= 3
    translated = [
        guide for guide in guides if guide.has_translation(locales["de"]) and guide.has_translation(locales["en"])
    ]
    assert translated
    german = translated[0].get_translation(locales["de"]).specific
    assert german.live and german.title != translated[0].title


def test_guide_and_booklet_are_co_branded_with_the_partners_name_and_logo(client, locales, tools):
    partner = make_partner(locales, "Fondation Test Cobranding")
    guide = make_guide(locales, "Guide cobrandé", tools[:2], partner=partner)

    for url in (guide.url, guide.url + "booklet/"):
        branding = soup(client.get(url)).select_one(".cobranding")
        assert "Fondation Test Cobranding" in branding.get_text()
        logos = branding.find_all("img")
        assert logos[0]["alt"] == "Social Business Models"
        assert logos[1]["alt"] == "Fondation Test Cobranding"
        assert "/images/" in logos[1]["src"] or "logo" in logos[1]["src"]


def test_a_guide_reads_its_partners_logo_renditions_without_writing_them_to_the_cache(client, locales, tools):
    """Wagtail writes renditions it looked up itself back to the cache on every request (with the
    file cache, a listing of its folder each time); read with the partner, they are not."""
    partner = make_partner(locales, "Fondation Rendus")
    guide = make_guide(locales, "Guide aux rendus", tools[:1], partner=partner)
    assert client.get(guide.url).status_code == 200  # the renditions are made
    for alias in caches:
        caches[alias].clear()

    assert client.get(guide.url).status_code == 200

    logo = partner.logo
    Rendition = logo.get_rendition_model()  # noqa: N806 - a model class
    renditions = list(logo.renditions.all())
    assert renditions, "the logo has its co-branding renditions"
    keys = [Rendition.construct_cache_key(logo, r.focal_point_key, r.filter_spec) for r in renditions]
    assert Rendition.cache_backend.get_many(keys) == {}


def test_an_unpublished_partner_is_never_shown(client, locales, tools):
    partner = make_partner(locales, "Partenaire en brouillon", live=False)
    guide = make_guide(locales, "Guide partenaire brouillon", tools[:1], partner=partner)

    assert "Partenaire en brouillon" not in client.get(guide.url).content.decode()
    assert "Partenaire en brouillon" not in client.get(french(GuideIndexPage, locales).url).content.decode()


def test_a_partner_unpublished_after_its_guide_was_read_disappears_from_it(client, locales, tools):
    """The guide keeps its partner with the publication: unpublishing the partner retires it."""
    partner = make_partner(locales, "Fondation Retirée")
    guide = make_guide(locales, "Guide au partenaire retiré", tools[:1], partner=partner)
    assert "Fondation Retirée" in client.get(guide.url).content.decode()

    partner.unpublish()

    assert "Fondation Retirée" not in client.get(guide.url).content.decode()
    assert "Fondation Retirée" not in client.get(guide.url + "booklet/").content.decode()


def test_the_translated_demo_guide_shows_translated_steps(client, locales):
    guide = GuidePage.objects.get(locale=locales["fr"], slug="conception-bailleur-de-fonds")
    german = guide.get_translation(locales["de"]).specific

    page = soup(client.get(german.url))

    assert page.find("html")["lang"] == "de"
    steps = page.select("ol.guide-steps > li")
    assert len(steps) == guide.steps.count() > 0
    assert "Beginnen Sie mit den Werten" in page.get_text()


def test_editors_open_a_guide_in_the_admin_with_its_steps(client, locales, tools, login):
    guide = make_guide(locales, "Guide admin", tools[:2])
    login("communication")

    response = client.get(f"/admin/pages/{guide.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Guidance for Outil Alpha" in html and "Deliverable of Outil Beta" in html


def test_each_booklet_sheet_shows_its_own_tools_facts_and_instruments_as_its_sheet_does(client, locales):
    """The booklet reads all its tools' terms and instruments at once: each printed sheet still
    shows its own tool's, as the tool's own page does."""
    from django.db.models import Count

    from toolpages.models import ToolPage

    demo = (
        ToolPage.objects.live()
        .filter(locale=locales["fr"])
        .annotate(documents=Count("instruments", distinct=True), terms=Count("phases", distinct=True))
        .filter(documents__gt=0, terms__gt=0)
        .order_by("path")
    )
    first, second = demo[0], demo[1]
    guide = make_guide(locales, "Guide livret outillé", [second, first])

    booklet = soup(client.get(guide.url + "booklet/"))

    def shown(container):
        return (
            container.select_one("dl").get_text(" ", strip=True),
            # The printed sheet also spells out each link's address.
            [link["href"] for link in container.select("ul.tool-instruments li a")],
        )

    printed = [shown(sheet) for sheet in booklet.select("article.tool-sheet")]
    own = [shown(soup(client.get(tool.url)).select_one("main")) for tool in (second, first)]
    assert printed == own
    assert printed[0] != printed[1], "two tools with facts and instruments of their own"
    assert all(instruments for _facts, instruments in printed)
