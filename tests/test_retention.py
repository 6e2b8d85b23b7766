"""The retention purge: each kind of personal data is erased or anonymised once past its period, and
not a day before; the audit log keeps that a purge happened and its counts, never whom it was about."""

import datetime
import io
import uuid

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from directory.contact import CONTACT_KIND
from guides.models import Registration
from sbm_site.contributions import triage
from sbm_site.contributions.models import Contribution
from toolpages.forms import PROPOSAL_KIND

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
NAME = "Rosalie Purgée"


def contribution(kind, status, touched_at):
    """A contribution last touched (received, or decided on) at `touched_at`."""
    record = Contribution.objects.create(
        kind=kind,
        status=status,
        language="fr",
        name=NAME,
        email="rosalie@example.org",
        organisation="Atelier Rosalie",
        message="Un outil de cartographie des parties prenantes.",
        details={"tool_name": "Carte des parties prenantes"},
        consent=True,
    )
    if status == Contribution.Status.NEW:
        Contribution.objects.filter(pk=record.pk).update(created_at=touched_at)
    else:
        Contribution.objects.filter(pk=record.pk).update(created_at=touched_at - 10 * DAY, handled_at=touched_at)
    return record


def registration(status, session_start, created_at=None):
    record = Registration.objects.create(
        session_key=uuid.uuid4(),
        session_start=session_start,
        status=status,
        name=NAME,
        email="rosalie@example.org",
        organisation="Atelier Rosalie",
        message="Végétarienne.",
        language="fr",
        consent=True,
    )
    Registration.objects.filter(pk=record.pk).update(created_at=created_at or session_start - 30 * DAY)
    return record


S = Contribution.Status
R = Registration.Status
# (name, period key, how a record dated `when` is made, what the purge does to it)
KINDS = [
    ("spam contribution", "spam", lambda when: contribution(PROPOSAL_KIND, S.SPAM, when), "erased"),
    ("rejected contribution", "rejected", lambda when: contribution(PROPOSAL_KIND, S.REJECTED, when), "erased"),
    ("accepted tool proposal", "triaged", lambda when: contribution(PROPOSAL_KIND, S.ACCEPTED, when), "anonymised"),
    ("untriaged tool proposal", "triaged", lambda when: contribution(PROPOSAL_KIND, S.NEW, when), "anonymised"),
    ("membership request", "membership", lambda when: contribution("membership", S.NEW, when), "erased"),
    ("answered membership request", "membership", lambda when: contribution("membership", S.ACCEPTED, when), "erased"),
    ("message to a provider", "provider_contact", lambda when: contribution(CONTACT_KIND, S.NEW, when), "erased"),
    ("training registration", "training_registrations", lambda when: registration(R.CONFIRMED, when), "anonymised"),
    ("spam registration", "spam", lambda when: registration(R.SPAM, when + 60 * DAY, created_at=when), "erased"),
]


def state_of(record):
    """'kept' (untouched), 'anonymised' (content without the person) or 'erased'."""
    model = type(record)
    current = model.objects.filter(pk=record.pk).first()
    if current is None:
        return "erased"
    if (current.name, current.email, current.organisation) == ("", "", ""):
        assert current.language == "fr", "anonymising keeps what is not about the person"
        if model is Contribution:
            assert current.message and current.details, "a contribution's content is kept"
        return "anonymised"
    assert (current.name, current.email) == (NAME, "rosalie@example.org")
    return "kept"


@pytest.mark.parametrize(("name", "key", "make", "outcome"), KINDS, ids=[kind[0] for kind in KINDS])
def test_each_kind_is_purged_past_its_period_and_not_before(name, key, make, outcome):
    now = timezone.now()
    days = settings.SBM_RETENTION_DAYS[key]
    past = make(now - (days + 1) * DAY)
    within = make(now - (days - 1) * DAY)

    call_command("purge_personal_data", stdout=io.StringIO())

    assert state_of(past) == outcome
    assert state_of(within) == "kept"


def test_default_periods_are_those_of_the_association():
    months = {key: round(days / 30.4) for key, days in settings.SBM_RETENTION_DAYS.items()}
    assert months == {
        "spam": 3,
        "rejected": 3,
        "triaged": 24,
        "membership": 24,
        "provider_contact": 6,
        "training_registrations": 12,
    }


def test_a_shorter_period_from_the_settings_is_followed():
    old_spam = contribution(PROPOSAL_KIND, S.SPAM, timezone.now() - 11 * DAY)
    with override_settings(SBM_RETENTION_DAYS={**settings.SBM_RETENTION_DAYS, "spam": 10}):
        call_command("purge_personal_data", stdout=io.StringIO())
    assert state_of(old_spam) == "erased"


def test_dry_run_counts_and_changes_nothing():
    days = settings.SBM_RETENTION_DAYS["membership"]
    request = contribution("membership", S.NEW, timezone.now() - (days + 1) * DAY)
    logged = ModelLogEntry.objects.filter(action="sbm.personal_data.purge").count()
    output = io.StringIO()

    call_command("purge_personal_data", "--dry-run", stdout=output)

    assert state_of(request) == "kept"
    assert "membership (kept 730 days): 1 would be erased" in output.getvalue()
    assert ModelLogEntry.objects.filter(action="sbm.personal_data.purge").count() == logged


def test_purge_logs_counts_once_and_forgets_whom_the_history_was_about(user):
    days = settings.SBM_RETENTION_DAYS["rejected"]
    rejected = contribution(PROPOSAL_KIND, S.NEW, timezone.now())
    triage.reject(rejected, user("production"), "Doublon de l'outil de Rosalie Purgée")
    Contribution.objects.filter(pk=rejected.pk).update(handled_at=timezone.now() - (days + 1) * DAY)
    history = ModelLogEntry.objects.filter(object_id=str(rejected.pk), action="sbm.contribution.rejected")
    assert NAME in history.get().label  # what the purge must remove
    output = io.StringIO()

    call_command("purge_personal_data", stdout=output)

    assert "rejected (kept 91 days): 1 erased or anonymised" in output.getvalue()
    purge = ModelLogEntry.objects.filter(action="sbm.personal_data.purge").latest("timestamp")
    assert purge.user is None
    assert purge.data["counts"]["rejected"] == 1
    assert set(purge.data["counts"]) == set(settings.SBM_RETENTION_DAYS)
    entry = history.get()
    assert "Rosalie" not in entry.label and "Rosalie" not in str(entry.data)
    assert "Rosalie" not in purge.label and "rosalie" not in str(purge.data).lower()
