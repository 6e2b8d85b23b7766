"""The one place that resolves translatable content for the visitor's language."""

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale


def active_locale():
    """The Locale of the active language, or the default one."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def for_active_locale(queryset):
    """The object of `queryset` in the visitor's language, else in the default language, else None."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    candidates = {obj.locale.language_code: obj for obj in queryset.select_related("locale")}
    return candidates.get(language) or candidates.get(settings.LANGUAGE_CODE)
