"""The admin's door: brute force is stopped, password resets reveal nothing, passwords are strong."""

from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, password, address="203.0.113.7", forwarded=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(LOGIN, {"username": "comite", "password": password}, **extra)


def test_five_failed_logins_lock_the_account_from_that_address(client, demo_password):
    for _ in range(4):
        assert attempt(client, "wrong-password").status_code == 200
    assert attempt(client, "wrong-password").status_code == 429
    locked = attempt(client, demo_password)
    assert locked.status_code == 429
    assert "/admin/" not in locked.get("Location", "")
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_spread_to_other_addresses(client, demo_password):
    for _ in range(5):
        attempt(client, "wrong-password")
    assert attempt(client, demo_password, address="198.51.100.9").status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, demo_password):
    for number in range(5):
        attempt(client, "wrong-password", forwarded=f"192.0.2.{number}")
    assert attempt(client, demo_password, forwarded="192.0.2.99").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_client_address_counts(client, demo_password):
    for _ in range(5):
        attempt(client, "wrong-password", address="10.0.0.2", forwarded="203.0.113.50")
    assert attempt(client, demo_password, address="10.0.0.2", forwarded="203.0.113.50").status_code == 429
    assert attempt(client, demo_password, address="10.0.0.2", forwarded="203.0.113.51").status_code == 302


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client):
    known = client.post("/admin/password_reset/", {"email": "comite@socialbusinessmodels.example"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["comite@socialbusinessmodels.example"]


@pytest.mark.parametrize("password", ["short1", "password123", "1234567890", "azertyuiop"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)
