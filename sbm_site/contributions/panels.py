"""Dashboard panel: the new contributions this user may triage."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .models import Contribution
from .permissions import visible_kinds

SHOWN = 5


def new_contributions_for(user):
    queryset = Contribution.objects.filter(status=Contribution.Status.NEW)
    kinds = visible_kinds(user)
    return queryset if kinds is None else queryset.filter(kind__in=kinds)


class NewContributionsPanel(Component):
    name = "new_contributions"
    order = 120
    template_name = "contributions/new_contributions_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        contributions = new_contributions_for(self.user)
        return {
            "title": _("New contributions"),
            "count": contributions.count(),
            "contributions": contributions.order_by("-created_at")[:SHOWN],
        }
