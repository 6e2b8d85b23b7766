from django import forms
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm


class MembershipForm(ContributionForm):
    kind = "membership"
    detail_fields = ("request",)
    field_order = ["request", "name", "email", "organisation", "message"]
    privacy_summary = _(
        "GT Administration reads your request only to answer it and deletes it after 24 months; "
        "nothing you send here is published."
    )

    request = forms.ChoiceField(
        label=_("I would like to"),
        choices=[
            ("join", _("become a member")),
            ("working-group", _("take part in a working group")),
            ("question", _("ask a question")),
        ],
        widget=forms.RadioSelect,
    )
