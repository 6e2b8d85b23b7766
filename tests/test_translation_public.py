"""What the public sees of translations, and the PO files translators exchange."""

import shutil
import subprocess

from wagtail_localize.models import Translation

import polib
import pytest
from bs4 import BeautifulSoup

from home.models import AssociationPage
from sbm_site.demo import Texts, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_only_page(home_pages):
    association = home_pages["fr"].get_children().get(slug="association")
    page = AssociationPage(title="Rapport annuel", slug="rapport-annuel", intro="<p>Un résumé.</p>")
    association.add_child(instance=page)
    page.save_revision().publish()
    return page


def notice(client, path, accept_language):
    soup = BeautifulSoup(client.get(path, HTTP_ACCEPT_LANGUAGE=accept_language).content, "html.parser")
    return soup.select_one("aside.notice--language")


def test_page_without_the_visitors_language_says_so_and_offers_the_others(client, french_only_page):
    aside = notice(client, "/fr/association/rapport-annuel/", "de-CH,de;q=0.9")
    assert aside is not None
    assert aside["lang"] == "de"
    assert [(a["hreflang"], a["href"]) for a in aside.select("a")] == [("fr", "/fr/association/rapport-annuel/")]


def test_no_notice_when_the_page_exists_in_the_visitors_language(client, french_only_page):
    assert notice(client, "/fr/association/rapport-annuel/", "fr-CH") is None
    assert notice(client, "/fr/outils/", "de") is None


def test_notice_responses_vary_by_accept_language(client, french_only_page):
    response = client.get("/fr/association/rapport-annuel/")
    assert "Accept-Language" in response["Vary"]


@pytest.fixture
def german_translation(french_only_page, locales, django_capture_on_commit_callbacks):
    texts = Texts()
    texts("Rapport annuel", de="Jahresbericht")
    with django_capture_on_commit_callbacks(execute=True):
        translate(french_only_page, locales["de"], texts, publish=False)
    return Translation.objects.get(source__object_id=french_only_page.translation_key, target_locale=locales["de"])


def test_po_export_passes_msgfmt_and_an_import_fills_the_translation(client, login, german_translation, tmp_path):
    login("traduction-de")
    response = client.get(f"/admin/localize/translate/{german_translation.pk}/pofile/download/")
    assert response.status_code == 200
    exported = tmp_path / "translation.po"
    exported.write_bytes(response.content)
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext's msgfmt is needed (apt-get install gettext)"
    check = subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(exported)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr

    po = polib.pofile(str(exported))
    entries = {entry.msgid: entry for entry in po}
    assert entries["Rapport annuel"].msgstr == "Jahresbericht"
    entries["Un résumé."].msgstr = "Eine Zusammenfassung."
    entries["rapport-annuel"].msgstr = "jahresbericht"
    po.save(str(exported))
    with exported.open("rb") as upload:
        client.post(f"/admin/localize/translate/{german_translation.pk}/pofile/upload/", {"file": upload})
    assert german_translation.get_progress() == (3, 3)
