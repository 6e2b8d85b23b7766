""" "Partager votre modèle": what an organisation tells about its model, stored as a contribution."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm

from . import canvas
from .choices import COUNTRIES, Licence

# The blocks without which a model cannot be understood; the others can be completed with the editors.
REQUIRED_BLOCKS = {"values", "why", "who", "what"}
SHARED_MODEL_KIND = "shared-model"


def canvas_answer_field(block):
    return forms.CharField(
        label=block.title,
        help_text=block.about,
        max_length=canvas.ANSWER_LENGTH,
        required=block.field_name in REQUIRED_BLOCKS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ShareModelForm(ContributionForm):
    kind = SHARED_MODEL_KIND
    organisation_fields = (
        "model_title",
        "organisation",
        "country",
        "region",
        "sector",
        "legal_form",
        "founded",
        "organisation_website",
    )
    canvas_fields = tuple(block.field_name for block in canvas.BLOCKS)
    reuse_fields = ("impact", "revenue_model", "licence")
    contact_fields = ("name", "email", "message")
    privacy_summary = _(
        "GT Communication reads your model; once accepted and reviewed it is published under your "
        "organisation's name, never your own name or address; we keep your message 24 months (3 months "
        "if it is declined)."
    )
    detail_fields = tuple(name for name in organisation_fields + canvas_fields + reuse_fields if name != "organisation")
    field_order = [*organisation_fields, *canvas_fields, *reuse_fields, *contact_fields]

    model_title = forms.CharField(label=_("Name of the model"), max_length=200)
    country = forms.ChoiceField(label=_("Country"), choices=[("", "—"), *COUNTRIES])
    region = forms.CharField(label=_("Region"), max_length=100, required=False, help_text=_("Canton, region or city."))
    sector = forms.CharField(label=_("Sector"), max_length=100, required=False)
    legal_form = forms.CharField(label=_("Legal form"), max_length=120, required=False)
    founded = forms.IntegerField(label=_("Year founded"), min_value=1800, max_value=2100, required=False)
    organisation_website = forms.URLField(
        label=_("Website of the organisation"), max_length=300, required=False, assume_scheme="https"
    )

    values = canvas_answer_field(canvas.VALUES)
    where, why, who, through_what, what, with_what, verifiable, with_whom = (
        canvas_answer_field(block) for block in canvas.QUESTIONS
    )

    impact = forms.CharField(
        label=_("Social impact in figures"),
        help_text=_("For each figure: what is measured, the value and its unit, the year and where it comes from."),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    revenue_model = forms.CharField(
        label=_("Revenue model"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    licence = forms.ChoiceField(
        label=_("Open licence under which you share the model"),
        choices=Licence.choices,
        initial=Licence.CC_BY_SA,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].required = True
        self.fields["message"].label = _("Anything else we should know")
        self.fields["message"].required = False
        for name, form_field in self.fields.items():
            if form_field.help_text:
                form_field.widget.attrs["aria-describedby"] = f"id_{name}-help"

    def fieldsets(self):
        """The visible fields in the order a person fills them in, grouped under headings."""
        groups = [
            (_("Your organisation and its model"), self.organisation_fields),
            (_("The model on the business-model canvas"), self.canvas_fields),
            (_("Impact, revenue and licence"), self.reuse_fields),
            (_("About you"), self.contact_fields),
        ]
        return [(legend, [self[name] for name in names]) for legend, names in groups]
