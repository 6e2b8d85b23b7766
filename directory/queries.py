"""The public's view of directory content, in the visitor's language: only what is listed or published.

Other apps and templates go through these functions (or `Provider.objects.listed()`), never
through raw querysets, so that expired and unpublished entries stay out of every public place.
"""

from django.conf import settings
from django.db.models import Prefetch

from wagtail.models import Page

from sbm_site.generation import remembered
from toolpages.models import ToolPage

from .choices import PartnerType
from .models.partners import Partner, PartnerProject
from .models.providers import Provider, ProviderTool


def in_language_or_default(queryset, locale):
    """One object per translation: in `locale` where it has one in `queryset`, else in the default language."""
    default_code = settings.LANGUAGE_CODE
    if locale.language_code == default_code:
        return queryset.filter(locale=locale)
    translated = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(locale__language_code__in=[locale.language_code, default_code]).exclude(
        locale__language_code=default_code, translation_key__in=translated
    )


def localized_live_pages(model, translation_keys, locale):
    """{translation_key: live public page in `locale`, else in the default language}."""
    pages = (
        model.objects.live()
        .public()
        .filter(
            translation_key__in=set(translation_keys),
            locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE],
        )
    )
    found = {}
    for page in pages.select_related("locale"):
        if page.translation_key not in found or page.locale_id == locale.pk:
            found[page.translation_key] = page
    return found


def live_tool_links(providers, locale, request=None):
    """{provider pk: [{"tool", "evidence", "evidence_url"}]}, live tools only, in the visitor's language."""
    links = list(
        ProviderTool.objects.filter(provider__in=providers)
        .order_by("provider_id", "sort_order")
        .values("provider_id", "tool__translation_key", "evidence", "evidence_url")
    )
    tools = localized_live_pages(ToolPage, [link["tool__translation_key"] for link in links], locale)
    result = {}
    for link in links:
        tool = tools.get(link["tool__translation_key"])
        if tool is not None:
            result.setdefault(link["provider_id"], []).append(
                {"tool": tool, "evidence": link["evidence"], "evidence_url": link["evidence_url"]}
            )
    return result


def directory_page_for(locale):
    """The live directory page of `locale`, else of the default language, or None."""
    from .models.pages import DirectoryPage  # the page model imports this module

    def find():
        keys = DirectoryPage.objects.values_list("translation_key", flat=True)
        pages = localized_live_pages(DirectoryPage, keys, locale)
        return next(iter(pages.values()), None)

    # Kept under the content generation (`sbm_site.chrome`): any publication or move retires it.
    return remembered(f"directory-page:{locale.language_code}", find)


def providers_for_tool(tool, directory_page, request=None):
    """The listed providers who declared `tool` (any language's version of it), one per translation in
    the tool's language where it has a listed one there, else in the default language, by name,
    each with its evidence and address. Not kept in the cache: a listing ends on a date."""
    if directory_page is None:
        return []
    providers = in_language_or_default(Provider.objects.listed(), tool.locale)
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
    pages = localized_live_pages(Page, keys, locale)
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
    return list(
        partners.filter(projects__page__translation_key=page.translation_key)
        .distinct()
        .select_related("logo")
        .order_by("name")
    )
