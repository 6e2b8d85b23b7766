from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib


class Command(BaseCommand):
    help = "Compile the interface catalogues (locale/*/LC_MESSAGES/*.po) to .mo, without needing GNU gettext."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")
