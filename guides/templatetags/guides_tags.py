from django import template
from django.utils import timezone

from sbm_site.i18n import active_locale

from .. import jsonld
from ..models import GuidePage, TrainingModulePage

register = template.Library()


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    return jsonld.script(jsonld.event_data(event, context.get("request")))


@register.simple_tag(takes_context=True)
def course_json_ld(context, module, sessions):
    return jsonld.script(jsonld.course_data(module, sessions, context.get("request")))


@register.simple_tag
def guides_using(tool):
    """Public guides of the visitor's language with a step on `tool` (in any of its languages)."""
    return (
        GuidePage.objects.live()
        .public()
        .filter(locale=active_locale(), steps__tool__translation_key=tool.translation_key)
        .distinct()
        .order_by("title")
    )


@register.simple_tag
def training_covering(tool):
    """Public training modules of the visitor's language that cover `tool`."""
    return (
        TrainingModulePage.objects.live()
        .public()
        .filter(locale=active_locale(), tools__tool__translation_key=tool.translation_key)
        .distinct()
        .order_by("title")
    )


@register.filter
def in_zone(value, zone):
    """A datetime shown in the given time zone (a ZoneInfo)."""
    return timezone.localtime(value, zone) if value else value
