"""Tell the people who triage a contribution that it has arrived; never fail the visitor."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from . import registry

logger = logging.getLogger("sbm.contributions")


def recipients_for(kind):
    users = get_user_model().objects.filter(is_active=True, groups__name__in=kind.handled_by).exclude(email="")
    addresses = set(users.values_list("email", flat=True)) | set(kind.notify_addresses())
    return sorted(addresses)


def notify_new_contribution(contribution):
    """E-mail the handlers. Returns True when the mail went out; a failure is logged, not raised."""
    kind = registry.get(contribution.kind)
    recipients = recipients_for(kind)
    if not recipients:
        return False
    # Handlers read the notice in the site's default language.
    with translation.override(None):
        context = {
            "contribution": contribution,
            "kind": kind,
            "admin_base_url": settings.WAGTAILADMIN_BASE_URL,
        }
        subject = render_to_string("contributions/new_contribution_subject.txt", context).strip()
        body = render_to_string("contributions/new_contribution_body.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # noqa: BLE001 - any mail failure must leave the stored contribution alone
        logger.exception("Could not e-mail contribution %s to its handlers", contribution.pk)
        return False
    return True
