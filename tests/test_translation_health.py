"""The translation health report: each state in each language, with a link to act on it."""

from django.core import mail

from wagtail_localize.models import StringTranslation, TranslationSource

import pytest
from bs4 import BeautifulSoup

from home.models import AssociationPage
from sbm_site.demo import Texts, translate

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-health/"


@pytest.fixture
def report_page(home_pages, django_capture_on_commit_callbacks):
    """A French page translated into German (live), half into Italian (draft), not into English."""
    association = home_pages["fr"].get_children().get(slug="association")
    page = AssociationPage(title="Rapport annuel", slug="rapport-annuel", intro="<p>Un résumé.</p>")
    association.add_child(instance=page)
    page.save_revision().publish()
    texts = Texts()
    texts("Rapport annuel", de="Jahresbericht", it="Relazione annuale")
    texts("rapport-annuel", de="jahresbericht", it="relazione-annuale")
    texts("Un résumé.", de="Eine Zusammenfassung.")
    locales = {locale.language_code: locale for locale in page.locale.__class__.objects.all()}
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translate(page, locales["de"], texts)
        translate(page, locales["it"], texts, publish=False)
    return page


def cells_for(client, page, **params):
    soup = BeautifulSoup(client.get(REPORT, params).content, "html.parser")
    for row in soup.select("tbody tr"):
        if row.th and row.th.get_text(strip=True) == page.title:
            return {cell["data-locale"]: cell for cell in row.select("td[data-locale]")}
    raise AssertionError(f"{page.title} is not in the report")


def test_report_shows_missing_in_progress_and_live(client, login, report_page):
    login("site")
    cells = cells_for(client, report_page)
    assert cells["de"]["data-state"] == "live"
    assert cells["de"].a["href"] == "/de/verein/jahresbericht/"
    assert cells["it"]["data-state"] == "in-progress"
    assert "(67 %)" in cells["it"].get_text()  # title and slug translated, the summary not yet
    assert cells["en"]["data-state"] == "missing"
    assert cells["en"].a["href"] == f"/admin/localize/submit/page/{report_page.id}/?select_locale=en"


def test_report_flags_translations_out_of_date_after_a_source_edit(client, login, report_page):
    report_page.title = "Rapport annuel 2026"
    report_page.save_revision().publish()
    login("site")
    cells = cells_for(client, report_page)
    source = TranslationSource.objects.get_for_instance(report_page)
    assert cells["de"]["data-state"] == "out-of-date"
    assert cells["de"].a["href"] == f"/admin/localize/update/{source.pk}/"
    assert cells["en"]["data-state"] == "missing"


def test_translators_are_told_when_their_translation_falls_out_of_date(report_page):
    mail.outbox.clear()
    report_page.save_revision().publish()
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["traduction-de@socialbusinessmodels.example", "traduction-it@socialbusinessmodels.example"]
    german = next(message for message in mail.outbox if "traduction-de" in message.to[0])
    assert "Rapport annuel" in german.subject
    assert "/admin/localize/update/" in german.body


def test_report_filters_by_language_and_type(client, login, report_page):
    login("site")
    cells = cells_for(client, report_page, locale="it")
    assert list(cells) == ["it"]
    from django.contrib.contenttypes.models import ContentType

    footer_type = ContentType.objects.get(app_label="sbm_site", model="footer")
    soup = BeautifulSoup(client.get(REPORT, {"type": footer_type.pk}).content, "html.parser")
    titles = [row.th.get_text(strip=True) for row in soup.select("tbody tr")]
    assert titles == ["Pied de page (fr)"]


def test_report_is_for_the_translation_team_only(client, login):
    login("traduction-de")
    assert client.get(REPORT).status_code == 200
    login("administration")
    assert client.get(REPORT).status_code in {302, 403}


def test_dashboard_counts_what_is_missing_per_language(client, login, report_page):
    login("traduction-en")
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.select_one("#translation-health-title").find_parent("section")
    english_row = next(row for row in panel.select("tbody tr") if "English" in row.th.get_text())
    assert int(english_row.select("td")[0].get_text()) >= 1


def test_string_translation_counts_come_from_the_translation_memory(report_page, locales):
    source = TranslationSource.objects.get_for_instance(report_page)
    assert StringTranslation.objects.filter(translation_of__segments__source=source, locale=locales["it"]).count() == 2
