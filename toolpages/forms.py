"""The public co-creation forms of the tool library: propose a tool; on a sheet, suggest a revision,
share a usage example; on a sheet or any other translatable page, offer a translation. Each stores
a Contribution for GT Production."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm

PROPOSAL_KIND = "tool-proposal"
REVISION_KIND = "tool-revision"
EXAMPLE_KIND = "tool-example"
# Named when only tools had it; kept, as the inbox's stored offers carry it, now for any page.
TRANSLATION_KIND = "tool-translation"

# The parts of a sheet a revision may be about, each with the field a reviewer's comment is attached to.
SHEET_PARTS = [
    ("summary", _("The tool in brief")),
    ("for_whom", _("For whom")),
    ("reasons", _("Reasons to use it")),
    ("expected_results", _("Expected results and impacts")),
    ("conditions", _("Conditions of use")),
    ("risks", _("Points of attention, risks")),
    ("steps", _("How to use it")),
    ("instruments", _("Instruments (templates to download)")),
    ("examples", _("Usage examples")),
    ("references", _("References and lineage")),
    ("other", _("Something else")),
]
TEXT_LENGTH = 5000


def text_field(label, required=True, rows=5, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=TEXT_LENGTH,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def term_choices(terms):
    """Terms shown in the visitor's language, keyed by the slug every language shares."""
    return [("", _("I do not know")), *((term.slug, term.name) for term in terms)]


class ToolProposalForm(ContributionForm):
    """A new tool for the library."""

    kind = PROPOSAL_KIND
    detail_fields = ("tool_name", "canvas", "phase", "lineage")
    field_order = ["tool_name", "message", "canvas", "phase", "lineage", "name", "email", "organisation"]
    privacy_summary = _(
        "GT Production reads your proposal to assess it and may turn the tool, never your name or address, "
        "into a draft sheet; we keep your message 24 months (3 months if it is declined)."
    )

    tool_name = forms.CharField(label=_("Name of the tool"), max_length=160)
    canvas = forms.ChoiceField(label=_("The canvas it serves"), required=False)
    phase = forms.ChoiceField(label=_("The phase of an organisation's life it serves"), required=False)
    lineage = forms.CharField(
        label=_("Where it comes from"),
        max_length=255,
        required=False,
        help_text=_("Its authors, a book, an organisation that uses it; e.g. “Osterwalder and Pigneur (2010)”."),
    )

    def __init__(self, *args, canvases=(), phases=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"] = text_field(_("What it is for and how it is used"), rows=6)
        self.fields["canvas"].choices = term_choices(canvases)
        self.fields["phase"].choices = term_choices(phases)


class ToolRevisionForm(ContributionForm):
    """A change to a tool sheet, suggested by a reader."""

    kind = REVISION_KIND
    detail_fields = ("part",)
    field_order = ["part", "message", "name", "email", "organisation"]
    privacy_summary = _(
        "GT Production reads your suggestion to improve the sheet; your name and address are seen only by "
        "the editors, and we keep your message 24 months (3 months if it is declined)."
    )

    part = forms.ChoiceField(label=_("Which part of the sheet"), choices=[("", "—"), *SHEET_PARTS])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"] = text_field(_("Your suggestion"), rows=6)


class ToolExampleForm(ContributionForm):
    """How an organisation used the tool, to be added to the sheet's examples."""

    kind = EXAMPLE_KIND
    detail_fields = ("organisation_type", "country", "context", "outcome")
    field_order = [
        "organisation_type",
        "country",
        "context",
        "message",
        "outcome",
        "name",
        "email",
        "organisation",
    ]
    privacy_summary = _(
        "GT Production reads your example; once reviewed it may appear on the sheet under your organisation's "
        "name, never your own name or address; we keep your message 24 months (3 months if it is declined)."
    )

    organisation_type = forms.CharField(
        label=_("Type of organisation"), max_length=160, help_text=_("e.g. a cooperative, an association, a school")
    )
    country = forms.CharField(label=_("Country"), max_length=80)
    context = text_field(_("The organisation and its situation"), rows=4)
    outcome = text_field(_("What came out of it"), rows=4)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"] = text_field(_("What you did with the tool"), rows=5)


class TranslationOfferForm(ContributionForm):
    """An offer to translate a page (a sheet, a guide, an event…) into a language it does not exist in yet."""

    kind = TRANSLATION_KIND
    detail_fields = ("target_language",)
    field_order = ["target_language", "message", "name", "email", "organisation"]
    privacy_summary = _(
        "GT Production and the reviewers of that language read your offer to answer you; we keep it "
        "24 months (3 months if it is declined)."
    )

    target_language = forms.ChoiceField(label=_("Into which language"), widget=forms.RadioSelect)

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["target_language"].choices = [(code, names[code]) for code in languages]
        # A visitor reading another language than the page's most likely offers that one.
        if get_language() in languages:
            self.fields["target_language"].initial = get_language()
        self.fields["message"] = text_field(
            _("Your experience"),
            help_text=_("Translations you have made, and what you know of the subject."),
            rows=4,
        )
