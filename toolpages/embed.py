"""A tool card that partner sites may frame, and the oEmbed endpoint that hands them the <iframe>.

The card is the only view of the site that other sites may frame: it alone is exempt from
X-Frame-Options and gets `frame-ancestors *`. The header is written in the view as well, so a
copy served from the page cache carries the same policy.
"""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponse, HttpResponseNotFound, JsonResponse
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_from_path, gettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from wagtail.models import Site

from csp.constants import HEADER as CSP_HEADER
from csp.decorators import csp_replace
from csp.utils import build_policy

from .models import ToolPage
from .terms import localized_terms

FRAMEABLE_BY_ANYONE = {"frame-ancestors": ["*"]}
PROVIDER_NAME = "Social Business Models"
DEFAULT_SIZE = (480, 360)
MIN_SIZE = (200, 150)


def not_found(request, message):
    return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")


def public_tools():
    return ToolPage.objects.live().public().select_related("locale", "canvas")


@require_GET
@xframe_options_exempt
@csp_replace(FRAMEABLE_BY_ANYONE)
def tool_card(request, tool_id):
    """The card of one live public tool, in the tool's own language."""
    tool = public_tools().filter(pk=tool_id).first()
    if tool is None:
        return not_found(request, gettext("No published tool has this address."))
    with translation.override(tool.locale.language_code):
        canvas = [tool.canvas] if tool.canvas_id else []
        response = TemplateResponse(
            request,
            "toolpages/embed_card.html",
            {
                "tool": tool,
                "canvas": next(iter(localized_terms(canvas)), None),
                "phases": localized_terms(tool.phases.all()),
                "sheet_url": tool.get_full_url(request),
                "language_code": tool.locale.language_code,
            },
        )
        response.render()
    response[CSP_HEADER] = build_policy(replace=FRAMEABLE_BY_ANYONE)
    return response


def card_url(tool, request):
    return request.build_absolute_uri(reverse("tool_embed", kwargs={"tool_id": tool.pk}))


def tool_for_url(url, request):
    """The live public tool whose sheet is at `url` (on this site), or None."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.path:
        return None
    language = get_language_from_path(parts.path)
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if language is None or site is None:
        return None
    # Language-prefixed patterns only match in their own language.
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None
        components = [component for component in match.args[0].split("/") if component]
        try:
            page = site.root_page.localized.specific.route(request, components).page
        except Http404:
            return None
    tool = public_tools().filter(pk=page.pk).first()
    if tool is None or urlsplit(tool.get_full_url(request) or "").path != parts.path:
        return None  # not a tool, or one of its sub-views (print, …)
    if parts.netloc not in {request.get_host(), urlsplit(tool.get_full_url(request)).netloc}:
        return None
    return tool


def bounded(value, default, minimum):
    """`default`, made smaller to fit `value` (maxwidth, maxheight) when that is a sensible number."""
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return default
    return max(minimum, min(default, limit)) if limit > 0 else default


@require_GET
def oembed(request):
    """oEmbed 1.0 (https://oembed.com/) for tool sheets: a "rich" response whose html frames the card."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse(gettext("Only format=json is available."), status=501, content_type="text/plain")
    tool = tool_for_url(request.GET.get("url"), request)
    if tool is None:
        return not_found(request, gettext("The address is not that of a published tool sheet."))
    width = bounded(request.GET.get("maxwidth"), DEFAULT_SIZE[0], MIN_SIZE[0])
    height = bounded(request.GET.get("maxheight"), DEFAULT_SIZE[1], MIN_SIZE[1])
    src = card_url(tool, request)
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy"></iframe>',
        src,
        width,
        height,
        tool.title,
    )
    return JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": tool.title,
            "provider_name": PROVIDER_NAME,
            "provider_url": request.build_absolute_uri("/"),
            "html": str(html),
            "width": width,
            "height": height,
            "cache_age": 3600,
        }
    )
