"""Training registrations as a store of personal data: kept 12 months after the session, then anonymised."""

from django.utils.translation import gettext_lazy as _

from sbm_site.personal_data.records import ModelStore, anonymise_records, delete_records
from sbm_site.personal_data.registry import RetentionRule

from .models import Registration


def anonymise(registrations):
    """Who came goes; how many came to which session stays (the association reports on its training)."""
    return anonymise_records(registrations, name="", email="", organisation="", message="")


class RegistrationStore(ModelStore):
    key = "training_registrations"
    label = _("Training registrations")
    erasure_note = _("Each registration is deleted; a seat it held in a coming session is freed.")
    order = 20
    model = Registration
    fields = (
        "module",
        "session_start",
        "status",
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "consent",
        "created_at",
    )

    def retention_rules(self):
        return [
            RetentionRule(
                "spam",
                lambda cutoff: Registration.objects.filter(status=Registration.Status.SPAM, created_at__lt=cutoff),
                delete_records,
            ),
            RetentionRule(
                "training_registrations",
                lambda cutoff: (
                    Registration.objects.exclude(status=Registration.Status.SPAM)
                    .exclude(email="")
                    .filter(session_start__lt=cutoff)
                ),
                anonymise,
            ),
        ]
