"""Kinds of public contribution: each app registers its own; the inbox knows none of them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class ContributionKind:
    key: str
    label: str
    # The editorial groups that triage this kind (the Comité sees every kind).
    handled_by: tuple[str, ...]
    # Extra addresses told of each new one, e.g. a working group's shared mailbox setting.
    notify_setting: str = ""
    # accept(contribution, user) -> the draft it becomes (a page or snippet, never published),
    # or None for kinds that are only answered (a membership request).
    accept: Callable | None = None
    # What the accept button says, e.g. "Create a draft tool".
    accept_label: str = ""
    # How long it is kept (a key of settings.SBM_RETENTION_DAYS), from the decision or, untriaged, from
    # receipt; spam and rejected ones follow their own period whatever their kind.
    retention: str = "triaged"
    # Past that period, the content is kept without the person's name, address and organisation
    # (what was proposed may live on in a tool), or erased whole (it was only about the person).
    keep_content: bool = True

    @property
    def becomes_draft(self):
        """Whether Accept turns it into something (templates would call `accept` itself)."""
        return self.accept is not None

    def notify_addresses(self):
        address = getattr(settings, self.notify_setting, "") if self.notify_setting else ""
        return [address] if address else []


_kinds: dict[str, ContributionKind] = {}


def register(kind):
    _kinds[kind.key] = kind
    return kind


def get(key):
    return _kinds[key]


def all_kinds():
    return list(_kinds.values())


def kinds_handled_by(group_names):
    """The keys of the kinds that any of these groups triage."""
    names = set(group_names)
    return [kind.key for kind in _kinds.values() if names.intersection(kind.handled_by)]
