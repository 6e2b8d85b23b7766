"""A translation goes live through its language's reviewers, as a Wagtail workflow.

wagtail-localize's editor keeps a translator's work in its own tables until someone publishes. Here
the translator hands it over: *Save and submit for review* writes a draft revision of the
translated page (translated title and address included) and starts the workflow of the page's
language tree (*Relecture DE / IT / EN*, a `TranslationReviewTask` each). While it is in review
the page is locked for her; its reviewers find it in Wagtail's "awaiting your review" panel,
*Approve* publishes it in one step (the draft rewritten first from the editor's strings, so a
reviewer's own corrections are part of what she approves), *Request changes* sends it back with
the comment. A translation with untranslated strings is approved or published only when the
reviewer says so explicitly.
"""

import json
import re
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page, WorkflowState
from wagtail.rich_text import expand_db_html
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.strings import StringValue

from .chrome import default_locale
from .refusals import refused

SLUG_PATH = "slug"


def translation_of(page):
    """The synced translation whose target is `page`, or None (a source page, a manual translation)."""
    if page is None or not isinstance(page, Page):
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source", "target_locale", "source__locale")
        .first()
    )


def untranslated_count(translation):
    total, translated = translation.get_progress()
    return total - translated


@dataclass
class Address:
    source_slug: str
    slug: str

    @property
    def kept_source(self):
        return self.slug == self.source_slug


def address(translation):
    """The translated page's address segment as the editor holds it (the source's while untranslated)."""
    segment = (
        StringSegment.objects.filter(source=translation.source, context__path=SLUG_PATH)
        .annotate_translation(translation.target_locale)
        .values("string__data", "translation")
        .first()
    )
    if segment is None:
        return None
    return Address(source_slug=segment["string__data"], slug=segment["translation"] or segment["string__data"])


def locked_for(page, user):
    """Whether `page` is locked to `user`'s edits (in review on a step that is not hers, or locked)."""
    lock = page.get_lock()
    return lock is not None and lock.for_user(user)


def in_review(page):
    state = page.current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS


def may_submit(user, page):
    return page.permissions_for_user(user).can_edit() and not locked_for(page, user) and not in_review(page)


# The task's actions: an incomplete translation has its own approval, whose form asks for the
# reviewer's explicit confirmation.
APPROVE = "approve"
APPROVE_INCOMPLETE = "approve-incomplete"
REJECT = "reject"


class ApproveIncompleteForm(TaskStateCommentForm):
    confirm_incomplete = forms.BooleanField(
        required=True,
        label=_("Some strings are not translated yet: publish them in the source language, marked as such"),
    )


def review_actions(page, user):
    """The (name, label, needs a form) actions of the review step for `page`."""
    translation = translation_of(page)
    missing = untranslated_count(translation) if translation else 0
    actions = [(REJECT, _("Request changes"), True)]
    if missing:
        label = ngettext(
            "Approve and publish with %(count)s string untranslated",
            "Approve and publish with %(count)s strings untranslated",
            missing,
        ) % {"count": missing}
        actions.append((APPROVE_INCOMPLETE, label, True))
    else:
        actions += [(APPROVE, _("Approve and publish"), False), (APPROVE, _("Approve with comment"), True)]
    return actions


def form_for_action(action):
    return ApproveIncompleteForm if action == APPROVE_INCOMPLETE else TaskStateCommentForm


def perform(task, task_state, user, action, **data):
    """`Task.on_action` of the review step."""
    page = task_state.workflow_state.content_object.specific
    if action in (APPROVE, APPROVE_INCOMPLETE):
        translation = translation_of(page)
        if translation is not None:
            if untranslated_count(translation) and not data.pop("confirm_incomplete", False):
                raise PermissionDenied
            data.pop("confirm_incomplete", None)
            rewrite_draft(translation, task_state, user)
        task_state.approve(user=user, **data)
    elif action == REJECT:
        task_state.reject(user=user, **data)


def rewrite_draft(translation, task_state, user):
    """The draft under review rewritten from the editor's strings, and the step moved onto it: with
    `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT` an approval counts for the revision it was given on,
    and publishing the workflow publishes the latest revision."""
    translation.save_target(user=user, publish=False)
    page = task_state.workflow_state.content_object
    page.refresh_from_db()  # the workflow publishes its latest revision: the one just written
    task_state.revision = page.get_latest_revision()
    task_state.save(update_fields=["revision"])


ADDRESS_KEPT = _(
    "The address is still the source's (%(slug)s). Translate it under the Promote tab, or confirm that it stays."
)


@require_POST
def submit_for_review(request, translation_id):
    """*Save and submit for review*, from the translation editor."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page = page.specific
    if not may_submit(request.user, page):
        return refused(request, IN_REVIEW)
    back = redirect("wagtailadmin_pages:edit", page.pk)
    slug = address(translation)
    if slug is not None and slug.kept_source and not request.POST.get("keep_address"):
        messages.warning(request, ADDRESS_KEPT % {"slug": slug.slug})
        return back
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        messages.error(
            request, _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        )
        return back
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=request.user)
    else:
        workflow = page.get_workflow()
        if workflow is None:
            messages.success(request, _("Draft saved. No review workflow applies to this page."))
            return back
        workflow.start(page, request.user)
    messages.success(
        request, _("'%(title)s' is saved and awaits its reviewers.") % {"title": page.get_admin_display_title()}
    )
    return back


def review_panel(request, translation, page):
    """What the translation editor shows above its strings: the state of the review, and the form
    the user may use (submit, or the reviewer's actions)."""
    if not isinstance(page, Page):
        return None
    user = request.user
    state = page.current_workflow_state
    missing = untranslated_count(translation)
    task_state = state.current_task_state if state is not None else None
    reviewer_actions = []
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS and task_state is not None:
        reviewer_actions = task_state.task.specific.get_actions(page, user)
    return {
        "translation": translation,
        "page": page,
        "address": address(translation),
        "missing": missing,
        "state": state,
        "in_review": in_review(page),
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": task_state.comment if task_state is not None else "",
        "may_submit": may_submit(user, page),
        "task_state": task_state,
        "reviewer_actions": reviewer_actions,
        "confirm_form": ApproveIncompleteForm(prefix="review"),
    }


IN_REVIEW = _("This translation is in review: it cannot be changed until its reviewers approve it or ask for changes.")
INCOMPLETE = _(
    "Some strings are not translated yet: approve the translation from its review panel, confirming that they "
    "may be shown in the source language."
)
ONLY_OWN_DRAFTS = _("A translator deletes only a draft she created; the reviewers of the language delete the others.")


def guard_publish_in_editor(request, page):
    """`before_edit_page`: wagtail-localize's *Publish* (`action=publish`) of a synced translation
    only when it is complete and not in review (else its review's approval publishes it)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    if in_review(page):
        return refused(request, IN_REVIEW)
    if untranslated_count(translation):
        return refused(request, INCOMPLETE)
    return None


def guard_delete(request, page):
    """`before_delete_page`: in a translated language, who may not publish there deletes only the
    drafts she created (Wagtail lets an editor delete any draft)."""
    if page.locale_id == default_locale().pk or page.permissions_for_user(request.user).can_publish():
        return None
    if started_by(page) != request.user.pk:
        return refused(request, ONLY_OWN_DRAFTS)
    return None


def started_by(page):
    """Who created the page: the author of its first revision made by someone (a translation's copy
    keeps the source's owner, and its copy's revision has no author, so `owner` does not say who
    started it)."""
    first = page.revisions.exclude(user=None).order_by("created_at", "pk").first()
    return first.user_id if first is not None else page.owner_id


# What a published translation still shows in the source language is marked as such (`lang`), so
# that screen readers read it in its language and readers see why.

ELEMENT_WITH_TEXT = r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:\s[^<>]*)?)>(?P<text>\s*{text}\s*)</(?P=tag)>"


def untranslated_strings(page):
    """The source strings of `page`'s synced translation that have no translation in its language."""
    if page.locale_id == default_locale().pk:
        return []
    segments = StringSegment.objects.filter(
        source__object_id=page.translation_key,
        source__translations__target_locale_id=page.locale_id,
        source__translations__enabled=True,
    ).exclude(source__locale_id=page.locale_id)
    rows = segments.annotate_translation(page.locale_id).filter(translation__isnull=True)
    return [shown_forms(data, attrs) for data, attrs in rows.values_list("string__data", "attrs")]


def shown_forms(data, attrs):
    """The ways a source string can appear in a rendered page: as a template writes plain text
    (escaped or not), and as rich text with its links and attributes restored and expanded."""
    forms = {data, str(escape(data))}
    if attrs and attrs != "{}":
        forms.add(expand_db_html(StringValue(data).render_html(json.loads(attrs))))
    return forms


def mark_source_language(html, strings, language_code):
    """`html` with `lang` on each element whose whole content is one of `strings` (each the set of
    forms one string may take, `shown_forms`)."""
    for form in sorted({shown for string_forms in strings for shown in string_forms}, key=len, reverse=True):
        pattern = re.compile(ELEMENT_WITH_TEXT.format(text=re.escape(form)))
        html = pattern.sub(lambda match: with_lang(match, language_code), html)
    return html


def with_lang(match, language_code):
    attrs = match.group("attrs")
    if re.search(r"\slang=", attrs):
        return match.group(0)
    tag = match.group("tag")
    return f'<{tag}{attrs} lang="{language_code}">{match.group("text")}</{tag}>'


def mark_untranslated_segments(serve):
    """`on_serve_page`: a translated page's response, its untranslated strings marked in the source language."""

    def serve_page(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        strings = untranslated_strings(page)
        if not strings or not hasattr(response, "add_post_render_callback"):
            return response
        source_language = default_locale().language_code

        def mark(rendered):
            rendered.content = mark_source_language(rendered.content.decode(), strings, source_language)

        response.add_post_render_callback(mark)
        return response

    return serve_page
