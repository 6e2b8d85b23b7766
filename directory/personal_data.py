"""Providers' owners as stores of personal data: the listing's contact address and the reminders sent to it.

A listing is kept while the association lists it (no retention period here); erasing deletes it.
"""

from django.utils.translation import gettext_lazy as _

from sbm_site.personal_data.records import ModelStore

from .models import ExpiryReminder, Provider


class ProviderStore(ModelStore):
    key = "providers"
    label = _("Providers in the directory (contact address of the listing)")
    erasure_note = _(
        "The listing is deleted in every language, with its revisions and the reminders sent to it; "
        "it leaves the directory and the training modules that name it as a trainer."
    )
    order = 35  # after the reminders, which its erasure deletes with it
    model = Provider
    fields = ("name", "locale", "kind", "email", "website", "listed_until", "live")


class ExpiryReminderStore(ModelStore):
    key = "provider_reminders"
    label = _("Reminders sent to providers")
    erasure_note = _("Each reminder is deleted.")
    order = 30
    model = ExpiryReminder
    email_field = "recipient"
    fields = ("provider", "listed_until", "recipient", "sent_at")
