from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from sbm_site.models import BasePage


class ToolIndexPage(BasePage):
    """The tool library of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolpages.ToolPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tool library")

    def get_tools(self):
        return self.get_live_children(ToolPage)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tools"] = self.get_tools()
        return context


class ToolPage(BasePage):
    """A tool sheet ("fiche")."""

    summary = models.TextField(_("the tool in brief"), help_text=_("One or two sentences shown in listings."))

    content_panels = BasePage.content_panels + [FieldPanel("summary")]
    search_fields = BasePage.search_fields + [index.SearchField("summary")]
    parent_page_types = ["toolpages.ToolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tool")
