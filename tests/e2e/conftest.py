"""Browser journeys: a real server (gunicorn, DEBUG off) on its own demo database, driven by
Debian's Chromium through Playwright. A missing browser fails the run; it is never skipped."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

PROJECT = Path(__file__).resolve().parents[2]
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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": e2e_database_url(tmp_dir),
        "MEDIA_ROOT": str(tmp_dir / "media"),
        "CACHE_DIR": str(tmp_dir / "cache"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }
    env.pop("REDIS_URL", None)
    python = sys.executable
    for command in (["migrate", "--no-input", "-v0"], ["load_demo_content", "-v0"]):
        subprocess.run([python, "manage.py", *command], cwd=PROJECT, env=env, check=True, timeout=600)
    log = (tmp_dir / "server.log").open("w")
    # Two workers, as `make run` serves: without Redis they share a file cache, so a publication
    # handled by one retires the pages the other kept (tests/e2e/test_cache_coherence.py).
    server = subprocess.Popen(
        [str(Path(python).parent / "gunicorn"), "sbm_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.terminate()
            raise RuntimeError(f"The e2e server did not start; see {tmp_dir / 'server.log'}")
        time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=10)
    log.close()


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
