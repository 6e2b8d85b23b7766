"""Filters of the guides', trainings' and events' index pages on the facets engine
(`sbm_site.facets`): one option at a time, no counts shown, an unknown value ignored."""

from django.utils.translation import gettext_lazy as _

from sbm_site.facets import Facet, Option, ValueFacet
from sbm_site.i18n import default_locale
from toolpages.models import Audience


def audience_facet(pages, locale):
    """The audiences that `pages` (of any language) use, named in `locale` where translated; they
    match pages of any language by translation key."""
    keys = set(pages.exclude(audience=None).values_list("audience__translation_key", flat=True))
    found = {}
    if keys:
        audiences = Audience.objects.filter(live=True, translation_key__in=keys, locale__in=[locale, default_locale()])
        for audience in audiences:
            if audience.locale_id == locale.pk or audience.translation_key not in found:
                found[audience.translation_key] = audience
    options = sorted(
        (Option(audience.slug, audience.name, match=audience.translation_key) for audience in found.values()),
        key=lambda option: option.label.lower(),
    )
    return ValueFacet("audience", _("Audience"), "audience__translation_key", options, many=False)


def chosen(request, facet):
    """The value the request selects in `facet`, or ""."""
    facet.select(request.GET.getlist(facet.key))
    return facet.selected[0] if facet.selected else ""


def selected_option(request, name, options):
    """The value of filter `name` when it is one of `options` ((value, label) pairs); anything else is ignored."""
    return chosen(request, Facet(name, "", [Option(str(value), label) for value, label in options], many=False))
