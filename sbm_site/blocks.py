"""StreamField blocks shared by every app: one body block for ordinary prose."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    level = blocks.ChoiceBlock(label=_("level"), choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2")

    class Meta:
        icon = "title"
        template = "includes/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "openquote"
        template = "includes/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "doc-full"
        template = "includes/blocks/document_link.html"


PROSE_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=PROSE_FEATURES, template="includes/blocks/paragraph.html"
    )
    image = ImageBlock(label=_("image"), template="includes/blocks/image.html")
    quote = QuoteBlock()
    document = DocumentLinkBlock()
