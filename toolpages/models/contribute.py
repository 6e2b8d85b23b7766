"""The contribution forms of a tool sheet, served below the sheet: revision, usage example, translation."""

from wagtail.contrib.routable_page.models import re_path

from ..cocreation import SHEET_FORMS, SHEET_ROUTE, TRANSLATION
from .translation_offer import TranslationOffer


class SheetContributionsMixin(TranslationOffer):
    """Mix into ToolPage (a RoutablePageMixin page): one sub-page per public form of the sheet; the
    translation offer is every page's (`TranslationOffer`), under the sheet's address."""

    query_parameters = ("sent",)
    translation_offer_route = SHEET_ROUTE
    translation_offer_form = TRANSLATION

    @re_path(SHEET_ROUTE.pattern, name=SHEET_ROUTE.name)
    def contribute(self, request, form_slug):
        context = {"tool": self, "subject": self, "parent": self.get_parent().specific}
        if SHEET_ROUTE.form_for_slug(form_slug) is TRANSLATION:
            return self.serve_translation_offer(request, form_slug, context)
        return SHEET_ROUTE.serve(self, request, form_slug, context=context)

    def contribution_url(self, public_form, request=None):
        return SHEET_ROUTE.url(self, public_form, request)

    def contribution_links(self, request=None):
        """[(public form, url)] for every form of this sheet; no query beyond the page's own URL."""
        return [(public_form, self.contribution_url(public_form, request)) for public_form in SHEET_FORMS]
