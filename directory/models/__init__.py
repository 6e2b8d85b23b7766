from .pages import DirectoryPage, PartnersPage
from .partners import Partner, PartnerProject
from .providers import JOIN_SLUGS, ExpiryReminder, Provider, ProviderTool

__all__ = [
    "JOIN_SLUGS",
    "DirectoryPage",
    "ExpiryReminder",
    "Partner",
    "PartnerProject",
    "PartnersPage",
    "Provider",
    "ProviderTool",
]
