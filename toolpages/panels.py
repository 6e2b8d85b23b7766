"""Dashboard panel for the tools' reviewers: the live tools in consultation, with their edit links."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .models.consultation import tools_in_consultation

REVIEWER_GROUPS = ("GT Production", "Comité")
SHOWN = 20


def is_tool_reviewer(user):
    return user.is_superuser or user.groups.filter(name__in=REVIEWER_GROUPS).exists()


class ToolsInConsultationPanel(Component):
    name = "tools_in_consultation"
    order = 130
    template_name = "toolpages/admin/tools_in_consultation_panel.html"

    def get_context_data(self, parent_context):
        tools = tools_in_consultation().select_related("locale").order_by("locale__language_code", "-status", "title")
        return {
            "title": _("Tools in consultation"),
            "count": tools.count(),
            "tools": tools[:SHOWN],
        }
