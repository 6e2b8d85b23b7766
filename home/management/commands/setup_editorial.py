from django.core.management.base import BaseCommand

from home.editorial import setup_editorial


class Command(BaseCommand):
    help = "Create or update the editorial groups, their rights and the moderation workflows (idempotent)."

    def handle(self, *args, **options):
        groups = setup_editorial()
        self.stdout.write(self.style.SUCCESS(f"Editorial model in place: {len(groups)} groups."))
