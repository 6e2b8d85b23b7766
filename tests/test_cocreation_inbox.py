"""Tool contributions in the admin inbox: GT Production accepts them into drafts, comments and notes;
nothing goes live, and other groups neither see nor accept them."""

from django.core import mail

from wagtail.models import Comment, Locale, ModelLogEntry, PageLogEntry

import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution
from toolpages.models import ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db

INBOX = "/admin/contributions/contribution/"
IDENTITY = {"name": "Ada Exemple", "email": "ada@example.org", "organisation": "Atelier d'exemple"}
FORMS = {
    "proposal": (
        "proposer-un-outil",
        {
            "tool_name": "Carte des communs",
            "message": "Repérer les ressources partagées d'un quartier avant de lancer un projet.",
            "canvas": "gouvernance",
            "phase": "curiosite",
            "lineage": "Elinor Ostrom (1990)",
        },
    ),
    "revision": (
        "suggerer-une-revision",
        {"part": "risks", "message": "Ajouter le risque de confondre causes et effets."},
    ),
    "example": (
        "partager-un-exemple",
        {
            "organisation_type": "Coopérative d'habitation",
            "country": "Suisse",
            "context": "Une coopérative de 40 logements qui veut ouvrir un café de quartier.",
            "message": "Nous avons construit l'arbre avec les habitantes en deux soirées.",
            "outcome": "Trois causes prioritaires et un projet de café.",
        },
    ),
    "translation": ("proposer-une-traduction", {"target_language": "it", "message": "Traductrice, ESS au Tessin."}),
}

GERMAN_SLUGS = {"partager-un-exemple": "beispiel-teilen", "suggerer-une-revision": "ueberarbeitung-vorschlagen"}


@pytest.fixture
def tool(problem_tree):
    return problem_tree


@pytest.fixture
def contribute(client, tool, form_started):
    """Send one form as a visitor, in `language`, and return the stored contribution."""

    def send(key, language="fr"):
        slug, answers = FORMS[key]
        if key == "proposal":
            base = ToolIndexPage.objects.get(locale__language_code=language).url
            slug = {"fr": slug, "de": "werkzeug-vorschlagen"}[language]
        else:
            base = tool.get_translation(Locale.objects.get(language_code=language)).url
            slug = {"fr": slug, "de": GERMAN_SLUGS.get(slug)}[language]
        response = client.post(f"{base}{slug}/", {**IDENTITY, **answers, "website": "", "started": form_started()})
        assert response.status_code == 302
        client.logout()
        return Contribution.objects.latest("created_at")

    return send


def accept(client, contribution):
    return client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")


def assert_accepted_by(contribution, user):
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.ACCEPTED
    assert contribution.handled_by == user
    assert ModelLogEntry.objects.filter(
        object_id=str(contribution.pk), action="sbm.contribution.accepted", user=user
    ).exists()


def test_a_proposal_becomes_a_draft_tool_in_the_french_library_never_live(client, login, contribute, locales):
    contribution = contribute("proposal")
    production = login("production")
    response = accept(client, contribution)
    draft = ToolPage.objects.get(title="Carte des communs")
    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{draft.pk}/edit/")
    assert not draft.live and draft.live_revision is None
    assert draft.get_parent().specific == ToolIndexPage.objects.get(locale=locales["fr"])
    assert draft.summary == FORMS["proposal"][1]["message"]
    assert draft.lineage == "Elinor Ostrom (1990)"
    assert draft.canvas.slug == "gouvernance" and draft.canvas.locale == locales["fr"]
    assert [phase.slug for phase in draft.phases.all()] == ["curiosite"]
    assert draft.status == "prepublished"
    assert draft.latest_revision.user == production
    assert_accepted_by(contribution, production)
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
    client.logout()
    assert client.get(f"/fr/outils/{draft.slug}/").status_code == 404
    assert "Carte des communs" not in client.get("/fr/outils/").content.decode()


def test_a_german_proposal_lands_in_the_french_library_when_production_cannot_add_in_german(
    client, login, contribute, locales
):
    contribution = contribute("proposal", "de")
    assert contribution.language == "de"
    login("production")
    accept(client, contribution)
    draft = ToolPage.objects.get(title="Carte des communs")
    assert draft.locale == locales["fr"] and not draft.live


def test_an_example_becomes_a_draft_revision_of_the_tool_and_the_live_sheet_is_untouched(
    client, login, contribute, tool
):
    live_examples = len(tool.examples)
    live_revision = tool.live_revision_id
    contribution = contribute("example", "de")  # sent from the German sheet: it goes to the French source
    production = login("production")
    response = accept(client, contribution)
    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{tool.pk}/edit/")
    tool.refresh_from_db()
    assert tool.live and tool.live_revision_id == live_revision
    assert len(tool.examples) == live_examples
    assert tool.has_unpublished_changes
    assert tool.latest_revision.user == production
    draft = tool.latest_revision.as_object()
    example = draft.examples[-1].value
    assert len(draft.examples) == live_examples + 1
    assert (example["title"], example["organisation_type"], example["country"]) == (
        "Atelier d'exemple",
        "Coopérative d'habitation",
        "Suisse",
    )
    assert (
        "deux soirées" in example["context"] and example["outcome"] == "Trois causes prioritaires et un projet de café."
    )
    assert_accepted_by(contribution, production)
    editor = client.get(f"/admin/pages/{tool.pk}/edit/").content.decode()
    assert "Trois causes prioritaires" in editor
    client.logout()
    assert "Trois causes prioritaires" not in client.get(tool.url).content.decode()


def test_a_revision_suggestion_becomes_an_editor_comment_for_gt_production(client, login, contribute, tool):
    contribution = contribute("revision")
    mail.outbox.clear()
    production = login("production")
    response = accept(client, contribution)
    assert response["Location"] == f"/admin/pages/{tool.pk}/edit/"
    comment = Comment.objects.get(page=tool, user=production)
    assert comment.contentpath == "risks"
    assert "Ajouter le risque de confondre causes et effets." in comment.text
    assert "Ada Exemple" in comment.text and comment.resolved_at is None
    assert PageLogEntry.objects.filter(page=tool, action="wagtail.comments.create").exists()
    assert any("production@socialbusinessmodels.example" in message.to for message in mail.outbox)
    assert_accepted_by(contribution, production)
    editor = client.get(f"/admin/pages/{tool.pk}/edit/").content.decode()
    assert "Ajouter le risque de confondre causes et effets." in editor
    tool.refresh_from_db()
    assert tool.live and not tool.has_unpublished_changes


def test_a_translation_offer_is_noted_on_the_tool_for_that_languages_reviewers(client, login, contribute, tool):
    contribution = contribute("translation")
    mail.outbox.clear()
    production = login("production")
    accept(client, contribution)
    comment = Comment.objects.get(page=tool, user=production)
    assert "Italiano" in comment.text and "Ada Exemple" in comment.text and "ada@example.org" in comment.text
    italian = [message for message in mail.outbox if "relecture-it@socialbusinessmodels.example" in message.to]
    assert italian, "the Italian reviewers are told"
    # Each reviewer reads the notice in their own interface language.
    assert italian[0].subject.startswith("[SBM] Contributo di un lettore")
    french = [message for message in mail.outbox if "production@socialbusinessmodels.example" in message.to]
    assert french[0].subject.startswith("[SBM] Contribution d")
    assert_accepted_by(contribution, production)


def test_a_broken_mail_server_does_not_stop_an_acceptance(client, login, contribute, tool, settings):
    contribution = contribute("revision")
    settings.EMAIL_BACKEND = "tests.test_cocreation_forms.BrokenMailBackend"
    login("production")
    assert accept(client, contribution).status_code == 302
    assert Comment.objects.filter(page=tool).exists()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.ACCEPTED


def test_an_accepted_contribution_cannot_be_accepted_twice(client, login, contribute):
    contribution = contribute("proposal")
    login("production")
    accept(client, contribution)
    accept(client, contribution)
    assert ToolPage.objects.filter(title="Carte des communs").count() == 1


@pytest.mark.parametrize("outsider", ["communication", "administration"])
def test_another_group_neither_sees_nor_accepts_tool_contributions(client, login, contribute, outsider):
    contributions = [contribute(key) for key in FORMS]
    login(outsider)
    assert "Ada Exemple" not in client.get(INBOX).content.decode()
    for contribution in contributions:
        assert client.get(f"{INBOX}inspect/{contribution.pk}/").status_code in (302, 403)
        refused = accept(client, contribution)
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
        contribution.refresh_from_db()
        assert contribution.status == Contribution.Status.NEW
    assert not ToolPage.objects.filter(title="Carte des communs").exists()
    assert not Comment.objects.filter(text__contains="Ada Exemple").exists()


def test_production_and_the_comite_see_every_tool_kind_with_its_accept_button(client, login, contribute):
    contributions = {key: contribute(key) for key in FORMS}
    for username in ("production", "comite"):
        login(username)
        assert client.get(INBOX).content.decode().count("Ada Exemple") == len(FORMS)
        for contribution in contributions.values():
            page = BeautifulSoup(client.get(f"{INBOX}inspect/{contribution.pk}/").content, "html.parser")
            action = f"/admin/contributions/triage/{contribution.pk}/accept/"
            assert page.select_one(f"form[action='{action}'] button") is not None, (
                contribution.status,
                page.select_one("main").get_text()[:3000],
            )


def test_the_inbox_filters_contributions_by_the_tool_they_are_about(client, login, contribute, tool):
    about_tool = contribute("example")
    proposal = contribute("proposal")  # about no tool yet
    login("production")
    listing = client.get("/admin/contributions/contribution/").content.decode()
    assert f"?page={tool.pk}" in listing and "Arbre de problèmes (fr)" in listing
    filtered = client.get(f"/admin/contributions/contribution/?page={tool.pk}").content.decode()
    assert f"/inspect/{about_tool.pk}/" in filtered
    assert f"/inspect/{proposal.pk}/" not in filtered
