"""The register of what was done with personal data: each use of the rights view and each purge."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonalDataOperation(models.Model):
    """One search, export, erasure or retention purge; it names no one (the address only as a keyed digest)."""

    class Operation(models.TextChoices):
        SEARCH = "search", _("Search for personal data")
        EXPORT = "export", _("Export of personal data")
        ERASE = "erase", _("Erasure of personal data")
        PURGE = "purge", _("Retention purge")

    operation = models.CharField(_("operation"), max_length=20, choices=Operation.choices)
    performed_at = models.DateTimeField(_("performed at"), auto_now_add=True)
    # HMAC of the lower-cased address with the site's secret key: the same address gives the same
    # digest (a repeated request can be recognised), but the address cannot be read from it.
    subject = models.CharField(_("address digest"), max_length=64, blank=True)
    counts = models.JSONField(_("records per store or kind"), default=dict, blank=True)

    class Meta:
        ordering = ["-performed_at"]
        verbose_name = _("personal data operation")
        verbose_name_plural = _("personal data operations")

    def __str__(self):
        return f"{self.get_operation_display()} ({timezone.localtime(self.performed_at):%Y-%m-%d %H:%M})"
