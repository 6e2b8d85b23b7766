"""Search, export and erase one person's data across every store; purge what is past its period.

Each operation is kept in the register and Wagtail's audit log with counts only: the searched
address appears in neither, only its keyed digest.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from wagtail.log_actions import log

from . import registry
from .models import PersonalDataOperation


@dataclass
class Found:
    store: registry.PersonalDataStore
    rows: list

    @property
    def labels(self):
        return self.store.field_labels()

    def labelled_rows(self):
        """Each row as (label, value) pairs, in the store's order, for the admin's tables."""
        labels = self.labels
        return [[(labels.get(name, name), value) for name, value in row.items()] for row in self.rows]


def subject_digest(email):
    return salted_hmac("sbm.personal_data.subject", email.strip().lower(), algorithm="sha256").hexdigest()


def record(operation, user=None, email="", counts=None):
    counts = counts or {}
    entry = PersonalDataOperation.objects.create(
        operation=operation, subject=subject_digest(email) if email else "", counts=counts
    )
    log(
        instance=entry,
        action=f"sbm.personal_data.{operation}",
        user=user,
        data={"counts": counts, "subject": entry.subject},
    )
    return entry


def find(email):
    return [Found(store, store.find(email)) for store in registry.all_stores()]


def counts_of(found):
    return {result.store.key: len(result.rows) for result in found}


def as_json(email, found):
    """Everything found, machine-readable (portability): one list of records per store."""
    document = {
        "email": email,
        "exported_at": timezone.localtime().isoformat(),
        "stores": {result.store.key: {"label": str(result.store.label), "records": result.rows} for result in found},
    }
    return json.dumps(document, ensure_ascii=False, indent=2, default=str)


def as_csv(found):
    """Everything found, one value per line: store, record, field, value (stores do not share columns)."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["store", "record", "field", "value"])
    for result in found:
        for row in result.rows:
            for name, value in row.items():
                if name != "id":
                    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
                    writer.writerow([result.store.key, row["id"], name, text])
    return output.getvalue()


def erase(email, user):
    with transaction.atomic():
        counts = {store.key: store.erase(email, user) for store in registry.all_stores()}
        record(PersonalDataOperation.Operation.ERASE, user=user, email=email, counts=counts)
    return counts


def purge(now=None, dry_run=False):
    """Erase or anonymise each kind of personal data past its period; counts per kind (nothing changed on a dry run)."""
    now = now or timezone.now()
    counts = dict.fromkeys(registry.retention_keys(), 0)
    with transaction.atomic():
        for store in registry.all_stores():
            for rule in store.retention_rules():
                cutoff = now - datetime.timedelta(days=registry.retention_days(rule.key))
                expired = rule.expired(cutoff)
                counts[rule.key] += expired.count() if dry_run else rule.dispose(expired)
        if not dry_run:
            record(PersonalDataOperation.Operation.PURGE, counts=counts)
    return counts
