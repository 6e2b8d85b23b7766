from .changes import ToolChange
from .consultation import ConsultationPage
from .library import ToolIndexPage
from .previews import TemplatePreview
from .taxonomy import Audience, Canvas, CanvasBlock, Phase
from .tool import ContributorRole, Licence, RelatedTool, ToolContributor, ToolInstrument, ToolPage, ToolStatus
from .translation_offer import TranslationOfferMixin, translation_offer_url
from .workshop import WorkshopPage

__all__ = [
    "Audience",
    "Canvas",
    "CanvasBlock",
    "ConsultationPage",
    "ContributorRole",
    "Licence",
    "Phase",
    "RelatedTool",
    "TemplatePreview",
    "ToolChange",
    "ToolContributor",
    "ToolIndexPage",
    "ToolInstrument",
    "ToolPage",
    "ToolStatus",
    "TranslationOfferMixin",
    "WorkshopPage",
    "translation_offer_url",
]
