"""wagtail-localize's translation editor offers only what the user may do (`translation_guards`)."""

import json

from django import template

from sbm_site.translation_guards import may_convert_to_alias

register = template.Library()


@register.simple_tag
def translation_editor_props(props, instance, user):
    """The editor's props without *Convert to alias* for a user who may not publish the page
    (the guarded view refuses it anyway; the option is not offered)."""
    data = json.loads(props)
    links = data.get("links", {})
    if links.get("convertToAliasUrl") and not may_convert_to_alias(user, instance):
        links["convertToAliasUrl"] = None
    return json.dumps(data)
