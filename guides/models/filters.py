"""Filter options of the index pages, each computed in a fixed number of queries."""

from sbm_site.i18n import default_locale
from toolpages.models import Audience


def audience_options(pages, locale):
    """(slug, name) of the audiences that `pages` (of any language) use, in `locale` where translated."""
    keys = set(pages.exclude(audience=None).values_list("audience__translation_key", flat=True))
    if not keys:
        return []
    found = {}
    for audience in Audience.objects.filter(live=True, translation_key__in=keys, locale__in=[locale, default_locale()]):
        if audience.locale_id == locale.pk or audience.translation_key not in found:
            found[audience.translation_key] = audience
    return sorted(((audience.slug, audience.name) for audience in found.values()), key=lambda item: item[1].lower())


def with_audience(pages, slug, locale):
    """`pages` whose audience is the one called `slug` in `locale` or the default language, in any language."""
    audiences = Audience.objects.filter(slug=slug, locale__in=[locale, default_locale()])
    return pages.filter(audience__translation_key__in=audiences.values("translation_key"))


def selected_option(request, name, options):
    """The value of filter `name` when it is one of `options`; anything else is ignored."""
    value = request.GET.get(name, "")
    return value if value in {key for key, _label in options} else ""
