"""wagtail-localize's submit and update views check only a global permission; these check the object.

A user may start a translation of a page or snippet they can edit, or of one the public can
read (live and not restricted), and only into the languages whose tree they may edit. Only a
user who can edit the source may sync ("update") its translations.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def locales_user_may_translate_into(user):
    if user.is_superuser:
        return Locale.objects.all()
    language_roots = Page.objects.filter(depth=2).select_related("locale")
    allowed = [root.locale_id for root in language_roots if root.permissions_for_user(user).can_edit()]
    return Locale.objects.filter(pk__in=allowed)


def page_is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def user_may_translate_page(user, page):
    return page.permissions_for_user(user).can_edit() or page_is_public(page)


def user_can_change_snippet(user, instance):
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def user_may_translate_snippet(user, instance):
    is_public = not isinstance(instance, DraftStateMixin) or instance.live
    return user_can_change_snippet(user, instance) or is_public


class TranslationTargetsMixin:
    """Offers only the languages the user may translate into."""

    def get_form(self):
        form = super().get_form()
        allowed = locales_user_may_translate_into(self.request.user)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form


class GuardedSubmitPageTranslationView(TranslationTargetsMixin, SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not user_may_translate_page(self.request.user, page):
            raise PermissionDenied
        return page


class GuardedSubmitSnippetTranslationView(TranslationTargetsMixin, SubmitSnippetTranslationView):
    def get_object(self):
        instance = super().get_object()
        if not user_may_translate_snippet(self.request.user, instance):
            raise PermissionDenied
        return instance


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            allowed = instance.permissions_for_user(self.request.user).can_edit()
        else:
            allowed = user_can_change_snippet(self.request.user, instance)
        if not allowed:
            raise PermissionDenied
        return source


def guarded_urls():
    """Registered before wagtail-localize's own, so these answer at the same addresses."""
    return [
        path("localize/submit/page/<int:page_id>/", GuardedSubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", GuardedUpdateTranslationsView.as_view()),
    ]
