"""The tool library in the admin: the taxonomies' menu, and the reviewers' dashboard panel."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from sbm_site.snippet_views import LanguageScopedSnippetViewSet

from .models import Audience, Canvas, CanvasBlock, Phase
from .panels import ToolsInConsultationPanel, is_tool_reviewer


class CanvasViewSet(LanguageScopedSnippetViewSet):
    model = Canvas
    icon = "table"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]
    search_fields = ["name"]


class CanvasBlockViewSet(LanguageScopedSnippetViewSet):
    model = CanvasBlock
    icon = "grip"
    list_display = ["name", "canvas", "question", "sort_order"]
    list_filter = ["canvas"]
    ordering = ["canvas__sort_order", "sort_order"]
    search_fields = ["name", "question"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("canvas")


class PhaseViewSet(LanguageScopedSnippetViewSet):
    model = Phase
    icon = "time"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]
    search_fields = ["name"]


class AudienceViewSet(LanguageScopedSnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Tool taxonomies")
    menu_icon = "tag"
    menu_order = 250
    items = (CanvasViewSet, CanvasBlockViewSet, PhaseViewSet, AudienceViewSet)


register_snippet(TaxonomyViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_tools_in_consultation_panel(request, panels):
    if is_tool_reviewer(request.user):
        panels.append(ToolsInConsultationPanel())
