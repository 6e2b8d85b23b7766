"""The showcase's demo content, page-tree rules, editorial rights and open data."""

from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from sbm_site.demo import untranslated_segments
from showcase.models import OpenModelIndexPage, OpenModelPage, Sector, ShareModelPage
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db

DEMO_SLUGS = [
    "epicerie-solidaire",
    "entreprise-dinsertion-textile",
    "reseau-de-repair-cafes",
    "cooperative-denergie-citoyenne",
    "boutique-de-commerce-equitable",
]


def french_models(locales):
    return {page.slug: page for page in OpenModelPage.objects.live().filter(locale=locales["fr"])}


def test_five_french_models_of_fictional_organisations_with_example_figures(locales):
    models = french_models(locales)
    assert sorted(models) == sorted(DEMO_SLUGS)
    for model in models.values():
        assert model.is_fictional_example, model.slug
        assert model.sector is not None and model.sector.live
        assert all(getattr(model, field) for field in ("values", "why", "who", "what", "attribution"))
        assert "(exemple fictif)" in model.attribution
        figures = list(model.impact_figures.all())
        assert figures and all(figure.source.startswith("Chiffre d'exemple") for figure in figures)
        assert model.prerequisites.exists()
        assert model.used_tools.exists()


@pytest.mark.parametrize("slug", ["reseau-de-repair-cafes", "cooperative-denergie-citoyenne"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_two_models_are_fully_translated_into_german_and_english(locales, slug, language):
    french = french_models(locales)[slug]
    translated = french.get_translation(locales[language])
    assert translated.live
    assert untranslated_segments(french, locales[language]) == []
    assert translated.specific.sector.locale == locales[language]


def test_sectors_and_the_share_page_exist_in_every_language(locales):
    for code, locale in locales.items():
        assert Sector.objects.filter(locale=locale, live=True).count() == 5, code
        assert ShareModelPage.objects.live().filter(locale=locale).count() == 1, code


def test_page_tree_rules():
    assert OpenModelIndexPage.allowed_subpage_models() == [OpenModelPage, ShareModelPage]
    assert OpenModelPage.allowed_parent_page_models() == [OpenModelIndexPage]
    assert ShareModelPage.allowed_parent_page_models() == [OpenModelIndexPage]
    assert OpenModelPage.allowed_subpage_models() == []


@pytest.mark.parametrize(("username", "allowed"), [("communication", True), ("comite", True), ("contributrice", False)])
def test_who_may_edit_sectors(client, login, username, allowed):
    login(username)
    response = client.get("/admin/snippets/showcase/sector/")
    assert (response.status_code == 200) is allowed


def test_the_tool_include_lists_models_of_the_active_language(locales):
    energy = french_models(locales)["cooperative-denergie-citoyenne"]
    tool = energy.used_tools.first().tool
    with translation.override("en"):
        html = render_to_string("showcase/includes/tool_models.html", {"tool": tool})
    titles = [link.get_text(strip=True) for link in BeautifulSoup(html, "html.parser").select("a")]
    assert "A community energy cooperative" in titles
    assert "Une coopérative d'énergie citoyenne" not in titles
    unused = ToolPage.objects.filter(locale=locales["fr"], open_model_links__isnull=True).first()
    assert render_to_string("showcase/includes/tool_models.html", {"tool": unused}).strip() == ""


def test_models_are_in_the_public_api_with_their_figures(client):
    response = client.get(
        "/api/v2/pages/?type=showcase.OpenModelPage&locale=en&fields=organisation_name,impact_figures"
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert set(items) == {"A network of repair cafés", "A community energy cooperative"}
    cooperative = items["A community energy cooperative"]
    assert cooperative["organisation_name"] == "Soleil Commun cooperative"
    assert [figure["indicator"] for figure in cooperative["impact_figures"]] == [
        "Electricity produced",
        "Cooperative members",
        "CO₂ emissions avoided",
    ]


@pytest.mark.parametrize("username", ["communication", "contributrice"])
def test_editors_can_open_the_form_for_a_new_model(client, login, username, locales):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    login(username)
    response = client.get(f"/admin/pages/add/showcase/openmodelpage/{index.pk}/")
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser")
    for name in ["organisation_name", "values", "with_whom", "attribution", "licence"]:
        assert form.select_one(f'[name="{name}"]') is not None, name
    assert form.select_one('[name="impact_figures-TOTAL_FORMS"]') is not None
