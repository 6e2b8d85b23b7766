"""Taxonomies as data editors change, their rights, and the demo tool library."""

import pytest

from toolpages.models import Audience, Canvas, CanvasBlock, Phase, ToolPage

pytestmark = pytest.mark.django_db

TAXONOMIES = [Canvas, CanvasBlock, Phase, Audience]


@pytest.mark.parametrize("model", TAXONOMIES)
def test_every_term_exists_in_the_four_languages(model, locales):
    french = model.objects.filter(locale=locales["fr"])
    assert french.exists()
    for code in ("de", "it", "en"):
        translated = model.objects.filter(locale=locales[code])
        assert set(translated.values_list("translation_key", flat=True)) == set(
            french.values_list("translation_key", flat=True)
        )
        assert set(translated.values_list("slug", flat=True)) == set(french.values_list("slug", flat=True))


def test_the_association_vocabulary_is_there(locales):
    assert list(Canvas.objects.filter(locale=locales["fr"]).values_list("name", flat=True)) == [
        "Valeurs",
        "Modèle d'affaires",
        "Gouvernance",
        "Stratégie",
        "RSE",
    ]
    blocks = CanvasBlock.objects.filter(locale=locales["fr"], canvas__slug="modele-d-affaires")
    assert list(blocks.values_list("name", flat=True)) == [
        "Valeurs",
        "Où",
        "Pourquoi",
        "Qui",
        "Par quoi",
        "Quoi",
        "Avec quoi",
        "Vérifiable",
        "Avec qui",
    ]
    assert blocks.get(is_centre=True).name == "Valeurs"
    assert list(Phase.objects.filter(locale=locales["fr"]).values_list("name", flat=True))[:3] == [
        "Curiosité",
        "Conception",
        "Maturation",
    ]


@pytest.mark.parametrize("username", ["production", "comite", "site"])
def test_taxonomy_keepers_edit_terms_in_the_admin(client, login, locales, username):
    login(username)
    assert client.get("/admin/snippets/toolpages/phase/").status_code == 200
    phase = Phase.objects.get(locale=locales["fr"], slug="conception")
    url = f"/admin/snippets/toolpages/phase/edit/{phase.pk}/"
    assert client.get(url).status_code == 200
    data = {"name": "Conception du projet", "slug": "conception", "sort_order": "2", "description": "Concevoir."}
    assert client.post(url, data).status_code == 302
    assert "Conception du projet" not in client.get("/fr/outils/").content.decode(), "a saved draft is not public"
    assert client.post(url, {**data, "action-publish": "action-publish"}).status_code == 302
    phase.refresh_from_db()
    assert phase.name == "Conception du projet"
    assert "Conception du projet" in client.get("/fr/outils/").content.decode()


@pytest.mark.parametrize("username", ["contributrice", "traduction-de", "communication"])
def test_others_cannot_change_terms(client, login, locales, username):
    login(username)
    phase = Phase.objects.get(locale=locales["fr"], slug="conception")
    response = client.post(
        f"/admin/snippets/toolpages/phase/edit/{phase.pk}/",
        {"name": "Renommée", "slug": "conception", "sort_order": "2"},
    )
    assert response.status_code in (302, 403)
    phase.refresh_from_db()
    assert phase.name == "Conception"


def test_the_demo_library_has_forty_real_tools_with_every_field_filled(locales):
    tools = ToolPage.objects.live().filter(locale=locales["fr"])
    assert tools.count() >= 40
    for tool in tools:
        for field in (
            "summary",
            "for_whom",
            "reasons",
            "expected_results",
            "conditions",
            "risks",
            "people_needed",
            "effort",
            "lineage",
            "references",
            "version",
            "change_summary",
        ):
            assert getattr(tool, field), (tool.slug, field)
        assert tool.canvas and tool.phases.exists() and tool.audiences.exists(), tool.slug
        assert len(tool.steps) >= 3 and len(tool.examples) >= 1, tool.slug
        assert tool.instruments.exists() and tool.contributors.exists(), tool.slug
        assert tool.changes.exists(), tool.slug


def test_at_least_twelve_tools_are_translated_into_german_and_english(locales):
    for code in ("de", "en"):
        translated = ToolPage.objects.live().filter(locale=locales[code])
        assert translated.count() >= 12
        for tool in translated:
            source = tool.get_translation(locales["fr"])
            assert tool.title != source.title or tool.title == "Business Model Canvas" or tool.title == "Persona"
            assert tool.summary != source.summary, (code, tool.slug)
            assert tool.steps[0].value["title"] != source.steps[0].value["title"], (code, tool.slug)
