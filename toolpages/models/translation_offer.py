"""Offer a translation: a sub-page form of every translatable page, in the language of the visitor who asks."""

from django.conf import settings
from django.utils.translation import get_language

from wagtail.contrib.routable_page.models import re_path

from ..cocreation import PAGE_TRANSLATION, TRANSLATION_ROUTE


class TranslationOffer:
    """What a page that may be offered for translation knows: the languages it lacks and the form's address.

    A listing in German that shows a French-only page links to the form below the French page under
    its German address (`uebersetzung-anbieten/`): the form is then in German, German ticked."""

    # The route and the form it is served by; ToolPage serves it among its sheet's forms.
    translation_offer_route = TRANSLATION_ROUTE
    translation_offer_form = PAGE_TRANSLATION

    @classmethod
    def translation_offer_path(cls, language_code):
        """The form's address below a page of this type, for a visitor of `language_code` (no query)."""
        return cls.translation_offer_route.path(cls, cls.translation_offer_form, language_code)

    def languages_to_translate(self):
        """The translation languages in which this page is not live yet (French is the source)."""
        live = set(
            type(self)
            .objects.filter(translation_key=self.translation_key, live=True)
            .values_list("locale__language_code", flat=True)
        )
        return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE and code not in live]

    def serve_translation_offer(self, request, form_slug, context=None):
        """The form in the language its address names when this page is not live in it, else in the page's."""
        languages = self.languages_to_translate()
        asked = self.translation_offer_form.language_of(form_slug)
        language_code = asked if asked in languages else self.locale.language_code
        context = {"subject": self, "missing_languages": languages, **(context or {})}
        return self.translation_offer_route.serve(
            self, request, form_slug, {"languages": languages}, context, language_code=language_code
        )


class TranslationOfferMixin(TranslationOffer):
    """Mix into a RoutablePageMixin page (a guide, a training module, an event, an open model): its
    "offer a translation" form, a sub-page never cached; `sent` is the thanks it shows."""

    query_parameters = ("sent",)

    @re_path(TRANSLATION_ROUTE.pattern, name=TRANSLATION_ROUTE.name)
    def offer_translation(self, request, form_slug):
        return self.serve_translation_offer(request, form_slug, {"parent": self.get_parent().specific})


def translation_offer_url(item, url, language_code=None):
    """The address of "offer a translation" below `item` (a page, specific or not, whose address is
    `url`), in the visitor's language, or "" for a page type that offers none. No query."""
    # A listing's specific pages may leave their content type unread: their class says it all.
    page_class = type(item) if isinstance(item, TranslationOffer) else getattr(item, "specific_class", None)
    if page_class is None or not issubclass(page_class, TranslationOffer):
        return ""
    return url + page_class.translation_offer_path(language_code or get_language())
