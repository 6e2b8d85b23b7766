"""Translators start translations only of what they may see, only into their language."""

from wagtail_localize.models import TranslationSource

import pytest
from bs4 import BeautifulSoup

from home.models import AssociationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_page(home_pages):
    """A French page with no translation yet."""
    association = home_pages["fr"].get_children().get(slug="association")
    page = AssociationPage(title="Rapport annuel", slug="rapport-annuel")
    association.add_child(instance=page)
    page.save_revision().publish()
    return page


def offered_locales(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(box["value"] for box in soup.select("input[name=locales]"))


def test_translator_may_translate_a_live_french_page_into_her_language_only(client, login, french_page, locales):
    login("traduction-de")
    url = f"/admin/localize/submit/page/{french_page.id}/"
    response = client.get(url)
    assert response.status_code == 200
    assert offered_locales(response) == [str(locales["de"].pk)]

    client.post(url, {"locales": [locales["it"].pk]})
    assert not french_page.has_translation(locales["it"])

    client.post(url, {"locales": [locales["de"].pk]})
    german = french_page.get_translation(locales["de"])
    assert not german.live, "a translation starts as a draft; reviewers publish it"


def test_translator_cannot_submit_a_french_draft_she_cannot_see(client, login, french_page, locales):
    french_page.unpublish()
    login("traduction-de")
    url = f"/admin/localize/submit/page/{french_page.id}/"
    assert client.get(url).status_code in {302, 403}
    client.post(url, {"locales": [locales["de"].pk]})
    assert not french_page.has_translation(locales["de"])


def test_editor_of_the_source_may_submit_it_into_every_language(client, login, french_page, locales):
    login("communication")
    response = client.get(f"/admin/localize/submit/page/{french_page.id}/")
    assert offered_locales(response) == []  # GT Communication edits French only: no target tree
    login("site")
    response = client.get(f"/admin/localize/submit/page/{french_page.id}/")
    assert offered_locales(response) == sorted(str(locales[code].pk) for code in ("de", "it", "en"))


def test_only_editors_of_the_source_may_sync_its_translations(client, login, home_pages):
    association = home_pages["fr"].get_children().get(slug="association").specific
    source = TranslationSource.objects.get_for_instance(association)
    url = f"/admin/localize/update/{source.id}/"
    login("traduction-de")
    assert client.get(url).status_code in {302, 403}
    login("communication")
    assert client.get(url).status_code == 200
