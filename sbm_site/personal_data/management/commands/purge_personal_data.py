"""Erase or anonymise the personal data past its retention period (SBM_RETENTION_DAYS); run it daily."""

import logging

from django.core.management.base import BaseCommand

from sbm_site.personal_data.operations import purge
from sbm_site.personal_data.registry import retention_days

logger = logging.getLogger("sbm.personal_data")


class Command(BaseCommand):
    help = "Erase or anonymise personal data past its retention period; the audit log keeps the counts."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what is past its period; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        counts = purge(dry_run=dry_run)
        verb = "would be erased or anonymised" if dry_run else "erased or anonymised"
        if options["verbosity"]:
            for key, count in counts.items():
                self.stdout.write(f"{key} (kept {retention_days(key)} days): {count} {verb}")
        if not dry_run:
            logger.info("Personal data purged: %s", ", ".join(f"{key} {count}" for key, count in counts.items()))
