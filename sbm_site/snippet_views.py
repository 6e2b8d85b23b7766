"""Snippet admin views shared by the apps: moderated snippets, and listings held to the user's languages."""

from django.core.exceptions import PermissionDenied

from wagtail.models import TranslatableMixin
from wagtail.snippets.views.snippets import (
    EditView,
    HistoryView,
    PreviewRevisionView,
    RevisionsCompareView,
    SnippetViewSet,
    UsageView,
)

from .translation_guards import snippets_user_may_list, user_can_change_snippet


def has_content_changes(form):
    """Whether the editor changed anything: fields, rows added or deleted, or the rows' order.

    Inline rows' ORDER numbers alone do not count: the admin renumbers them from 1 whatever the
    stored sort_order, so a form sent untouched always "changes" them."""
    return bool(form.changed_data) or any(map(formset_has_changes, getattr(form, "formsets", {}).values()))


def formset_has_changes(formset):
    if formset.deleted_forms:
        return True
    for row in formset.forms:
        if row.instance.pk is None and row.has_changed():
            return True
        if set(row.changed_data) - {"ORDER"}:
            return True
        if any(map(formset_has_changes, getattr(row, "formsets", {}).values())):
            return True
    if formset.can_order:
        kept = [row.instance.pk for row in formset.forms if row.instance.pk is not None]
        return [row.instance.pk for row in formset.ordered_forms] != kept
    return False


class WorkflowSnippetEditView(EditView):
    """Wagtail's snippet edit view, except that a workflow action on an unchanged form keeps
    the revision under review.

    Wagtail saves a new revision before every action (wagtail#13563). With
    WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, that new revision restarts the task, so
    "Approve" on the edit screen approved the previous revision and left the snippet
    unpublished, again and again. Pages already skip the revision when nothing changed;
    snippets now do the same. An approval with changes still saves them and restarts the
    review, as the setting requires."""

    def save_instance(self):
        if self.action == "workflow-action" and not has_content_changes(self.form):
            self.new_revision = None
            self.has_content_changes = False
            return self.object
        return super().save_instance()


class HeldToTheLanguage:
    """A view of one snippet (its history, usage, a revision, a comparison) for those who may change
    it in its language: Wagtail checks the model's right only, which every language's team holds."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if isinstance(instance, TranslatableMixin) and not user_can_change_snippet(self.request.user, instance):
            raise PermissionDenied
        return instance


class LanguageScopedSnippetViewSet(SnippetViewSet):
    """A translatable snippet in the admin: listed with its rows in the languages the user works in
    and the live ones of the others; its history, usage and revisions only to who may change it."""

    history_view_class = type("HistoryView", (HeldToTheLanguage, HistoryView), {})
    usage_view_class = type("UsageView", (HeldToTheLanguage, UsageView), {})
    revisions_view_class = type("PreviewRevisionView", (HeldToTheLanguage, PreviewRevisionView), {})
    revisions_compare_view_class = type("RevisionsCompareView", (HeldToTheLanguage, RevisionsCompareView), {})

    def get_queryset(self, request):
        return snippets_user_may_list(request.user, self.model.objects.all())
