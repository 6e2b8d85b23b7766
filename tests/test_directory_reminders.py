"""A month before a listing ends, its owner is reminded, once per listing period."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from directory.models import ExpiryReminder, Provider
from sbm_site.demo import Texts, translate

from .directory_factories import make_provider

pytestmark = pytest.mark.django_db


def reminders_to(address):
    return [message for message in mail.outbox if address in message.to]


def remind():
    call_command("remind_expiring_providers", verbosity=0)


def test_the_owner_is_reminded_once(locales):
    provider = make_provider("Ending Soon", days_left=20)
    translate(provider, locales["de"], Texts())
    remind()
    sent = reminders_to(provider.email)
    assert len(sent) == 1
    assert "Ending Soon" in sent[0].subject
    assert ExpiryReminder.objects.filter(provider=provider, listed_until=provider.listed_until).count() == 1
    remind()
    assert len(reminders_to(provider.email)) == 1


def test_only_listings_ending_within_a_month_are_reminded():
    later = make_provider("Ending Later", days_left=45)
    expired = make_provider("Already Ended", days_left=-2)
    draft = make_provider("Never Published", days_left=10, live=False)
    remind()
    for provider in (later, expired, draft):
        assert reminders_to(provider.email) == []


def test_a_renewed_listing_is_reminded_again_before_its_new_end():
    provider = make_provider("Renewed", days_left=10)
    remind()
    Provider.objects.filter(translation_key=provider.translation_key).update(
        listed_until=timezone.localdate() + datetime.timedelta(days=25)
    )
    remind()
    assert len(reminders_to(provider.email)) == 2


def test_a_reminder_that_could_not_be_sent_is_tried_again(settings):
    provider = make_provider("Unlucky Mail", days_left=15)
    settings.EMAIL_BACKEND = "tests.test_directory_contact.FailingEmailBackend"
    remind()
    assert not ExpiryReminder.objects.filter(provider=provider).exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    remind()
    assert len(reminders_to(provider.email)) == 1
    assert ExpiryReminder.objects.filter(provider=provider).count() == 1


def test_a_provider_listed_only_in_another_language_is_reminded_too(locales):
    provider = make_provider("Nur Deutsch", days_left=12, locale=locales["de"])
    remind()
    remind()
    assert len(reminders_to(provider.email)) == 1
