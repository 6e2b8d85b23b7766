"""The contribution forms of a tool sheet, served below the sheet: revision, usage example, translation."""

from django.conf import settings
from django.shortcuts import redirect

from wagtail.contrib.routable_page.models import re_path

from ..cocreation import SHEET_FORMS, TRANSLATION, serve_form, sheet_form_for_slug, slug_pattern


class SheetContributionsMixin:
    """Mix into ToolPage (a RoutablePageMixin page): one sub-page per public form of the sheet."""

    @re_path(rf"^(?P<form_slug>{slug_pattern(*SHEET_FORMS)})/$", name="contribute")
    def contribute(self, request, form_slug):
        public_form = sheet_form_for_slug(form_slug)
        url = self.contribution_url(public_form, request)
        if form_slug != public_form.slug(self.locale.language_code):
            return redirect(url)
        form_kwargs, context = {}, {"tool": self, "library": self.get_parent().specific}
        if public_form is TRANSLATION:
            form_kwargs["languages"] = context["missing_languages"] = self.languages_to_translate()
        return serve_form(self, request, public_form, url, form_kwargs, context)

    def contribution_url(self, public_form, request=None):
        slug = public_form.slug(self.locale.language_code)
        return (self.get_url(request) or "") + self.reverse_subpage("contribute", kwargs={"form_slug": slug})

    def contribution_links(self, request=None):
        """[(public form, url)] for every form of this sheet; no query beyond the page's own URL."""
        return [(public_form, self.contribution_url(public_form, request)) for public_form in SHEET_FORMS]

    def languages_to_translate(self):
        """The translation languages in which this tool is not live yet (French is the source)."""
        live = set(
            type(self)
            .objects.filter(translation_key=self.translation_key, live=True)
            .values_list("locale__language_code", flat=True)
        )
        return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE and code not in live]
