"""The contribution forms of a tool sheet, served below the sheet: revision, usage example, translation."""

from django.conf import settings

from wagtail.contrib.routable_page.models import re_path

from sbm_site.chrome import with_cached_locale

from ..cocreation import SHEET_FORMS, SHEET_ROUTE, TRANSLATION


class SheetContributionsMixin:
    """Mix into ToolPage (a RoutablePageMixin page): one sub-page per public form of the sheet."""

    query_parameters = ("sent",)

    @re_path(SHEET_ROUTE.pattern, name=SHEET_ROUTE.name)
    def contribute(self, request, form_slug):
        form_kwargs, context = {}, {"tool": self, "library": self.get_parent().specific}
        if SHEET_ROUTE.form_for_slug(form_slug) is TRANSLATION:
            form_kwargs["languages"] = context["missing_languages"] = self.languages_to_translate()
        return SHEET_ROUTE.serve(self, request, form_slug, form_kwargs, context)

    def contribution_url(self, public_form, request=None):
        return SHEET_ROUTE.url(self, public_form, request)

    def translation_offer_url(self, sheet_url):
        """ "Offer a translation" below this sheet, whose address is `sheet_url`: for listings, which
        know their items' addresses; the form's address is in the sheet's language."""
        slug = TRANSLATION.slug(with_cached_locale(self).locale.language_code)
        return sheet_url + self.reverse_subpage(SHEET_ROUTE.name, kwargs={"form_slug": slug})

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
