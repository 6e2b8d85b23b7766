"""A translation goes live through its language's reviewers, as a workflow (issue #26), through the
admin's own views with the demo accounts: traduction-de submits, relecture-de approves or asks
for changes, nobody else decides for German."""

import json
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core import mail

from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation

import pytest
from bs4 import BeautifulSoup

from sbm_site.models import TranslationReviewTask
from sbm_site.translation_review import mark_source_language, shown_forms

from .conftest import GERMAN_SLUG, GERMAN_TITLE, translation_for

pytestmark = pytest.mark.django_db


def submit_url(page):
    return f"/admin/localize/review/{translation_for(page).id}/submit/"


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def workflow_state(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()


def editor(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    return soup, props


def action_url(page, action):
    state = workflow_state(page)
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{state.current_task_state.pk}/"


@pytest.fixture
def submitted(client, login, german_draft, post, translate):
    """traduction-de has translated every string, the address included, and submitted."""
    login("traduction-de")
    assert set(translate(client, german_draft)) <= {200, 201}
    mail.outbox.clear()
    response = post(submit_url(german_draft))
    assert response.status_code == 302
    return fresh(german_draft)


def test_the_translator_submits_from_the_editor_and_the_draft_carries_her_title(client, login, submitted):
    state = workflow_state(submitted)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Relecture DE"
    assert isinstance(state.current_task_state.task.specific, TranslationReviewTask)
    assert not submitted.live
    assert submitted.draft_title == GERMAN_TITLE
    assert submitted.get_latest_revision_as_object().slug == GERMAN_SLUG


def test_the_reviewers_are_told_in_their_language(submitted, django_user_model):
    reviewer = django_user_model.objects.get(username="relecture-de")
    to_reviewer = [message for message in mail.outbox if reviewer.email in message.to]
    assert to_reviewer, "relecture-de is told that a translation awaits her"
    assert GERMAN_TITLE in to_reviewer[0].subject + to_reviewer[0].body
    assert "submitted" not in to_reviewer[0].subject, "in German, not in English"
    translator = django_user_model.objects.get(username="traduction-de")
    assert not [message for message in mail.outbox if translator.email in message.to]


def test_in_review_the_translator_can_no_longer_change_it(client, login, submitted, post, translate):
    login("traduction-de")
    assert set(translate(client, submitted, paths={"title"})) == {403}
    _soup, props = editor(client, submitted)
    assert props["object"]["isLocked"] is True
    assert post(submit_url(submitted)).status_code == 403
    assert post(f"/admin/pages/{submitted.pk}/edit/", {"action": "publish"}).status_code in {302, 403}
    assert not fresh(submitted).live


def test_another_languages_translator_cannot_open_it(client, login, submitted):
    login("traduction-it")
    response = client.get(f"/admin/pages/{submitted.pk}/edit/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_reviewer_finds_it_on_her_dashboard_by_its_german_title(client, login, submitted):
    login("relecture-de")
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    links = dashboard.select(f'a[href="/admin/pages/{submitted.pk}/edit/"]')
    assert any(GERMAN_TITLE in a.get_text() for a in links)


def test_approve_publishes_it_in_one_step_at_its_german_address(client, login, submitted, post):
    login("relecture-de")
    response = post(action_url(submitted, "approve"), {"comment": ""})
    assert response.status_code == 302
    page = fresh(submitted)
    assert page.live and page.title == GERMAN_TITLE
    assert workflow_state(page).status == WorkflowState.STATUS_APPROVED
    client.logout()
    response = client.get(f"/de/werkzeuge/{GERMAN_SLUG}/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == GERMAN_TITLE


def test_the_reviewers_own_corrections_are_part_of_what_she_approves(client, login, submitted, post):
    login("relecture-de")
    translation = translation_for(submitted)
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        f"/admin/localize/translate/{translation.id}/strings/{title.id}/edit/",
        urlencode({"value": "Der Goldene Kreis"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in {200, 201}
    post(action_url(submitted, "approve"), {"comment": ""})
    page = fresh(submitted)
    assert page.live and page.title == "Der Goldene Kreis"
    assert workflow_state(page).status == WorkflowState.STATUS_APPROVED, "approved once, not restarted"


def test_request_changes_sends_it_back_with_the_comment(client, login, submitted, post, django_user_model, translate):
    login("relecture-de")
    mail.outbox.clear()
    post(action_url(submitted, "reject"), {"comment": "Bitte den Titel prüfen."})
    state = workflow_state(submitted)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not fresh(submitted).live
    translator = django_user_model.objects.get(username="traduction-de")
    told = [message for message in mail.outbox if translator.email in message.to]
    assert told and "Bitte den Titel prüfen." in told[0].body

    login("traduction-de")
    soup, props = editor(client, submitted)
    assert "Bitte den Titel prüfen." in soup.select_one(".sbm-review").get_text()
    assert not props["object"]["isLocked"]
    assert set(translate(client, submitted, paths={"title"})) <= {200, 201}
    post(submit_url(submitted))
    assert workflow_state(submitted).status == WorkflowState.STATUS_IN_PROGRESS


def test_no_one_outside_the_german_reviewers_decides(client, login, submitted, post, translate):
    for username in ("traduction-de", "relecture-it", "production"):
        login(username)
        post(action_url(submitted, "approve"), {"comment": ""})
        assert not fresh(submitted).live, username


# Complete before it goes live


@pytest.fixture
def submitted_incomplete(client, login, german_draft, post, translate):
    login("traduction-de")
    translate(client, german_draft, paths={"title", "slug"})
    post(submit_url(german_draft))
    return fresh(german_draft)


def test_an_incomplete_translation_is_approved_only_when_the_reviewer_confirms(
    client, login, submitted_incomplete, post
):
    page = submitted_incomplete
    assert workflow_state(page).status == WorkflowState.STATUS_IN_PROGRESS
    login("relecture-de")
    soup, _props = editor(client, page)
    actions = [form["action"].split("?")[0] for form in soup.select(".sbm-review form")]
    assert action_url(page, "approve") not in actions
    assert action_url(page, "approve-incomplete") in actions

    post(action_url(page, "approve"), {"comment": ""})
    assert not fresh(page).live
    post(action_url(page, "approve-incomplete"), {"comment": ""})
    assert not fresh(page).live, "not without the explicit confirmation"
    post(action_url(page, "approve-incomplete"), {"comment": "", "confirm_incomplete": "on"})
    assert fresh(page).live


def test_the_editors_publish_refuses_an_incomplete_translation(client, login, german_draft, post, translate):
    login("relecture-de")
    translate(client, german_draft, paths={"title"})
    _soup, props = editor(client, german_draft)
    assert props["perms"]["canPublish"] is False
    response = post(f"/admin/pages/{german_draft.pk}/edit/", {"action": "publish"})
    assert response.status_code == 403
    assert not fresh(german_draft).live


def test_a_complete_translation_out_of_review_is_still_published_by_its_reviewer(
    client, login, german_draft, post, translate
):
    login("relecture-de")
    translate(client, german_draft)
    _soup, props = editor(client, german_draft)
    assert props["perms"]["canPublish"] is True
    post(f"/admin/pages/{german_draft.pk}/edit/", {"action": "publish"})
    assert fresh(german_draft).live


# The address is part of the translation


def test_the_translator_is_warned_while_the_address_is_the_sources(client, login, german_draft, post, translate):
    login("traduction-de")
    translate(client, german_draft, paths={"title"})
    soup, _props = editor(client, german_draft)
    assert soup.select_one('.sbm-review input[name="keep_address"]') is not None
    response = post(submit_url(german_draft))
    assert response.status_code == 302
    assert workflow_state(german_draft) is None, "not submitted with the French address unconfirmed"

    post(submit_url(german_draft), {"keep_address": "1"})
    assert workflow_state(german_draft).status == WorkflowState.STATUS_IN_PROGRESS


# Guidance, not danger


def test_the_translator_is_offered_submit_not_delete(client, login, german_draft):
    login("traduction-de")
    soup, props = editor(client, german_draft)
    assert props["perms"]["canDelete"] is False
    assert soup.select_one(f'.sbm-review form[action="{submit_url(german_draft)}"] button[type="submit"]')


def test_a_translator_deletes_only_a_draft_she_created(client, login, locales, french_tool, post):
    login("site")
    post(f"/admin/localize/submit/page/{french_tool.id}/", {"locales": [locales["de"].pk]})
    german = french_tool.get_translation(locales["de"])
    login("traduction-de")
    assert post(f"/admin/pages/{german.pk}/delete/").status_code == 403
    assert Page.objects.filter(pk=german.pk).exists()


def test_a_translator_may_delete_her_own_draft(client, login, german_draft, post):
    login("traduction-de")
    post(f"/admin/pages/{german_draft.pk}/delete/")
    assert not Page.objects.filter(pk=german_draft.pk).exists()


def test_a_submit_form_with_nothing_left_to_translate_says_so_and_links_the_translations(
    client, login, french_tool, german_draft
):
    login("traduction-de")
    response = client.get(f"/admin/localize/submit/page/{french_tool.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('input[type="submit"]') is None, "no empty form to submit"
    assert soup.select_one(f'a[href="/admin/pages/{german_draft.pk}/edit/"]') is not None

    response = client.get(f"/admin/localize/submit/page/{german_draft.pk}/")
    assert BeautifulSoup(response.content, "html.parser").select_one('input[type="submit"]') is None

    login("site")
    response = client.get(f"/admin/localize/submit/page/{french_tool.pk}/")
    assert BeautifulSoup(response.content, "html.parser").select_one('input[type="submit"]') is not None


# What the reports and the dashboard say


def report_cell(client, page, language_code):
    params = {"locale": language_code, "type": ContentType.objects.get_for_model(page).pk}
    soup = BeautifulSoup(client.get("/admin/reports/translation-health/", params).content, "html.parser")
    for row in soup.select("tbody tr"):
        if row.th and row.th.get_text(strip=True) == page.title:
            return row.select_one(f'td[data-locale="{language_code}"]')
    raise AssertionError(f"{page.title} is not in the report")


def test_the_report_tells_a_submitted_translation_from_a_started_one(client, login, french_tool, submitted):
    login("relecture-de")
    assert report_cell(client, french_tool, "de")["data-state"] == "in-review"


def test_the_report_flags_a_live_translation_that_kept_the_sources_address(
    client, login, french_tool, german_draft, post, translate
):
    login("relecture-de")
    translate(client, german_draft)
    translation = translation_for(german_draft)
    slug = StringSegment.objects.get(source=translation.source, context__path="slug")
    client.put(  # the address typed as the French one: translated, the same
        f"/admin/localize/translate/{translation.id}/strings/{slug.id}/edit/",
        urlencode({"value": french_tool.slug}),
        content_type="application/x-www-form-urlencoded",
    )
    post(submit_url(german_draft), {"keep_address": "1"})
    post(action_url(german_draft, "approve"), {"comment": ""})
    assert fresh(german_draft).live
    cell = report_cell(client, french_tool, "de")
    assert cell["data-state"] == "live"
    assert cell.has_attr("data-kept-source-address")


def test_a_reviewers_dashboard_shows_the_languages_she_reviews(client, login):
    login("relecture-de")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.select_one('section[aria-labelledby="translation-health-title"]')
    languages = [th.get_text(strip=True) for th in panel.select("tbody th")]
    assert languages == ["Deutsch"]
    login("comite")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.select_one('section[aria-labelledby="translation-health-title"]')
    assert len(panel.select("tbody th")) == 3


def test_what_a_published_translation_still_shows_in_french_is_marked_french(
    client, login, french_tool, submitted_incomplete, post
):
    login("relecture-de")
    post(action_url(submitted_incomplete, "approve-incomplete"), {"comment": "", "confirm_incomplete": "on"})
    client.logout()
    response = client.get(f"/de/werkzeuge/{GERMAN_SLUG}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == GERMAN_TITLE and not soup.h1.has_attr("lang")
    marked = soup.select('main [lang="fr"]:not([hreflang])')  # (links to French-only pages say so too)
    assert marked, "the French paragraphs say they are French"
    summary = next(element for element in marked if element.get_text(strip=True) == french_tool.summary.strip())
    assert summary is not None


def test_a_complete_translation_has_nothing_marked_french(client, login, submitted, post):
    login("relecture-de")
    post(action_url(submitted, "approve"), {"comment": ""})
    client.logout()
    soup = BeautifulSoup(client.get(f"/de/werkzeuge/{GERMAN_SLUG}/").content, "html.parser")
    assert not soup.select('main [lang="fr"]:not([hreflang])')


def test_only_who_may_publish_stops_a_synced_translation(client, login, german_draft, post):
    translation = translation_for(german_draft)
    login("traduction-de")
    soup, _props = editor(client, german_draft)
    assert soup.select_one(".sbm-no-stop-sync .js-translation-editor") is not None, "the button is hidden"
    assert post(f"/admin/localize/translate/{translation.id}/disable/").status_code == 403
    assert Translation.objects.get(pk=translation.pk).enabled
    login("relecture-de")
    soup, _props = editor(client, german_draft)
    assert soup.select_one(".sbm-no-stop-sync") is None
    post(f"/admin/localize/translate/{translation.id}/disable/")
    assert not Translation.objects.get(pk=translation.pk).enabled


def test_an_untranslated_paragraph_with_a_link_is_marked_french_as_the_page_renders_it():
    forms = shown_forms('Voir <a id="a1">la fiche</a> du canevas.', '{"a1": {"href": "https://example.org/fiche"}}')
    html = '<main><p>Siehe unten.</p><p>Voir <a href="https://example.org/fiche">la fiche</a> du canevas.</p></main>'
    marked = BeautifulSoup(mark_source_language(html, [forms], "fr"), "html.parser")
    german, french = marked.select("p")
    assert french["lang"] == "fr" and not german.has_attr("lang")
