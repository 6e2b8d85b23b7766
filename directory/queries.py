"""The public's view of directory content, in the visitor's language: only what is listed or published.

Other apps and templates go through these functions (or `Provider.objects.listed()`), never
through raw querysets, so that expired and unpublished entries stay out of every public place.
"""

import functools

from django.conf import settings
from django.db import connections, router
from django.db.models import Prefetch
from django.utils import timezone

from wagtail.models import Page

from sbm_site.chrome import remembered
from sbm_site.i18n import default_locale
from sbm_site.sql import column_sql, columns_sql, quote, table_of
from toolpages.models import ToolPage

from .choices import PartnerType
from .models.partners import Partner, PartnerProject
from .models.providers import Provider, ProviderTool, listed_sql


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


@functools.cache
def providers_for_tool_sql(database, translated):
    """SQL of the listed providers who declared a tool (any language's version of it), each row a
    provider with the evidence of one of its links, in provider order, written once per process.

    Parameters: the tool's translation key, True and today (`listed_sql`), the tool's locale; when
    `translated` (a locale other than the default), then the default locale, True, today and the
    tool's locale again: one provider per translation, in the tool's locale where it has a listed
    one there, else in the default language."""
    name = quote(database)
    table = table_of(Provider, database)

    def column(model, field, table=None):
        return column_sql(model, field, database, table)

    evidence = ", ".join(
        f"{column(ProviderTool, field)} AS {name('link_' + field)}" for field in ("evidence", "evidence_url")
    )
    sql = (
        f"SELECT {columns_sql(Provider, database)}, {evidence} FROM {table_of(ProviderTool, database)}"
        f" INNER JOIN {table} ON {column(ProviderTool, 'provider')} = {column(Provider, 'pk')}"
        f" INNER JOIN {table_of(Page, database)} ON {column(ProviderTool, 'tool')} = {column(Page, 'pk')}"
        f" WHERE {column(Page, 'translation_key')} = %s AND {listed_sql(database)}"
    )
    if translated:
        # Another language: its own providers, and the default language's that it has not translated.
        sql += (
            f" AND ({column(Provider, 'locale')} = %s OR ({column(Provider, 'locale')} = %s"
            f" AND {column(Provider, 'translation_key')} NOT IN (SELECT {column(Provider, 'translation_key', 'other')}"
            f" FROM {table} other WHERE {listed_sql(database, 'other')} AND {column(Provider, 'locale', 'other')} = %s)))"
        )
    else:
        sql += f" AND {column(Provider, 'locale')} = %s"
    order = ", ".join((column(Provider, "name"), column(Provider, "id"), column(ProviderTool, "sort_order")))
    return f"{sql} ORDER BY {order}"


def providers_for_tool(tool, directory_page, request=None):
    """The listed providers who declared `tool`, in the tool's language, with their evidence and address."""
    if directory_page is None:
        return []
    database = router.db_for_read(Provider)
    connection = connections[database]
    key = Page._meta.get_field("translation_key").get_db_prep_value(tool.translation_key, connection)
    today = Provider._meta.get_field("listed_until").get_db_prep_value(timezone.localdate(), connection)
    translated = tool.locale.language_code != settings.LANGUAGE_CODE
    parameters = [key, True, today, tool.locale_id]
    if translated:
        parameters += [default_locale().pk, True, today, tool.locale_id]
    rows = Provider.objects.raw(providers_for_tool_sql(database, translated), parameters)
    providers, evidence = {}, {}
    for provider in rows:  # each provider with its (last) evidence for the tool
        providers.setdefault(provider.pk, provider)
        evidence[provider.pk] = {"evidence": provider.link_evidence, "evidence_url": provider.link_evidence_url}
    return [
        {"provider": provider, "url": directory_page.provider_url(provider, request), "link": evidence[provider.pk]}
        for provider in providers.values()
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
