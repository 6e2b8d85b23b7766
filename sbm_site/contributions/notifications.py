"""Tell the people who triage a contribution that it has arrived; never fail the visitor.

Every e-mail subject of the site is plain text built with gettext in Python (a template would
HTML-escape it) and passed through `one_line`, since a header may not contain a line break.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from . import registry

logger = logging.getLogger("sbm.contributions")


def one_line(text):
    """`text` fit for a mail header: each run of whitespace, line breaks included, becomes one space."""
    return " ".join(str(text).split())


def recipients_for(kind):
    users = get_user_model().objects.filter(is_active=True, groups__name__in=kind.handled_by).exclude(email="")
    addresses = set(users.values_list("email", flat=True)) | set(kind.notify_addresses())
    return sorted(addresses)


def notify_new_contribution(contribution):
    """E-mail the handlers. Returns True when the mail went out; any failure is logged, not raised."""
    try:
        return send_notice(contribution)
    except Exception:  # noqa: BLE001 - any mail failure must leave the stored contribution alone
        logger.exception("Could not e-mail contribution %s to its handlers", contribution.pk)
        return False


def send_notice(contribution):
    kind = registry.get(contribution.kind)
    recipients = recipients_for(kind)
    if not recipients:
        return False
    # Handlers read the notice in the site's default language.
    with translation.override(None):
        subject = one_line(
            _("[SBM] New contribution: %(kind)s from %(name)s") % {"kind": kind.label, "name": contribution.name}
        )
        context = {"contribution": contribution, "kind": kind, "admin_base_url": settings.WAGTAILADMIN_BASE_URL}
        body = render_to_string("contributions/new_contribution_body.txt", context)
    send_mail(subject, body, None, recipients)
    return True
