"""Shared fixtures: the demo content is loaded once into the test database; each test runs in
a transaction that is rolled back, so it sees the demo content and can change it freely."""

import time

from django.core import signing
from django.core.cache import caches
from django.core.management import call_command

from wagtail.models import Locale

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
