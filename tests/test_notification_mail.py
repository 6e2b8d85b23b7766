"""E-mails carry plain-text subjects on one line, whatever a name holds, and a mail server that
fails loses nothing: the contribution or publication stays and the failure is logged."""

import logging

from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

import pytest

from home.models import AssociationPage
from sbm_site.contributions.models import Contribution
from sbm_site.demo import Texts, translate

from .directory_factories import directory_page, make_provider

pytestmark = pytest.mark.django_db

NAME = "O'Brien & Co\nBcc: x@example.org"
SHOWN_NAME = "O'Brien & Co"
MEMBERSHIP_FORM = "/fr/association/adherer/"
ADMINISTRATION = "administration@socialbusinessmodels.example"


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def sbm_log(caplog):
    """caplog for the project's `sbm` loggers, which do not pass their records on to the root logger."""
    logger = logging.getLogger("sbm")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def provider():
    return make_provider("Reachable Provider")


@pytest.fixture
def send_form(client, form_started, provider):
    """Send a public form as `name`; returns the address the notice goes to and the stored contribution."""

    def send(form):
        data = {
            "name": NAME,
            "email": "obrien@example.org",
            "message": "Nous aimerions adhérer.",
            "website": "",
            "started": form_started(),
        }
        if form == "membership":
            url, recipient, data["request"] = MEMBERSHIP_FORM, ADMINISTRATION, "join"
        else:
            url, recipient = directory_page().url + "reachable-provider/", provider.email
        assert client.post(url, data).status_code == 302
        return recipient, Contribution.objects.get(email="obrien@example.org")

    return send


@pytest.fixture
def translated_page(home_pages, locales, django_capture_on_commit_callbacks):
    """A French page named like the sender above, translated into German."""
    association = home_pages["fr"].get_children().get(slug="association")
    page = AssociationPage(title=NAME, slug="obrien", intro="<p>Un résumé.</p>")
    association.add_child(instance=page)
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translate(page, locales["de"], Texts())
    return page


def assert_plain_subject_on_one_line(message):
    assert SHOWN_NAME in message.subject
    assert "&#" not in message.subject and "&amp;" not in message.subject
    assert "\n" not in message.subject and "\r" not in message.subject
    headers = message.message()  # Django refuses a header with a line break here
    assert headers["Bcc"] is None
    assert "x@example.org" not in message.recipients()


@pytest.mark.parametrize("form", ["membership", "provider-contact"])
def test_a_senders_name_is_shown_as_typed_in_the_subject_on_one_line(mailoutbox, send_form, form):
    recipient, contribution = send_form(form)
    assert contribution.name == NAME
    [message] = [message for message in mailoutbox if recipient in message.to]
    assert_plain_subject_on_one_line(message)


def test_a_providers_name_is_shown_as_typed_in_its_reminder(mailoutbox):
    provider = make_provider(NAME, days_left=20)
    call_command("remind_expiring_providers", verbosity=0)
    [message] = [message for message in mailoutbox if provider.email in message.to]
    assert_plain_subject_on_one_line(message)


def test_a_pages_title_is_shown_as_typed_when_its_translation_falls_out_of_date(mailoutbox, translated_page):
    mailoutbox.clear()
    translated_page.save_revision().publish()
    [message] = [message for message in mailoutbox if "traduction-de@socialbusinessmodels.example" in message.to]
    assert message.subject.startswith("[SBM] Zu aktualisieren")
    assert_plain_subject_on_one_line(message)


@pytest.mark.parametrize("form", ["membership", "provider-contact"])
def test_a_failing_mail_server_keeps_the_contribution_and_logs_the_failure(settings, sbm_log, send_form, form):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    _recipient, contribution = send_form(form)
    assert contribution.status == Contribution.Status.NEW
    assert contribution.message == "Nous aimerions adhérer."
    failures = [record for record in sbm_log.records if record.levelno == logging.ERROR]
    assert failures and all(record.exc_info for record in failures)
    assert any(str(contribution.pk) in record.getMessage() for record in failures)


def test_a_failing_mail_server_keeps_the_publication_and_logs_the_failure(settings, sbm_log, translated_page):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    revision = translated_page.save_revision()
    revision.publish()
    translated_page.refresh_from_db()
    assert translated_page.live_revision == revision
    failures = [record for record in sbm_log.records if record.levelno == logging.ERROR]
    assert [record.name for record in failures] == ["sbm.translation"]
