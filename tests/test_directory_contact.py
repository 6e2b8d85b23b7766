"""Writing to a provider: the message is stored first, then forwarded; the address is never shown."""

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend

import pytest

from sbm_site.contributions.models import Contribution

from .directory_factories import directory_page, make_provider

pytestmark = pytest.mark.django_db


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def provider():
    return make_provider("Reachable Provider")


@pytest.fixture
def provider_url(provider):
    return directory_page().url + "reachable-provider/"


def message(form_started, **changes):
    data = {
        "name": "Vera Visitor",
        "email": "vera@visitor.example",
        "organisation": "Café solidaire",
        "message": "Could you help us revise our model next spring?",
        "website": "",
        "started": form_started(),
    }
    data.update(changes)
    return data


def test_the_provider_page_offers_a_form_not_an_address(client, provider, provider_url):
    html = client.get(provider_url).content.decode()
    assert 'id="contact"' in html and 'name="message"' in html
    assert provider.email not in html
    assert "mailto:" not in html


def test_a_message_is_stored_then_forwarded_to_the_provider(client, provider, provider_url, form_started):
    response = client.post(provider_url, message(form_started))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1#contact")
    stored = Contribution.objects.get(kind="provider-contact")
    assert stored.details["provider"] == provider.pk
    assert stored.details["forwarded"] is True
    assert stored.page_id == directory_page().pk
    forwarded = [sent for sent in mail.outbox if provider.email in sent.to]
    assert len(forwarded) == 1
    assert forwarded[0].reply_to == ["vera@visitor.example"]
    assert "Could you help us revise our model next spring?" in forwarded[0].body
    # GT Administration is not told of messages that reached their provider.
    assert not [sent for sent in mail.outbox if "administration@socialbusinessmodels.example" in sent.to]
    thanks = client.get(response["Location"])
    assert b"notice--success" in thanks.content


def test_the_message_is_stored_even_when_mail_fails(client, settings, provider, provider_url, form_started):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    response = client.post(provider_url, message(form_started))
    assert response.status_code == 302
    stored = Contribution.objects.get(kind="provider-contact")
    assert stored.message == "Could you help us revise our model next spring?"
    assert stored.details["forwarded"] is False
    assert stored.status == Contribution.Status.NEW
    assert client.get(response["Location"]).status_code == 200


def test_robots_are_stored_as_spam_and_not_forwarded(client, provider, provider_url, form_started):
    client.post(provider_url, message(form_started, website="http://spam.example"))
    client.post(provider_url, message(form_started, started="forged"))
    assert Contribution.objects.filter(kind="provider-contact", status=Contribution.Status.SPAM).count() == 2
    assert not [sent for sent in mail.outbox if provider.email in sent.to]


def test_messages_are_rate_limited(client, provider, provider_url, form_started):
    for _number in range(5):
        assert client.post(provider_url, message(form_started)).status_code == 302
    refused = client.post(provider_url, message(form_started))
    assert refused.status_code == 200
    assert b"form__summary" in refused.content
    assert Contribution.objects.filter(kind="provider-contact").count() == 5


def test_a_message_without_text_is_explained_and_not_stored(client, provider_url, form_started):
    response = client.post(provider_url, message(form_started, message=""))
    assert response.status_code == 200
    assert b"field--error" in response.content
    assert not Contribution.objects.filter(kind="provider-contact").exists()


def test_an_expired_provider_cannot_be_written_to(client, form_started):
    make_provider("Gone Provider", days_left=-3)
    response = client.post(directory_page().url + "gone-provider/", message(form_started))
    assert response.status_code == 404
    assert not Contribution.objects.filter(kind="provider-contact").exists()
