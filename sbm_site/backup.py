"""Backup and restore of the whole site: the database (pg_dump/pg_restore on PostgreSQL, the
SQLite backup API on SQLite), the uploaded media, and a manifest of counts to check against."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection

MANIFEST = "manifest.json"
DATABASE_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"

# What must match after a restore: the content whose loss a user would notice (model labels).
COUNTED_MODELS = {
    "pages": "wagtailcore.Page",
    "revisions": "wagtailcore.Revision",
    "translation_sources": "wagtail_localize.TranslationSource",
    "string_translations": "wagtail_localize.StringTranslation",
    "contributions": "contributions.Contribution",
    "documents": "wagtaildocs.Document",
    "images": "wagtailimages.Image",
    "users": "auth.User",
}


class BackupError(Exception):
    pass


def counts():
    return {name: apps.get_model(label).objects.count() for name, label in COUNTED_MODELS.items()}


def postgres_environment(database):
    env = {**os.environ}
    for key, variable in (("PASSWORD", "PGPASSWORD"), ("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if database.get(key):
            env[variable] = str(database[key])
    return env


def run(command, env=None):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def backup(target):
    """Write a backup of the database and media into the folder `target`; returns the manifest."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    database = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(target / DATABASE_DUMP), database["NAME"]],
            env=postgres_environment(database),
        )
    elif connection.vendor == "sqlite":
        with sqlite3.connect(target / SQLITE_COPY) as copy:
            connection.ensure_connection()
            connection.connection.backup(copy)
    else:
        raise BackupError(f"No backup method for {connection.vendor}")
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / MEDIA_ARCHIVE, "w:gz") as archive:
        if media.exists():
            archive.add(media, arcname="media")
    manifest = {"vendor": connection.vendor, "counts": counts()}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def restore(source):
    """Replace the database and media with the backup in `source`; returns (expected, found) counts."""
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text())
    if manifest["vendor"] != connection.vendor:
        raise BackupError(f"This backup is of {manifest['vendor']}, the database is {connection.vendor}")
    database = settings.DATABASES["default"]
    connection.close()
    if connection.vendor == "postgresql":
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--dbname",
                database["NAME"],
                str(source / DATABASE_DUMP),
            ],
            env=postgres_environment(database),
        )
    else:
        with sqlite3.connect(source / SQLITE_COPY) as backup_copy, sqlite3.connect(database["NAME"]) as live:
            backup_copy.backup(live)
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=media.parent) as unpacked:
        with tarfile.open(source / MEDIA_ARCHIVE) as archive:
            archive.extractall(unpacked, filter="data")
        if media.exists():
            shutil.rmtree(media)
        restored_media = Path(unpacked) / "media"
        if restored_media.exists():
            restored_media.rename(media)
    return manifest["counts"], counts()
