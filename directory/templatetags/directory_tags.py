from django import template

from ..jsonld import provider_structured_data
from ..models.pages import directory_page_for
from ..models.queries import partners_of_page, providers_for_tool

register = template.Library()


@register.simple_tag(takes_context=True)
def tool_providers(context, tool):
    """{"providers": [{"provider", "url", "link"}], "directory": page}: who applies `tool`, and where to join."""
    directory = directory_page_for(tool.locale)
    return {"providers": providers_for_tool(tool, directory, context.get("request")), "directory": directory}


@register.simple_tag
def page_partners(page):
    """The published partners with whom `page` was made."""
    return partners_of_page(page)


@register.simple_tag(takes_context=True)
def provider_json_ld(context, provider, url, tools):
    """schema.org JSON for the provider's page (escaped for a <script> element)."""
    return provider_structured_data(provider, url, tools, context.get("request"))
