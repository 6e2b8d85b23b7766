"""Site-wide views that are not pages: health, robots.txt, sitemap, error pages."""

import logging
import re
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

logger = logging.getLogger("sbm")

HEALTH_CACHE_KEY = "sbm:healthz"


def check_database():
    try:
        Locale.objects.exists()
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
        logger.warning("Health check: database unavailable: %s", error)
        return False
    return True


def check_cache():
    try:
        cache.set(HEALTH_CACHE_KEY, "ok", 10)
        return cache.get(HEALTH_CACHE_KEY) == "ok"
    except Exception as error:  # noqa: BLE001
        logger.warning("Health check: cache unavailable: %s", error)
        return False


@never_cache
def healthz(request):
    checks = {"database": check_database(), "cache": check_cache()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "error"}
    body.update({name: "ok" if ok else "error" for name, ok in checks.items()})
    return JsonResponse(body, status=200 if healthy else 503)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


MASTODON_SERVER = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def share_on_mastodon(request):
    """Send the visitor to their own Mastodon server's share page (Mastodon has no central one)."""
    server = request.GET.get("instance", "").strip().lower()
    server = server.removeprefix("https://").removeprefix("http://").split("/")[0].lstrip("@").split("@")[-1]
    text = request.GET.get("text", "")[:500]
    if not MASTODON_SERVER.match(server):
        return TemplateResponse(request, "share_error.html", {"server": server}, status=400)
    return HttpResponseRedirect(f"https://{server}/share?{urlencode({'text': text})}")
