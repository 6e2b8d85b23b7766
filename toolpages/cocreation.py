"""Where the public co-creation forms live: their addresses in each language and how they are served.

The library offers "propose a tool"; every sheet offers "suggest a revision", "share a usage
example" and "offer a translation"; every other translatable page (a guide, a training module,
an event, an open model) offers "offer a translation" too. Each is a sub-page of its library,
sheet or page (RoutablePageMixin), stores a Contribution first and thanks the visitor on the same
address with `?sent=1`.
"""

from dataclasses import dataclass, replace

from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from . import forms


@dataclass(frozen=True)
class PublicForm:
    key: str
    form_class: type
    slugs: dict
    title: str
    intro: str
    submit_label: str
    thanks: str

    def slug(self, language_code):
        return self.slugs.get(language_code, self.slugs[settings.LANGUAGE_CODE])

    def language_of(self, slug):
        """The language whose address this slug is, or None."""
        return next((code for code, own in self.slugs.items() if own == slug), None)


PROPOSAL = PublicForm(
    key="proposal",
    form_class=forms.ToolProposalForm,
    slugs={
        "fr": "proposer-un-outil",
        "de": "werkzeug-vorschlagen",
        "it": "proporre-uno-strumento",
        "en": "propose-a-tool",
    },
    title=_("Propose a tool"),
    intro=_(
        "You know or have made a tool that helps to design or revise a social business model? Tell us about it: "
        "GT Production reviews every proposal, and a new sheet is drafted with you before it is published."
    ),
    submit_label=_("Send my proposal"),
    thanks=_("Thank you. GT Production will read your proposal and contact you before anything is published."),
)
REVISION = PublicForm(
    key="revision",
    form_class=forms.ToolRevisionForm,
    slugs={
        "fr": "suggerer-une-revision",
        "de": "ueberarbeitung-vorschlagen",
        "it": "suggerire-una-revisione",
        "en": "suggest-a-revision",
    },
    title=_("Suggest a revision"),
    intro=_("Something is unclear, missing or wrong in this sheet? Tell the reviewers what you would change."),
    submit_label=_("Send my suggestion"),
    thanks=_("Thank you. Your suggestion reaches the reviewers of this sheet; nothing changes before they agree."),
)
EXAMPLE = PublicForm(
    key="example",
    form_class=forms.ToolExampleForm,
    slugs={
        "fr": "partager-un-exemple",
        "de": "beispiel-teilen",
        "it": "condividere-un-esempio",
        "en": "share-an-example",
    },
    title=_("Share a usage example"),
    intro=_(
        "You have used this tool? Tell us where and how, and what came out of it, so that others can learn from it."
    ),
    submit_label=_("Send my example"),
    thanks=_("Thank you. GT Production will read your example and may add it to the sheet after review."),
)
TRANSLATION = PublicForm(
    key="translation",
    form_class=forms.TranslationOfferForm,
    slugs={
        "fr": "proposer-une-traduction",
        "de": "uebersetzung-anbieten",
        "it": "offrire-una-traduzione",
        "en": "offer-a-translation",
    },
    title=_("Offer a translation"),
    intro=_("This sheet does not exist in every language yet. Would you translate it with our translation reviewers?"),
    submit_label=_("Offer my help"),
    thanks=_("Thank you. The reviewers of that language will contact you to plan the translation."),
)
SHEET_FORMS = (REVISION, EXAMPLE, TRANSLATION)
# The same offer below any other page: same addresses and contribution kind, worded for a page.
PAGE_TRANSLATION = replace(
    TRANSLATION,
    intro=_("This page does not exist in every language yet. Would you translate it with our translation reviewers?"),
)


@dataclass(frozen=True)
class FormRoute:
    """One sub-page route of a page for some public forms; the slug of another language redirects to the page's own."""

    name: str
    public_forms: tuple

    @property
    def pattern(self):
        slugs = {slug for public_form in self.public_forms for slug in public_form.slugs.values()}
        return rf"^(?P<form_slug>{'|'.join(sorted(slugs))})/$"

    def form_for_slug(self, slug):
        return next(public_form for public_form in self.public_forms if slug in public_form.slugs.values())

    def path(self, page_class, public_form, language_code):
        """The form's address below a page of `page_class`, in `language_code` (no query: for listings)."""
        slug = public_form.slug(language_code)
        return page_class.get_resolver().reverse(self.name, form_slug=slug)

    def url(self, page, public_form, request=None, language_code=None):
        language_code = language_code or page.locale.language_code
        return (page.get_url(request) or "") + self.path(type(page), public_form, language_code)

    def serve(self, page, request, form_slug, form_kwargs=None, context=None, language_code=None):
        """Show the form, store a valid submission, then thank the visitor on the same address.

        The form speaks the page's language, or `language_code` when given: a visitor of a language
        the page is not translated into reads it, and the address, in their own."""
        public_form = self.form_for_slug(form_slug)
        language_code = language_code or page.locale.language_code
        url = self.url(page, public_form, request, language_code)
        if form_slug != public_form.slug(language_code):
            return redirect(url)
        with translation.override(language_code):
            form = None
            sent = request.GET.get("sent") == "1"
            if not sent:
                form = public_form.form_class(request.POST or None, page=page, request=request, **(form_kwargs or {}))
                if request.method == "POST" and form.is_valid():
                    form.save()
                    return redirect(url + "?sent=1")
            response = page.render(
                request,
                template="toolpages/contribution_form.html",
                context_overrides={
                    "public_form": public_form,
                    "form": form,
                    "sent": sent,
                    "form_url": url,
                    **(context or {}),
                },
            )
            # Rendered here, in the form's language, rather than after the view returns.
            response.render()
        response["Content-Language"] = language_code
        if form is not None:
            # Never stored by the page cache or a proxy: the form carries this visitor's CSRF token.
            add_never_cache_headers(response)
        return response


PROPOSAL_ROUTE = FormRoute("propose", (PROPOSAL,))
SHEET_ROUTE = FormRoute("contribute", SHEET_FORMS)
TRANSLATION_ROUTE = FormRoute("offer-translation", (PAGE_TRANSLATION,))
