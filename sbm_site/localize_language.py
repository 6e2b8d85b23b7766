"""wagtail-localize's translation editor in the user's language.

wagtail-localize 1.14 formats its dates with `strftime`, whose month names are English whatever
the user's language ("Manuell übersetzt am 7 December 2026"). Here the same sentences, from its
own messages, get their dates from Django's `date_format` in the active language: in the editor's
props (`sbm_site/templatetags/sbm_localize.py`) and in the answer of its string endpoint. Compare
`StringTranslation.get_comment` on each wagtail-localize upgrade.
"""

import functools
import json

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, StringTranslation, Translation


def local_date(value):
    return date_format(localtime(value), "DATE_FORMAT")


def comment(string_translation):
    """`StringTranslation.get_comment`, its date in the user's language."""
    date = local_date(string_translation.updated_at)
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=string_translation.tool_name, date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def localize_props(data, translation, instance):
    """The editor's props with the dates of the last publication and of each string in the user's language."""
    if getattr(instance, "last_published_at", None) and data["object"].get("lastPublishedDate"):
        data["object"]["lastPublishedDate"] = local_date(instance.last_published_at)
    items = data.get("initialStringTranslations") or []
    segments = {
        segment["pk"]: (segment["string_id"], segment["context_id"])
        for segment in StringSegment.objects.filter(pk__in=[item["segment_id"] for item in items]).values(
            "pk", "string_id", "context_id"
        )
    }
    translations = {
        (string_translation.translation_of_id, string_translation.context_id): string_translation
        for string_translation in StringTranslation.objects.filter(
            locale=translation.target_locale, translation_of_id__in=[key[0] for key in segments.values()]
        )
    }
    for item in items:
        string_translation = translations.get(segments.get(item["segment_id"]))
        if string_translation is not None and item.get("comment"):
            item["comment"] = comment(string_translation)
    return data


def with_local_dates(view):
    """The editor's string endpoint, its answer's comment dated in the user's language."""

    @functools.wraps(view)
    def localized(request, translation_id, string_segment_id, *args, **kwargs):
        response = view(request, translation_id, string_segment_id, *args, **kwargs)
        if response.status_code not in (200, 201) or response.get("Content-Type", "") != "application/json":
            return response
        payload = json.loads(response.content)
        if not isinstance(payload, dict) or not payload.get("comment"):
            return response
        segment = StringSegment.objects.filter(pk=string_segment_id).first()
        translation = Translation.objects.filter(pk=translation_id).first()
        string_translation = None
        if segment is not None and translation is not None:
            string_translation = StringTranslation.objects.filter(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale_id=translation.target_locale_id,
            ).first()
        if string_translation is not None:
            payload["comment"] = comment(string_translation)
            response.content = json.dumps(payload)
        return response

    return localized
