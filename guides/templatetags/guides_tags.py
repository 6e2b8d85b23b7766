from django import template
from django.utils import timezone

from .. import jsonld
from ..tool_uses import guides_using

register = template.Library()


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    return jsonld.script(jsonld.event_data(event, context.get("request")))


@register.simple_tag(takes_context=True)
def course_json_ld(context, module, sessions):
    return jsonld.script(jsonld.course_data(module, sessions, context.get("request")))


@register.filter
def in_zone(value, zone):
    """A datetime shown in the given time zone (a ZoneInfo)."""
    return timezone.localtime(value, zone) if value else value


@register.simple_tag(takes_context=True)
def tool_guides(context, tool):
    """The guides and training modules of the visitor's language that use `tool` (a tool sheet's section)."""
    return guides_using(tool, context.get("request"))
