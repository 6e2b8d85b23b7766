from django.core.management.base import BaseCommand, CommandError

from sbm_site.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into a folder, with a manifest of counts."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, folder, **options):
        try:
            manifest = backup(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backed up into {folder}: {manifest['counts']}"))
