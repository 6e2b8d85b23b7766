"""An accepted "shared model" contribution becomes a draft open model under the French index, never live."""

from django.conf import settings
from django.utils import translation
from django.utils.html import escape, linebreaks

from sbm_site.chrome import site_key
from sbm_site.contributions.triage import TriageError, unique_child_slug
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale, in_language_or_default

from . import canvas
from .choices import COUNTRIES, LICENCE_SHORT_NAMES, Licence
from .models import OpenModelIndexPage, OpenModelPage


def draft_from_contribution(contribution, user):
    index = OpenModelIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is None:
        raise TriageError("There is no open-model index in the default language to put the draft in.")
    details = contribution.details
    title = details.get("model_title") or contribution.organisation or contribution.name
    organisation = contribution.organisation or contribution.name
    licence = details.get("licence") if details.get("licence") in Licence.values else Licence.CC_BY_SA
    country = details.get("country") if details.get("country") in dict(COUNTRIES) else COUNTRIES[0][0]
    founded = details.get("founded", "")
    page = OpenModelPage(
        title=title[:255],
        slug=unique_child_slug(index, title, "modele"),
        live=False,
        owner=user,
        intro=linebreaks(escape(contribution.message)) if contribution.message else "",
        organisation_name=organisation[:200],
        country=country,
        region=details.get("region", "")[:100],
        legal_form=details.get("legal_form", "")[:120],
        founded=int(founded) if founded.isdigit() else None,
        revenue_model=linebreaks(escape(details.get("revenue_model", ""))) if details.get("revenue_model") else "",
        licence=licence,
        attribution=f"{title} – {organisation}, {LICENCE_SHORT_NAMES[licence]}"[:300],
        contact_url=details.get("organisation_website", ""),
        **{block.field_name: details.get(block.field_name, "") for block in canvas.BLOCKS},
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def share_page_url(request=None):
    """The address of the share-a-model form in the visitor's language (else the default language's), or
    ""; kept under the publication generation, like the chrome."""

    def find():
        index = in_language_or_default(OpenModelIndexPage.objects.live().public(), active_locale()).first()
        share_page = index.get_share_page() if index is not None else None
        return share_page.get_url(request) or "" if share_page is not None else ""

    return remembered(f"share-model-url:{site_key(request)}:{translation.get_language()}", find)
