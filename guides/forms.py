from django import forms
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from sbm_site.contributions.forms import ContributionForm

from .registration import SessionUnavailable, refusal


def session_label(session):
    start = timezone.localtime(session.start)
    end = timezone.localtime(session.end)
    when = formats.date_format(start, "DATETIME_FORMAT")
    if end.date() == start.date():
        when = f"{when}–{formats.time_format(end, 'TIME_FORMAT')}"
    where = gettext("Online") if session.is_online else session.place
    parts = [when, where, session.language_name]
    if session.seats_left is not None:
        parts.append(gettext("%(count)s seat(s) left") % {"count": session.seats_left})
    return " · ".join(parts)


class RegistrationForm(ContributionForm):
    """Register for one session of a training module.

    It reuses the public-form protections (honeypot, signed time check, rate limit) but stores
    a Registration, not a contribution to triage.
    """

    kind = "training-registration"

    session = forms.IntegerField(label=_("Session"), widget=forms.RadioSelect)
    message = forms.CharField(
        label=_("Questions or needs (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    field_order = ["session", "name", "email", "organisation", "message", "website", "started"]
    privacy_summary = _(
        "GT Administration uses your registration only to organise the session and write to you about it, "
        "and deletes it 12 months after the session."
    )

    def __init__(self, *args, page=None, request=None, sessions=None, **kwargs):
        super().__init__(*args, page=page, request=request, **kwargs)
        self.sessions = {session.pk: session for session in (sessions if sessions is not None else page.get_sessions())}
        self.fields["session"].widget.choices = [
            (session.pk, session_label(session)) for session in self.sessions.values() if session.is_open
        ]
        self.fields["session"].error_messages["required"] = _("Please choose a session.")
        self.fields["session"].error_messages["invalid"] = _("Please choose one of the sessions listed.")

    def clean_session(self):
        session = self.sessions.get(self.cleaned_data["session"])
        if session is None:
            raise forms.ValidationError(_("Please choose one of the sessions listed."), code="unknown_session")
        reason = refusal(session)
        if reason:
            raise forms.ValidationError(reason, code="unavailable")
        return session

    def save(self):
        """The stored registration, or None with an error on the form if the session filled up meanwhile."""
        data = self.cleaned_data
        session = data["session"]
        details = {
            "name": data["name"],
            "email": data["email"],
            "organisation": data.get("organisation", ""),
            "message": data.get("message", ""),
            "language": (get_language() or "fr")[:2],
        }
        if self.is_spam():
            return session.keep_spam(**details)
        try:
            return session.register(**details)
        except SessionUnavailable as refused:
            self.add_error("session", refused.message)
            return None
