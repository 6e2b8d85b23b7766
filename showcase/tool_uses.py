"""The open models built with a tool, shown on its sheet (`toolpages.sheet_sections`)."""

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale

from .models import OpenModelPage


def models_using(tool, request=None):
    """[{title, url}] of the live, public open models of the visitor's language that point at any
    language's version of `tool`, by title. Kept under the publication generation."""
    locale = active_locale()

    def find():
        models = (
            OpenModelPage.objects.live()
            .public()
            .filter(locale=locale, used_tools__tool__translation_key=tool.translation_key)
        )
        return [
            {"title": page.title, "url": page.get_url(request)} for page in models.distinct().order_by("title", "pk")
        ]

    return remembered(f"tool-models:{site_key(request)}:{locale.pk}:{tool.translation_key}", find)
