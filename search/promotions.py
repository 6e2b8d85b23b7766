"""Results that editors promote for a query (Wagtail's search promotions), as the public may see them."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from sbm_site.models import site_pages

MAX_PROMOTIONS = 3


def promoted_pages(query, locale):
    """[{"page", "description"}]: live public pages of `locale` promoted for `query`, in the editors' order.

    Read-only: the query is not recorded, so that a visitor's search never writes to the database.
    """
    normalised = normalise_query_string(query)
    if not normalised:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalised, page__locale=locale)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not promotions:
        return []
    public = set(
        site_pages().live().public().filter(pk__in=[p.page_id for p in promotions]).values_list("pk", flat=True)
    )
    shown = {}
    for promotion in promotions:
        if promotion.page_id in public and promotion.page_id not in shown:
            shown[promotion.page_id] = {"page": promotion.page.specific, "description": promotion.description}
    return list(shown.values())[:MAX_PROMOTIONS]
