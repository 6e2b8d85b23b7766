"""The open models built with a tool, shown on its sheet (`toolpages.sheet_sections`)."""

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale, in_language_or_default
from sbm_site.models import site_pages

from .models import OpenModelPage


def models_using(tool, request=None):
    """[{title, url, locale_id}] of the live, public open models that point at any language's version
    of `tool`, each in the visitor's language where translated, else in French, by title. Kept under
    the publication generation."""
    locale = active_locale()

    def find():
        models = in_language_or_default(site_pages(OpenModelPage).live().public(), locale)
        models = (
            models.filter(used_tools__tool__translation_key=tool.translation_key).distinct().order_by("title", "pk")
        )
        return [{"title": page.title, "url": page.get_url(request), "locale_id": page.locale_id} for page in models]

    return remembered(f"tool-models:{site_key(request)}:{locale.pk}:{tool.translation_key}", find)
