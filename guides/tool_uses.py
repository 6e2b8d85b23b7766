"""The guides and training modules that use a tool, shown on its sheet (`toolpages.sheet_sections`)."""

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale

from .models import GuidePage, TrainingModulePage


def guides_using(tool, request=None):
    """{"guides": [{title, url}], "trainings": [{title, url}]}: the live, public pages of the visitor's
    language whose steps or tools point at any language's version of `tool`, by title. Kept under the
    publication generation (`sbm_site.generation.remembered`)."""
    locale = active_locale()

    def linking(model, relation):
        pages = model.objects.live().public().filter(locale=locale, **{relation: tool.translation_key})
        return [
            {"title": page.title, "url": page.get_url(request)} for page in pages.distinct().order_by("title", "pk")
        ]

    def find():
        return {
            "guides": linking(GuidePage, "steps__tool__translation_key"),
            "trainings": linking(TrainingModulePage, "tools__tool__translation_key"),
        }

    return remembered(f"tool-guides:{site_key(request)}:{locale.pk}:{tool.translation_key}", find)
