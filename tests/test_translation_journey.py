"""A tool goes from French to German as the people do it: the translator in wagtail-localize's
editor, the German reviewer publishing, the public reading it at its German address."""

from urllib.parse import urlencode

from wagtail_localize.models import StringSegment, Translation

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def german_text(segment):
    path = segment.context.path
    if path == "slug":
        return "werkzeug-in-uebersetzung"
    if path == "title":
        return "Werkzeug in Übersetzung"
    return f"Deutsch {segment.pk}"


def test_translator_translates_a_tool_and_the_german_reviewer_publishes_it(
    client, login, locales, french_tool, django_capture_on_commit_callbacks
):
    german_locale = locales["de"]
    login("traduction-de")
    client.post(f"/admin/localize/submit/page/{french_tool.id}/", {"locales": [german_locale.pk]})
    german = french_tool.get_translation(german_locale)
    assert not german.live

    translation = Translation.objects.get(source__object_id=french_tool.translation_key, target_locale=german_locale)
    editor = client.get(f"/admin/pages/{german.id}/edit/")
    assert editor.status_code == 200
    assert "wagtail_localize" in editor.content.decode() or "localize" in editor.content.decode()
    for segment in StringSegment.objects.filter(source=translation.source).select_related("context"):
        response = client.put(
            f"/admin/localize/translate/{translation.id}/strings/{segment.id}/edit/",
            urlencode({"value": german_text(segment)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}, response.content[:300]

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{german.id}/edit/", {"action": "save"})
    german.refresh_from_db()
    assert not german.live, "a translator's save never publishes"
    total, translated = translation.get_progress()
    assert translated == total > 0, "each string is saved as the translator types it"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{german.id}/edit/", {"action": "publish"})
    german.refresh_from_db()
    assert not german.live, "nor may a translator publish"

    login("relecture-de")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{german.id}/edit/", {"action": "publish"})
    german.refresh_from_db()
    assert german.live

    client.logout()
    response = client.get(german.url)
    assert response.status_code == 200
    assert german.url.startswith("/de/werkzeuge/werkzeug-in-uebersetzung")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Werkzeug in Übersetzung"
    assert soup.html["lang"] == "de"


def test_the_italian_translator_cannot_open_the_german_translation(client, login, locales, french_tool):
    login("traduction-de")
    client.post(f"/admin/localize/submit/page/{french_tool.id}/", {"locales": [locales["de"].pk]})
    german = french_tool.get_translation(locales["de"])
    login("traduction-it")
    response = client.get(f"/admin/pages/{german.id}/edit/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
