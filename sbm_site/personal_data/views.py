"""The rights view in the admin: find one address in every store, export it (JSON, CSV), erase it.

The address travels in POST bodies only, never in a URL (access logs, browser history).
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sbm_site.translation_guards import refused

from . import operations, registry
from .models import PersonalDataOperation

NOT_ALLOWED = gettext_lazy("Only GT Administration and the Comité may search, export or erase personal data.")


class AddressForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)


def allowed(view):
    def guarded(request, *args, **kwargs):
        if not registry.user_may_manage_personal_data(request.user):
            return refused(request, NOT_ALLOWED)
        return view(request, *args, **kwargs)

    return guarded


def results_context(email, found, user):
    return {
        "email": email,
        "found": found,
        "total": sum(len(result.rows) for result in found),
        "erasable": [result for result in found if result.rows and result.store.may_erase(user)],
        "not_erasable": [result for result in found if result.rows and not result.store.may_erase(user)],
    }


@allowed
def search(request):
    form = AddressForm(request.POST or None)
    context = {"form": form, "page_title": _("Personal data"), "header_icon": "user"}
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        found = operations.find(email)
        operations.record(
            PersonalDataOperation.Operation.SEARCH, user=request.user, email=email, counts=operations.counts_of(found)
        )
        context.update(results_context(email, found, request.user))
    return TemplateResponse(request, "personal_data/search.html", context)


@allowed
@require_POST
def export(request, file_format):
    form = AddressForm(request.POST)
    if not form.is_valid():
        return search(request)
    email = form.cleaned_data["email"]
    found = operations.find(email)
    operations.record(
        PersonalDataOperation.Operation.EXPORT, user=request.user, email=email, counts=operations.counts_of(found)
    )
    if file_format == "json":
        response = HttpResponse(operations.as_json(email, found), content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(operations.as_csv(found), content_type="text/csv; charset=utf-8")
    filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@allowed
@require_POST
def erase(request):
    """First post: what would be erased, and a confirmation; second post (with `confirm`): erase it."""
    form = AddressForm(request.POST)
    if not form.is_valid():
        return search(request)
    email = form.cleaned_data["email"]
    if request.POST.get("confirm") != "yes":
        context = results_context(email, operations.find(email), request.user)
        context.update({"form": form, "page_title": _("Erase personal data"), "header_icon": "bin"})
        return TemplateResponse(request, "personal_data/confirm_erase.html", context)
    counts = operations.erase(email, request.user)
    messages.success(
        request,
        _("%(count)s record(s) erased or anonymised. The audit log keeps the counts, not the address.")
        % {"count": sum(counts.values())},
    )
    return redirect("sbm_personal_data")
