"""The membership and contact form: stored first, e-mailed to GT Administration, triaged in the admin."""

from django.core import mail
from django.test import override_settings

import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution

pytestmark = pytest.mark.django_db

FORM_URL = {"fr": "/fr/association/adherer/", "de": "/de/verein/mitglied-werden/", "en": "/en/association/join/"}


@pytest.fixture
def valid_data(form_started):
    return {
        "request": "join",
        "name": "Léa Martin",
        "email": "lea@example.org",
        "organisation": "Épicerie solidaire (exemple)",
        "message": "Nous aimerions adhérer.",
        "website": "",
        "started": form_started(),
    }


def test_form_is_shown_with_labels_in_the_visitors_language(client):
    soup = BeautifulSoup(client.get(FORM_URL["en"]).content, "html.parser")
    form = soup.select_one("main form[method=post]")
    labels = [label.get_text(" ", strip=True) for label in form.select("label")]
    assert any(label.startswith("Your e-mail address") for label in labels)
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None


def test_valid_request_is_stored_and_sent_to_gt_administration(client, valid_data):
    response = client.post(FORM_URL["fr"], valid_data)
    assert response.status_code == 302
    assert response["Location"] == FORM_URL["fr"] + "?sent=1"
    contribution = Contribution.objects.get(email="lea@example.org")
    assert contribution.kind == "membership"
    assert contribution.status == Contribution.Status.NEW
    assert contribution.language == "fr"
    assert contribution.details == {"request": "join"}
    assert len(mail.outbox) == 1
    recipients = set(mail.outbox[0].to)
    assert "administration@socialbusinessmodels.example" in recipients
    assert "lea@example.org" not in recipients
    thanks = client.get(response["Location"]).content.decode()
    assert "Merci" in thanks


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@override_settings(EMAIL_BACKEND="tests.test_membership_form.BrokenMailBackend")
def test_request_is_kept_and_the_visitor_thanked_when_mail_fails(client, valid_data):
    response = client.post(FORM_URL["fr"], valid_data)
    assert response.status_code == 302
    assert Contribution.objects.filter(email="lea@example.org", status="new").exists()


def test_invalid_input_gets_messages_next_to_fields_in_german_and_keeps_what_was_typed(client, valid_data):
    data = {**valid_data, "email": "not-an-address", "request": ""}
    response = client.post(FORM_URL["de"], data)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    email_errors = soup.select_one("#id_email-errors").get_text()
    assert "gültige E-Mail" in email_errors
    assert soup.select_one("#id_request-errors") is not None
    assert soup.select_one("input[name=name]")["value"] == "Léa Martin"
    assert soup.select_one("textarea[name=message]").get_text().strip() == "Nous aimerions adhérer."
    assert not Contribution.objects.filter(email="not-an-address").exists()


def test_honeypot_is_stored_as_spam_without_mail(client, valid_data):
    client.post(FORM_URL["fr"], {**valid_data, "website": "http://spam.example"})
    assert Contribution.objects.get(email="lea@example.org").status == Contribution.Status.SPAM
    assert mail.outbox == []


def test_a_form_sent_too_fast_is_stored_as_spam(client, valid_data, form_started):
    client.post(FORM_URL["fr"], {**valid_data, "started": form_started(seconds_ago=0)})
    assert Contribution.objects.get(email="lea@example.org").status == Contribution.Status.SPAM


def test_rate_limit_per_address(client, valid_data):
    for _ in range(5):
        assert client.post(FORM_URL["fr"], valid_data).status_code == 302
    response = client.post(FORM_URL["fr"], valid_data)
    assert response.status_code == 200
    assert "plusieurs messages" in response.content.decode()
    assert Contribution.objects.filter(email="lea@example.org").count() == 5


def test_markup_is_stored_as_text_and_shown_escaped(client, valid_data, login):
    client.post(FORM_URL["fr"], {**valid_data, "message": "<script>alert(1)</script>", "name": "<b>Léa</b>"})
    contribution = Contribution.objects.get(email="lea@example.org")
    assert contribution.message == "<script>alert(1)</script>"
    login("administration")
    page = client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_requests_are_listed_for_gt_administration_and_not_for_others(client, valid_data, login):
    client.post(FORM_URL["fr"], valid_data)
    contribution = Contribution.objects.get(email="lea@example.org")
    login("administration")
    listing = client.get("/admin/contributions/contribution/")
    assert listing.status_code == 200
    assert "Léa Martin" in listing.content.decode()
    assert client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/").status_code == 200

    login("production")
    listing = client.get("/admin/contributions/contribution/")
    assert "Léa Martin" not in listing.content.decode()
    assert client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/").status_code in {302, 403}

    login("contributrice")
    assert client.get("/admin/contributions/contribution/").status_code in {302, 403}


def test_the_inbox_names_kinds_and_answers_in_the_reviewers_language(client, valid_data, login):
    client.post(FORM_URL["fr"], valid_data)
    contribution = Contribution.objects.get(email="lea@example.org")
    login("administration")
    listing = BeautifulSoup(client.get("/admin/contributions/contribution/").content, "html.parser")
    headers = [header.get_text(" ", strip=True) for header in listing.select("table thead th")]
    assert "Type" in headers, headers
    assert "Kind label" not in listing.get_text()
    filters = listing.get_text(" ", strip=True)
    assert "Demande d’adhésion ou de contact" in filters or "Demande d'adhésion ou de contact" in filters
    assert "membership" not in [link.get_text(strip=True) for link in listing.select("a")]

    detail = BeautifulSoup(
        client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/").content, "html.parser"
    )
    text = detail.get_text(" ", strip=True)
    assert "{'request'" not in text and "True" not in text
    answers = detail.select_one("dd dl")
    assert answers is not None and "Request" in answers.select_one("dt").get_text()
    assert "lea@example.org" in text


def test_administration_rejects_a_request_with_a_reason_and_it_is_recorded(client, valid_data, login):
    client.post(FORM_URL["fr"], valid_data)
    contribution = Contribution.objects.get(email="lea@example.org")
    administration = login("administration")
    response = client.post(f"/admin/contributions/triage/{contribution.pk}/reject/", {"reason": "Doublon"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.REJECTED
    assert contribution.decision_note == "Doublon"
    assert contribution.handled_by == administration
    assert contribution.handled_at is not None


def test_dashboard_shows_new_requests_to_their_handlers_only(client, valid_data, login):
    client.post(FORM_URL["fr"], valid_data)
    login("administration")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.select_one("#new-contributions-title").find_parent("section")
    assert "(1)" in panel.h2.get_text()
    assert "Léa Martin" in panel.get_text()
    login("production")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert "Léa Martin" not in soup.select_one("#new-contributions-title").find_parent("section").get_text()
