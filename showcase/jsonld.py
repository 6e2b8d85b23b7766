"""Schema.org description of an open model for search engines and data reusers."""

import json

from django.utils.safestring import mark_safe

from .choices import LICENCE_URLS

# Characters that could close the <script> element or open a comment inside it.
SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def number(value):
    return int(value) if value == value.to_integral_value() else float(value)


def open_model_jsonld(page, request, figures):
    url = page.get_full_url(request)
    organisation = {"@type": "Organization", "@id": f"{url}#organisation", "name": page.organisation_name}
    address = {"@type": "PostalAddress", "addressCountry": page.country}
    if page.region:
        address["addressRegion"] = page.region
    organisation["address"] = address
    if page.founded:
        organisation["foundingDate"] = str(page.founded)
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": page.title,
        "inLanguage": page.locale.language_code,
        "license": LICENCE_URLS.get(page.licence, ""),
        "creditText": page.attribution,
        "isAccessibleForFree": True,
        "about": organisation,
        "hasPart": [
            {
                "@type": "Observation",
                "name": figure.indicator,
                "variableMeasured": figure.indicator,
                "value": number(figure.value),
                "unitText": figure.unit,
                "observationDate": str(figure.year),
                "observationAbout": {"@id": organisation["@id"]},
                "subjectOf": {"@type": "CreativeWork", "name": figure.source},
            }
            for figure in figures
        ],
    }
    if page.sector_id:
        data["genre"] = page.sector.name
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))  # noqa: S308 - escaped above
