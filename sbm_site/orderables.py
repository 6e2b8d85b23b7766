"""Rows of an inline list (Orderable) keep the order in which they were given.

Wagtail's editor numbers them (sort_order); rows made in code (demo content, imports,
accepted contributions) come without a number, and PostgreSQL would then return them in
any order. Each such row gets the next number among its siblings as it is saved.
"""

from django.db.models import Max

from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


def number_new_row(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Orderable) or instance.sort_order is not None:
        return
    parent = next((field for field in instance._meta.fields if isinstance(field, ParentalKey)), None)
    if parent is None:
        return
    siblings = type(instance)._default_manager.filter(**{parent.attname: getattr(instance, parent.attname)})
    highest = siblings.exclude(pk=instance.pk).aggregate(highest=Max("sort_order"))["highest"]
    instance.sort_order = 0 if highest is None else highest + 1
