from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import demo


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (idempotent; refused with production settings)."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Demo content is for development only: these settings do not allow it "
                "(DEMO_CONTENT_ALLOWED is off, as in production)."
            )
        # No surrounding transaction: wagtail-localize publishes translations when the transaction
        # commits, from page objects that would by then be stale (their child counts reset to 0).
        # Each step is idempotent instead, so an interrupted run is completed by running it again.
        demo.load()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded. Demo accounts use the password {demo.DEMO_PASSWORD!r}.")
        )
