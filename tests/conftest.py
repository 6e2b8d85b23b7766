"""Shared fixtures: the demo content is loaded once into the test database; each test runs in
a transaction that is rolled back, so it sees the demo content and can change it freely."""

import time
from urllib.parse import urlencode

from django.core import signing
from django.core.cache import caches
from django.core.management import call_command

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

import pytest

from home.demo import DEMO_PASSWORD
from home.models import HomePage
from toolpages.models import ToolPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def clear_cache():
    for alias in caches:
        caches[alias].clear()
    yield
    for alias in caches:
        caches[alias].clear()


@pytest.fixture
def demo_password():
    return DEMO_PASSWORD


@pytest.fixture
def user(django_user_model):
    """A demo account by username: user("contributrice")."""
    return lambda username: django_user_model.objects.get(username=username)


@pytest.fixture
def login(client, django_user_model):
    """Log the test client in as a demo account and return the user."""

    def log_in(username):
        account = django_user_model.objects.get(username=username)
        client.force_login(account)
        return account

    return log_in


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_pages():
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def form_started():
    """The signed start time a public form carries, as if shown `seconds_ago` seconds before."""

    def started(seconds_ago=30):
        return signing.dumps(time.time() - seconds_ago, salt="sbm.contribution-form")

    return started


@pytest.fixture
def french_tool(locales):
    """A live French tool that has no German translation yet."""
    for tool in ToolPage.objects.live().filter(locale=locales["fr"]).order_by("path"):
        if not tool.has_translation(locales["de"]):
            return tool
    raise AssertionError("the demo has no untranslated French tool")


@pytest.fixture
def german_draft(client, login, locales, french_tool, post):
    """The German translation traduction-de has started: a draft."""
    login("traduction-de")
    post(f"/admin/localize/submit/page/{french_tool.id}/", {"locales": [locales["de"].pk]})
    german = french_tool.get_translation(locales["de"])
    assert not german.live
    client.logout()
    return german


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """`client.post` whose on-commit callbacks run: wagtail-localize publishes on commit, so a
    test that did not run them could never see a forged publication succeed."""

    def post(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return post


GERMAN_TITLE = "Goldener Kreis zur Prüfung"
GERMAN_SLUG = "goldener-kreis-zur-pruefung"


def translation_for(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def german_text(segment):
    return {"slug": GERMAN_SLUG, "title": GERMAN_TITLE}.get(segment.context.path, f"Deutsch {segment.pk}")


@pytest.fixture
def translate():
    return type_strings


def type_strings(client, page, paths=None):
    """Type the German strings in wagtail-localize's editor, as the logged-in user (every segment,
    or those whose path is in `paths`); the responses' status codes."""
    translation = translation_for(page)
    codes = []
    for segment in StringSegment.objects.filter(source=translation.source).select_related("context"):
        if paths is not None and segment.context.path not in paths:
            continue
        response = client.put(
            f"/admin/localize/translate/{translation.id}/strings/{segment.id}/edit/",
            urlencode({"value": german_text(segment)}),
            content_type="application/x-www-form-urlencoded",
        )
        codes.append(response.status_code)
    return codes


@pytest.fixture
def problem_tree(locales):
    """The problem tree, live in French, German and English: its Italian is withdrawn, so a
    translation can be offered (the demo has it in every language)."""
    tree = ToolPage.objects.get(slug="arbre-de-problemes", locale=locales["fr"])
    tree.get_translation(locales["it"]).unpublish()
    return tree
