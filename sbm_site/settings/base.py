"""Settings shared by every environment; the only module that reads the environment."""

import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=None):
    """Read a yes/no variable; None when unset so that each environment picks its default."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- The environment -------------------------------------------------------------------------
# Secrets have no default here: production refuses to start without them, dev sets a fake one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG_FROM_ENV = env_bool("DEBUG")
DEBUG = bool(DEBUG_FROM_ENV)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL plans a query before running it, and with a page's joins across Wagtail's tables
# planning costs more than running (docs/performance.md, "Planning"). Prepared
# statements keep the plan: each connection prepares a query once it has run it
# DB_PREPARE_THRESHOLD times (psycopg's default, 5), which needs server-side parameter binding,
# and PostgreSQL then reuses a generic plan. DB_PREPARE_THRESHOLD=off turns both off,
# for a connection pooler in transaction mode that cannot keep prepared statements (PgBouncer
# before 1.21, or without max_prepared_statements; docs/scaling.md).
DB_PREPARE_THRESHOLD = os.environ.get("DB_PREPARE_THRESHOLD", "5").strip().lower()


def postgresql_options(database):
    """Connection options of a PostgreSQL database: a short connect timeout, prepared statements."""
    options = database.setdefault("OPTIONS", {})
    # A dead database must answer quickly with a 503, not hang the workers.
    options["connect_timeout"] = int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
    if DB_PREPARE_THRESHOLD not in ("off", "none", ""):
        options["server_side_binding"] = True
        options["prepare_threshold"] = int(DB_PREPARE_THRESHOLD)


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    postgresql_options(DATABASES["default"])
# A read replica (docs/scaling.md): anonymous visitors' reads go to it, the rest to the primary;
# for DATABASE_REPLICA_LAG_SECONDS after a change of public content, every read goes to the primary.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
DATABASE_REPLICA_LAG_SECONDS = int(os.environ.get("DATABASE_REPLICA_LAG_SECONDS", "5"))
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"], conn_health_checks=True
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        postgresql_options(DATABASES["replica"])
    # Tests create no second database: the replica alias reads the test database.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["sbm_site.db_router.PrimaryReplicaRouter"]

REDIS_URL = os.environ.get("REDIS_URL", "")
# Anonymous visitors' pages are kept this long (0 turns the page cache off); a publication
# retires them at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
if REDIS_URL:
    _redis = {
        "BACKEND": "sbm_site.cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    CACHES = {"default": {**_redis, "KEY_PREFIX": "sbm"}, "pages": {**_redis, "KEY_PREFIX": "sbm-pages"}}
else:
    # Without Redis, a cache on this machine that every worker process shares: each worker's own
    # memory would keep serving a page after another worker retired it on publication. DiskCache
    # (SQLite underneath) is safe across processes, increments the generation atomically and evicts
    # by size without listing a folder on each write. One folder per database, so two sites on one
    # machine (make run, the browser tests) never mix pages.
    CACHE_DIR = Path(
        os.environ.get("CACHE_DIR")
        or Path(tempfile.gettempdir()) / f"sbm-cache-{hashlib.sha256(DATABASE_URL.encode()).hexdigest()[:12]}"
    )
    _disk = {"BACKEND": "sbm_site.cache.DiskCache", "SHARDS": 4, "OPTIONS": {"size_limit": 512 * 2**20}}
    CACHES = {
        "default": {**_disk, "LOCATION": str(CACHE_DIR / "default")},
        "pages": {**_disk, "LOCATION": str(CACHE_DIR / "pages")},
    }
# Sessions (signed-in editors): read from Redis when there is one, always written to the database
# too, so that a Redis restart signs no one out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if REDIS_URL else "django.contrib.sessions.backends.db"

# A CDN or caching proxy in front of the site is purged on publish when one of these is set.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
CLOUDFLARE_ZONE_ID = os.environ.get("CLOUDFLARE_ZONE_ID", "")
CLOUDFLARE_API_TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": CLOUDFLARE_API_TOKEN,
    }

EMAIL_BACKEND_FROM_ENV = os.environ.get("EMAIL_BACKEND", "")
EMAIL_BACKEND = EMAIL_BACKEND_FROM_ENV or "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = bool(env_bool("EMAIL_USE_TLS", False))
EMAIL_USE_SSL = bool(env_bool("EMAIL_USE_SSL", False))
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Social Business Models <site@socialbusinessmodels.ch>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Where membership and contact requests are sent (GT Administration's shared mailbox);
# the members of the group are added to it.
SBM_ADMINISTRATION_EMAIL = os.environ.get("SBM_ADMINISTRATION_EMAIL", "")

# How long each kind of personal data is kept, in days (`purge_personal_data` erases or anonymises
# what is older; sbm_site/personal_data/): SBM_RETENTION_SPAM_DAYS=90, and so on for each key.
SBM_RETENTION_DAYS = {
    key: int(os.environ.get(f"SBM_RETENTION_{key.upper()}_DAYS", str(default)))
    for key, default in {
        "spam": 91,  # contributions and registrations marked as spam: 3 months
        "rejected": 91,  # rejected contributions, after the decision: 3 months
        "triaged": 730,  # other contributions, after the decision (or receipt while untriaged): 24 months
        "membership": 730,  # membership and contact requests: 24 months
        "provider_contact": 183,  # messages to providers: 6 months
        "training_registrations": 365,  # registrations: 12 months after the session
    }.items()
}

# Machine translation in the translation editor: DeepL when a key is given.
# The association's glossary, per language pair: DEEPL_GLOSSARY_IDS="FR:DE=<id>,FR:EN=<id>,FR:IT=<id>".
DEEPL_AUTH_KEY = os.environ.get("DEEPL_AUTH_KEY", "")
DEEPL_GLOSSARY_IDS = {
    tuple(pair.split(":", 1)): glossary_id
    for pair, _sep, glossary_id in (item.partition("=") for item in env_list("DEEPL_GLOSSARY_IDS"))
    if ":" in pair and glossary_id
}
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY, "GLOSSARY_IDS": DEEPL_GLOSSARY_IDS},
    }

# How many proxies in front of the app append to X-Forwarded-For (0: trust only REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# --- Applications ----------------------------------------------------------------------------
INSTALLED_APPS = [
    "home",
    "search",
    "guides",
    "showcase",
    "directory",
    "toolpages",
    "sbm_site",
    "sbm_site.contributions",
    "sbm_site.personal_data",
    "wagtail_localize",
    "wagtail_localize.locales",
    "axes",
    "csp",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A kept page is served before its security policy, sessions, language, CSRF and
    # authentication are looked at: it was stored with the headers they add (Content-Security-
    # Policy, Vary, Content-Language), and only when none of them set a cookie or saw a signed-in
    # user (sbm_site/page_cache.py).
    "sbm_site.page_cache.AnonymousPageCacheMiddleware",
    "sbm_site.csp.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sbm_site.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "sbm_site.generation.RequestMemoMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "sbm_site.middleware.DatabaseUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]
if DATABASE_REPLICA_URL:
    MIDDLEWARE.insert(0, "sbm_site.db_router.PrimaryForEditorsMiddleware")

ROOT_URLCONF = "sbm_site.urls"
WSGI_APPLICATION = "sbm_site.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection of the admin login: 5 failures lock that username from that address
# for an hour; the address is the client's, as the trusted proxies report it.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "sbm_site.contributions.ratelimit.client_address"
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Security headers -------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# No requests from the admin to third parties: no avatars from Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Languages -------------------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Zurich"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A translator's save must not publish: each language's reviewers publish translations.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media files ------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SERVE_MEDIA_FILES = False
# Uploads in an S3-compatible bucket (docs/scaling.md) when one is named; the credentials are read
# by boto3 itself from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the server's role).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            # A private bucket: links are signed, valid a week (longer than any cached page).
            "querystring_auth": not os.environ.get("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", str(7 * 24 * 3600))),
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    # Documents stream through the site, which checks their privacy on each download.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Social Business Models"
# Addresses stay plain ASCII ("carte-dempathie", not "carte-dempathie-des-bénéficiaires" with
# accents that mail clients and partners' sites mangle): the admin transliterates titles.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Draftail, except that an empty editor is saved as empty (sbm_site/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "sbm_site.rich_text.RichTextArea"}}
# Wagtail's database search; on PostgreSQL with stemming in each content language.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

# Only what this environment allows: `load_demo_content` refuses to run unless True.
DEMO_CONTENT_ALLOWED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"sbm": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
