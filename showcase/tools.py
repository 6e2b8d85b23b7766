"""Tool sheets as the showcase links to them: in the visitor's language where live, else in French."""

from sbm_site.i18n import default_locale
from toolpages.models import ToolPage


def localized_live_tools(tools, locale):
    """Map each tool's translation_key to its live, public version in `locale`, else in the default locale.

    Links in translated models stay on the French tool (synchronised); one query resolves them all.
    """
    keys = {tool.translation_key for tool in tools}
    if not keys:
        return {}
    default_locale_id = default_locale().pk
    found = {
        (tool.translation_key, tool.locale_id): tool
        for tool in ToolPage.objects.live()
        .select_related("locale")
        .public()
        .filter(translation_key__in=keys, locale_id__in={locale.pk, default_locale_id})
    }
    resolved = {}
    for key in keys:
        tool = found.get((key, locale.pk)) or found.get((key, default_locale_id))
        if tool is not None:
            resolved[key] = tool
    return resolved
