"""Backup and restore, end to end on PostgreSQL and on SQLite, as an operator runs them."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg

PROJECT = Path(__file__).resolve().parent.parent
POSTGRES_SERVER = os.environ.get("SBM_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")

RENDER_CHECK = (
    "from django.test import Client; from wagtail.models import Page; "
    "client = Client(); "
    "paths = ['/fr/', '/de/', '/fr/association/adherer/', '/en/association/working-groups/']; "
    "print(*[client.get(path).status_code for path in paths])"
)
ADD_CONTRIBUTION = (
    "from sbm_site.contributions.models import Contribution; "
    "Contribution.objects.create(kind='membership', language='fr', name='Ana', email='ana@example.org')"
)


def manage(env, *args, input_text=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True, input=input_text
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result.stdout


def site_environment(database_url, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "ALLOWED_HOSTS": "testserver",
    }


def round_trip(env, media_root, backup_dir, wipe):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content", "-v0")
    manage(env, "shell", "-c", ADD_CONTRIBUTION)
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root / "documents").mkdir(exist_ok=True)
    (media_root / "documents" / "modele.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = manage(env, "backup_site", str(backup_dir))
    wipe()
    (media_root / "documents" / "modele.pdf").unlink()
    manage(env, "migrate", "--no-input", "-v0")  # an empty schema, as on a fresh server
    restored = manage(env, "restore_site", str(backup_dir), "--yes")
    assert "counts match" in restored
    assert (media_root / "documents" / "modele.pdf").read_bytes().startswith(b"%PDF")
    assert manage(env, "shell", "-c", RENDER_CHECK).split()[-4:] == ["200", "200", "200", "200"]
    return before, restored


def test_postgresql_round_trip(tmp_path):
    name = f"sbm_backup_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    env = site_environment(f"{POSTGRES_SERVER}/{name}", tmp_path / "media")

    def wipe():
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as server:
            server.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            server.execute(f'CREATE DATABASE "{name}"')

    try:
        round_trip(env, tmp_path / "media", tmp_path / "backup", wipe)
        assert (tmp_path / "backup" / "database.dump").stat().st_size > 0
    finally:
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sqlite_round_trip(tmp_path):
    database = tmp_path / "site.sqlite3"
    env = site_environment(f"sqlite:///{database}", tmp_path / "media")
    round_trip(env, tmp_path / "media", tmp_path / "backup", wipe=database.unlink)
    assert (tmp_path / "backup" / "database.sqlite3").exists()


def test_restore_refuses_a_backup_whose_counts_it_cannot_reach(tmp_path):
    database = tmp_path / "site.sqlite3"
    env = site_environment(f"sqlite:///{database}", tmp_path / "media")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "backup_site", str(tmp_path / "backup"))
    manifest_file = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_file.read_text())
    manifest["counts"]["pages"] += 1000
    manifest_file.write_text(json.dumps(manifest))
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(tmp_path / "backup"), "--yes"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "counts differ" in result.stderr
