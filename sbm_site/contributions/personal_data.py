"""Contributions as a store of personal data: every kind, with the retention period its app chose."""

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from sbm_site.personal_data.records import ModelStore, anonymise_records, delete_records
from sbm_site.personal_data.registry import RetentionRule

from . import registry
from .models import Contribution

Status = Contribution.Status


def last_touched_before(cutoff):
    """Contributions whose last decision (or receipt, while untriaged) is older than `cutoff`."""
    return Contribution.objects.alias(touched_at=Coalesce(F("handled_at"), F("created_at"))).filter(
        touched_at__lt=cutoff
    )


def anonymise(contributions):
    return anonymise_records(contributions, name="", email="", organisation="")


class ContributionStore(ModelStore):
    key = "contributions"
    label = _("Contributions (forms, membership requests, messages to providers)")
    erasure_note = _("Each contribution is deleted, whatever its kind and state; drafts made from it stay.")
    order = 10
    model = Contribution
    fields = (
        "kind",
        "status",
        "language",
        "name",
        "email",
        "organisation",
        "message",
        "details",
        "page",
        "consent",
        "created_at",
        "handled_at",
        "decision_note",
    )

    def find(self, email):
        labels = {kind.key: str(kind.label) for kind in registry.all_kinds()}
        return [{**row, "kind": labels.get(row["kind"], row["kind"])} for row in super().find(email)]

    def retention_rules(self):
        rules = [
            RetentionRule(
                "spam", lambda cutoff: last_touched_before(cutoff).filter(status=Status.SPAM), delete_records
            ),
            RetentionRule(
                "rejected", lambda cutoff: last_touched_before(cutoff).filter(status=Status.REJECTED), delete_records
            ),
        ]
        for kind in registry.all_kinds():
            rules.append(
                RetentionRule(
                    kind.retention,
                    # An anonymised contribution has no address left: it is past every period already.
                    lambda cutoff, key=kind.key: (
                        last_touched_before(cutoff)
                        .filter(kind=key, status__in=[Status.NEW, Status.ACCEPTED])
                        .exclude(email="")
                    ),
                    anonymise if kind.keep_content else delete_records,
                )
            )
        return rules
