"""The personal-data view (admin › Settings › Personal data): GT Administration, the Comité and
superusers find one address in every store, export it and erase it; everyone else is refused; each
use is in the audit log without the address."""

import csv
import io
import json
import uuid

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from directory.contact import CONTACT_KIND
from directory.models import ExpiryReminder, Provider
from guides.models import Registration
from home.demo.site import DEMO_ACCOUNTS
from sbm_site.contributions.models import Contribution
from sbm_site.personal_data.operations import subject_digest
from tests.directory_factories import make_provider
from toolpages.forms import PROPOSAL_KIND

pytestmark = pytest.mark.django_db

SEARCH = "/admin/personal-data/"
EXPORT_JSON = "/admin/personal-data/export/json/"
EXPORT_CSV = "/admin/personal-data/export/csv/"
ERASE = "/admin/personal-data/erase/"
ADDRESS = "jeanne.muster@example.org"
TYPED = "Jeanne.Muster@Example.org"  # as the person writes it in their request

ALLOWED = ("admin", "comite", "administration")
REFUSED = tuple(username for username, *_rest in DEMO_ACCOUNTS if username not in ALLOWED)


@pytest.fixture
def jeanne():
    """What the site keeps about Jeanne in each store, and one record of someone else in each."""
    records = {}
    for email, who in ((ADDRESS, "Jeanne Muster"), ("autre@example.org", "Autre Personne")):
        common = {"language": "fr", "name": who, "email": email, "organisation": "Atelier Muster", "consent": True}
        records[who] = {
            "proposal": Contribution.objects.create(kind=PROPOSAL_KIND, message="Un outil.", **common),
            "contact": Contribution.objects.create(kind=CONTACT_KIND, message="Bonjour.", **common),
            "registration": Registration.objects.create(
                session_key=uuid.uuid4(), session_start=timezone.now(), message="", **common
            ),
        }
    provider = make_provider("Muster Conseil")
    Provider.objects.filter(translation_key=provider.translation_key).update(email=ADDRESS.upper())
    ExpiryReminder.objects.create(provider=provider, listed_until=provider.listed_until, recipient=ADDRESS)
    account = get_user_model().objects.create_user("jeanne", ADDRESS, "long-enough-pass", first_name="Jeanne")
    return {**records["Jeanne Muster"], "provider": provider, "account": account, "other": records["Autre Personne"]}


def post_as(client, login, username, url, **data):
    login(username)
    return client.post(url, {"email": TYPED, **data})


@pytest.mark.parametrize("username", REFUSED)
def test_every_other_group_is_refused_and_nothing_is_erased(client, login, jeanne, username):
    login(username)
    assert client.get(SEARCH).status_code == 403
    for url in (SEARCH, EXPORT_JSON, EXPORT_CSV, ERASE):
        response = client.post(url, {"email": TYPED, "confirm": "yes"})
        assert response.status_code == 403, url
        assert ADDRESS not in response.content.decode().lower()
    assert Contribution.objects.filter(email=ADDRESS).count() == 2
    assert Registration.objects.filter(email=ADDRESS).exists()
    assert not ModelLogEntry.objects.filter(action__startswith="sbm.personal_data.").exists()
    assert SEARCH not in client.get("/admin/").content.decode()  # no menu item either


@pytest.mark.parametrize("username", ALLOWED)
def test_gt_administration_the_comite_and_superusers_find_every_store(client, login, jeanne, username):
    login(username)
    assert SEARCH in client.get("/admin/").content.decode()  # the menu item
    assert client.get(SEARCH).status_code == 200

    response = post_as(client, login, username, SEARCH)

    assert response.status_code == 200
    found = {store.store.key: len(store.rows) for store in response.context["found"]}
    provider_copies = Provider.objects.filter(translation_key=jeanne["provider"].translation_key).count()
    assert found == {
        "contributions": 2,
        "training_registrations": 1,
        "provider_reminders": 1,
        "providers": provider_copies,
        "accounts": 1,
    }
    page = response.content.decode()
    assert "Jeanne Muster" in page and "Muster Conseil" in page and "Autre Personne" not in page


def test_an_invalid_address_is_refused_in_the_users_language(client, login):
    login("administration")  # prefers French
    response = client.post(SEARCH, {"email": "pas une adresse"})
    assert "Saisissez une adresse e-mail valide." in response.content.decode()
    assert "found" not in response.context
    assert not ModelLogEntry.objects.filter(action="sbm.personal_data.search").exists()


def test_exports_hold_every_record_and_nobody_elses(client, login, jeanne):
    as_json = post_as(client, login, "administration", EXPORT_JSON)
    assert as_json["Content-Disposition"].startswith("attachment;")
    document = json.loads(as_json.content)
    stores = document["stores"]
    assert [row["id"] for row in stores["contributions"]["records"]] == sorted(
        [jeanne["proposal"].pk, jeanne["contact"].pk]
    )
    assert stores["training_registrations"]["records"][0]["name"] == "Jeanne Muster"
    assert stores["providers"]["records"][0]["name"] == "Muster Conseil"
    assert stores["accounts"]["records"][0]["username"] == "jeanne"
    assert "Autre Personne" not in as_json.content.decode()

    as_csv = post_as(client, login, "administration", EXPORT_CSV)
    rows = list(csv.reader(io.StringIO(as_csv.content.decode())))
    assert rows[0] == ["store", "record", "field", "value"]
    names = {(store, value) for store, _record, field, value in rows[1:] if field == "name"}
    assert ("contributions", "Jeanne Muster") in names and ("training_registrations", "Jeanne Muster") in names
    assert ("providers", "Muster Conseil") in names
    assert "Autre Personne" not in as_csv.content.decode()


def test_erasure_asks_first_then_erases_everything_and_a_second_search_finds_nothing(client, login, jeanne):
    confirm = post_as(client, login, "admin", ERASE)
    assert confirm.status_code == 200
    assert 'name="confirm" value="yes"' in confirm.content.decode()
    assert Contribution.objects.filter(email=ADDRESS).count() == 2  # nothing erased before the confirmation

    erased = post_as(client, login, "admin", ERASE, confirm="yes")

    assert erased.status_code == 302
    assert not Contribution.objects.filter(pk__in=[jeanne["proposal"].pk, jeanne["contact"].pk]).exists()
    assert not Registration.objects.filter(pk=jeanne["registration"].pk).exists()
    assert not Provider.objects.filter(translation_key=jeanne["provider"].translation_key).exists()
    assert not ExpiryReminder.objects.filter(recipient=ADDRESS).exists()
    account = get_user_model().objects.get(pk=jeanne["account"].pk)
    assert (account.username, account.email, account.first_name, account.is_active) == (
        f"erased-{account.pk}",
        "",
        "",
        False,
    )
    assert not account.has_usable_password()
    other = jeanne["other"]
    assert Contribution.objects.filter(pk=other["proposal"].pk).exists()
    assert Registration.objects.filter(pk=other["registration"].pk).exists()

    again = post_as(client, login, "admin", SEARCH)
    assert again.context["total"] == 0


def test_gt_administration_erases_contributions_but_leaves_accounts_to_user_administrators(client, login, jeanne):
    confirm = post_as(client, login, "administration", ERASE)
    assert [result.store.key for result in confirm.context["not_erasable"]] == ["accounts"]

    post_as(client, login, "administration", ERASE, confirm="yes")

    assert not Contribution.objects.filter(email=ADDRESS).exists()
    assert get_user_model().objects.get(pk=jeanne["account"].pk).email == ADDRESS


def test_each_use_is_logged_with_counts_and_never_the_address(client, login, jeanne):
    post_as(client, login, "comite", SEARCH)
    post_as(client, login, "comite", EXPORT_CSV)
    post_as(client, login, "comite", ERASE, confirm="yes")

    entries = ModelLogEntry.objects.filter(action__startswith="sbm.personal_data.").order_by("timestamp")
    assert [entry.action for entry in entries] == [
        "sbm.personal_data.search",
        "sbm.personal_data.export",
        "sbm.personal_data.erase",
    ]
    comite = get_user_model().objects.get(username="comite")
    for entry in entries:
        assert entry.user == comite
        assert entry.data["subject"] == subject_digest(ADDRESS)
        written = f"{entry.label} {json.dumps(entry.data)}".lower()
        assert "muster" not in written and "jeanne" not in written
    assert entries.last().data["counts"]["contributions"] == 2
    login("admin")
    history = client.get("/admin/reports/site-history/", {"action": "sbm.personal_data.erase"})
    assert "Personal data erased" in history.content.decode() or "Données personnelles effacées" in (
        history.content.decode()
    )
    # Wagtail's own history of the erased provider no longer names it.
    provider_history = ModelLogEntry.objects.filter(object_id=str(jeanne["provider"].pk), action="wagtail.publish")
    assert provider_history.exists()
    assert all("Muster" not in entry.label for entry in provider_history)
