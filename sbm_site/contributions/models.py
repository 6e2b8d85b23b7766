"""What visitors send: stored first, triaged in the admin inbox, never published as is."""

from django.conf import settings
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from . import registry


class Contribution(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    kind = models.CharField(_("kind"), max_length=40, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page concerned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    decision_note = models.TextField(_("note on the decision"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self):
        return f"{self.kind_label} – {self.name}"

    @property
    def kind_object(self):
        try:
            return registry.get(self.kind)
        except KeyError:
            return None

    @property
    def kind_label(self):
        kind = self.kind_object
        return kind.label if kind else self.kind

    # How the inbox's detail view shows the fields (wagtail-modeladmin asks for get_<field>_display).
    def get_kind_display(self):
        return self.kind_label

    def get_consent_display(self):
        return _("Yes") if self.consent else _("No")

    def get_details_display(self):
        """The answers particular to the kind, one per line, escaped."""
        if not self.details:
            return "–"
        return format_html(
            "<dl>{}</dl>",
            format_html_join(
                "",
                "<dt>{}</dt><dd>{}</dd>",
                ((key.replace("_", " ").capitalize(), value) for key, value in self.details.items()),
            ),
        )
