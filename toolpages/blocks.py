"""StreamField blocks of a tool sheet: the how-to steps and the usage examples."""

import copy

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .terms import term_index

STEP_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=160)
    text = blocks.RichTextBlock(label=_("what to do"), features=STEP_FEATURES)
    duration = blocks.CharBlock(label=_("duration"), max_length=80, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class TermChooserBlock(SnippetChooserBlock):
    """A taxonomy term (a phase): read from the cached taxonomy (`toolpages.terms`), not with a query
    each time a sheet is shown. The value is the very term chosen, whatever the language in which it is
    read (templates show it in the visitor's language with `localized_term`)."""

    def bulk_to_python(self, values):
        by_pk = term_index(self.model_class)["by_pk"]
        if any(pk is not None and pk not in by_pk for pk in values):
            return super().bulk_to_python(values)  # a term newer than the cache, or one deleted
        return [None if pk is None else copy.copy(by_pk[pk]) for pk in values]


class OptionalImageChooserBlock(ImageChooserBlock):
    """An image that most values leave empty: with none chosen, no queryset is built to find none
    (Wagtail's `in_bulk([None])` would build one on every sheet with examples)."""

    def bulk_to_python(self, values):
        values = list(values)
        if all(value is None for value in values):
            return [None] * len(values)
        return super().bulk_to_python(values)


class UsageExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=160)
    context = blocks.TextBlock(label=_("context"))
    organisation_type = blocks.CharBlock(label=_("type of organisation"), max_length=160)
    country = blocks.CharBlock(label=_("country"), max_length=80)
    phase = TermChooserBlock("toolpages.Phase", label=_("phase"), required=False)
    outcome = blocks.TextBlock(label=_("what came out"))
    image = OptionalImageChooserBlock(label=_("image"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Usage example")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class UsageExamplesBlock(blocks.StreamBlock):
    example = UsageExampleBlock()
