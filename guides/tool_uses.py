"""The guides and training modules that use a tool, shown on its sheet (`toolpages.sheet_sections`)."""

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale, in_language_or_default
from sbm_site.models import site_pages

from .models import GuidePage, TrainingModulePage


def guides_using(tool, request=None):
    """{"guides": [{title, url, locale_id}], "trainings": [...]}: the live, public pages whose steps or
    tools point at any language's version of `tool`, each in the visitor's language where translated,
    else in French, by title. Kept under the publication generation (`sbm_site.generation.remembered`)."""
    locale = active_locale()

    def linking(model, relation):
        pages = in_language_or_default(site_pages(model).live().public(), locale)
        pages = pages.filter(**{relation: tool.translation_key}).distinct().order_by("title", "pk")
        return [{"title": page.title, "url": page.get_url(request), "locale_id": page.locale_id} for page in pages]

    def find():
        return {
            "guides": linking(GuidePage, "steps__tool__translation_key"),
            "trainings": linking(TrainingModulePage, "tools__tool__translation_key"),
        }

    return remembered(f"tool-guides:{site_key(request)}:{locale.pk}:{tool.translation_key}", find)
