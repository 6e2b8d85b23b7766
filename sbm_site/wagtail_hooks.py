from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Footer
from .translation_guards import guarded_urls


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


register_snippet(FooterViewSet)


@hooks.register("register_admin_urls")
def guard_translation_views():
    return guarded_urls()
