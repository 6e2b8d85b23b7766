"""A database that cannot be reached answers with a branded 503 within seconds, not a hang or a 500."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.loader import render_to_string

logger = logging.getLogger("sbm")

RETRY_AFTER_SECONDS = 60


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unavailable while serving %s: %s", request.path, exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that addresses outside the language prefixes answer their own 404s.

    Django redirects any unprefixed 404 to /<language>/… when that path would resolve, and
    Wagtail's catch-all resolves everything: an API client asking for a draft would get a
    302 to a page address, then a 404 page in HTML. The API, embeds and files are language-neutral.
    """

    LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/embed/", "/oembed/", "/documents/", "/admin/", "/media/", "/static/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.LANGUAGE_NEUTRAL_PREFIXES):
            return response
        return super().process_response(request, response)
