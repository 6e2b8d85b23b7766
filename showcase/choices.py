"""Fixed vocabularies of the showcase: standard lists (countries, open licences, size bands), not taxonomies."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# ISO 3166-1 alpha-2 codes of the countries where models are shared or sought; extend as needed.
COUNTRIES = [
    ("CH", _("Switzerland")),
    ("FR", _("France")),
    ("BE", _("Belgium")),
    ("LU", _("Luxembourg")),
    ("DE", _("Germany")),
    ("AT", _("Austria")),
    ("IT", _("Italy")),
    ("LI", _("Liechtenstein")),
    ("ES", _("Spain")),
    ("PT", _("Portugal")),
    ("NL", _("Netherlands")),
    ("GB", _("United Kingdom")),
    ("CA", _("Canada")),
    ("MA", _("Morocco")),
    ("TN", _("Tunisia")),
    ("SN", _("Senegal")),
    ("CI", _("Côte d'Ivoire")),
    ("BF", _("Burkina Faso")),
    ("ML", _("Mali")),
    ("BJ", _("Benin")),
    ("CM", _("Cameroon")),
    ("CD", _("Democratic Republic of the Congo")),
    ("MG", _("Madagascar")),
    ("HT", _("Haiti")),
]


class OrganisationSize(models.TextChoices):
    MICRO = "1-9", _("1 to 9 people")
    SMALL = "10-49", _("10 to 49 people")
    MEDIUM = "50-249", _("50 to 249 people")
    LARGE = "250+", _("250 people or more")


class Licence(models.TextChoices):
    """Licences that let anyone reuse and adapt a model; non-commercial ones are not open."""

    CC_BY = "CC-BY-4.0", "Creative Commons Attribution 4.0 (CC BY 4.0)"
    CC_BY_SA = "CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)"
    CC0 = "CC0-1.0", "Creative Commons CC0 1.0 (public domain dedication)"


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}

LICENCE_SHORT_NAMES = {Licence.CC_BY: "CC BY 4.0", Licence.CC_BY_SA: "CC BY-SA 4.0", Licence.CC0: "CC0 1.0"}
