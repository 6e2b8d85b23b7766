from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem as MenuItem
from wagtail.snippets.models import register_snippet

from . import page_cache, translation_guards, translation_health_views, translation_review
from .models import Footer, vary_on_visitor_languages
from .snippet_views import LanguageScopedSnippetViewSet
from .translation_visibility import visible_listing_urls


class FooterViewSet(LanguageScopedSnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


register_snippet(FooterViewSet)


@hooks.register("register_admin_urls")
def guard_translation_views():
    return translation_guards.guarded_urls()


# Every page sees only the query parameters its type declares (sbm_site/page_cache.py).
hooks.register("on_serve_page", page_cache.serve_declared_parameters)
# The notice about a missing translation depends on the visitor's languages (sbm_site/models.py).
hooks.register("on_serve_page", vary_on_visitor_languages)
# What a translated page still shows in French carries lang="fr" (sbm_site/translation_review.py).
hooks.register("on_serve_page", translation_review.mark_untranslated_segments)

# Before wagtail-localize's own hooks (order 0), which replace the snippet editor with theirs.
hooks.register("before_edit_snippet", translation_guards.guard_snippet_edit, order=-1)
hooks.register("before_delete_snippet", translation_guards.guard_snippet_delete, order=-1)
hooks.register("before_unpublish", translation_guards.guard_unpublish, order=-1)
hooks.register("before_create_snippet", translation_guards.guard_snippet_create, order=-1)
hooks.register("before_publish", translation_guards.guard_publish, order=-1)
# Before wagtail-localize's `before_edit_page`, which answers with its translation editor.
hooks.register("before_edit_page", translation_review.guard_publish_in_editor, order=-1)
hooks.register("before_delete_page", translation_review.guard_delete, order=-1)


@hooks.register("register_admin_urls")
def translation_review_urls():
    return [
        path(
            "localize/review/<int:translation_id>/submit/",
            translation_review.submit_for_review,
            name="sbm_translation_submit",
        )
    ]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_from_non_publishers(menu_items, request, context):
    page = context.get("page")
    if page is not None and not translation_guards.may_convert_to_alias(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


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

    return visible_listing_urls()
