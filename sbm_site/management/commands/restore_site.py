from django.core.management.base import BaseCommand, CommandError

from sbm_site.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore the database and the uploaded media from a backup folder, then check the counts."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--yes", action="store_true", help="Do not ask: the current data is replaced.")

    def handle(self, folder, yes=False, **options):
        if not yes and input("This replaces the current database and media. Type 'yes' to go on: ") != "yes":
            raise CommandError("Nothing restored.")
        try:
            expected, found = restore(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if expected != found:
            raise CommandError(f"Restored, but the counts differ: expected {expected}, found {found}")
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}; counts match: {found}"))
