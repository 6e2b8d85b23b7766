"""The public's view of directory content, in the visitor's language: only what is listed or published.

Other apps and templates go through these functions (or `Provider.objects.listed()`, and
`directory_page_for` and `provider_public_url` beside the page model), never through raw
querysets, so that expired and unpublished entries stay out of every public place.
"""

from django.db.models import Prefetch
from django.utils import timezone

from wagtail.models import Page

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import in_language_or_default, live_pages_in
from toolpages.models import ToolPage

from ..choices import PartnerType
from .partners import Partner, PartnerProject
from .providers import Provider, ProviderTool


def live_tool_links(providers, locale, request=None):
    """{provider pk: [{"tool", "evidence", "evidence_url"}]}, live tools only, in the visitor's language."""
    links = list(
        ProviderTool.objects.filter(provider__in=providers)
        .order_by("provider_id", "sort_order")
        .values("provider_id", "tool__translation_key", "evidence", "evidence_url")
    )
    tools = live_pages_in([link["tool__translation_key"] for link in links], locale, model=ToolPage, fallback=True)
    result = {}
    for link in links:
        tool = tools.get(link["tool__translation_key"])
        if tool is not None:
            result.setdefault(link["provider_id"], []).append(
                {"tool": tool, "evidence": link["evidence"], "evidence_url": link["evidence_url"]}
            )
    return result


def providers_for_tool(tool, directory_page, request=None):
    """The listed providers who declared `tool` (any language's version of it), one per translation in
    the tool's language where it has a listed one there, else in the default language, by name,
    each with its evidence and address. Kept under the publication generation for the day only: a
    listing ends on a date."""
    if directory_page is None:
        return []
    today = timezone.localdate()

    def find():
        providers = in_language_or_default(Provider.objects.listed(today), tool.locale)
        links = (
            ProviderTool.objects.filter(tool__translation_key=tool.translation_key, provider__in=providers)
            .select_related("provider")
            .order_by("provider__name", "provider__id", "sort_order")
        )
        found, evidence = {}, {}
        for link in links:  # each provider with its (last) evidence for the tool
            found.setdefault(link.provider_id, link.provider)
            evidence[link.provider_id] = {"evidence": link.evidence, "evidence_url": link.evidence_url}
        return [
            {"provider": provider, "url": directory_page.provider_url(provider, request), "link": evidence[provider.pk]}
            for provider in found.values()
        ]

    key = f"tool-providers:{site_key(request)}:{tool.pk}:{directory_page.pk}:{today.isoformat()}"
    return remembered(key, find)


def partners_by_type(locale):
    """[(type label, [{"partner", "projects"}])] of the published partners, in the visitor's language."""
    partners = list(
        in_language_or_default(Partner.objects.filter(live=True), locale)
        .select_related("logo")
        .prefetch_related(
            "logo__renditions",
            Prefetch(
                "projects",
                queryset=PartnerProject.objects.select_related("page").only("partner", "page__translation_key"),
            ),
        )
        .order_by("name")
    )
    keys = [project.page.translation_key for partner in partners for project in partner.projects.all()]
    pages = live_pages_in(keys, locale, model=Page, fallback=True)
    groups = []
    for partner_type in PartnerType:
        members = [
            {
                "partner": partner,
                "projects": [
                    pages[project.page.translation_key]
                    for project in partner.projects.all()
                    if project.page.translation_key in pages
                ],
            }
            for partner in partners
            if partner.partner_type == partner_type
        ]
        if members:
            groups.append((partner_type.label, members))
    return groups


def partners_of_page(page):
    """The published partners with whom `page` (in any language) was made, in the page's language."""
    partners = in_language_or_default(Partner.objects.filter(live=True), page.locale)
    return list(partners.filter(projects__page__translation_key=page.translation_key).distinct().order_by("name"))
