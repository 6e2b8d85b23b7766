"""Registering for a training session: seats are counted under a lock, across every language."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Registration, TrainingSession

PAST = _("This session has already taken place: registration is closed.")
CLOSED = _("Registration for this session is closed.")
FULL = _("This session is full: no seat is left. Please choose another session.")


class SessionUnavailable(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def refusal(session):
    """Why one may not register for an annotated session, or None."""
    if session.is_past:
        return PAST
    if not session.registration_open:
        return CLOSED
    if session.is_full:
        return FULL
    return None


def register(session, **details):
    """Store a confirmed registration for `session`, or raise SessionUnavailable.

    Every language's copy of the session row is locked first, so two visitors cannot both take
    the last seat (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers anyway).
    """
    with transaction.atomic():
        copies = list(
            TrainingSession.objects.select_for_update().filter(translation_key=session.translation_key).order_by("pk")
        )
        current = next((copy for copy in copies if copy.pk == session.pk), None)
        if current is None:
            raise SessionUnavailable(CLOSED)
        taken = Registration.seats_taken([current.translation_key]).get(current.translation_key, 0)
        current.annotate_state(taken, timezone.now())
        reason = refusal(current)
        if reason:
            raise SessionUnavailable(reason)
        return Registration.objects.create(
            session=current,
            session_key=current.translation_key,
            module_id=current.page_id,
            session_start=current.start,
            status=Registration.Status.CONFIRMED,
            **details,
        )
