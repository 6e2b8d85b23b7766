"""Joining the directory and moderating providers: an application becomes a draft in the workflow;
GT Administration publishes providers and partners, contributors never do."""

from django.core import mail

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from directory.models import Partner, Provider
from directory.models.pages import provider_public_url
from sbm_site.contributions.models import Contribution

from .directory_factories import directory_page, french_tools, make_partner, make_provider

pytestmark = pytest.mark.django_db


def application(form_started, **changes):
    data = {
        "organisation": "Candidate Conseil",
        "provider_kind": "consultant",
        "message": "We support cooperatives with the social business model canvas.",
        "regions": ["CH-VD", "CH-GE"],
        "languages": ["fr", "en"],
        "services": ["coaching", "workshops"],
        "tools_applied": "Canevas de modèle d'affaires social, with three cooperatives.",
        "provider_website": "https://candidate.example",
        "name": "Camille Candidate",
        "email": "camille@candidate.example",
        "website": "",
        "started": form_started(),
    }
    data.update(changes)
    return data


def test_the_application_form_is_public_and_in_each_language(client):
    for language, path in (("fr", "rejoindre/"), ("de", "eintragen/"), ("en", "join/")):
        response = client.get(directory_page(language).url + path)
        assert response.status_code == 200
        assert b'name="regions"' in response.content
    # Another language's address leads to this language's form.
    response = client.get(directory_page("en").url + "rejoindre/")
    assert response.status_code == 302 and response["Location"].endswith("/providers/join/")


def test_an_application_is_stored_and_announced_to_gt_administration(client, form_started):
    response = client.post(directory_page().url + "rejoindre/", application(form_started))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    contribution = Contribution.objects.get(kind="provider-application")
    assert contribution.status == Contribution.Status.NEW
    assert contribution.details["regions"] == "CH-VD,CH-GE"
    assert any("administration@socialbusinessmodels.example" in message.to for message in mail.outbox)
    assert "Candidate Conseil" not in client.get(directory_page().url).content.decode()


def test_an_incomplete_application_is_explained_not_stored(client, form_started):
    response = client.post(directory_page().url + "rejoindre/", application(form_started, regions=[], email="nope"))
    assert response.status_code == 200
    assert b"form__summary" in response.content
    assert not Contribution.objects.filter(kind="provider-application").exists()


def test_an_accepted_application_becomes_a_draft_provider_in_the_workflow(client, login, form_started):
    client.post(directory_page().url + "rejoindre/", application(form_started))
    contribution = Contribution.objects.get(kind="provider-application")
    login("administration")
    response = client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")
    assert response.status_code == 302

    provider = Provider.objects.get(name="Candidate Conseil")
    assert provider.live is False
    assert provider.locale.language_code == "fr"
    assert provider.regions == ["CH-VD", "CH-GE"]
    assert provider.services == ["coaching", "workshops"]
    assert provider.email == "camille@candidate.example"
    assert provider.workflow_in_progress
    state = provider.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Validation GT Administration"
    assert response["Location"] == f"/admin/snippets/directory/provider/edit/{provider.pk}/"
    client.logout()
    assert client.get(directory_page().url + f"{provider.slug}/").status_code == 404


def test_a_contributor_cannot_accept_an_application(client, login, form_started):
    client.post(directory_page().url + "rejoindre/", application(form_started))
    contribution = Contribution.objects.get(kind="provider-application")
    login("contributrice")
    client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")
    assert not Provider.objects.filter(name="Candidate Conseil").exists()


def edit_url(provider):
    return f"/admin/snippets/directory/provider/edit/{provider.pk}/"


def provider_form(provider, **actions):
    links = list(provider.tools.all())
    data = nested_form_data(
        {
            "name": provider.name,
            "slug": provider.slug,
            "kind": provider.kind,
            "description": rich_text(provider.description),
            "listed_until": provider.listed_until.isoformat(),
            "email": provider.email,
            "website": provider.website,
            "tools": inline_formset(
                [
                    {"id": link.pk, "tool": link.tool_id, "evidence": link.evidence, "evidence_url": ""}
                    for link in links
                ],
                initial=len(links),
            ),
        }
    )
    data.update(regions=provider.regions, languages=provider.languages, services=provider.services, **actions)
    return data


def approve_url(provider):
    task_state = provider.current_workflow_task_state
    return f"/admin/snippets/directory/provider/workflow/action/{provider.pk}/approve/{task_state.pk}/"


@pytest.fixture
def draft_provider():
    return make_provider("Waiting Draft", live=False, tools=french_tools(1))


def test_gt_administration_publishes_a_provider_from_the_admin(client, login, draft_provider):
    login("administration")
    page = client.get(edit_url(draft_provider))
    assert page.status_code == 200 and b'name="action-publish"' in page.content
    response = client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert Provider.objects.get(pk=draft_provider.pk).live is True
    client.logout()
    assert client.get(directory_page().url + "waiting-draft/").status_code == 200


def test_a_contributor_cannot_publish_a_provider(client, login, draft_provider):
    login("contributrice")
    page = client.get(edit_url(draft_provider))
    assert page.status_code == 200
    assert b'name="action-publish"' not in page.content
    client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-publish": "1"}))
    assert Provider.objects.get(pk=draft_provider.pk).live is False
    assert client.get(directory_page().url + "waiting-draft/").status_code == 404


def test_a_contributor_submits_a_provider_and_gt_administration_approves_it(client, login, draft_provider):
    login("contributrice")
    response = client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-submit": "1"}))
    assert response.status_code == 302
    provider = Provider.objects.get(pk=draft_provider.pk)
    assert provider.workflow_in_progress and provider.live is False

    login("administration")
    response = client.post(approve_url(provider))
    assert response.status_code == 302
    provider = Provider.objects.get(pk=draft_provider.pk)
    assert provider.live is True
    assert not provider.workflow_in_progress


def test_approve_on_the_edit_screen_publishes_the_provider(client, login, draft_provider):
    """The button reviewers see on the edit screen, not only the dashboard's approve link."""
    login("contributrice")
    client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-submit": "1"}))
    login("administration")
    provider = Provider.objects.get(pk=draft_provider.pk)
    approve = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    response = client.post(edit_url(provider), provider_form(provider, **approve))
    assert response.status_code == 302
    provider = Provider.objects.get(pk=draft_provider.pk)
    assert provider.live is True
    assert not provider.workflow_in_progress
    client.logout()
    assert client.get(directory_page().url + "waiting-draft/").status_code == 200


def test_approving_with_changes_keeps_the_changes_and_asks_for_a_new_review(client, login, draft_provider):
    login("contributrice")
    client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-submit": "1"}))
    login("administration")
    provider = Provider.objects.get(pk=draft_provider.pk)
    data = provider_form(provider, **{"action-workflow-action": "1", "workflow-action-name": "approve"})
    data["name"] = "Waiting Draft, corrected"
    client.post(edit_url(provider), data)
    provider = Provider.objects.get(pk=draft_provider.pk)
    assert provider.get_latest_revision_as_object().name == "Waiting Draft, corrected"
    assert provider.live is False and provider.workflow_in_progress


def test_a_contributor_cannot_approve_in_the_workflow(client, login, draft_provider):
    login("contributrice")
    client.post(edit_url(draft_provider), provider_form(draft_provider, **{"action-submit": "1"}))
    provider = Provider.objects.get(pk=draft_provider.pk)
    refused = client.post(approve_url(provider))
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert Provider.objects.get(pk=draft_provider.pk).live is False


def test_partners_are_published_by_gt_administration_and_out_of_contributors_reach(client, login):
    partner = make_partner("Draft Alliance", live=False)
    url = f"/admin/snippets/directory/partner/edit/{partner.pk}/"
    data = nested_form_data(
        {
            "name": partner.name,
            "partner_type": "funder",
            "country": "CH",
            "since": "2020",
            "description": rich_text("<p>An alliance.</p>"),
            "website": "",
            "projects": inline_formset([]),
        }
    )
    login("contributrice")
    assert client.get(url).status_code in (302, 403)
    client.post(url, {**data, "action-publish": "1"})
    assert Partner.objects.get(pk=partner.pk).live is False

    login("administration")
    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 302
    assert Partner.objects.get(pk=partner.pk).live is True


def test_gt_administration_adds_a_provider_with_its_tools_in_the_admin(client, login):
    tool = french_tools(1)[0]
    login("administration")
    data = nested_form_data(
        {
            "name": "Added In Admin",
            "slug": "added-in-admin",
            "kind": "trainer",
            "description": rich_text("<p>Trains teams.</p>"),
            "listed_until": "2099-12-31",
            "email": "added@provider-mail.example",
            "website": "",
            "tools": inline_formset([{"tool": tool.pk, "evidence": "Three workshops.", "evidence_url": ""}]),
        }
    )
    data.update(regions=["CH-VD"], languages=["fr"], services=["training"], **{"action-publish": "1"})
    response = client.post("/admin/snippets/directory/provider/add/?locale=fr", data)
    assert response.status_code == 302
    provider = Provider.objects.get(slug="added-in-admin")
    assert provider.live and provider.locale.language_code == "fr"
    assert [(link.tool_id, link.evidence) for link in provider.tools.all()] == [(tool.pk, "Three workshops.")]
    client.logout()
    assert b"Three workshops." in client.get(tool.url).content


def test_a_provider_address_must_be_unique_and_not_reserved(client, login):
    make_provider("Taken Address")
    login("administration")
    for slug in ("taken-address", "rejoindre"):
        data = nested_form_data(
            {
                "name": "Another",
                "slug": slug,
                "kind": "trainer",
                "description": rich_text("<p>x</p>"),
                "listed_until": "2099-12-31",
                "email": "another@provider-mail.example",
                "website": "",
                "tools": inline_formset([]),
            }
        )
        data.update(regions=["CH-VD"], languages=["fr"], services=["training"])
        response = client.post("/admin/snippets/directory/provider/add/?locale=fr", data)
        assert response.status_code == 200
        assert not Provider.objects.filter(name="Another").exists()


def test_editors_preview_providers_and_partners(draft_provider):
    preview = draft_provider.make_preview_request()
    assert preview.status_code == 200
    assert b"Waiting Draft" in preview.content
    partner = make_partner("Previewed Alliance", live=False)
    preview = partner.make_preview_request()
    assert preview.status_code == 200 and b"Previewed Alliance" in preview.content


def test_other_apps_get_a_providers_public_address_only_while_it_is_listed(draft_provider):
    assert provider_public_url(draft_provider) is None
    listed = make_provider("Linked From Elsewhere")
    assert provider_public_url(listed) == directory_page().url + "linked-from-elsewhere/"
    assert provider_public_url(make_provider("Expired Elsewhere", days_left=-1)) is None


@pytest.mark.parametrize(
    ("username", "providers", "partners"),
    # Translators translate partner records (into drafts their reviewers publish), never providers.
    [("administration", 200, 200), ("contributrice", 200, 302), ("traduction-de", 302, 200)],
)
def test_who_reaches_the_directory_in_the_admin(client, login, username, providers, partners):
    login(username)
    assert client.get("/admin/snippets/directory/provider/").status_code == providers
    assert client.get("/admin/snippets/directory/partner/").status_code == partners
