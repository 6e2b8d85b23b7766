"""Beyond one machine (docs/scaling.md): what the environment turns on, and that it works.

Each case starts a fresh process with its own environment, as an app server would, because
settings are read once at start.
"""

import json
import os
import subprocess
import sys
import textwrap
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from django.apps import apps

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "sbm_site.settings.production",
    "SECRET_KEY": "k3v!x9-a-long-random-production-secret-8f2c1e7d94b0a6e5c3d2f1a0b9e8d7c6",
    "ALLOWED_HOSTS": "www.socialbusinessmodels.example",
}
SCALING_VARIABLES = {
    "DATABASE_URL",
    "DATABASE_REPLICA_URL",
    "DATABASE_REPLICA_LAG_SECONDS",
    "DB_PREPARE_THRESHOLD",
    "CACHE_DIR",
    "REDIS_URL",
    "PAGE_CACHE_SECONDS",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_LOCATION",
    "AWS_QUERYSTRING_EXPIRE",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "FRONTEND_CACHE_PURGE_URL",
    "CLOUDFLARE_ZONE_ID",
    "CLOUDFLARE_API_TOKEN",
}


def in_app_server(script, **env):
    """Run `script` in a new process set up with `env`; it prints one JSON document."""
    environment = {k: v for k, v in os.environ.items() if k not in SCALING_VARIABLES | set(PRODUCTION)}
    environment.update(env)
    code = "import django, json\ndjango.setup()\n" + textwrap.dedent(script)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


SETTINGS_SCRIPT = """
from django.conf import settings
print(json.dumps({
    "databases": {alias: {"NAME": db["NAME"], "HOST": db.get("HOST"), "TEST": db.get("TEST", {}),
                          "OPTIONS": db.get("OPTIONS", {})} for alias, db in settings.DATABASES.items()},
    "routers": settings.DATABASE_ROUTERS,
    "replica_lag": settings.DATABASE_REPLICA_LAG_SECONDS,
    "first_middleware": settings.MIDDLEWARE[0],
    "caches": {alias: cache["BACKEND"] for alias, cache in settings.CACHES.items()},
    "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
    "session_engine": settings.SESSION_ENGINE,
    "media": settings.STORAGES["default"],
    "documents": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
}))
"""


def test_one_server_alone_needs_no_replica_redis_or_bucket():
    found = in_app_server(SETTINGS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm")
    assert list(found["databases"]) == ["default"]
    assert found["routers"] == []
    assert not any("redis" in backend.lower() for backend in found["caches"].values())
    assert found["session_engine"] == "django.contrib.sessions.backends.db"
    assert found["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


CACHE_LOCATIONS_SCRIPT = """
from django.conf import settings
print(json.dumps({alias: [cache["BACKEND"], cache.get("LOCATION")] for alias, cache in settings.CACHES.items()}))
"""


def test_without_redis_the_workers_of_a_server_share_a_file_cache_of_their_own_database():
    """Each worker's own memory would keep serving a page that another worker retired."""
    one = in_app_server(CACHE_LOCATIONS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm")
    again = in_app_server(CACHE_LOCATIONS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm")
    other = in_app_server(CACHE_LOCATIONS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/other")
    assert one["default"][0] == one["pages"][0] == "sbm_site.cache.DiskCache"
    assert one == again, "two processes of one site use the same folders"
    assert one["default"][1] != one["pages"][1]
    assert one["pages"][1] != other["pages"][1], "two sites on one machine never mix their pages"
    elsewhere = in_app_server(
        CACHE_LOCATIONS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm", CACHE_DIR="/srv/cache"
    )
    assert elsewhere == {
        "default": ["sbm_site.cache.DiskCache", "/srv/cache/default"],
        "pages": ["sbm_site.cache.DiskCache", "/srv/cache/pages"],
    }


def test_a_read_replica_is_configured_from_its_url():
    found = in_app_server(
        SETTINGS_SCRIPT,
        **PRODUCTION,
        DATABASE_URL="postgres://sbm@primary.internal:5432/sbm",
        DATABASE_REPLICA_URL="postgres://sbm_read@replica.internal:5432/sbm",
    )
    replica = found["databases"]["replica"]
    assert (replica["HOST"], replica["NAME"]) == ("replica.internal", "sbm")
    assert found["databases"]["default"]["HOST"] == "primary.internal"
    # A dead replica fails as fast as a dead primary; the tests read the primary's test database.
    assert replica["OPTIONS"]["connect_timeout"] == 3
    assert replica["TEST"]["MIRROR"] == "default"
    assert found["routers"] == ["sbm_site.db_router.PrimaryReplicaRouter"]
    assert found["first_middleware"] == "sbm_site.db_router.PrimaryForEditorsMiddleware"
    assert found["replica_lag"] == 5
    slower = in_app_server(
        SETTINGS_SCRIPT,
        **PRODUCTION,
        DATABASE_URL="postgres://sbm@primary.internal:5432/sbm",
        DATABASE_REPLICA_URL="postgres://sbm_read@replica.internal:5432/sbm",
        DATABASE_REPLICA_LAG_SECONDS="30",
    )
    assert slower["replica_lag"] == 30


def test_postgresql_connections_prepare_their_repeated_queries_unless_a_pooler_forbids_it():
    found = in_app_server(SETTINGS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm")
    options = found["databases"]["default"]["OPTIONS"]
    assert (options["server_side_binding"], options["prepare_threshold"]) == (True, 5)
    behind_pgbouncer = in_app_server(
        SETTINGS_SCRIPT, **PRODUCTION, DATABASE_URL="postgres://sbm@db.internal:5432/sbm", DB_PREPARE_THRESHOLD="off"
    )
    options = behind_pgbouncer["databases"]["default"]["OPTIONS"]
    assert "server_side_binding" not in options and "prepare_threshold" not in options
    assert options["connect_timeout"] == 3


ROUTING_SCRIPT = """
from django.db import connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Locale

from django.contrib.auth.models import Group
from django.core.cache import cache

from sbm_site.db_router import LAST_CHANGE_KEY, PrimaryForEditorsMiddleware, use_primary

# Both aliases open the same SQLite file here: what one writes, the other reads.
with connections["default"].schema_editor() as editor:
    editor.create_model(Locale)
Locale.objects.create(language_code="fr")
found = {"read": Locale.objects.all().db, "count_on_replica": Locale.objects.count()}
with transaction.atomic():
    found["read_in_transaction"] = Locale.objects.all().db
    found["write_in_transaction"] = Locale.objects.create(language_code="de")._state.db
with use_primary():
    found["read_pinned"] = Locale.objects.all().db
found["count_after_transaction"] = Locale.objects.count()

middleware = PrimaryForEditorsMiddleware(lambda request: HttpResponse(Locale.objects.all().db))
factory = RequestFactory()
# Public content just changed (a locale was added): the replica may lag, visitors read the primary.
found["right after a change"] = middleware(factory.get("/fr/outils/")).content.decode()
cache.delete(LAST_CHANGE_KEY)
found["requests"] = {
    "anonymous page": middleware(factory.get("/fr/outils/")).content.decode(),
    "admin": middleware(factory.get("/admin/pages/")).content.decode(),
    "form sent": middleware(factory.post("/fr/association/adherer/")).content.decode(),
    "with a session": middleware(factory.get("/fr/", HTTP_COOKIE="sessionid=abc")).content.decode(),
}
# A change that no public page shows (a group of editors) does not send visitors to the primary.
with connections["default"].schema_editor() as editor:
    editor.create_model(Group)
Group.objects.create(name="Relecture RM")
found["after a private change"] = middleware(factory.get("/fr/outils/")).content.decode()
print(json.dumps(found))
"""


def test_reads_go_to_the_replica_and_writes_and_editors_to_the_primary(tmp_path):
    database = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    found = in_app_server(
        ROUTING_SCRIPT,
        DJANGO_SETTINGS_MODULE="sbm_site.settings.test",
        DATABASE_URL=database,
        DATABASE_REPLICA_URL=database,
    )
    assert found["read"] == "replica"
    assert found["count_on_replica"] == 1
    assert found["read_in_transaction"] == "default"
    assert found["write_in_transaction"] == "default"
    assert found["count_after_transaction"] == 2
    assert found["read_pinned"] == "default"
    assert found["requests"] == {
        "anonymous page": "replica",
        "admin": "default",
        "form sent": "default",
        "with a session": "default",
    }
    assert found["right after a change"] == "default"
    assert found["after a private change"] == "replica"


def test_uploads_go_to_an_s3_bucket_when_one_is_named():
    found = in_app_server(
        SETTINGS_SCRIPT
        + """
from django.core.files.storage import storages
print(json.dumps({"class": type(storages["default"]).__name__, "url": storages["default"].url("images/logo.png")}))
""",
        **PRODUCTION,
        AWS_STORAGE_BUCKET_NAME="sbm-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.test",
        AWS_S3_REGION_NAME="ch-gva-2",
        AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",
    )
    # A private bucket: each link is signed (computed locally, no request to the bucket).
    assert found["class"] == "S3Storage"
    assert found["url"].startswith("https://objects.example.test/sbm-media/media/images/logo.png?")
    assert "X-Amz-Signature=" in found["url"]
    assert "X-Amz-Expires=604800" in found["url"], "signed links last a week by default"
    elsewhere = in_app_server(
        """
from django.core.files.storage import storages
print(json.dumps({"url": storages["default"].url("images/logo.png")}))
""",
        **PRODUCTION,
        AWS_STORAGE_BUCKET_NAME="sbm-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.test",
        AWS_S3_REGION_NAME="ch-gva-2",
        AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",
        AWS_LOCATION="site-uploads",
        AWS_QUERYSTRING_EXPIRE="3600",
    )
    assert elsewhere["url"].startswith("https://objects.example.test/sbm-media/site-uploads/images/logo.png?")
    assert "X-Amz-Expires=3600" in elsewhere["url"]


def test_media_behind_a_cdn_domain_get_plain_links_and_documents_stay_behind_their_checks():
    found = in_app_server(
        """
from django.conf import settings
from django.core.files.storage import storages
print(json.dumps({"url": storages["default"].url("documents/fiche.pdf"), "documents": settings.WAGTAILDOCS_SERVE_METHOD}))
""",
        **PRODUCTION,
        AWS_STORAGE_BUCKET_NAME="sbm-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.test",
    )
    assert found["url"] == "https://media.example.test/media/documents/fiche.pdf"
    # Documents are served by the site, which checks their privacy, never by a public link.
    assert found["documents"] == "serve_view"


def test_with_redis_every_app_server_shares_the_caches_and_sessions():
    redis = {**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/15"}
    found = in_app_server(SETTINGS_SCRIPT, **redis)
    assert found["caches"] == {
        "default": "sbm_site.cache.ResilientRedisCache",
        "pages": "sbm_site.cache.ResilientRedisCache",
    }
    assert found["page_cache_seconds"] == 3600
    assert found["session_engine"] == "django.contrib.sessions.backends.cached_db"

    # One server retires the cached pages; another, started apart, sees it at once.
    marker = uuid.uuid4().hex
    first = in_app_server(
        f"""
from django.core.cache import caches
from sbm_site.generation import generation, invalidate_all
before = generation()
invalidate_all()
caches["default"].set("scaling-test", "{marker}", 60)
print(json.dumps({{"before": before, "after": generation()}}))
""",
        **redis,
    )
    second = in_app_server(
        """
from django.core.cache import caches
from sbm_site.generation import generation
value = caches["default"].get("scaling-test")
caches["default"].delete("scaling-test")
print(json.dumps({"generation": generation(), "value": value}))
""",
        **redis,
    )
    assert first["after"] == first["before"] + 1
    assert second == {"generation": first["after"], "value": marker}


FRONTEND_CACHE_SCRIPT = """
from django.conf import settings
print(json.dumps({
    "backends": settings.WAGTAILFRONTENDCACHE,
    "installed": "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS,
}))
"""


def test_a_cdn_is_purged_only_when_one_is_configured():
    alone = in_app_server(FRONTEND_CACHE_SCRIPT, **PRODUCTION)
    assert alone == {"backends": {}, "installed": False}

    proxy = in_app_server(FRONTEND_CACHE_SCRIPT, **PRODUCTION, FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081")
    assert proxy == {
        "backends": {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://varnish.internal:6081",
            }
        },
        "installed": True,
    }

    cloudflare = in_app_server(
        FRONTEND_CACHE_SCRIPT, **PRODUCTION, CLOUDFLARE_ZONE_ID="zone-0123", CLOUDFLARE_API_TOKEN="token-4567"
    )
    assert cloudflare == {
        "backends": {
            "cloudflare": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "ZONEID": "zone-0123",
                "BEARER_TOKEN": "token-4567",
            }
        },
        "installed": True,
    }
    # A zone without its token would only fail at the first purge: it configures nothing.
    half = in_app_server(FRONTEND_CACHE_SCRIPT, **PRODUCTION, CLOUDFLARE_ZONE_ID="zone-0123")
    assert half == {"backends": {}, "installed": False}


@pytest.fixture
def caching_proxy(settings):
    """A caching proxy on 127.0.0.1 that notes each PURGE it receives as (Host, path), set as the
    site's frontend cache; and Wagtail's publish and unpublish purges connected, as
    `wagtail.contrib.frontend_cache` does when the environment names a CDN (the tests' does not)."""
    from wagtail.contrib.frontend_cache.signal_handlers import (
        page_published_signal_handler,
        page_unpublished_signal_handler,
        register_signal_handlers,
    )
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished

    purged = []

    class Proxy(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    register_signal_handlers()
    try:
        yield purged
    finally:
        for model in apps.get_models():
            if issubclass(model, Page):
                page_published.disconnect(page_published_signal_handler, sender=model)
                page_unpublished.disconnect(page_unpublished_signal_handler, sender=model)
        server.shutdown()
        server.server_close()


def in_every_language(path):
    """Wagtail purges a page's path under each content language's prefix (its purge task)."""
    return {("testserver", path.replace("/fr/", f"/{language}/", 1)) for language in ("fr", "de", "it", "en")}


@pytest.mark.django_db
def test_publishing_a_page_purges_its_url_at_the_proxy(caching_proxy, home_pages):
    committee = home_pages["fr"].get_children().get(slug="association").get_children().get(slug="comite").specific
    committee.save_revision().publish()
    # Sent to the proxy's own address, for the site's host name (HTTPBackend's Host header).
    assert set(caching_proxy) == in_every_language("/fr/association/comite/")


@pytest.mark.django_db
def test_moving_a_page_purges_its_old_and_new_urls_and_those_of_the_pages_under_it(
    caching_proxy, home_pages, django_capture_on_commit_callbacks
):
    association = home_pages["fr"].get_children().get(slug="association")
    tools = home_pages["fr"].get_children().get(slug="outils")
    below = [page.url_path.removeprefix(association.url_path) for page in association.get_descendants().live()]
    assert below, "the demo association section has pages under it"

    with django_capture_on_commit_callbacks() as on_commit:
        association.move(tools, pos="last-child")
    assert caching_proxy == [], "nothing is purged before the move is committed"
    for callback in on_commit:
        callback()

    purged = set(caching_proxy)
    for rest in ["", *below]:
        assert in_every_language(f"/fr/association/{rest}") <= purged, "the old address"
        assert in_every_language(f"/fr/outils/association/{rest}") <= purged, "the new address"
    assert len(caching_proxy) == len(purged) == 4 * 2 * (1 + len(below)), "each URL once, nothing else"


@pytest.mark.django_db
def test_reordering_pages_purges_nothing(caching_proxy, home_pages):
    """Their addresses stay the same: the listings that show the new order are left to their
    edge lifetime, like any listing (docs/scaling.md)."""
    association = home_pages["fr"].get_children().get(slug="association")
    association.move(home_pages["fr"], pos="first-child")
    assert caching_proxy == []
