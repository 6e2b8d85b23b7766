"""Translation listings name only what the user may see: pages they can edit or the public reads,
snippets of models they may change or that the public sees (listed providers only)."""

import json
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from guides.models import TrainingIndexPage, TrainingModulePage, TrainingSession
from home.models import AssociationPage
from sbm_site.demo import Texts, translate
from tests.directory_factories import make_provider
from tests.guides_factories import session_in

pytestmark = pytest.mark.django_db

HEALTH_REPORT = "/admin/reports/translation-health/"
TRANSLATIONS_REPORT = "/admin/localize/reports/translations/"
SNIPPETS_API = "/admin/localize/api/snippets/directory/provider/"

MARK = "zq7"  # in every title below, so that one search of the translations report finds them all
DRAFT_PAGE = f"Brouillon confidentiel {MARK}"
RESTRICTED_PAGE = f"Page reservee {MARK}"
DRAFT_PROVIDER = f"Prestataire en attente {MARK}"
EXPIRED_PROVIDER = f"Prestataire echu {MARK}"
PAGES = {DRAFT_PAGE, RESTRICTED_PAGE}
PROVIDERS = {DRAFT_PROVIDER, EXPIRED_PROVIDER}

# Who may see which: GT Site edits every page but not providers; contributors may change
# providers (they draft them) but edit none of these pages; translators neither.
SEES = {
    "traduction-de": set(),
    "contributrice": PROVIDERS,
    "site": PAGES,
    "admin": PAGES | PROVIDERS,
}


@dataclass
class Place:
    url: Callable
    names: set  # the titles this place could show
    hidden_status: int = 200  # the answer when it has nothing the user may see


PLACES = {
    "translation health report": Place(
        url=lambda item: f"{HEALTH_REPORT}?type={ContentType.objects.get_for_model(item).pk}", names=PAGES | PROVIDERS
    ),
    "translations report": Place(
        url=lambda item: f"{TRANSLATIONS_REPORT}?source_title={MARK}", names=PAGES | PROVIDERS
    ),
    "translations report results": Place(
        url=lambda item: f"{TRANSLATIONS_REPORT}results/?source_title={MARK}", names=PAGES | PROVIDERS
    ),
    "snippet chooser API": Place(url=lambda item: SNIPPETS_API, names=PROVIDERS),
    "snippet chooser API detail": Place(
        url=lambda item: f"{SNIPPETS_API}{item.pk}/", names=PROVIDERS, hidden_status=404
    ),
}

# The health report is for the translation team (submit_translation): contributors cannot open it.
CASES = [
    (place, username)
    for place in PLACES
    for username in SEES
    if not (place == "translation health report" and username == "contributrice")
]


@pytest.fixture
def make_hidden_items(home_pages, locales):
    """A French draft page, a password-protected page and two unlisted providers, each being translated into German."""

    def make():
        association = home_pages["fr"].get_children().get(slug="association")
        draft = AssociationPage(title=DRAFT_PAGE, slug="brouillon-confidentiel", live=False)
        association.add_child(instance=draft)
        draft.save_revision()
        restricted = AssociationPage(title=RESTRICTED_PAGE, slug="page-reservee")
        association.add_child(instance=restricted)
        restricted.save_revision().publish()
        PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x")
        items = {
            DRAFT_PAGE: draft,
            RESTRICTED_PAGE: restricted,
            DRAFT_PROVIDER: make_provider(DRAFT_PROVIDER, live=False),
            EXPIRED_PROVIDER: make_provider(EXPIRED_PROVIDER, days_left=-1),
        }
        for item in items.values():
            translate(item, locales["de"], Texts(), publish=False)
        return items

    return make


def shown_text(response):
    if response["Content-Type"].startswith("application/json"):
        answer = json.loads(response.content)
        return " ".join(entry.get("title", "") for entry in (answer if isinstance(answer, list) else [answer]))
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.mark.parametrize("place, username", CASES)
def test_each_place_names_only_what_the_user_may_see(client, login, make_hidden_items, place, username):
    items = make_hidden_items()
    login(username)
    where = PLACES[place]
    for title in sorted(where.names):
        response = client.get(where.url(items[title]))
        expected = title in SEES[username]
        assert response.status_code == (200 if expected else where.hidden_status), f"{title} as {username}"
        assert (title in shown_text(response)) is expected, f"{title} as {username}"


def missing_in(client, language):
    """The dashboard's count of what is missing in `language` (a translator sees her own language)."""
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.select_one("#translation-health-title").find_parent("section")
    row = next(row for row in panel.select("tbody tr") if language in row.th.get_text())
    return int(row.select("td")[0].get_text())


@pytest.mark.parametrize(
    "username, language", [("traduction-de", "Deutsch"), ("site", "English"), ("admin", "English")]
)
def test_dashboard_counts_only_what_the_user_may_see(client, login, make_hidden_items, username, language):
    login(username)
    before = missing_in(client, language)
    make_hidden_items()  # none of them is translated
    assert missing_in(client, language) - before == len(SEES[username])


@pytest.mark.parametrize("username, shown", [("traduction-de", False), ("site", True)])
def test_health_report_names_the_inline_rows_of_a_page_only_with_the_page(client, login, locales, username, shown):
    """A training session is named after its module: a draft module's sessions stay hidden with it."""
    module = TrainingModulePage(
        title=f"Module confidentiel {MARK}",
        slug="module-confidentiel",
        objectives="<p>Learn.</p>",
        duration="One day",
        live=False,
        sessions=[TrainingSession(**session_in())],
    )
    TrainingIndexPage.objects.get(locale=locales["fr"]).add_child(instance=module)
    module.save_revision()
    login(username)
    session_type = ContentType.objects.get_for_model(TrainingSession)
    response = client.get(HEALTH_REPORT, {"type": session_type.pk})
    assert response.status_code == 200
    assert (module.title in shown_text(response)) is shown
