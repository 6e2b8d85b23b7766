"""Where the bench databases live, and how they are made: never the site's own database.

SQLite: files in `bench/` (ignored by git). PostgreSQL: databases named after the site's own,
`<name>_bench` (and `<name>_bench_base`, `<name>_bench_small`) on the same server.

Migrating and loading the demo content is the slow part; its result is kept as a *base*
(a file, or a PostgreSQL template database) labelled with a fingerprint of the migrations and
the demo loader, and reused while they are unchanged. Each bench database is a fresh copy of
the base, then filled by `bench.generate`.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

PROJECT = Path(__file__).resolve().parent.parent
BENCH_DIR = PROJECT / "bench"
SETTINGS = "bench.settings"
# What the base database depends on: the schema and the demo content.
BASE_INPUTS = (
    "*/migrations/*.py",
    "sbm_site/*/migrations/*.py",
    "*/demo.py",
    "*/demo/*.py",
    "*/editorial.py",
    "requirements.txt",
)


def fingerprint():
    digest = hashlib.sha256()
    for pattern in BASE_INPUTS:
        for path in sorted(PROJECT.glob(pattern)):
            digest.update(str(path.relative_to(PROJECT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class BenchDatabases:
    """The three bench databases for the site's DATABASE_URL: base, full scale and small."""

    def __init__(self, database_url):
        self.site_url = database_url
        config = dj_database_url.parse(database_url)
        self.vendor = "postgresql" if "postgresql" in config["ENGINE"] else "sqlite"
        self.config = config

    def url(self, role):
        """role: "base", "bench" or "small"."""
        if self.vendor == "sqlite":
            name = {"base": f"base-{fingerprint()}", "bench": "bench", "small": "bench-small"}[role]
            return f"sqlite:///{BENCH_DIR / name}.sqlite3"
        parts = urlsplit(self.site_url)
        return urlunsplit(parts._replace(path="/" + self.name(role)))

    def name(self, role):
        if self.vendor == "sqlite":
            return self.url(role).removeprefix("sqlite:///")
        suffix = {"base": "_bench_base", "bench": "_bench", "small": "_bench_small"}[role]
        return f"{self.config['NAME']}{suffix}"

    # --- PostgreSQL administration, through the maintenance database ------------------------
    def _admin(self, sql, params=()):
        import psycopg

        config = self.config
        with psycopg.connect(
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            rows = connection.execute(sql, params)
            return rows.fetchall() if rows.description else None

    def _base_label(self):
        rows = self._admin(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", (self.name("base"),)
        )
        return rows[0][0] if rows else None

    def _drop(self, role):
        from psycopg import sql

        self._admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name(role))))

    # --- What the orchestrator calls ---------------------------------------------------------
    def base_is_current(self):
        if self.vendor == "sqlite":
            return Path(self.name("base")).exists()
        return self._base_label() == fingerprint()

    def build_base(self, log):
        """Migrate an empty database and load the demo content into it (the slow part)."""
        from psycopg import sql

        if self.vendor == "sqlite":
            BENCH_DIR.mkdir(exist_ok=True)
            for old in BENCH_DIR.glob("base-*.sqlite3"):
                old.unlink()
        else:
            self._drop("base")
            self._admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name("base"))))
        url = self.url("base")
        try:
            run_manage(["migrate", "--no-input", "-v0"], url, log)
            run_manage(["load_demo_content"], url, log)
        except BaseException:
            if self.vendor == "sqlite":
                Path(self.name("base")).unlink(missing_ok=True)
            else:
                self._drop("base")
            raise
        if self.vendor == "postgresql":
            self._admin(
                sql.SQL("COMMENT ON DATABASE {} IS {}").format(
                    sql.Identifier(self.name("base")), sql.Literal(fingerprint())
                )
            )

    def copy_base(self, role):
        """A fresh `role` database, identical to the base."""
        from psycopg import sql

        if self.vendor == "sqlite":
            target = Path(self.name(role))
            target.unlink(missing_ok=True)
            shutil.copyfile(self.name("base"), target)
            return
        self._drop(role)
        self._admin(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(self.name(role)), sql.Identifier(self.name("base"))
            )
        )

    def server_version(self):
        if self.vendor == "sqlite":
            import sqlite3

            return f"SQLite {sqlite3.sqlite_version}"
        version = self._admin("SHOW server_version")[0][0]
        return f"PostgreSQL {version.split()[0]}"


def bench_environment(database_url, **extra):
    environment = dict(os.environ)
    environment.update(DJANGO_SETTINGS_MODULE=SETTINGS, DATABASE_URL=database_url, DEBUG="false")
    environment.update({key: str(value) for key, value in extra.items()})
    return environment


def run_manage(arguments, database_url, log):
    log(f"  manage.py {' '.join(arguments)}")
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env=bench_environment(database_url),
        check=True,
        stdout=subprocess.DEVNULL,
    )
