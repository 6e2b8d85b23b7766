"""The base of every public form: identity, what is done with it, a honeypot, length limits, plain text.

No form asks for consent: each uses what it is sent only to answer the request, or to publish what
the visitor asks to have published, and says so in one sentence under the form (`privacy_summary`)
with a link to the privacy notice. A form whose data would serve anything more (a newsletter, say)
must add its own unticked, optional checkbox for that use alone.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import ratelimit
from .models import Contribution
from .notifications import notify_new_contribution

# A person needs more than this to fill in a form; robots post at once.
MIN_SECONDS_TO_FILL = 3
MAX_SECONDS_TO_FILL = 24 * 60 * 60


class ContributionForm(forms.Form):
    """A public form that stores a Contribution of `kind`; subclasses add what their kind needs."""

    kind = None
    # Fields of the subclass kept in Contribution.details rather than in a column.
    detail_fields = ()
    # Whether the kind's handlers are e-mailed of each new one (a subclass may tell them itself).
    notify_handlers = True
    # One sentence under the form: who reads what is sent, what for, and how long it is kept.
    privacy_summary = _(
        "The working group in charge reads what you send only to answer you; we keep it 24 months "
        "(3 months if it is rejected), then delete it."
    )

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    # Invisible to people (hidden by CSS and aria-hidden); robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    # When the form was shown, signed so that it cannot be forged.
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, page=None, request=None, **kwargs):
        self.page = page
        self.request = request
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = signing.dumps(time.time(), salt="sbm.contribution-form")
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def seconds_to_fill(self):
        try:
            started = signing.loads(self.cleaned_data.get("started", ""), salt="sbm.contribution-form")
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return time.time() - float(started)

    def is_spam(self):
        """Filled-in honeypot, or a form sent faster than a person could or with no valid start time."""
        if self.cleaned_data.get("website"):
            return True
        seconds = self.seconds_to_fill()
        return seconds is None or not MIN_SECONDS_TO_FILL <= seconds <= MAX_SECONDS_TO_FILL

    def clean(self):
        cleaned_data = super().clean()
        if self.request is not None and not self.errors and not ratelimit.allow(self.request, f"form:{self.kind}"):
            raise forms.ValidationError(
                _("You have sent several messages in a short time. Please try again in an hour."),
                code="rate_limited",
            )
        return cleaned_data

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
        )
        if contribution.status == Contribution.Status.NEW and self.notify_handlers:
            notify_new_contribution(contribution)
        return contribution
