"""Fixed code lists of the directory: where providers work, in which languages, what they offer.

Cantons and countries are ISO 3166 codes, languages ISO 639-1 codes: standard lists, not
editorial taxonomies, so they live here with translated names.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProviderKind(models.TextChoices):
    CONSULTANT = "consultant", _("Consultant")
    TRAINER = "trainer", _("Trainer")
    ORGANISATION = "organisation", _("Organisation")


class PartnerType(models.TextChoices):
    UMBRELLA_BODY = "umbrella", _("Umbrella body")
    FUNDER = "funder", _("Funder")
    PUBLIC_BODY = "public", _("Public body")
    SCHOOL = "school", _("School")
    INTERNATIONAL = "international", _("International partner")


# In the order of their names, as people look for them.
CANTONS = [
    ("CH-AG", _("Aargau")),
    ("CH-AR", _("Appenzell Ausserrhoden")),
    ("CH-AI", _("Appenzell Innerrhoden")),
    ("CH-BL", _("Basel-Landschaft")),
    ("CH-BS", _("Basel-Stadt")),
    ("CH-BE", _("Bern")),
    ("CH-FR", _("Fribourg")),
    ("CH-GE", _("Geneva")),
    ("CH-GL", _("Glarus")),
    ("CH-GR", _("Graubünden")),
    ("CH-JU", _("Jura")),
    ("CH-LU", _("Lucerne")),
    ("CH-NE", _("Neuchâtel")),
    ("CH-NW", _("Nidwalden")),
    ("CH-OW", _("Obwalden")),
    ("CH-SG", _("St. Gallen")),
    ("CH-SH", _("Schaffhausen")),
    ("CH-SZ", _("Schwyz")),
    ("CH-SO", _("Solothurn")),
    ("CH-TG", _("Thurgau")),
    ("CH-TI", _("Ticino")),
    ("CH-UR", _("Uri")),
    ("CH-VS", _("Valais")),
    ("CH-VD", _("Vaud")),
    ("CH-ZG", _("Zug")),
    ("CH-ZH", _("Zurich")),
]

# Switzerland as a whole, its neighbours, Europe and the French-speaking countries where the
# association's tools circulate; editors ask GT Site to add a country when a provider needs it.
COUNTRIES = [
    ("CH", _("Switzerland")),
    ("LI", _("Liechtenstein")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("IT", _("Italy")),
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("LU", _("Luxembourg")),
    ("NL", _("Netherlands")),
    ("ES", _("Spain")),
    ("PT", _("Portugal")),
    ("GB", _("United Kingdom")),
    ("IE", _("Ireland")),
    ("CA", _("Canada")),
    ("SN", _("Senegal")),
    ("CI", _("Côte d'Ivoire")),
    ("CM", _("Cameroon")),
    ("MA", _("Morocco")),
    ("TN", _("Tunisia")),
    ("BJ", _("Benin")),
    ("BF", _("Burkina Faso")),
    ("MG", _("Madagascar")),
]

REGIONS = [(_("Swiss cantons"), CANTONS), (_("Countries"), COUNTRIES)]
REGION_NAMES = dict(CANTONS + COUNTRIES)

LANGUAGES = [
    ("fr", _("French")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("en", _("English")),
    ("rm", _("Romansh")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
LANGUAGE_NAMES = dict(LANGUAGES)

SERVICES = [
    ("coaching", _("Coaching and support")),
    ("workshops", _("Workshop facilitation")),
    ("training", _("Training")),
    ("diagnosis", _("Diagnosis and strategy")),
    ("governance", _("Governance and legal form")),
    ("impact", _("Impact measurement")),
    ("funding", _("Funding and financial models")),
]
SERVICE_NAMES = dict(SERVICES)
