"""E-mail each provider whose listing ends within a month, once per listing period; run it daily."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory.models import ExpiryReminder, Provider
from directory.models.pages import directory_page_for
from sbm_site.contributions.notifications import one_line

logger = logging.getLogger("sbm.directory")

REMIND_DAYS_BEFORE = 30


class Command(BaseCommand):
    help = "Remind the owners of provider listings that end within a month (once per listing period)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List who would be reminded; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        due = (
            Provider.objects.listed(today)
            .filter(listed_until__lte=today + datetime.timedelta(days=REMIND_DAYS_BEFORE))
            .exclude(
                Exists(
                    ExpiryReminder.objects.filter(
                        provider__translation_key=OuterRef("translation_key"), listed_until=OuterRef("listed_until")
                    )
                )
            )
            .select_related("locale")
        )
        sent = 0
        for provider in one_per_provider(due):
            if dry_run:
                self.stdout.write(f"{provider.name} <{provider.email}> – {provider.listed_until}")
                continue
            if remind(provider):
                sent += 1
        if options["verbosity"] and not dry_run:
            self.stdout.write(f"{sent} reminder(s) sent.")


def one_per_provider(providers):
    """One row per provider (its translations share the listing): the default language's where it exists."""
    chosen = {}
    for provider in providers:
        current = chosen.get(provider.translation_key)
        if current is None or provider.locale.language_code == settings.LANGUAGE_CODE:
            chosen[provider.translation_key] = provider
    return sorted(chosen.values(), key=lambda provider: provider.pk)


def remind(provider):
    """Record the reminder, then send it; the record is undone if the mail fails, so it is tried again."""
    try:
        with transaction.atomic():
            ExpiryReminder.objects.create(
                provider=provider, listed_until=provider.listed_until, recipient=provider.email
            )
            send_reminder(provider)
    except IntegrityError:
        return False  # another run sent it meanwhile
    except Exception:  # noqa: BLE001 - one failing address must not stop the others
        logger.exception("Could not remind provider %s of its listing's end", provider.pk)
        return False
    return True


def send_reminder(provider):
    directory = directory_page_for(provider.locale)
    url = directory.full_url if directory else ""
    with translation.override(settings.LANGUAGE_CODE):
        subject = one_line(
            _("Your listing “%(name)s” in the Social Business Models directory ends soon") % {"name": provider.name}
        )
        body = render_to_string("directory/emails/reminder_body.txt", {"provider": provider, "url": url})
    administration = [settings.SBM_ADMINISTRATION_EMAIL] if settings.SBM_ADMINISTRATION_EMAIL else []
    EmailMessage(subject, body, to=[provider.email], bcc=administration, reply_to=administration).send()
