"""Each published version of a tool adds its change summary to the public change log."""

from wagtail.signals import page_published

from .models import ToolChange, ToolPage


def record_change(sender, instance, revision=None, **kwargs):
    ToolChange.record(instance, revision)


def connect():
    page_published.connect(record_change, sender=ToolPage, dispatch_uid="toolpages.record_change")
