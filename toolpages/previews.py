"""Previews of uploaded templates: the first page of each PDF document rendered once with pypdfium2.

A preview is written when a document is saved (and again only when its file changes: the stored
preview remembers the file's hash), through the media storage, so it works on disk and on S3 alike.
A document that is not a PDF gets none (the sheet shows an icon of its type); a PDF that PDFium
cannot open or render gets none either, and no error reaches the person who uploaded it.
"""

import io
import logging
import threading

from django.core.files.base import ContentFile
from django.db.models.signals import post_delete, post_save
from django.utils.text import slugify

from wagtail.documents import get_document_model

import pypdfium2
from PIL import Image

from .models import TemplatePreview

logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 600  # pixels: sharp beside a download link on a sheet, and scaled down on a card
MAX_PDF_BYTES = 30 * 1024 * 1024
MAX_PAGE_POINTS = 14400  # PDF's own limit for a page side (200 inches); a bigger page is not drawn
# PDFium is not thread-safe: one rendering at a time in a process (a threaded server, or tests).
PDFIUM_LOCK = threading.Lock()


def is_pdf(document):
    return document.file_extension.lower() == "pdf"


def render_first_page(data):
    """(PNG bytes, number of pages, (width, height)) of a PDF's first page, or None if it cannot be
    read or drawn."""
    with PDFIUM_LOCK:
        image, page_count = draw_first_page(data) or (None, 0)
    if image is None:
        return None
    output = io.BytesIO()
    # A palette of 64 colours is plenty for a worksheet and keeps the file a few dozen kilobytes.
    image.quantize(colors=64, dither=Image.Dither.NONE).save(output, format="PNG", optimize=True)
    return output.getvalue(), page_count, image.size


def draw_first_page(data):
    """(Pillow image, number of pages) of a PDF's first page, or None."""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except (pypdfium2.PdfiumError, ValueError):
        return None
    try:
        page_count = len(pdf)
        if page_count < 1:
            return None
        page = pdf[0]
        width, height = page.get_size()
        if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS):
            return None
        bitmap = page.render(scale=PREVIEW_WIDTH / width)
        image = bitmap.to_pil().convert("RGB")
    except (pypdfium2.PdfiumError, ValueError, OSError):
        return None
    finally:
        pdf.close()
    return image, page_count


def refresh_preview(document):
    """Make the document's preview match its file: render it if the file is new, drop it if the
    document is no longer a PDF that can be drawn. Returns the preview or None."""
    rendered = file_hash = None
    if is_pdf(document) and document.file:
        try:
            # Wagtail computes a missing hash and saves the document (this runs again, inside).
            file_hash = document.get_file_hash()
        except OSError:
            logger.warning("The file of document %s cannot be read for its preview.", document.pk)
    existing = TemplatePreview.objects.filter(document=document).first()
    if existing and file_hash and existing.file_hash == file_hash:
        return existing
    if file_hash and (document.get_file_size() or 0) <= MAX_PDF_BYTES:
        try:
            with document.open_file() as file:
                rendered = render_first_page(file.read(MAX_PDF_BYTES + 1))
        except OSError:
            logger.warning("The file of document %s cannot be read for its preview.", document.pk)
    if rendered is None:
        if existing:
            existing.delete()
        return None
    if existing:
        existing.image.delete(save=False)
    png, page_count, (width, height) = rendered
    preview = existing or TemplatePreview(document=document)
    preview.page_count, preview.width, preview.height = page_count, width, height
    preview.file_hash = file_hash
    # The file's hash in the name: a replaced file gets a new address, which no browser or CDN has kept.
    name = f"{slugify(document.title)[:60] or 'template'}-{document.pk}-{file_hash[:10]}.png"
    preview.image.save(name, ContentFile(png), save=False)
    preview.save()
    return preview


def on_document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_preview(instance)


def on_preview_deleted(sender, instance, **kwargs):
    """A deleted document takes its preview along (cascade); its image goes from the storage too."""
    if instance.image:
        instance.image.delete(save=False)


def connect():
    post_save.connect(on_document_saved, sender=get_document_model(), dispatch_uid="toolpages.template_preview")
    post_delete.connect(on_preview_deleted, sender=TemplatePreview, dispatch_uid="toolpages.template_preview_image")
