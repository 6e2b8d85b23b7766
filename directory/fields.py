from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def flat_choices(options):
    """[(code, label)] from choices that may be grouped as [(group, [(code, label)])]."""
    flat = []
    for key, value in options:
        if isinstance(value, list | tuple):
            flat.extend(value)
        else:
            flat.append((key, value))
    return flat


class CodeListField(models.JSONField):
    """A list of codes taken from fixed options (cantons, languages…), edited as checkboxes.

    Stored as a JSON list so that a provider's facets come back in the same row as the provider.
    """

    def __init__(self, *args, options=(), **kwargs):
        self.options = options
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def valid_codes(self):
        return {code for code, _label in flat_choices(self.options)}

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in self.valid_codes()]
        if unknown:
            raise ValidationError(_("Unknown values: %(codes)s"), params={"codes": ", ".join(unknown)})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.options,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
