"""Where the rest of the site uses a tool: the guides, training modules and open models built on it.

One query for all three, read by the tool sheet ("Other" tab). The pages are of the visitor's
language, live and public, and may point at the tool in any of its languages. It lives in `home`,
the top layer, which may import every app (imports point downwards, towards `sbm_site`).
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models.expressions import RawSQL

from wagtail.models import Page

from guides.models import GuidePage, GuideStep, TrainingModulePage, TrainingModuleTool
from sbm_site.i18n import active_locale
from sbm_site.models import site_pages
from showcase.models import ModelTool, OpenModelPage

PAGE_MODELS = {"guides": GuidePage, "trainings": TrainingModulePage, "models": OpenModelPage}
KINDS = tuple(PAGE_MODELS)
LINK_MODELS = (GuideStep, TrainingModuleTool, ModelTool)


@functools.cache
def pages_linking_a_tool_sql(alias):
    """SQL of the ids of the pages linking to any language's version of a tool, given its
    translation key three times: written once, from the link models, instead of having the ORM
    build and compile three joined subqueries for every sheet shown (docs/performance.md)."""
    quote = connections[alias].ops.quote_name
    page_table = quote(Page._meta.db_table)
    parts = []
    for link in LINK_MODELS:
        table = quote(link._meta.db_table)
        page_column = quote(link._meta.get_field("page").column)
        tool_column = quote(link._meta.get_field("tool").column)
        parts.append(
            f"SELECT link.{page_column} FROM {table} link INNER JOIN {page_table} tool"
            f" ON link.{tool_column} = tool.id WHERE tool.translation_key = %s"
        )
    return " UNION ALL ".join(parts)


def tool_uses(tool, request=None):
    """{"guides": [page], "trainings": [page], "models": [page]}, each in title order, with `listing_url`."""
    kind_of = {ContentType.objects.get_for_model(model).pk: kind for kind, model in PAGE_MODELS.items()}
    pages = site_pages().live().public()
    database = connections[pages.db]
    key = Page._meta.get_field("translation_key").get_db_prep_value(tool.translation_key, database)
    linking = RawSQL(pages_linking_a_tool_sql(pages.db), [key] * len(LINK_MODELS))
    pages = (
        pages.filter(pk__in=linking, locale=active_locale(), content_type_id__in=kind_of)
        .only("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id", "live")
        .order_by("title", "pk")
    )
    found = {kind: [] for kind in KINDS}
    for page in pages:
        page.listing_url = page.get_url(request)
        found[kind_of[page.content_type_id]].append(page)
    return found
