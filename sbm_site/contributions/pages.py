"""A page that shows one public contribution form, stores what is sent, then thanks the sender."""

from django.shortcuts import redirect


class ContributionFormPageMixin:
    """Mix into a page type before its Page base; set `form_class` to a ContributionForm."""

    form_class = None
    query_parameters = ("sent",)

    def serve(self, request, *args, **kwargs):
        form = self.form_class(request.POST or None, page=self, request=request)
        if request.method == "POST" and form.is_valid():
            form.save()
            return redirect(self.get_url(request) + "?sent=1")
        return super().serve(request, *args, form=form, **kwargs)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form"] = form or self.form_class(page=self)
        context["sent"] = request.GET.get("sent") == "1"
        return context
