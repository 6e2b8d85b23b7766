"""An accepted provider application becomes a draft Provider in the moderation workflow."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .choices import ProviderKind
from .models import JOIN_SLUGS, Provider

# A new listing runs one year from its acceptance, unless the editor changes it.
FIRST_LISTING_DAYS = 365
LIST_FIELDS = ("regions", "languages", "services")


def unique_slug(name, locale):
    base = slugify(name)[:70] or "prestataire"
    slug, number = base, 1
    taken = set(Provider.objects.filter(locale=locale, slug__startswith=base).values_list("slug", flat=True))
    while slug in taken or slug in JOIN_SLUGS.values():
        number += 1
        slug = f"{base}-{number}"
    return slug


def accept_application(contribution, user):
    """A draft Provider in the default language, submitted to its moderation workflow; never live."""
    details = contribution.details
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    name = contribution.organisation or contribution.name
    paragraphs = [contribution.message]
    if details.get("tools_applied"):
        paragraphs.append(_("Tools applied, as stated in the application: %s") % details["tools_applied"])
    provider = Provider(
        locale=locale,
        name=name,
        slug=unique_slug(name, locale),
        kind=details.get("provider_kind") or ProviderKind.ORGANISATION,
        description="".join(f"<p>{escape(text)}</p>" for text in paragraphs if text),
        website=details.get("provider_website", ""),
        email=contribution.email,
        listed_until=timezone.localdate() + datetime.timedelta(days=FIRST_LISTING_DAYS),
        live=False,
        **{field: [code for code in details.get(field, "").split(",") if code] for field in LIST_FIELDS},
    )
    with transaction.atomic():
        provider.save()
        provider.save_revision(user=user, log_action=True)
        workflow = provider.get_workflow()
        if workflow is not None:
            workflow.start(provider, user)
    return provider
