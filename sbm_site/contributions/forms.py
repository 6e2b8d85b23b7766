"""The base of every public form: identity, consent, a honeypot, length limits, plain text."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Contribution
from .notifications import notify_new_contribution


class ContributionForm(forms.Form):
    """A public form that stores a Contribution of `kind`; subclasses add what their kind needs."""

    kind = None
    # Fields of the subclass kept in Contribution.details rather than in a column.
    detail_fields = ()

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=_("I agree that the association stores this message and contacts me about it."),
        error_messages={"required": _("Please give your consent so that we may store your message.")},
    )
    # Invisible to people (hidden by CSS and aria-hidden); robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, page=None, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    def save(self):
        """Store the contribution, then tell its handlers; the stored record never depends on mail."""
        data = self.cleaned_data
        contribution = Contribution.objects.create(
            kind=self.kind,
            status=Contribution.Status.SPAM if self.is_spam() else Contribution.Status.NEW,
            language=(get_language() or "fr")[:2],
            name=data["name"],
            email=data["email"],
            organisation=data.get("organisation", ""),
            message=data.get("message", ""),
            details={field: str(data[field]) for field in self.detail_fields if data.get(field) not in (None, "")},
            page=self.page,
            consent=data["consent"],
        )
        if contribution.status == Contribution.Status.NEW:
            notify_new_contribution(contribution)
        return contribution
