"""Where personal data is kept: each app registers its stores; the rights view and the purge know none.

A store finds what it keeps about an e-mail address, exports it, erases it, and says which of
its records are past their retention period (`SBM_RETENTION_DAYS`, one period per kind of data).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet


@dataclass(frozen=True)
class RetentionRule:
    # A key of settings.SBM_RETENTION_DAYS: the kind of personal data and its period.
    key: str
    # expired(cutoff) -> the records of this kind last touched before `cutoff`.
    expired: Callable[..., QuerySet]
    # dispose(records) -> how many were erased or anonymised.
    dispose: Callable[[QuerySet], int]


class PersonalDataStore:
    """One place that keeps personal data; subclasses say how to find, export and erase it."""

    key = ""
    label = ""
    # Where its records come in the rights view and the exports.
    order = 100
    # Said on the confirmation page: what erasing does to this store's records.
    erasure_note = ""

    def find(self, email):
        """What this store keeps about `email`: a list of {field name: text} rows, each with its "id"."""
        raise NotImplementedError

    def field_labels(self):
        """{field name: label} for the rows `find` returns."""
        raise NotImplementedError

    def may_erase(self, user):
        return True

    def erase(self, email, user):
        """Erase (or anonymise) what `find(email)` returns; how many records."""
        raise NotImplementedError

    def retention_rules(self):
        return []


_stores: dict[str, PersonalDataStore] = {}
_allowed_groups: set[str] = set()


def register(store):
    _stores[store.key] = store
    return store


def all_stores():
    return sorted(_stores.values(), key=lambda store: store.order)


def allow_groups(*group_names):
    """The groups (besides superusers) who may search, export and erase personal data."""
    _allowed_groups.update(group_names)


def user_may_manage_personal_data(user):
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=_allowed_groups).exists()


def retention_days(key):
    return settings.SBM_RETENTION_DAYS[key]


def retention_keys():
    return list(settings.SBM_RETENTION_DAYS)
