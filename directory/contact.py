"""Visitors write to a provider through the site: the message is stored, then forwarded by e-mail.

The provider's address never appears in a page; the visitor's address goes in Reply-To.
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm
from sbm_site.contributions.models import Contribution
from sbm_site.contributions.notifications import notify_new_contribution, one_line

logger = logging.getLogger("sbm.directory")

CONTACT_KIND = "provider-contact"


class ProviderContactForm(ContributionForm):
    kind = CONTACT_KIND
    # Each message goes to the provider; GT Administration hears only of those that could not be forwarded.
    notify_handlers = False

    privacy_summary = _(
        "Your message is forwarded by e-mail to this provider, who answers you at your address; the "
        "association keeps a copy 6 months, then deletes it."
    )

    def __init__(self, *args, provider=None, **kwargs):
        self.provider = provider
        super().__init__(*args, **kwargs)

    def save(self):
        contribution = super().save()
        contribution.details.update({"provider": self.provider.pk, "provider_name": self.provider.name})
        contribution.save(update_fields=["details"])
        if contribution.status == Contribution.Status.NEW:
            forwarded = forward_to_provider(contribution, self.provider)
            contribution.details["forwarded"] = forwarded
            contribution.save(update_fields=["details"])
            if not forwarded:
                notify_new_contribution(contribution)
        return contribution


def forward_to_provider(contribution, provider):
    """Send the stored message to the provider; False (logged) when the mail could not go out."""
    try:
        with translation.override(contribution.language):
            subject = one_line(
                gettext("Message from %(name)s through the Social Business Models directory")
                % {"name": contribution.name}
            )
            body = render_to_string(
                "directory/emails/contact_body.txt", {"contribution": contribution, "provider": provider}
            )
        EmailMessage(subject, body, to=[provider.email], reply_to=[contribution.email]).send()
    except Exception:  # noqa: BLE001 - the stored message must survive any mail failure
        logger.exception("Could not forward contact message %s to provider %s", contribution.pk, provider.pk)
        return False
    return True
