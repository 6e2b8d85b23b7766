from django.utils.translation import gettext_lazy as _

from sbm_site.i18n import children_in_language_or_default
from sbm_site.models import BasePage, site_pages

from .open_model import OpenModelPage
from .share import ShareModelPage


class OpenModelIndexPage(BasePage):
    """Open-source social business models that organisations share for others to adapt."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["showcase.OpenModelPage", "showcase.ShareModelPage"]
    # The facets of `showcase.filters.FACET_LABELS` and the page.
    query_parameters = ("sector", "place", "canvas", "licence", "tool", "page")
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open model index")

    def get_models(self):
        """Every live, public model, in this index's language where translated, else in French (a queryset:
        the filters count and page it in SQL)."""
        return children_in_language_or_default(self, site_pages(OpenModelPage).live().public())

    def get_share_page(self):
        return self.get_live_children(ShareModelPage).first()

    def get_context(self, request, *args, **kwargs):
        # Imported here: the filters module builds on these models, so it cannot be imported with them.
        from ..filters import ModelFilters

        context = super().get_context(request, *args, **kwargs)
        filters = ModelFilters(self, self.get_models(), request.GET)
        context.update(
            facets=filters.facets(),
            unknown_filters=filters.unknown,
            filtered=bool(filters.selected),
            result_count=filters.result_count,
            models=filters.page(request.GET.get("page")),
            share_page=self.get_share_page(),
        )
        return context
