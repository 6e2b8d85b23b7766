"""“Rejoindre l'annuaire”: a provider applies to be listed; GT Administration turns it into a draft."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm

from .choices import LANGUAGES, REGIONS, SERVICES, ProviderKind

APPLICATION_KIND = "provider-application"


class ProviderApplicationForm(ContributionForm):
    kind = APPLICATION_KIND
    detail_fields = ("provider_kind", "regions", "languages", "services", "tools_applied", "provider_website")
    field_order = [
        "organisation",
        "provider_kind",
        "message",
        "regions",
        "languages",
        "services",
        "tools_applied",
        "provider_website",
        "name",
        "email",
    ]
    privacy_summary = _(
        "GT Administration reads your application; once accepted, the directory shows your organisation and "
        "what you offer, never your e-mail address; we keep your application 24 months (3 months if it is "
        "declined)."
    )

    provider_kind = forms.ChoiceField(label=_("You are"), choices=ProviderKind.choices, widget=forms.RadioSelect)
    regions = forms.MultipleChoiceField(
        label=_("Regions you serve"), choices=REGIONS, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"), choices=LANGUAGES, widget=forms.CheckboxSelectMultiple
    )
    services = forms.MultipleChoiceField(label=_("Services"), choices=SERVICES, widget=forms.CheckboxSelectMultiple)
    tools_applied = forms.CharField(
        label=_("Tools of the association you have applied, and where"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    provider_website = forms.URLField(label=_("Your website"), required=False, max_length=200, assume_scheme="https")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].required = True
        self.fields["organisation"].label = _("Name to show in the directory")
        self.fields["message"].label = _("Describe what you offer")
        self.fields["name"].label = _("Contact person")
        self.fields["email"].help_text = _("Never shown on the site: visitors' messages are forwarded to it.")

    def clean_regions(self):
        return ",".join(self.cleaned_data["regions"])

    def clean_languages(self):
        return ",".join(self.cleaned_data["languages"])

    def clean_services(self):
        return ",".join(self.cleaned_data["services"])
