"""Why a visitor may not register for a training session (`TrainingSession.register` stores a registration)."""

from django.utils.translation import gettext_lazy as _

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
