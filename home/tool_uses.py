"""Where the rest of the site uses a tool: the guides, training modules and open models built on it.

One query for all three, read by the tool sheet ("Other" tab). The pages are of the visitor's
language, live and public, and may point at the tool in any of its languages. It lives in `home`,
the top layer, which may import every app (imports point downwards, towards `sbm_site`).
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router

from wagtail.models import Page

from guides.models import GuidePage, GuideStep, TrainingModulePage, TrainingModuleTool
from sbm_site.chrome import is_public
from sbm_site.i18n import active_locale
from sbm_site.sql import column_sql, table_of
from showcase.models import ModelTool, OpenModelPage

PAGE_MODELS = {"guides": GuidePage, "trainings": TrainingModulePage, "models": OpenModelPage}
KINDS = tuple(PAGE_MODELS)
LINK_MODELS = (GuideStep, TrainingModuleTool, ModelTool)


@functools.cache
def pages_linking_a_tool_sql(alias):
    """SQL of the ids of the pages linking to any language's version of a tool, given its
    translation key three times: written once, from the link models, instead of having the ORM
    build and compile three joined subqueries for every sheet shown (docs/performance.md)."""
    parts = []
    for link in LINK_MODELS:
        parts.append(
            f"SELECT {column_sql(link, 'page', alias, 'link')} FROM {table_of(link, alias)} link"
            f" INNER JOIN {table_of(Page, alias)} tool ON {column_sql(link, 'tool', alias, 'link')}"
            f" = {column_sql(Page, 'pk', alias, 'tool')} WHERE {column_sql(Page, 'translation_key', alias, 'tool')} = %s"
        )
    return " UNION ALL ".join(parts)


# What a listed page needs to show its title and link.
LISTED_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id", "live")


@functools.cache
def tool_uses_sql(alias):
    """SQL of the live pages of one locale and of the listed types that link to a tool, in title
    order. Parameters: the tool's translation key (once per link model), True, the locale, the
    content types of PAGE_MODELS."""

    def column(field):
        return column_sql(Page, field, alias)

    kinds = ", ".join(["%s"] * len(PAGE_MODELS))
    return (
        f"SELECT {', '.join(column(field) for field in LISTED_FIELDS)} FROM {table_of(Page, alias)}"
        f" WHERE {column('id')} IN ({pages_linking_a_tool_sql(alias)}) AND {column('live')} = %s"
        f" AND {column('locale')} = %s AND {column('content_type')} IN ({kinds})"
        f" ORDER BY {column('title')}, {column('id')}"
    )


def tool_uses(tool, request=None):
    """{"guides": [page], "trainings": [page], "models": [page]}, each in title order, with `listing_url`."""
    kind_of = {ContentType.objects.get_for_model(model).pk: kind for kind, model in PAGE_MODELS.items()}
    alias = router.db_for_read(Page)
    key = Page._meta.get_field("translation_key").get_db_prep_value(tool.translation_key, connections[alias])
    parameters = [key] * len(LINK_MODELS) + [True, active_locale().pk, *kind_of]
    found = {kind: [] for kind in KINDS}
    for page in Page.objects.raw(tool_uses_sql(alias), parameters):
        if is_public(page):
            page.listing_url = page.get_url(request)
            found[kind_of[page.content_type_id]].append(page)
    return found
