"""Template tags of the top layer, which knows every app: where the rest of the site uses a tool."""

from django import template

from home.tool_uses import tool_uses as find_tool_uses

register = template.Library()


@register.simple_tag(takes_context=True)
def tool_uses(context, tool):
    """The guides, training modules and open models of the visitor's language that use `tool`."""
    return find_tool_uses(tool, context.get("request"))
