"""Local development: the embedded defaults, demo content allowed."""

from .base import *  # noqa: F403
from .base import DEBUG_FROM_ENV, EMAIL_BACKEND_FROM_ENV, SECRET_KEY

# `make dev` leaves DEBUG on; `make run` passes DEBUG=false to show the site as the public does.
DEBUG = True if DEBUG_FROM_ENV is None else DEBUG_FROM_ENV
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]  # noqa: F405
# Mail is printed on the console unless a real backend is asked for.
EMAIL_BACKEND = EMAIL_BACKEND_FROM_ENV or "django.core.mail.backends.console.EmailBackend"
SBM_ADMINISTRATION_EMAIL = SBM_ADMINISTRATION_EMAIL or "administration@socialbusinessmodels.example"  # noqa: F405

# Static files straight from the apps, without collectstatic, with DEBUG on or off.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA_FILES = True
# No dummy machine translator here: it fills every segment with fake text in one click. DeepL is
# offered when DEEPL_AUTH_KEY is set (base.py); only the tests use the dummy one.
DEMO_CONTENT_ALLOWED = True
