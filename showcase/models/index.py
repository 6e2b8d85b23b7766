from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from sbm_site.models import BasePage

from ..filters import ModelFilters, annotate_listing
from .open_model import ModelTool, OpenModelPage
from .share import ShareModelPage

MODELS_PER_PAGE = 12


class OpenModelIndexPage(BasePage):
    """Open-source social business models that organisations share for others to adapt."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["showcase.OpenModelPage", "showcase.ShareModelPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open model index")

    def get_models(self):
        """Every live, public model of this index, with what the filters need, in a fixed number of queries."""
        links = ModelTool.objects.select_related("tool", "tool__canvas").order_by("sort_order")
        models = list(
            self.get_live_children(OpenModelPage)
            .select_related("sector", "locale")
            .prefetch_related(Prefetch("used_tools", queryset=links))
        )
        return annotate_listing(models, self.locale)

    def get_share_page(self):
        return self.get_live_children(ShareModelPage).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ModelFilters(self.get_models(), request.GET)
        results = filters.results()
        context.update(
            facets=filters.facets(),
            unknown_filters=filters.unknown,
            filtered=bool(filters.selected),
            result_count=len(results),
            models=Paginator(results, MODELS_PER_PAGE).get_page(request.GET.get("page")),
            share_page=self.get_share_page(),
        )
        return context
