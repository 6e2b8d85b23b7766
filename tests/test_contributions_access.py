"""Every view of the contributions inbox follows the kind-by-group rule: a membership request is
seen and handled by GT Administration and the Comité only, whoever else asks for it by its id."""

from wagtail.models import ModelLogEntry

import pytest

from directory.forms import APPLICATION_KIND
from home.forms import MembershipForm
from sbm_site.contributions.models import Contribution
from toolpages.forms import PROPOSAL_KIND

pytestmark = pytest.mark.django_db

INBOX = "/admin/contributions/contribution/"
TRIAGE = "/admin/contributions/triage/"
REFUSED = "/admin/"  # the admin turns PermissionDenied into a redirect to its dashboard, with a message

# Views that show one contribution.
PAGES = {
    "inspect": INBOX + "inspect/{pk}/",
    "edit": INBOX + "edit/{pk}/",
    "history": INBOX + "history/{pk}/",
    "delete": INBOX + "delete/{pk}/",
    "reject": TRIAGE + "{pk}/reject/",
}
# Views that change one: what is posted, and the status it leaves (None: deleted).
ACTIONS = {
    "edit": (INBOX + "edit/{pk}/", {"status": "rejected", "decision_note": "Doublon"}, "rejected"),
    "delete": (INBOX + "delete/{pk}/", {}, None),
    "accept": (TRIAGE + "{pk}/accept/", {}, "accepted"),
    "reject": (TRIAGE + "{pk}/reject/", {"reason": "Doublon"}, "rejected"),
    "spam": (TRIAGE + "{pk}/spam/", {}, "spam"),
}
# A membership request is answered, never accepted into a draft: acceptance is shown on the other
# kind GT Administration handles.
HANDLED = {
    "accept": {
        "kind": APPLICATION_KIND,
        "details": {"provider_kind": "consultant", "regions": "CH-VD", "languages": "fr", "services": "coaching"},
    }
}

# Translators, reviewers and contributors have no inbox; GT Production, Communication and Site
# have one without membership requests in it.
OUTSIDERS = ("traduction-de", "relecture-it", "contributrice", "production", "communication", "site")
HANDLERS = ("administration", "comite")
# Only superusers delete; handlers reject or mark as spam, which the log keeps.
DELETERS = ("admin",)


def assert_refused(response):
    assert (response.status_code, response.get("Location")) == (302, REFUSED)


def handlers_of(view):
    return DELETERS if view == "delete" else HANDLERS


def refused_users(view):
    return OUTSIDERS + (HANDLERS if view == "delete" else ())


def cases(views, users_of):
    return [(view, username) for view in views for username in users_of(view)]


def contribution_of(kind, name="Léa Martin", **fields):
    return Contribution.objects.create(
        kind=kind,
        language="fr",
        name=name,
        email="lea@example.org",
        organisation="Épicerie solidaire (exemple)",
        message="Nous aimerions adhérer.",
        consent=True,
        **fields,
    )


@pytest.fixture
def membership_request():
    return contribution_of(MembershipForm.kind, details={"request": "join"})


def state_of(contribution):
    """Everything a refused request must leave as it was: the stored row and its audit log."""
    row = Contribution.objects.filter(pk=contribution.pk).values().first()
    return row, ModelLogEntry.objects.for_instance(contribution).count()


@pytest.mark.parametrize(("view", "username"), cases(PAGES, refused_users))
def test_a_user_who_may_not_see_membership_requests_cannot_open_one(client, login, membership_request, view, username):
    login(username)
    response = client.get(PAGES[view].format(pk=membership_request.pk))
    assert_refused(response)


@pytest.mark.parametrize(("view", "username"), cases(PAGES, handlers_of))
def test_its_handlers_open_a_membership_request(client, login, membership_request, view, username):
    login(username)
    response = client.get(PAGES[view].format(pk=membership_request.pk))
    assert response.status_code == 200
    assert "Léa Martin" in response.content.decode()


@pytest.mark.parametrize(("action", "username"), cases(ACTIONS, refused_users))
def test_a_user_who_may_not_see_membership_requests_cannot_change_one(
    client, login, membership_request, action, username
):
    path, data, _outcome = ACTIONS[action]
    before = state_of(membership_request)
    login(username)
    response = client.post(path.format(pk=membership_request.pk), data)
    assert_refused(response)
    assert state_of(membership_request) == before


@pytest.mark.parametrize(("action", "username"), cases(ACTIONS, handlers_of))
def test_its_handlers_decide_on_a_membership_request(client, login, action, username):
    path, data, outcome = ACTIONS[action]
    contribution = contribution_of(**HANDLED.get(action, {"kind": MembershipForm.kind}))
    user = login(username)
    response = client.post(path.format(pk=contribution.pk), data)
    assert response.status_code == 302 and response["Location"] != REFUSED
    stored = Contribution.objects.filter(pk=contribution.pk).first()
    if outcome is None:
        assert stored is None
    else:
        assert (stored.status, stored.handled_by) == (outcome, user)


def names_listed(response):
    assert response.status_code == 200
    page = response.content.decode()
    return {name for name in ("Léa Martin", "Ada Exemple") if name in page}


@pytest.mark.parametrize(
    ("username", "listed"),
    [
        ("administration", {"Léa Martin"}),
        ("comite", {"Léa Martin", "Ada Exemple"}),
        ("production", {"Ada Exemple"}),
        ("communication", set()),
    ],
)
def test_the_inbox_lists_only_the_kinds_the_user_may_see(client, login, membership_request, username, listed):
    contribution_of(PROPOSAL_KIND, name="Ada Exemple", details={"tool_name": "Carte des communs"})
    login(username)
    assert names_listed(client.get(INBOX)) == listed
    # Neither a search nor a filter by kind brings back what the list leaves out.
    for query in ("?q=Martin", f"?kind={MembershipForm.kind}"):
        assert names_listed(client.get(INBOX + query)) == listed & {"Léa Martin"}, query


@pytest.mark.parametrize("username", ["traduction-de", "relecture-it", "contributrice", "site"])
def test_users_without_an_inbox_are_refused_its_index(client, login, membership_request, username):
    login(username)
    response = client.get(INBOX)
    assert_refused(response)
