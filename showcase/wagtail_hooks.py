from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet

from sbm_site.snippet_views import LanguageScopedSnippetViewSet

from .models import Sector


class SectorViewSet(LanguageScopedSnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(SectorViewSet)
