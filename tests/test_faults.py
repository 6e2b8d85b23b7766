"""Faults of the services the site stands on: it degrades, says so, and loses nothing."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import OperationalError, connection
from django.test import override_settings

import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parent.parent
DEAD_REDIS_SERVER = {
    "BACKEND": "sbm_site.cache.ResilientRedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}
DEAD_REDIS = {"default": DEAD_REDIS_SERVER, "pages": {**DEAD_REDIS_SERVER, "KEY_PREFIX": "pages"}}


@override_settings(CACHES=DEAD_REDIS)
def test_pages_are_served_when_redis_is_down(client):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert client.get("/de/werkzeuge/").status_code == 200


@override_settings(CACHES=DEAD_REDIS)
def test_forms_are_accepted_when_redis_is_down(client, form_started):
    data = {
        "request": "question",
        "name": "Nora",
        "email": "nora@example.org",
        "message": "Bonjour",
        "started": form_started(),
    }
    assert client.post("/fr/association/adherer/", data).status_code == 302
    assert Contribution.objects.filter(email="nora@example.org").exists()


def test_a_database_failure_gives_the_branded_503(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    client.get("/fr/")  # warm the site root cache so the failure hits the page itself
    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/fr/outils/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.h1 is not None


def test_an_unreachable_postgresql_answers_503_within_seconds():
    """A real server process configured for a PostgreSQL that does not answer."""
    script = (
        "import time; from django.test import Client; started = time.monotonic(); "
        "response = Client().get('/fr/outils/'); "
        "print(response.status_code, round(time.monotonic() - started, 1))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nothing",  # nothing listens there
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    status, seconds = result.stdout.split()[-2:]
    assert status == "503"
    assert float(seconds) < 10
    assert time.monotonic() - started < 60


def test_healthz_names_the_database_when_postgresql_is_unreachable():
    script = "from django.test import Client; r = Client().get('/healthz'); print(r.status_code, r.content.decode())"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nothing",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith('503 {"status": "error", "database": "error", "cache": "ok"}')
