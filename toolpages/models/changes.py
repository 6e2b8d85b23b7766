"""The public change log of a tool: one entry per published version with its change summary."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ToolChange(models.Model):
    """What changed in a tool when a version was published, as its editors summarised it."""

    page = models.ForeignKey("toolpages.ToolPage", on_delete=models.CASCADE, related_name="changes")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.CharField(_("version"), max_length=20)
    summary = models.TextField(_("what changed"))
    published_at = models.DateTimeField(_("published at"))

    class Meta:
        verbose_name = _("tool change")
        verbose_name_plural = _("tool changes")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.version}"

    @classmethod
    def record(cls, page, revision):
        """Log a publication unless it repeats the latest entry (a republish without a new summary)."""
        summary = page.change_summary.strip()
        if not summary:
            return None
        latest = cls.objects.filter(page=page).first()
        if latest and (latest.version, latest.summary) == (page.version, summary):
            return None
        return cls.objects.create(
            page=page,
            revision=revision,
            version=page.version,
            summary=summary,
            published_at=page.last_published_at or revision.created_at,
        )
