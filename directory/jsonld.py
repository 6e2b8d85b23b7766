"""schema.org description of a provider, for search engines; never its contact address."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from .choices import ProviderKind


def provider_structured_data(provider, url, tools, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization" if provider.kind == ProviderKind.ORGANISATION else "ProfessionalService",
        "name": provider.name,
        "url": url,
        "description": strip_tags(provider.description).strip(),
        "areaServed": [str(name) for name in provider.region_names()],
        "knowsLanguage": list(provider.languages),
        "knowsAbout": [item["tool"].title for item in tools] + [str(name) for name in provider.service_names()],
    }
    if provider.website:
        data["sameAs"] = [provider.website]
    if provider.logo_id:
        rendition = provider.logo.get_rendition("max-400x400")
        data["logo"] = request.build_absolute_uri(rendition.url) if request else rendition.url
    text = json.dumps(data, ensure_ascii=False)
    # Inside <script>, markup characters must not end the element: JSON allows them escaped.
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
