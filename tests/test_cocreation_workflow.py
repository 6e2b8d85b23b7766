"""The co-creation workflow of a tool, through the admin's own views as the demo accounts:
a contributor drafts and submits, GT Production reviews, the Comité validates."""

from django.core import mail

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_library(home_pages):
    return home_pages["fr"].get_children().get(slug="outils").specific


def tool_form(title, slug, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": rich_text(""),
            "summary": "Un outil pour cartographier les parties prenantes d'un projet.",
            "for_whom": rich_text("<p>Les porteurs de projet.</p>"),
            "reasons": rich_text(""),
            "expected_results": rich_text(""),
            "conditions": rich_text(""),
            "risks": rich_text(""),
            "references": rich_text(""),
            "steps": streamfield([]),
            "examples": streamfield([]),
            "instruments": inline_formset([]),
            "related_tool_links": inline_formset([]),
            "contributors": inline_formset([]),
            "comments": inline_formset([]),
            "canvas": "",
            "complexity": "1",
            "effort_hours": "3",
            "people_needed": "",
            "effort": "",
            "status": "prepublished",
            "version": "001",
            "change_summary": "Première version.",
            "lineage": "",
            "licence": "cc-by-sa-4.0",
            "search_description": "",
            "seo_title": "",
        }
    )
    data[action] = "1"
    return data


def submit_new_tool(client, library, slug="carte-des-parties-prenantes-test"):
    response = client.post(
        f"/admin/pages/add/toolpages/toolpage/{library.id}/",
        tool_form("Carte des parties prenantes (test)", slug, "action-submit"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return ToolPage.objects.get(slug=slug)


def current_task_state(page):
    page = ToolPage.objects.get(pk=page.pk)
    return page.current_workflow_task_state


def act(client, page, action, comment=""):
    task_state = current_task_state(page)
    return client.post(f"/admin/pages/workflow/action/{page.id}/{action}/{task_state.id}/", {"comment": comment})


def test_contributor_drafts_production_reviews_comite_validates_then_it_is_live(
    client, login, french_library, django_capture_on_commit_callbacks
):
    login("contributrice")
    with django_capture_on_commit_callbacks(execute=True):
        tool = submit_new_tool(client, french_library)
    assert not tool.live
    assert current_task_state(tool).task.name == "Revue GT Production"
    assert any("production@" in address for message in mail.outbox for address in message.to)

    login("production")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, tool, "approve", "Relu, bon pour le comité.")
    tool.refresh_from_db()
    assert not tool.live
    assert current_task_state(tool).task.name == "Validation du Comité"

    login("comite")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, tool, "approve")
    tool.refresh_from_db()
    assert tool.live
    client.logout()
    assert client.get("/fr/outils/carte-des-parties-prenantes-test/").status_code == 200


def test_rejection_at_the_comite_step_tells_the_submitter(
    client, login, french_library, django_capture_on_commit_callbacks
):
    login("contributrice")
    tool = submit_new_tool(client, french_library)
    login("production")
    act(client, tool, "approve")
    login("comite")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, tool, "reject", "Il manque les références.")
    tool.refresh_from_db()
    assert not tool.live
    to_submitter = [message for message in mail.outbox if "contributrice@socialbusinessmodels.example" in message.to]
    assert to_submitter, [message.to for message in mail.outbox]


def test_a_contributors_publish_attempt_does_not_make_the_tool_live(client, login, french_library):
    login("contributrice")
    client.post(
        f"/admin/pages/add/toolpages/toolpage/{french_library.id}/",
        tool_form("Outil publié en douce", "outil-publie-en-douce", "action-publish"),
    )
    tool = ToolPage.objects.get(slug="outil-publie-en-douce")
    assert not tool.live
    client.logout()
    assert client.get("/fr/outils/outil-publie-en-douce/").status_code == 404


@pytest.mark.parametrize("outsider", ["communication", "contributrice", "traduction-de"])
def test_a_user_outside_the_tasks_group_cannot_approve_it(client, login, french_library, outsider):
    login("contributrice")
    tool = submit_new_tool(client, french_library)
    task_state = current_task_state(tool)
    login(outsider)
    act(client, tool, "approve")
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    assert current_task_state(tool).task.name == "Revue GT Production"


def test_the_tool_is_locked_to_others_while_a_group_reviews_it(client, login, french_library):
    login("contributrice")
    tool = submit_new_tool(client, french_library)
    client.post(f"/admin/pages/{tool.id}/edit/", tool_form("Titre changé en douce", tool.slug, "action-save"))
    assert (
        ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object().title == "Carte des parties prenantes (test)"
    )


def test_an_edit_after_approval_needs_approval_again(client, login, french_library):
    login("contributrice")
    tool = submit_new_tool(client, french_library)
    login("production")
    act(client, tool, "approve")
    login("comite")
    response = client.post(
        f"/admin/pages/{tool.id}/edit/",
        tool_form("Carte des parties prenantes (test, v2)", tool.slug, "action-save"),
    )
    assert response.status_code == 302
    act(client, tool, "approve")
    tool.refresh_from_db()
    assert not tool.live, "GT Production approved an older revision: it must review the edit"
    assert current_task_state(tool).task.name == "Revue GT Production"


def test_reviewers_are_told_in_their_own_language(
    client, login, french_library, user, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    reviewer = user("production")
    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = "de"
    profile.save()
    login("contributrice")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submit_new_tool(client, french_library)
    to_reviewer = [message for message in mail.outbox if reviewer.email in message.to]
    assert to_reviewer
    assert "eingereicht" in to_reviewer[0].subject  # Wagtail's German: "… wurde zur Freigabe … eingereicht"
    to_others = [message for message in mail.outbox if reviewer.email not in message.to]
    assert all("submitted" in message.subject or "soumis" in message.subject for message in to_others)
