from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from sbm_site.snippet_views import LanguageScopedSnippetViewSet, WorkflowSnippetEditView

from .models import Partner, Provider


class ProviderViewSet(LanguageScopedSnippetViewSet):
    model = Provider
    edit_view_class = WorkflowSnippetEditView
    icon = "group"
    menu_label = _("Providers")
    list_display = ["name", "kind", "listed_until", "trained_by_sbm"]
    list_filter = ["kind", "live", "trained_by_sbm", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


class PartnerViewSet(LanguageScopedSnippetViewSet):
    model = Partner
    icon = "link"
    menu_label = _("Partners")
    list_display = ["name", "partner_type", "country", "since"]
    list_filter = ["partner_type", "live", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (ProviderViewSet, PartnerViewSet)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)
