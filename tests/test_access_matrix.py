"""No one reaches what is not theirs: anonymous visitors and each demo role against a French
draft, a private page, previews, revisions, history and the admin API."""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db

# Demo roles with no right on the French tool library.
OUTSIDERS = ["administration", "traduction-de", "traduction-it", "traduction-en", "relecture-de", "relecture-en"]
SECRET = "Brouillon confidentiel zyxwv"


@pytest.fixture
def draft_tool(locales):
    tool = ToolPage.objects.live().filter(locale=locales["fr"]).order_by("path").first()
    tool.title = SECRET
    revision = tool.save_revision()
    tool.unpublish()
    return tool, revision


def admin_urls(tool, revision):
    return [
        f"/admin/pages/{tool.id}/edit/",
        f"/admin/pages/{tool.id}/view_draft/",
        f"/admin/pages/{tool.id}/edit/preview/",
        f"/admin/pages/{tool.id}/history/",
        f"/admin/pages/{tool.id}/revisions/{revision.id}/view/",
        f"/admin/pages/{tool.id}/revisions/{revision.id}/revert/",
        f"/admin/pages/{tool.id}/revisions/compare/earliest...{revision.id}/",
        f"/admin/pages/{tool.id}/usage/",
        f"/admin/api/main/pages/{tool.id}/",
        f"/admin/api/main/pages/?child_of={tool.get_parent().id}&limit=100",
        f"/admin/api/main/pages/?search={SECRET.split()[-1]}",
    ]


def test_anonymous_visitors_meet_the_login_or_nothing(client, draft_tool):
    tool, revision = draft_tool
    assert client.get(tool.url or f"/fr/outils/{tool.slug}/").status_code == 404
    for url in admin_urls(tool, revision):
        response = client.get(url)
        assert response.status_code in {302, 401, 403, 404}, url
        assert SECRET not in response.content.decode(), url


@pytest.mark.parametrize("username", OUTSIDERS)
def test_roles_without_rights_see_nothing_of_a_french_draft(client, login, draft_tool, username):
    tool, revision = draft_tool
    login(username)
    assert client.get(f"/fr/outils/{tool.slug}/").status_code == 404
    for url in admin_urls(tool, revision):
        response = client.get(url)
        assert response.status_code != 200 or SECRET not in response.content.decode(), url
        assert SECRET not in response.content.decode(), url


@pytest.mark.parametrize("username", ["production", "comite", "site"])
def test_roles_with_rights_do_see_the_draft_in_the_admin(client, login, draft_tool, username):
    tool, revision = draft_tool
    login(username)
    response = client.get(f"/admin/pages/{tool.id}/revisions/{revision.id}/view/")
    assert response.status_code == 200
    assert SECRET in response.content.decode()


@pytest.mark.parametrize("username", [None, "contributrice", "traduction-de", "administration"])
def test_a_page_reserved_to_the_comite_stays_closed_to_others(client, login, home_pages, username):
    association = home_pages["fr"].get_children().get(slug="association")
    restriction = PageViewRestriction.objects.create(page=association, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Comité")])
    if username:
        login(username)
    response = client.get("/fr/association/")
    assert response.status_code in {302, 403}
    assert "Notre vision" not in response.content.decode()
    login("comite")
    assert "Notre vision" in client.get("/fr/association/").content.decode()


def test_concurrent_edits_keep_both_revisions_restorable(client, login, home_pages, user):
    association = home_pages["fr"].get_children().get(slug="association")
    first = association.specific  # two editors open the same page...
    second = type(first).objects.get(pk=first.pk)
    first.title = "Version de Camille"
    first_revision = first.save_revision(user=user("communication"))
    second.title = "Version de Sacha"
    second_revision = second.save_revision(user=user("site"))  # ...and save without seeing each other
    assert first_revision.pk != second_revision.pk
    login("site")
    for revision, title in [(first_revision, "Version de Camille"), (second_revision, "Version de Sacha")]:
        response = client.get(f"/admin/pages/{association.id}/revisions/{revision.id}/revert/")
        assert response.status_code == 200
        assert title in response.content.decode()


# Each role against a draft in a part of the site it has no right on.
OUTSIDE_RIGHTS = [
    ("contributrice", "fr", ["association", "comite"]),
    ("production", "fr", ["association", "comite"]),
    ("administration", "fr", ["association", "comite"]),
    ("communication", "de", ["verein", "vorstand"]),
    ("traduction-de", "it", ["associazione", "comitato"]),
    ("relecture-de", "it", ["associazione", "comitato"]),
    ("traduction-it", "en", ["association", "committee"]),
    ("relecture-it", "en", ["association", "committee"]),
    ("traduction-en", "de", ["verein", "vorstand"]),
    ("relecture-en", "de", ["verein", "vorstand"]),
]


@pytest.mark.parametrize(("username", "language", "slugs"), OUTSIDE_RIGHTS, ids=[row[0] for row in OUTSIDE_RIGHTS])
def test_every_role_sees_nothing_of_drafts_outside_its_rights(client, login, home_pages, username, language, slugs):
    page = home_pages[language]
    for slug in slugs:
        page = page.get_children().get(slug=slug)
    page = page.specific
    page.title = SECRET
    revision = page.save_revision()
    page.unpublish()
    login(username)
    assert SECRET not in client.get(page.url).content.decode()
    for url in admin_urls(page, revision):
        response = client.get(url)
        assert SECRET not in response.content.decode(), url
