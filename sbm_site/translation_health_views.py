"""The translation health report in the admin, and its summary on the dashboard."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .translation_guards import locales_user_may_translate_into
from .translation_health import STATE_LABELS, counts_by_locale, health_rows, target_locales, translatable_types

ROWS_PER_PAGE = 50


def user_may_see_report(user):
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


def report(request):
    if not user_may_see_report(request.user):
        raise PermissionDenied
    all_locales = target_locales()
    types = [(str(ctype.pk), model._meta.verbose_name) for ctype, model in translatable_types()]
    content_type = None
    if request.GET.get("type", "").isdigit():
        content_type = ContentType.objects.filter(pk=request.GET["type"]).first()
    locales = [locale for locale in all_locales if locale.language_code == request.GET.get("locale")] or all_locales
    rows = health_rows(request.user, content_type=content_type, locales=locales)
    paginator = Paginator(rows, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "sbm_site/admin/translation_health.html",
        {
            "rows": page,
            "locales": locales,
            "all_locales": all_locales,
            "types": types,
            "selected_type": request.GET.get("type", ""),
            "selected_locale": request.GET.get("locale", ""),
            "states": STATE_LABELS,
        },
    )


class TranslationHealthPanel(Component):
    """Dashboard summary: how many pages and snippets are missing or out of date, per language."""

    name = "translation_health"
    order = 150
    template_name = "sbm_site/admin/translation_health_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        # The translated languages this user works in (a reviewer of German sees German, the Comité
        # every language); the source's editors, who work in none, follow every language.
        working = set(locales_user_may_translate_into(self.user).values_list("pk", flat=True))
        locales = [locale for locale in target_locales() if locale.pk in working] or target_locales()
        counts = counts_by_locale(health_rows(self.user, locales=locales))
        return {
            "summary": [
                {
                    "locale": locale,
                    "missing": counts.get(locale.language_code, {}).get("missing", 0),
                    "out_of_date": counts.get(locale.language_code, {}).get("out-of-date", 0),
                    "in_progress": counts.get(locale.language_code, {}).get("in-progress", 0),
                    "in_review": counts.get(locale.language_code, {}).get("in-review", 0),
                }
                for locale in locales
            ],
            "title": _("Translation health"),
        }
