"""“Outils en consultation”: the live tools of a library that are open to comments, and what is asked."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from sbm_site.models import BasePage

from .tool import ToolPage, ToolStatus

CONSULTED_STATUSES = (ToolStatus.PREPUBLISHED, ToolStatus.REVISING)
TOOLS_PER_PAGE = 12


def tools_in_consultation(queryset=None):
    """Live, public tools in pre-publication or under revision."""
    queryset = ToolPage.objects.all() if queryset is None else queryset
    return queryset.live().public().filter(status__in=CONSULTED_STATUSES)


class ConsultationPage(BasePage):
    """The tools of its library that readers are asked to comment on, with the forms to do so."""

    parent_page_types = ["toolpages.ToolIndexPage"]
    subpage_types = []
    query_parameters = ("page",)
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tools in consultation")

    def get_tools(self):
        """The library's consulted tools in this page's language, revisions first, then by title."""
        library = self.get_parent()
        return (
            tools_in_consultation(ToolPage.objects.child_of(library))
            .filter(locale_id=self.locale_id)
            .select_related("locale")
            .order_by("-status", "title", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # By pages of twelve, as the library: a consultation may open many tools at once.
        tools = Paginator(self.get_tools(), TOOLS_PER_PAGE).get_page(request.GET.get("page"))
        context["library"] = library = self.get_parent().specific
        context["proposal_url"] = library.proposal_url(request)
        context["page_of_tools"] = tools
        context["tools"] = [(tool, tool.contribution_links(request)) for tool in tools]
        return context
