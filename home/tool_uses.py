"""Where the rest of the site uses a tool: the guides, training modules and open models built on it.

One query for all three, read by the tool sheet ("Other" tab). The pages are of the visitor's
language, live and public, and may point at the tool in any of its languages. It lives in `home`,
the top layer, which may import every app (imports point downwards, towards `sbm_site`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from guides.models import GuidePage, GuideStep, TrainingModulePage, TrainingModuleTool
from sbm_site.i18n import active_locale
from sbm_site.models import site_pages
from showcase.models import ModelTool, OpenModelPage

KINDS = ("guides", "trainings", "models")


def tool_uses(tool, request=None):
    """{"guides": [page], "trainings": [page], "models": [page]}, each in title order, with `listing_url`."""
    key = tool.translation_key
    links = {
        "guides": (GuidePage, GuideStep.objects.filter(tool__translation_key=key)),
        "trainings": (TrainingModulePage, TrainingModuleTool.objects.filter(tool__translation_key=key)),
        "models": (OpenModelPage, ModelTool.objects.filter(tool__translation_key=key)),
    }
    kind_of = {ContentType.objects.get_for_model(model).pk: kind for kind, (model, _links) in links.items()}
    using = Q()
    for _model, kind_links in links.values():
        using |= Q(pk__in=kind_links.values("page_id"))
    pages = (
        site_pages()
        .live()
        .public()
        .filter(using, locale=active_locale(), content_type_id__in=kind_of)
        .only("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id", "live")
        .order_by("title", "pk")
    )
    found = {kind: [] for kind in KINDS}
    for page in pages:
        page.listing_url = page.get_url(request)
        found[kind_of[page.content_type_id]].append(page)
    return found
