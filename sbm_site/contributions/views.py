"""Admin views for the triage actions; each checks that the user may handle this kind."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Comment, Revision

from . import triage
from .models import Contribution
from .permissions import user_can_triage


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (kept in the inbox)"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )


def inspect_url(contribution):
    return f"/admin/contributions/contribution/inspect/{contribution.pk}/"


def get_contribution(request, pk):
    contribution = get_object_or_404(Contribution, pk=pk)
    if not user_can_triage(request.user, contribution):
        raise PermissionDenied
    return contribution


@require_POST
def accept(request, pk):
    contribution = get_contribution(request, pk)
    try:
        draft = triage.accept(contribution, request.user)
    except triage.TriageError as error:
        messages.error(request, str(error))
        return redirect(inspect_url(contribution))
    messages.success(request, _("Accepted: a draft has been created. Nothing is published until it is reviewed."))
    edit_url = draft_edit_url(draft)
    return redirect(edit_url or inspect_url(contribution))


def reject(request, pk):
    contribution = get_contribution(request, pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        triage.reject(contribution, request.user, form.cleaned_data["reason"])
        messages.success(request, _("The contribution has been rejected."))
        return redirect(inspect_url(contribution))
    return TemplateResponse(
        request,
        "contributions/reject.html",
        {"contribution": contribution, "form": form, "back_url": inspect_url(contribution)},
    )


@require_POST
def mark_spam(request, pk):
    contribution = get_contribution(request, pk)
    triage.mark_spam(contribution, request.user)
    messages.success(request, _("The contribution has been marked as spam."))
    return redirect(inspect_url(contribution))


def draft_edit_url(draft):
    """Where the accepting user goes next: the draft's editor (for a revision or an editor comment, its page's)."""

    if isinstance(draft, Revision):
        draft = draft.content_object
    elif isinstance(draft, Comment):
        draft = draft.page
    return AdminURLFinder().get_edit_url(draft)
