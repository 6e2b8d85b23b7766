"""Every door around translation review, through wagtail-localize's and Wagtail's own admin views:
nothing goes live in a language without its reviewers, and those who may still can."""

import json
from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Page, PageViewRestriction, Workflow
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest
from bs4 import BeautifulSoup

from directory.models import Provider
from home.models import AssociationPage
from toolpages.models import Phase

from .directory_factories import make_partner, make_provider

pytestmark = pytest.mark.django_db


def sync_url(page):
    source = TranslationSource.objects.get_for_instance(page)
    return f"/admin/localize/update/{source.id}/"


def form_fields(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {field["name"]: field.get("type", "") for field in soup.select("form input[name]")}


def live(page):
    return Page.objects.get(pk=page.pk).live


# Sync ("update translations") with "Publish immediately"


@pytest.mark.parametrize("username", ["production", "communication"])
def test_editors_of_the_source_sync_without_the_option_to_publish(
    client, login, french_tool, german_draft, username, post
):
    login(username)
    response = client.get(sync_url(french_tool))
    assert response.status_code == 200
    assert "publish_translations" not in form_fields(response)

    response = post(sync_url(french_tool), {"publish_translations": "on"})
    assert response.status_code == 403
    assert not live(german_draft)

    response = post(sync_url(french_tool), {})
    assert response.status_code == 302, "a sync without publication stays theirs"
    assert not live(german_draft)


def test_communication_cannot_publish_a_german_guide_by_syncing(client, login, home_pages, locales, post):
    guide = Page.objects.filter(locale=locales["fr"], content_type__model="guidepage").live().first().specific
    german = guide.get_translation_or_none(locales["de"])
    if german is None:
        login("site")
        post(f"/admin/localize/submit/page/{guide.id}/", {"locales": [locales["de"].pk]})
        german = guide.get_translation(locales["de"])
    german.unpublish()
    login("communication")
    assert "publish_translations" not in form_fields(client.get(sync_url(guide)))
    assert post(sync_url(guide), {"publish_translations": "on"}).status_code == 403
    assert not live(german)


def test_who_may_publish_every_target_may_sync_and_publish(client, login, french_tool, german_draft, post):
    login("site")
    response = client.get(sync_url(french_tool))
    assert form_fields(response)["publish_translations"] == "checkbox"
    response = post(sync_url(french_tool), {"publish_translations": "on"})
    assert response.status_code == 302
    assert live(german_draft)


def test_machine_translation_is_never_published_in_the_same_step(client, login, french_tool, german_draft, post):
    login("site")
    assert "use_machine_translation" in form_fields(client.get(sync_url(french_tool)))
    response = post(sync_url(french_tool), {"publish_translations": "on", "use_machine_translation": "on"})
    assert response.status_code == 403
    assert "jamais publiées sans relecture" in response.content.decode(), "the reason, in the admin's language"
    assert not live(german_draft)


# Convert to alias


def convert_url(page):
    return f"/admin/localize/page/{page.id}/convert_to_alias/"


@pytest.mark.parametrize("username", ["traduction-de", "relecture-it", "production"])
def test_convert_to_alias_is_refused_to_who_may_not_publish_the_translation(
    client, login, german_draft, username, post
):
    login(username)
    assert client.get(convert_url(german_draft)).status_code == 403
    assert post(convert_url(german_draft)).status_code == 403
    german = Page.objects.get(pk=german_draft.pk)
    assert not german.live and german.alias_of_id is None
    assert Translation.objects.filter(source__object_id=german.translation_key, target_locale=german.locale).exists()


def editor_props(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return json.loads(soup.select_one(".js-translation-editor")["data-props"])


def test_the_translation_editor_offers_convert_to_alias_only_to_the_languages_reviewers(client, login, german_draft):
    login("traduction-de")
    assert editor_props(client.get(f"/admin/pages/{german_draft.id}/edit/"))["links"]["convertToAliasUrl"] is None
    login("relecture-de")
    links = editor_props(client.get(f"/admin/pages/{german_draft.id}/edit/"))["links"]
    assert links["convertToAliasUrl"] == convert_url(german_draft)


def test_a_reviewed_live_page_is_not_replaced_by_its_source_by_a_translator(
    client, login, german_draft, post, translate
):
    login("relecture-de")
    translate(client, german_draft)
    post(f"/admin/pages/{german_draft.id}/edit/", {"action": "publish"})
    assert live(german_draft)
    login("traduction-de")
    assert post(convert_url(german_draft)).status_code == 403
    assert Page.objects.get(pk=german_draft.pk).alias_of_id is None


def test_the_languages_reviewers_may_convert_to_alias(client, login, french_tool, german_draft, post):
    login("relecture-de")
    response = post(convert_url(german_draft))
    assert response.status_code == 302
    german = Page.objects.get(pk=german_draft.pk)
    assert german.alias_of_id == french_tool.pk
    assert german.live


# Include subtree


@pytest.fixture
def french_section(home_pages):
    """A live French page with a live child, a draft child and a view-restricted child."""
    association = home_pages["fr"].get_children().get(slug="association")
    section = AssociationPage(title="Rapports", slug="rapports")
    association.add_child(instance=section)
    section.save_revision().publish()
    children = {}
    for slug, title in [("public", "Rapport public"), ("brouillon", "Rapport brouillon"), ("prive", "Rapport privé")]:
        child = AssociationPage(title=title, slug=slug)
        section.add_child(instance=child)
        revision = child.save_revision()
        if slug != "brouillon":
            revision.publish()
        children[slug] = child
    return section, children


def test_include_subtree_is_refused_when_it_holds_pages_the_translator_cannot_open(
    client, login, locales, french_section, post
):
    section, children = french_section
    PageViewRestriction.objects.create(
        page=children["prive"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    login("traduction-de")
    url = f"/admin/localize/submit/page/{section.id}/"
    assert form_fields(client.get(url))["include_subtree"] == "hidden"

    response = post(url, {"locales": [locales["de"].pk], "include_subtree": "on"})
    assert response.status_code == 403
    assert not section.has_translation(locales["de"])
    for child in children.values():
        assert not child.has_translation(locales["de"])


def test_include_subtree_translates_a_subtree_the_translator_may_read(client, login, locales, french_section, post):
    section, children = french_section
    children["brouillon"].delete()
    login("traduction-de")
    url = f"/admin/localize/submit/page/{section.id}/"
    assert form_fields(client.get(url))["include_subtree"] == "checkbox"
    response = post(url, {"locales": [locales["de"].pk], "include_subtree": "on"})
    assert response.status_code == 302
    for slug in ("public", "prive"):
        german = children[slug].get_translation(locales["de"])
        assert not german.live


def test_editors_may_include_the_drafts_they_can_edit(client, login, locales, french_section, post):
    section, children = french_section
    login("site")
    url = f"/admin/localize/submit/page/{section.id}/"
    response = post(url, {"locales": [locales["de"].pk], "include_subtree": "on"})
    assert response.status_code == 302
    assert children["brouillon"].has_translation(locales["de"])


# Translatable snippets: taxonomy terms


@pytest.fixture
def french_phase(locales):
    phase = Phase(name="Essaimage", slug="essaimage", sort_order=90, locale=locales["fr"])
    phase.save()
    phase.save_revision().publish()
    return phase


def snippet_edit_url(instance):
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


@pytest.fixture
def german_phase(client, login, locales, french_phase, post):
    login("traduction-de")
    meta = french_phase._meta
    response = post(
        f"/admin/localize/submit/snippet/{meta.app_label}/{meta.model_name}/{french_phase.pk}/",
        {"locales": [locales["de"].pk]},
    )
    assert response.status_code == 302
    client.logout()
    return french_phase.get_translation(locales["de"])


def test_a_translated_term_starts_as_a_draft_the_public_does_not_read(client, login, locales, german_phase, post):
    assert not german_phase.live
    login("traduction-de")
    translation = Translation.objects.get(source__object_id=german_phase.translation_key, target_locale=locales["de"])
    for segment in StringSegment.objects.filter(source=translation.source, string__data="Essaimage"):
        response = client.put(
            f"/admin/localize/translate/{translation.id}/strings/{segment.id}/edit/",
            urlencode({"value": "Ausschwärmen"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}
    post(snippet_edit_url(german_phase), {"action": "save"})
    assert Phase.objects.get(pk=german_phase.pk).live is False
    client.logout()
    library = client.get("/de/werkzeuge/").content.decode()
    assert "Essaimage" in library and "Ausschwärmen" not in library

    login("relecture-de")
    post(snippet_edit_url(german_phase), {"action": "publish"})
    client.logout()
    library = client.get("/de/werkzeuge/").content.decode()
    assert "Ausschwärmen" in library and "Essaimage" not in library


def test_the_translator_edits_her_terms_draft_but_cannot_publish_it(client, login, german_phase, post):
    login("traduction-de")
    assert client.get(snippet_edit_url(german_phase)).status_code == 200
    response = post(snippet_edit_url(german_phase), {"action": "publish"})
    assert response.status_code == 403
    assert not Phase.objects.get(pk=german_phase.pk).live


@pytest.mark.parametrize("username", ["traduction-it", "relecture-it"])
def test_other_languages_cannot_open_a_german_term(client, login, german_phase, username):
    login(username)
    assert client.get(snippet_edit_url(german_phase)).status_code == 403


@pytest.mark.parametrize("username", ["traduction-de", "relecture-de"])
def test_translators_and_reviewers_cannot_change_the_french_term(client, login, french_phase, username, post):
    login(username)
    assert client.get(snippet_edit_url(french_phase)).status_code == 403
    response = post(snippet_edit_url(french_phase), {"name": "Changé", "slug": "essaimage", "sort_order": 90})
    assert response.status_code == 403
    assert Phase.objects.get(pk=french_phase.pk).name == "Essaimage"


def test_the_german_reviewers_publish_the_term(client, login, german_phase, post):
    login("relecture-it")
    post(snippet_edit_url(german_phase), {"action": "publish"})
    assert not Phase.objects.get(pk=german_phase.pk).live
    login("relecture-de")
    response = post(snippet_edit_url(german_phase), {"action": "publish"})
    assert response.status_code in {200, 302}
    assert Phase.objects.get(pk=german_phase.pk).live


def test_a_provider_translation_is_reviewed_by_its_languages_workflow(locales):
    german = Provider.objects.filter(locale=locales["de"]).first()
    french = Provider.objects.filter(locale=locales["fr"]).first()
    assert german is not None and french is not None
    assert german.get_workflow() == Workflow.objects.get(name="Relecture DE")
    assert french.get_workflow() == Workflow.objects.get(name="Annuaire des prestataires")


# Snippet listings: a language's team sees its own rows and what the public reads elsewhere


def test_a_translator_lists_no_draft_of_another_language(client, login, locales, french_phase, german_phase):
    make_partner("Alliance annoncée")
    make_partner("Alliance en préparation", live=False)
    login("traduction-de")
    partners = client.get("/admin/snippets/directory/partner/").content.decode()
    assert "Alliance annoncée" in partners
    assert "Alliance en préparation" not in partners
    phases = client.get("/admin/snippets/toolpages/phase/?locale=de").content.decode()
    assert "Essaimage" in phases, "her own draft term is listed in her language"

    login("administration")
    assert "Alliance en préparation" in client.get("/admin/snippets/directory/partner/").content.decode()


# The translation editor's own endpoints, creation and publication of snippets in a language


@pytest.fixture
def italian_phase(client, login, locales, french_phase):
    login("traduction-it")
    meta = french_phase._meta
    url = f"/admin/localize/submit/snippet/{meta.app_label}/{meta.model_name}/{french_phase.pk}/"
    assert client.post(url, {"locales": [locales["it"].pk]}).status_code == 302
    client.logout()
    return french_phase.get_translation(locales["it"])


def put_string(client, translation, value):
    segment = StringSegment.objects.filter(source=translation.source, string__data="Essaimage").first()
    return client.put(
        f"/admin/localize/translate/{translation.id}/strings/{segment.id}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def test_the_string_editor_holds_a_snippet_translation_to_its_language(client, login, locales, italian_phase):
    translation = Translation.objects.get(source__object_id=italian_phase.translation_key, target_locale=locales["it"])
    login("traduction-de")
    assert put_string(client, translation, "Ausschwärmen").status_code == 403
    assert client.post(f"/admin/localize/translate/{translation.id}/disable/").status_code == 403
    assert Translation.objects.get(pk=translation.pk).enabled
    login("traduction-it")
    assert put_string(client, translation, "Sciamatura").status_code in {200, 201}


def phase_data(**extra):
    return {"name": "Diffusion", "slug": "diffusion-test", "sort_order": "95", "description": "", **extra}


def test_a_term_is_created_and_published_only_in_a_language_its_keepers_work_in(client, login, post):
    login("production")
    response = post("/admin/snippets/toolpages/phase/add/?locale=it", phase_data(**{"action-publish": "on"}))
    assert response.status_code == 403
    assert not Phase.objects.filter(slug="diffusion-test").exists()

    response = post("/admin/snippets/toolpages/phase/add/?locale=fr", phase_data(**{"action-publish": "on"}))
    assert response.status_code == 302
    assert Phase.objects.get(slug="diffusion-test", locale__language_code="fr").live


def test_a_translator_cannot_start_a_translation_of_an_unlisted_provider(client, login, locales):
    expired = make_provider("Cabinet échu", days_left=-1)
    login("traduction-de")
    url = f"/admin/localize/submit/snippet/directory/provider/{expired.pk}/"
    assert client.get(url).status_code in {302, 403}
    client.post(url, {"locales": [locales["de"].pk]})
    assert not expired.has_translation(locales["de"])


def test_another_languages_term_history_and_revisions_are_not_read(client, login, italian_phase):
    revision = italian_phase.latest_revision
    base = "/admin/snippets/toolpages/phase"
    urls = [
        f"{base}/history/{italian_phase.pk}/",
        f"{base}/usage/{italian_phase.pk}/",
        f"{base}/history/{italian_phase.pk}/revisions/compare/earliest...{revision.pk}/",
    ]
    login("traduction-de")
    for url in urls:
        assert client.get(url).status_code in {302, 403}, url
    login("traduction-it")
    for url in urls:
        assert client.get(url).status_code == 200, url
