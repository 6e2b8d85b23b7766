"""A page that shows one public contribution form, stores what is sent, then thanks the sender."""

from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control


class ContributionFormPageMixin:
    """Mix into a page type before its Page base; set `form_class` to a ContributionForm."""

    form_class = None
    query_parameters = ("sent",)

    def serve(self, request, *args, **kwargs):
        form = self.prefilled_form(request) if request.method == "POST" else None
        if form is not None:
            response = super().serve(request, *args, form=form, prefilled=True, **kwargs)
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
            return response
        form = self.form_class(request.POST or None, page=self, request=request)
        if request.method == "POST" and form.is_valid():
            form.save()
            return redirect(self.get_url(request) + "?sent=1")
        return super().serve(request, *args, form=form, **kwargs)

    def prefilled_form(self, request):
        """An unbound form filled in from what another page posts here to be completed (never stored:
        the visitor still reads, completes and sends it), or None for an ordinary submission."""
        return None

    def get_context(self, request, *args, form=None, prefilled=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form"] = form or self.form_class(page=self)
        context["prefilled"] = prefilled
        context["sent"] = request.GET.get("sent") == "1"
        return context
