"""The screens translators and reviewers use speak their language (issue #26): the dashboard, the
submit form, the translation editor (what the server renders of it and the props its React app
shows) and the translation report, in German and in Italian, carry none of a list of English
strings that used to leak through from Wagtail and wagtail-localize."""

import json
import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Locale",
    "More actions",
    "Search",
    "Choose File",
    "Submit",
    "Delete",
    "translation",
    "Translated manually",
    "Awaiting your review",
    "December",
    "Published",
]
MONTHS = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")


def visible_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())


def english_in(text):
    return [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text)]


@pytest.fixture
def screens(client, login, locales, french_tool, post, translate):
    """The addresses of the screens of each language's translator and reviewer."""

    def for_language(code):
        login(f"traduction-{code}")
        post(f"/admin/localize/submit/page/{french_tool.id}/", {"locales": [locales[code].pk]})
        target = french_tool.get_translation(locales[code])
        translate(client, target, paths={"title"})
        return {
            "dashboard": "/admin/",
            "submit form": f"/admin/localize/submit/page/{target.pk}/",
            "translation editor": f"/admin/pages/{target.pk}/edit/",
            "report": "/admin/reports/translation-health/",
        }

    return for_language


@pytest.mark.parametrize("code", ["de", "it"])
@pytest.mark.parametrize("role", ["traduction", "relecture"])
def test_the_translators_and_reviewers_screens_speak_their_language(client, login, screens, code, role):
    addresses = screens(code)
    login(f"{role}-{code}")
    leaks = {}
    for name, address in addresses.items():
        response = client.get(address)
        assert response.status_code == 200, (name, response.status_code)
        found = english_in(visible_text(response))
        editor = BeautifulSoup(response.content, "html.parser").select_one(".js-translation-editor")
        if editor is not None:
            props = json.loads(editor["data-props"])
            comments = " ".join(item["comment"] or "" for item in props["initialStringTranslations"])
            found += english_in(comments)
            found += MONTHS.findall(props["object"]["lastPublishedDate"] or "")
        if found:
            leaks[name] = found
    assert not leaks
