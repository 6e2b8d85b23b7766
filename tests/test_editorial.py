"""The editorial model, checked through the admin's own views as each demo account."""

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

import pytest

from home import editorial

pytestmark = pytest.mark.django_db


def section(home_pages, language, slug):
    return home_pages[language].get_children().get(slug=slug).specific


def bulk_publish(client, page):
    return client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.id}", {})


def test_groups_are_created_by_the_setup_command_not_by_hand():
    Group.objects.filter(name__in=editorial.group_names()).delete()
    editorial.setup_editorial()
    editorial.setup_editorial()  # idempotent
    assert Group.objects.filter(name__in=editorial.group_names()).count() == len(editorial.group_names())
    rights = GroupPagePermission.objects.filter(group__name="Contributeurs")
    assert rights.exists()
    assert not rights.filter(permission__codename="publish_page").exists()


@pytest.mark.parametrize("username", ["contributrice", "traduction-de", "traduction-it", "traduction-en"])
def test_contributors_and_translators_never_hold_a_publish_right(user, username):
    account = user(username)
    assert not GroupPagePermission.objects.filter(
        group__in=account.groups.all(), permission__codename="publish_page"
    ).exists()


def test_translator_edits_pages_of_her_language_only(client, login, home_pages):
    login("traduction-de")
    assert client.get(f"/admin/pages/{section(home_pages, 'de', 'werkzeuge').id}/edit/").status_code == 200
    for language, slug in [("it", "strumenti"), ("en", "tools"), ("fr", "outils")]:
        response = client.get(f"/admin/pages/{section(home_pages, language, slug).id}/edit/")
        assert response.status_code == 302 and response["Location"] == "/admin/", language


def test_translator_cannot_publish_even_in_her_language(client, login, home_pages):
    page = section(home_pages, "de", "leitfaeden")
    page.unpublish()
    login("traduction-de")
    bulk_publish(client, page)
    page.refresh_from_db()
    assert not page.live


def test_reviewer_of_a_language_publishes_it(client, login, home_pages):
    page = section(home_pages, "de", "leitfaeden")
    page.unpublish()
    login("relecture-de")
    bulk_publish(client, page)
    page.refresh_from_db()
    assert page.live
    assert client.get(f"/admin/pages/{section(home_pages, 'it', 'fili-rossi').id}/edit/").status_code == 302


def test_contributor_cannot_publish_through_bulk_actions(client, login, home_pages):
    page = section(home_pages, "fr", "fils-rouges")
    page.unpublish()
    login("contributrice")
    bulk_publish(client, page)
    page.refresh_from_db()
    assert not page.live


def test_contributor_may_draft_in_the_french_library_only(client, login, home_pages):
    login("contributrice")
    french_tools = section(home_pages, "fr", "outils")
    german_tools = section(home_pages, "de", "werkzeuge")
    assert client.get(f"/admin/pages/add/toolpages/toolpage/{french_tools.id}/").status_code == 200
    assert client.get(f"/admin/pages/add/toolpages/toolpage/{german_tools.id}/").status_code == 302
    association = section(home_pages, "fr", "association")
    assert client.get(f"/admin/pages/{association.id}/edit/").status_code == 302


def test_gt_administration_has_no_page_rights(client, login, home_pages):
    login("administration")
    assert client.get(f"/admin/pages/{home_pages['fr'].id}/edit/").status_code == 302


def test_tool_workflow_applies_to_the_french_tool_library(home_pages):
    workflow = section(home_pages, "fr", "outils").get_workflow()
    assert workflow.name == "Co-création d'outil"
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [task.name for task in tasks] == ["Revue GT Production", "Validation du Comité"]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [["GT Production"], ["Comité"]]


@pytest.mark.parametrize("slug", ["association", "fils-rouges", "formations", "agenda", "prestataires"])
def test_review_workflow_applies_to_the_rest_of_the_french_site(home_pages, slug):
    workflow = section(home_pages, "fr", slug).get_workflow()
    assert workflow.name == "Relecture"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["GT Communication"]
    assert home_pages["fr"].get_workflow() == workflow


@pytest.mark.parametrize(("language", "slug"), [("de", "werkzeuge"), ("it", "strumenti"), ("en", "association")])
def test_each_language_tree_is_reviewed_by_its_reviewers(home_pages, language, slug):
    workflow = section(home_pages, language, slug).get_workflow()
    assert workflow.name == f"Relecture {language.upper()}"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [f"Relecture {language.upper()}"]


def test_editor_comments_are_on_in_the_page_editor(client, login, home_pages):
    login("communication")
    html = client.get(f"/admin/pages/{section(home_pages, 'fr', 'association').id}/edit/").content.decode()
    assert 'id="comments-data"' in html or "comments-data" in html
