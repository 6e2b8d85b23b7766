"""StreamField blocks of a tool sheet: the how-to steps and the usage examples."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

STEP_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=160)
    text = blocks.RichTextBlock(label=_("what to do"), features=STEP_FEATURES)
    duration = blocks.CharBlock(label=_("duration"), max_length=80, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class UsageExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=160)
    context = blocks.TextBlock(label=_("context"))
    organisation_type = blocks.CharBlock(label=_("type of organisation"), max_length=160)
    country = blocks.CharBlock(label=_("country"), max_length=80)
    phase = SnippetChooserBlock("toolpages.Phase", label=_("phase"), required=False)
    outcome = blocks.TextBlock(label=_("what came out"))
    image = ImageChooserBlock(label=_("image"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Usage example")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class UsageExamplesBlock(blocks.StreamBlock):
    example = UsageExampleBlock()
