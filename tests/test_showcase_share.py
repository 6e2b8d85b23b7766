""" "Partager votre modèle": a public form whose submissions reach GT Communication's inbox and become drafts."""

from django.core import mail

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution
from showcase.models import OpenModelIndexPage, OpenModelPage

pytestmark = pytest.mark.django_db

SHARE_URL = {"fr": "/fr/modeles-open-source/partager-votre-modele/", "en": "/en/open-source-models/share-your-model/"}
INBOX = "/admin/contributions/contribution/"


@pytest.fixture
def submission(form_started):
    return {
        "model_title": "Une ressourcerie de village",
        "organisation": "Ressourcerie d'exemple",
        "country": "CH",
        "region": "Jura",
        "sector": "Réemploi",
        "legal_form": "Association",
        "founded": "2019",
        "organisation_website": "https://ressourcerie.example.org",
        "values": "Rien ne se jette.",
        "where": "Un village de montagne.",
        "why": "Les encombrants partent à la décharge.",
        "who": "Les habitants.",
        "through_what": "Le marché du samedi.",
        "what": "Collecte, remise en état et vente d'objets.",
        "with_what": "Une grange prêtée.",
        "verifiable": "Tonnes évitées.",
        "with_whom": "La commune.",
        "impact": "12 tonnes évitées en 2024 (pesées de la commune).",
        "revenue_model": "Ventes à petit prix.",
        "licence": "CC-BY-SA-4.0",
        "name": "Noé Exemple",
        "email": "noe@example.org",
        "message": "Nous serions heureux que d'autres villages reprennent l'idée.",
        "website": "",
        "started": form_started(),
    }


def send(client, data, language="fr"):
    return client.post(SHARE_URL[language], data)


def test_the_form_asks_for_the_canvas_and_an_open_licence_in_fieldsets(client):
    soup = BeautifulSoup(client.get(SHARE_URL["en"]).content, "html.parser")
    form = soup.select_one("main form[method=post]")
    legends = [legend.get_text(strip=True) for legend in form.select("fieldset.share-model__group > legend")]
    assert legends == [
        "Your organisation and its model",
        "The model on the business-model canvas",
        "Impact, revenue and licence",
        "About you",
    ]
    for name in ["values", "where", "why", "who", "through_what", "what", "with_what", "verifiable", "with_whom"]:
        assert form.select_one(f"textarea[name={name}]") is not None
    assert len(form.select("input[type=radio][name=licence]")) == 3
    assert form.select_one("input[name=website]").find_parent(attrs={"aria-hidden": "true"}) is not None
    assert form.select_one("textarea[name=where]")["aria-describedby"] == "id_where-help"


def test_a_submission_is_stored_for_gt_communication_and_the_visitor_thanked(client, submission):
    response = send(client, submission)
    assert response.status_code == 302
    assert response["Location"] == SHARE_URL["fr"] + "?sent=1"
    contribution = Contribution.objects.get(email="noe@example.org")
    assert contribution.kind == "shared-model"
    assert contribution.status == Contribution.Status.NEW
    assert contribution.organisation == "Ressourcerie d'exemple"
    assert contribution.details["model_title"] == "Une ressourcerie de village"
    assert contribution.details["why"] == "Les encombrants partent à la décharge."
    assert contribution.details["licence"] == "CC-BY-SA-4.0"
    assert "website" not in contribution.details
    assert len(mail.outbox) == 1
    assert "communication@socialbusinessmodels.example" in mail.outbox[0].to
    assert "noe@example.org" not in mail.outbox[0].to
    thanks = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert thanks.select_one("main [role=status]") is not None
    assert thanks.select_one("main form[method=post]") is None


def test_missing_answers_get_messages_and_nothing_is_stored(client, submission):
    data = {**submission, "why": "", "licence": "CC-BY-NC-4.0", "founded": "l'an dernier"}
    response = send(client, data, "en")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#form-errors") is not None
    for field in ["why", "licence", "founded"]:
        assert soup.select_one(f"#id_{field}-errors") is not None, field
    assert soup.select_one("textarea[name=values]").get_text().strip() == "Rien ne se jette."
    assert not Contribution.objects.filter(email="noe@example.org").exists()


def test_a_robot_lands_in_spam_without_notice(client, submission):
    send(client, {**submission, "started": "forged"})
    assert Contribution.objects.get(email="noe@example.org").status == Contribution.Status.SPAM
    assert mail.outbox == []


def test_the_inbox_shows_it_to_communication_not_to_production(client, login, submission):
    send(client, submission)
    contribution = Contribution.objects.get(email="noe@example.org")
    login("communication")
    assert "Noé Exemple" in client.get(INBOX).content.decode()
    assert client.get(f"{INBOX}inspect/{contribution.pk}/").status_code == 200
    login("production")
    response = client.get(INBOX)
    assert response.status_code == 200
    assert "Noé Exemple" not in response.content.decode()
    assert client.get(f"{INBOX}inspect/{contribution.pk}/").status_code in (302, 403)
    refused = client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    assert not OpenModelPage.objects.filter(title="Une ressourcerie de village").exists()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.NEW


def test_accepting_creates_a_draft_under_the_french_index_never_live(client, login, submission, locales):
    send(client, submission, "en")
    contribution = Contribution.objects.get(email="noe@example.org")
    user = login("communication")
    response = client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")
    draft = OpenModelPage.objects.get(title="Une ressourcerie de village")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live
    assert draft.get_parent().specific == OpenModelIndexPage.objects.get(locale=locales["fr"])
    assert draft.locale == locales["fr"]
    assert draft.organisation_name == "Ressourcerie d'exemple"
    assert (draft.country, draft.region, draft.founded, draft.licence) == ("CH", "Jura", 2019, "CC-BY-SA-4.0")
    assert draft.why == "Les encombrants partent à la décharge."
    assert draft.contact_url == "https://ressourcerie.example.org"
    assert draft.latest_revision is not None and draft.latest_revision.user == user
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.ACCEPTED
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
    client.logout()
    assert client.get("/fr/modeles-open-source/une-ressourcerie-de-village/").status_code == 404
    assert "Une ressourcerie de village" not in client.get("/fr/modeles-open-source/").content.decode()


def test_a_second_acceptance_is_refused_and_slugs_do_not_collide(client, login, submission, form_started):
    send(client, submission)
    send(client, {**submission, "email": "autre@example.org", "started": form_started()})
    login("communication")
    for contribution in Contribution.objects.filter(kind="shared-model"):
        client.post(f"/admin/contributions/triage/{contribution.pk}/accept/")
    first = Contribution.objects.get(email="noe@example.org")
    client.post(f"/admin/contributions/triage/{first.pk}/accept/")
    drafts = OpenModelPage.objects.filter(title="Une ressourcerie de village")
    assert sorted(drafts.values_list("slug", flat=True)) == [
        "une-ressourcerie-de-village",
        "une-ressourcerie-de-village-2",
    ]
    assert not any(page.live for page in Page.objects.filter(pk__in=drafts.values("pk")))
