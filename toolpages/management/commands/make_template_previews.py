"""Draw the missing or outdated previews of PDF documents (those uploaded before previews existed)."""

from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model

from toolpages.previews import refresh_preview


class Command(BaseCommand):
    help = "Draw the first page of every PDF document whose preview is missing or older than its file."

    def handle(self, *args, **options):
        drawn = 0
        for document in get_document_model().objects.filter(file__iendswith=".pdf").iterator():
            if refresh_preview(document) is not None:
                drawn += 1
        self.stdout.write(f"{drawn} PDF documents have a preview.")
