"""Settings of the benchmark: the site as the public sees it (DEBUG off), on the bench database.

Static files are served by whitenoise from the apps (no collectstatic) but indexed once at start,
as in production; the benchmark's reference file lives in BENCH_STATIC_DIR.
"""

import os
import tempfile
from pathlib import Path

from sbm_site.settings.base import *  # noqa: F403
from sbm_site.settings.base import STATICFILES_DIRS

SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = Path(tempfile.gettempdir()) / "sbm-bench-static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
if os.environ.get("BENCH_STATIC_DIR"):
    STATICFILES_DIRS = [*STATICFILES_DIRS, ("bench", os.environ["BENCH_STATIC_DIR"])]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEMO_CONTENT_ALLOWED = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
