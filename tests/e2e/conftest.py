"""Browser journeys: a real server (gunicorn, DEBUG off) on its own demo database, driven by
Debian's Chromium through Playwright. A missing browser fails the run; it is never skipped."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from scripts.demo_server import PROJECT, free_port, load_demo_content, serve, site_environment

ARTIFACTS = PROJECT / ".e2e-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def e2e_database_url(tmp_dir):
    """A database of its own: on PostgreSQL when the tests run on it, else a SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir / 'e2e.sqlite3'}"
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_e2e"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The base URL of the site served with demo content, as the public sees it."""
    tmp_dir = tmp_path_factory.mktemp("e2e")
    port = free_port()
    env = site_environment(port, e2e_database_url(tmp_dir), tmp_dir / "media", CACHE_DIR=str(tmp_dir / "cache"))
    load_demo_content(env)
    with serve(env, port, tmp_dir / "server.log") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        pytest.fail(
            f"Chromium is needed for the browser journeys and was not found at {CHROMIUM}: apt-get install chromium"
        )
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(browser, live_site, request):
    """A fresh browser tab in French; a screenshot is saved when the test fails."""
    context = browser.new_context(base_url=live_site, locale="fr-CH", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def log_in_as(page):
    """Sign the tab in to the admin as a demo account, signing out whoever was signed in before."""

    def log_in(username):
        page.context.clear_cookies()
        page.goto("/admin/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill("sbm-demo")
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url("**/admin/")
        return page

    return log_in
