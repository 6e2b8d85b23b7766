"""Messages of Wagtail and wagtail-localize that their own catalogues leave untranslated (or
translate as the English word) in a language the association works in. Listed here so that
`make messages` keeps them in the project's catalogues, which come first in `LOCALE_PATHS`:
their translations there are the ones the admin shows. Remove an entry once upstream translates it.
"""

from django.utils.translation import gettext_noop

MESSAGES = [
    # Wagtail's language of a page: "Locale" in its German catalogue, "Région" in its French one.
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Switch locales"),
]
