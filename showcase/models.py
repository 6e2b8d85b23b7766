from django.utils.translation import gettext_lazy as _

from sbm_site.models import BasePage


class OpenModelIndexPage(BasePage):
    """Open-source social business models that organisations share for others to adapt."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["showcase.OpenModelPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open model index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["models"] = self.get_live_children(OpenModelPage)
        return context


class OpenModelPage(BasePage):
    parent_page_types = ["showcase.OpenModelIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("open business model")
