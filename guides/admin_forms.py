from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm

LOCAL_TIME_FIELDS = ("start", "end")


def zone_or_none(name):
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


class EventPageForm(WagtailAdminPageForm):
    """Start and end are typed and shown as wall-clock times of the event's time zone, not the editor's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zone_or_none(self.instance.time_zone)
        if zone is None:
            return
        for name in LOCAL_TIME_FIELDS:
            value = getattr(self.instance, name, None)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone = zone_or_none(cleaned_data.get("time_zone"))
        if zone is not None:
            for name in LOCAL_TIME_FIELDS:
                value = cleaned_data.get(name)
                if value is not None:
                    cleaned_data[name] = timezone.make_aware(timezone.make_naive(value), zone)
        return cleaned_data
