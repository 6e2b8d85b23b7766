"""One rule for every door around translation: nothing goes live in a language without its reviewers.

wagtail-localize's views check only the global permission `submit_translation`; these check the
object and the language:

- A user may start a translation of a page or snippet they can edit, or of one the public can
  read (live and not restricted), only into the languages whose tree they may edit; with
  *Include subtree* only when they may translate every page below it too.
- Only a user who can edit the source may sync ("update") its translations, and only one who may
  publish every target may sync *and publish*; machine translation is never published in the same
  step.
- Only a user who may publish the translated page may convert it to an alias of its source (which
  sets it live with the source's content).
- A translatable snippet in a language is created and edited only through a group that acts in
  that language (a group with page rights in its tree, or with page rights nowhere), and published
  there only by a user who may publish in that language's tree; wagtail-localize's editor
  endpoints (strings, overrides, PO files, machine translation, stop) hold a snippet's
  translation to the same rule.

Refusals answer 403 with the reason (`refused`; Wagtail would turn a `PermissionDenied` into a
redirect to the dashboard) and change nothing; the options are not offered to those who may not
use them.
"""

import functools

from django import forms
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .i18n import language_root
from .localize_language import with_local_dates
from .refusals import refused
from .translation_review import IN_REVIEW, locked_for
from .translation_visibility import public_snippets, visible_pages

NOT_IN_THIS_LANGUAGE = _("You may not change this language's version: its translators and reviewers do.")
NOT_PUBLISHER = _("Only the reviewers of this language may publish it.")
SUBTREE_HIDDEN = _("The pages below this one include drafts or private pages you may not translate.")
MACHINE_UNREVIEWED = _("Machine translations are never published without review: sync, then have them reviewed.")


def locales_user_may_translate_into(user):
    if user.is_superuser:
        return Locale.objects.all()
    language_roots = Page.objects.filter(depth=2).select_related("locale")
    allowed = [root.locale_id for root in language_roots if root.permissions_for_user(user).can_edit()]
    return Locale.objects.filter(pk__in=allowed)


def may_publish_in_locale(user, locale):
    """Whether `user` may publish in the tree of `locale` (its reviewers, the Comité, GT Site)."""
    if user.is_superuser:
        return True
    root = language_root(locale)
    return root is not None and root.permissions_for_user(user).can_publish()


def page_is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def user_may_translate_page(user, page):
    return page.permissions_for_user(user).can_edit() or page_is_public(page)


def pages_user_may_not_translate(user, pages):
    """Those of `pages` the user can neither edit nor read as the public does."""
    if user.is_superuser:
        return pages.none()
    return pages.exclude(pk__in=visible_pages(user, pages).values("pk"))


def is_source_language(instance):
    return instance.locale_id == Locale.get_default().pk


def groups_acting_in(user, locale):
    """The user's groups whose rights reach `locale`: those with page rights in its tree or nowhere."""
    with_page_rights = GroupPagePermission.objects.values("group")
    with_page_rights_here = GroupPagePermission.objects.filter(page__locale=locale).values("group")
    return user.groups.filter(Q(pk__in=with_page_rights_here) | ~Q(pk__in=with_page_rights))


def user_has_model_right_in_locale(user, model, locale, action):
    """The model's `action` right, held through a group that acts in `locale`."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    meta = model._meta
    return (
        groups_acting_in(user, locale)
        .filter(
            permissions__content_type__app_label=meta.app_label,
            permissions__codename=get_permission_codename(action, meta),
        )
        .exists()
    )


def user_has_snippet_right_in_locale(user, instance, action):
    return user_has_model_right_in_locale(user, type(instance), instance.locale, action)


def snippets_user_may_list(user, queryset):
    """The rows of a translatable snippet queryset in the languages where the user may change
    them, and the live rows of the other languages (what the public reads there anyway)."""
    model = queryset.model
    locales = [
        locale for locale in Locale.objects.all() if user_has_model_right_in_locale(user, model, locale, "change")
    ]
    if len(locales) == Locale.objects.count():
        return queryset
    return queryset.filter(Q(locale__in=locales) | Q(live=True))


def user_can_change_snippet(user, instance):
    if isinstance(instance, TranslatableMixin):
        return user_has_snippet_right_in_locale(user, instance, "change")
    return user.has_perm(get_permission_name("change", type(instance)))


def snippet_is_public(instance):
    """What the public reads of its model: a provider is public while listed, a draft never."""
    return public_snippets(type(instance).objects.filter(pk=instance.pk)).exists()


def user_may_translate_snippet(user, instance):
    return user_can_change_snippet(user, instance) or snippet_is_public(instance)


def user_may_edit_snippet_translation(user, instance):
    """A snippet in a translated language: editable through a group of that language, and only
    while its source stays one the user may translate (a draft provider is not read that way)."""
    if not user_can_change_snippet(user, instance):
        return False
    if is_source_language(instance):
        return True
    source = instance.get_translations().filter(locale=Locale.get_default()).first()
    return source is None or user_may_translate_snippet(user, source)


def user_may_publish(user, instance):
    """Whether `user` may make `instance` (a page or a translatable snippet) live in its language."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, TranslatableMixin) and not is_source_language(instance):
        return user_has_snippet_right_in_locale(user, instance, "publish") and may_publish_in_locale(
            user, instance.locale
        )
    return user.has_perm(get_permission_name("publish", type(instance)))


def asks_to_publish(request):
    """A POST from Wagtail's editor (`action-publish`) or wagtail-localize's (`action=publish`)."""
    return request.method == "POST" and ("action-publish" in request.POST or request.POST.get("action") == "publish")


def guard_snippet_edit(request, instance):
    """`before_edit_snippet`: the language rule for editing and publishing a translatable snippet."""
    if not isinstance(instance, TranslatableMixin):
        return None
    if not user_may_edit_snippet_translation(request.user, instance):
        return refused(request, NOT_IN_THIS_LANGUAGE)
    if asks_to_publish(request) and not user_may_publish(request.user, instance):
        return refused(request, NOT_PUBLISHER)
    return None


def guard_snippet_create(request, model):
    """`before_create_snippet`: a translatable snippet is created only in a language the user works in
    (`?locale=`, else the default language); translations come from wagtail-localize."""
    if not issubclass(model, TranslatableMixin):
        return None
    locale = Locale.objects.filter(language_code=request.GET.get("locale", "")).first() or Locale.get_default()
    if not user_has_model_right_in_locale(request.user, model, locale, "add"):
        return refused(request, NOT_IN_THIS_LANGUAGE)
    return None


def guard_publish(request, instance):
    """`before_publish` (create, copy, edit and revert of a snippet): only who may publish in its language."""
    snippet = isinstance(instance, TranslatableMixin) and not isinstance(instance, Page)
    if snippet and not user_may_publish(request.user, instance):
        return refused(request, NOT_PUBLISHER)
    return None


def guard_snippet_delete(request, instances):
    """`before_delete_snippet`: deleting a translation is editing its language."""
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not user_can_change_snippet(request.user, instance):
            return refused(request, NOT_IN_THIS_LANGUAGE)
    return None


def guard_unpublish(request, instance):
    """`before_unpublish` (snippets): taking a translation off-line is publishing in its language."""
    if isinstance(instance, TranslatableMixin) and not user_may_publish(request.user, instance):
        return refused(request, NOT_PUBLISHER)
    return None


class TranslationTargetsMixin:
    """Offers only the languages the user may translate into; when none is left, says so and links
    the existing translations instead of an empty form."""

    def get_form(self):
        form = super().get_form()
        allowed = locales_user_may_translate_into(self.request.user)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["form"].fields["locales"].queryset.exists():
            finder = AdminURLFinder(self.request.user)
            translations = self.object.get_translations(inclusive=True).select_related("locale")
            context["nothing_to_translate"] = True
            context["existing_translations"] = [
                (f"{translated.locale.get_display_name()}: {translated}", finder.get_edit_url(translated))
                for translated in translations.order_by("locale__pk")
            ]
        return context


class GuardedSubmitPageTranslationView(TranslationTargetsMixin, SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not user_may_translate_page(self.request.user, page):
            raise PermissionDenied
        return page

    def subtree_is_translatable(self):
        descendants = Page.objects.descendant_of(self.object)
        return not pages_user_may_not_translate(self.request.user, descendants).exists()

    def get_form(self):
        form = super().get_form()
        if not self.subtree_is_translatable():
            form.fields["include_subtree"].widget = forms.HiddenInput()
        return form

    def post(self, request, **kwargs):
        if request.POST.get("include_subtree") and not self.subtree_is_translatable():
            return refused(request, SUBTREE_HIDDEN)
        return super().post(request, **kwargs)


class GuardedSubmitSnippetTranslationView(TranslationTargetsMixin, SubmitSnippetTranslationView):
    def get_object(self):
        instance = super().get_object()
        if not user_may_translate_snippet(self.request.user, instance):
            raise PermissionDenied
        return instance


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """Sync for the source's editors; *Publish immediately* only for who may publish every target."""

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

    def may_publish_every_target(self):
        translations = self.object.translations.filter(enabled=True).select_related("target_locale")
        targets = (translation.get_target_instance() for translation in translations)
        return all(user_may_publish(self.request.user, target) for target in targets)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_every_target():
            del form.fields["publish_translations"]
        elif "use_machine_translation" in form.fields:
            form.fields["use_machine_translation"].help_text = _(
                "Apply machine translations to the incoming changes. They are never published in the same step: "
                "reviewers publish them."
            )
        return form

    def post(self, request, **kwargs):
        if request.POST.get("publish_translations"):
            if not self.may_publish_every_target():
                return refused(request, NOT_PUBLISHER)
            if request.POST.get("use_machine_translation"):
                return refused(request, MACHINE_UNREVIEWED)
        return super().post(request, **kwargs)

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


def may_convert_to_alias(user, page):
    """Converting sets the page live with its source's content: only who may publish it there."""
    return user_may_publish(user, page)


def guarded_convert_to_alias(request, page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None and not may_convert_to_alias(request.user, page):
        return refused(request, NOT_PUBLISHER)
    return convert.convert_to_alias(request, page_id)


def target_of(translation_id):
    """The translated page or snippet of a wagtail-localize translation, or None."""
    translation = Translation.objects.filter(pk=translation_id).first()
    if translation is None:
        return None
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def held_to_the_target_language(view):
    """One of wagtail-localize's translation-editor endpoints (strings, overrides, PO files, machine
    translation, stop): for a snippet it checks only the model's right; here the translation's
    target is held to the language rule too (a page's target is checked by its tree's rights), and
    a page in review is read-only to who is not reviewing it."""

    @functools.wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        target = target_of(translation_id)
        if isinstance(target, Page):
            if locked_for(target, request.user):
                return refused(request, IN_REVIEW)
        elif target is not None and not user_may_edit_snippet_translation(request.user, target):
            return refused(request, NOT_IN_THIS_LANGUAGE)
        return view(request, translation_id, *args, **kwargs)

    return guarded


def may_stop_sync(user, instance):
    """Stopping a synced translation takes it out of wagtail-localize for good (its French changes no
    longer reach it): a decision for who may publish it, not for its translator."""
    return user_may_publish(user, instance)


def publishers_only(view):
    """wagtail-localize's *Stop synced translation*, for who may publish the translated page or snippet."""

    @functools.wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        target = target_of(translation_id)
        if target is not None and not may_stop_sync(request.user, target):
            return refused(request, NOT_PUBLISHER)
        return view(request, translation_id, *args, **kwargs)

    return guarded


def guarded_urls():
    """Registered before wagtail-localize's own, so these answer at the same addresses."""
    translate = "localize/translate/<int:translation_id>/"
    return [
        path(
            f"{translate}strings/<int:string_segment_id>/edit/",
            with_local_dates(held_to_the_target_language(edit_translation.edit_string_translation)),
        ),
        path(
            f"{translate}overrides/<int:overridable_segment_id>/edit/",
            held_to_the_target_language(edit_translation.edit_override),
        ),
        path(f"{translate}pofile/download/", held_to_the_target_language(edit_translation.download_pofile)),
        path(f"{translate}pofile/upload/", held_to_the_target_language(edit_translation.upload_pofile)),
        path(f"{translate}machine_translate/", held_to_the_target_language(edit_translation.machine_translate)),
        path(
            f"{translate}disable/",
            held_to_the_target_language(publishers_only(edit_translation.stop_translation)),
        ),
        path("localize/submit/page/<int:page_id>/", GuardedSubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", GuardedUpdateTranslationsView.as_view()),
        path("localize/page/<int:page_id>/convert_to_alias/", guarded_convert_to_alias),
    ]
