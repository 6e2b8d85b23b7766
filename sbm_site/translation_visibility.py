"""What an admin user may see of the pages and snippets that translation listings name.

The one rule behind the translation health report, wagtail-localize's translations report and
its snippet chooser API: a page if the user can edit it or the public can read it (live, no view
restriction); a snippet if the user may change its model, else what the public sees of it (its
queryset's `listed()` where the model has one, as providers do, else the live ones of a model
with drafts); an inline row (a `ParentalKey` child) if its parent is visible.

wagtail-localize's two listings are replaced at their own addresses by subclasses that apply it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.urls import path

from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Page, get_translatable_models
from wagtail.permissions import page_permission_policy, policy_registry
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.snippets_api import SnippetViewSet


def visible_pages(user, queryset):
    """The pages of `queryset` that `user` can edit or the public can read."""
    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change"])
    public = Page.objects.live().public()
    return queryset.filter(Q(pk__in=editable.values("pk")) | Q(pk__in=public.values("pk")))


def public_snippets(queryset):
    """What the public sees of a snippet queryset: its `listed()` if it has one, else the live rows."""
    listed = getattr(queryset, "listed", None)
    if callable(listed):
        return listed()
    if issubclass(queryset.model, DraftStateMixin):
        return queryset.filter(live=True)
    return queryset


def visible_snippets(user, queryset):
    """All of `queryset` to a user who may change its model, else what the public sees."""
    if policy_registry.get_by_type(queryset.model).user_has_permission(user, "change"):
        return queryset
    return public_snippets(queryset)


def parental_keys(model):
    return [field for field in model._meta.get_fields() if isinstance(field, ParentalKey)]


def visible_objects(user, queryset):
    """The rows of `queryset` (pages, snippets or their inline rows) that `user` may see."""
    model = queryset.model
    if issubclass(model, Page):
        return visible_pages(user, queryset)
    keys = parental_keys(model)
    if not keys:
        return visible_snippets(user, queryset)
    for key in keys:
        parents = visible_objects(user, key.related_model.objects.all())
        queryset = queryset.filter(**{f"{key.name}__in": parents.values("pk")})
    return queryset


def visible_translations(user, translations):
    """wagtail-localize `Translation`s whose source `user` may see, and whose target too where it exists."""
    condition = Q(pk__in=[])
    for model in get_translatable_models():
        if parental_keys(model):  # translated with its parent, never on its own
            continue
        instances = model.objects.all()
        visible = visible_objects(user, instances)
        translation_key = OuterRef("source__object_id")
        source_is_visible = Exists(visible.filter(translation_key=translation_key, locale=OuterRef("source__locale")))
        hidden_target = instances.filter(translation_key=translation_key, locale=OuterRef("target_locale")).exclude(
            pk__in=visible.values("pk")
        )
        condition |= (
            Q(source__object__content_type=ContentType.objects.get_for_model(model))
            & source_is_visible
            & ~Exists(hidden_target)
        )
    return translations.filter(condition).order_by("pk")


class VisibleTranslationsReportView(TranslationsReportView):
    def get_queryset(self):
        return visible_translations(self.request.user, super().get_queryset())


class VisibleSnippetViewSet(SnippetViewSet):
    def get_queryset(self):
        return visible_objects(self.request.user, super().get_queryset())


def visible_listing_urls():
    """Registered before wagtail-localize's own, so these answer at the same addresses."""
    snippets = "localize/api/snippets/<slug:app_label>/<slug:model_name>/"
    return [
        path("localize/reports/translations/", VisibleTranslationsReportView.as_view()),
        path("localize/reports/translations/results/", VisibleTranslationsReportView.as_view(results_only=True)),
        path(snippets, VisibleSnippetViewSet.as_view({"get": "list"})),
        path(f"{snippets}<str:pk>/", VisibleSnippetViewSet.as_view({"get": "retrieve"})),
    ]
