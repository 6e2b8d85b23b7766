"""Decisions on a contribution: accept it into a draft, reject it with a reason, mark it as spam.

Each decision records who took it and when, and is written to Wagtail's audit log.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.log_actions import log
from wagtail.models import Revision

from . import registry
from .models import Contribution


class TriageError(Exception):
    pass


def decide(contribution, user, status, note=""):
    contribution.status = status
    contribution.handled_by = user
    contribution.handled_at = timezone.now()
    if note:
        contribution.decision_note = note
    contribution.save(update_fields=["status", "handled_by", "handled_at", "decision_note"])
    log(instance=contribution, action=f"sbm.contribution.{status}", user=user, data={"note": note})


def accept(contribution, user):
    """Turn the contribution into a draft with its kind's `accept`; returns the draft."""
    if contribution.status != Contribution.Status.NEW:
        raise TriageError("This contribution has already been handled.")
    kind = registry.get(contribution.kind)
    if kind.accept is None:
        raise TriageError("This kind of contribution does not become a draft.")
    with transaction.atomic():
        try:
            draft = kind.accept(contribution, user)
        except ValidationError as error:
            raise TriageError(f"The draft could not be created: {'; '.join(error.messages)}") from error
        if getattr(draft, "live", False) or is_live_revision(draft):
            raise TriageError("An accepted contribution must become a draft, never live content.")
        decide(contribution, user, Contribution.Status.ACCEPTED)
    return draft


def is_live_revision(draft):
    """A kind may accept into a new revision of live content; that revision must not be the published one."""
    return isinstance(draft, Revision) and getattr(draft.content_object, "live_revision_id", None) == draft.pk


def reject(contribution, user, reason):
    decide(contribution, user, Contribution.Status.REJECTED, reason)


def mark_spam(contribution, user):
    decide(contribution, user, Contribution.Status.SPAM)


def unique_child_slug(parent, title, fallback):
    """A slug for a new draft under `parent` from `title`, numbered if a sibling already has it."""
    base = slugify(title)[:70] or fallback
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
