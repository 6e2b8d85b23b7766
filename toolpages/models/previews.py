"""The picture of a template's first page, shown beside its download link and on the tool's card."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TemplatePreview(models.Model):
    """The first page of a PDF document rendered to an image, for the file it was rendered from.

    Written when the document is saved (`toolpages.previews`); `file_hash` tells whether the document's
    file was replaced since. A document that is not a PDF, or a PDF that cannot be read, has none."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="template_preview", primary_key=True
    )
    image = models.ImageField(_("image"), upload_to="template-previews/")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    page_count = models.PositiveIntegerField(_("number of pages"), default=1)
    file_hash = models.CharField(max_length=40, blank=True)

    # Saving one changes what the sheets and the library show (`sbm_site.page_cache`).
    changes_public_pages = True

    class Meta:
        verbose_name = _("template preview")
        verbose_name_plural = _("template previews")

    def __str__(self):
        return self.image.name
