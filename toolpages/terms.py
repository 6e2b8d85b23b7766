"""The one place where taxonomy terms are shown in the visitor's language.

Tools point at the terms of the default language (translations of a tool keep those links);
every list of terms goes through here to be shown in the active language, falling back to the
default language's term where a translation is missing. Terms are matched by translation key.
"""

from django.conf import settings

from sbm_site.i18n import active_locale


def terms_in_active_locale(model, queryset=None):
    """Every term of a taxonomy, in the active language where it exists, in the editors' order (one query)."""
    locale = active_locale()
    queryset = model.objects.all() if queryset is None else queryset
    terms = queryset.filter(locale__language_code__in={locale.language_code, settings.LANGUAGE_CODE})
    chosen = {}
    for term in terms.select_related("locale"):
        current = chosen.get(term.translation_key)
        if current is None or term.locale_id == locale.pk:
            chosen[term.translation_key] = term
    return sorted(chosen.values(), key=lambda term: (term.sort_order, term.name))


def localized_terms(terms, translations=None):
    """`terms` shown in the active language; `translations` maps translation keys to terms already loaded."""
    terms = list(terms)
    if not terms:
        return []
    if translations is None:
        model = type(terms[0])
        keys = [term.translation_key for term in terms]
        translations = {
            term.translation_key: term
            for term in terms_in_active_locale(model, model.objects.filter(translation_key__in=keys))
        }
    return sorted(
        (translations.get(term.translation_key, term) for term in terms), key=lambda term: (term.sort_order, term.name)
    )


def by_translation_key(terms):
    return {term.translation_key: term for term in terms}
