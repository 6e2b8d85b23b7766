from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem as MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import translation_health_views
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


@hooks.register("register_admin_urls")
def register_translation_health_report():
    return [path("reports/translation-health/", translation_health_views.report, name="sbm_translation_health")]


class TranslationHealthMenuItem(MenuItem):
    def is_shown(self, request):
        return translation_health_views.user_may_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_health_menu_item():
    return TranslationHealthMenuItem(
        _("Translation health"), reverse("sbm_translation_health"), icon_name="globe", order=50
    )


@hooks.register("construct_homepage_panels")
def add_translation_health_panel(request, panels):
    if translation_health_views.user_may_see_report(request.user):
        panels.append(translation_health_views.TranslationHealthPanel(request.user))


@hooks.register("register_admin_urls")
def register_visible_translation_listings():
    """wagtail-localize's translations report and snippet chooser API, listing only what the user may see."""
    from .translation_visibility import visible_listing_urls

    return visible_listing_urls()
