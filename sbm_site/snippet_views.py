"""Snippet admin views shared by the apps: moderated snippets, and listings held to the user's languages."""

from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from .translation_guards import snippets_user_may_list


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


class LanguageScopedSnippetViewSet(SnippetViewSet):
    """A translatable snippet's listing: its rows in the languages the user works in, and the
    live ones of the others; drafts of another language's team are not listed."""

    def get_queryset(self, request):
        return snippets_user_may_list(request.user, self.model.objects.all())
