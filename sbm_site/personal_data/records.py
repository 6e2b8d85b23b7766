"""What model-backed stores share: rows for the export, erasure and anonymisation that leave no trace."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

from .registry import PersonalDataStore


def text_of(instance, name):
    """A field's value as the export gives it: choices by their label, dates in ISO 8601, relations by name."""
    field = instance._meta.get_field(name)
    value = getattr(instance, name)
    if value is None or isinstance(value, bool | int | dict | list):
        return value
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def forget_history(model, pks):
    """Audit log entries about these records keep what happened, not whom it was about."""
    with translation.override(settings.LANGUAGE_CODE):
        label = gettext("%(type)s (personal data erased)") % {"type": capfirst(model._meta.verbose_name)}
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
        object_id__in=[str(pk) for pk in pks],
    ).update(label=label, data={})


def delete_records(queryset):
    with transaction.atomic():
        pks = list(queryset.values_list("pk", flat=True))
        queryset.model._default_manager.filter(pk__in=pks).delete()
        forget_history(queryset.model, pks)
    return len(pks)


def anonymise_records(queryset, **blanks):
    """Keep the records' content, drop the person: `blanks` gives each personal field its empty value."""
    with transaction.atomic():
        pks = list(queryset.values_list("pk", flat=True))
        queryset.model._default_manager.filter(pk__in=pks).update(**blanks)
        forget_history(queryset.model, pks)
    return len(pks)


class ModelStore(PersonalDataStore):
    """A store whose records are rows of one model, found by an e-mail field; erasing deletes them."""

    model: type[models.Model]
    fields: tuple[str, ...] = ()
    email_field = "email"

    def queryset(self, email):
        return self.model._default_manager.filter(**{f"{self.email_field}__iexact": email}).order_by("pk")

    def find(self, email):
        return [
            {"id": record.pk, **{name: text_of(record, name) for name in self.fields}}
            for record in self.queryset(email)
        ]

    def field_labels(self):
        return {"id": "ID", **{name: capfirst(self.model._meta.get_field(name).verbose_name) for name in self.fields}}

    def erase(self, email, user):
        return delete_records(self.queryset(email))
