"""One way to show an image: Wagtail renditions in a <picture> with a WebP source and a fallback in the
original's kind (PNG keeps transparency, JPEG otherwise), a srcset for high-density screens, width and
height (no layout shift), lazy loading unless the image is the page's first view, and an alt text that
is either given, the image's own description, or empty for a decorative image.

    {% load sbm_images %}
    {% responsive_picture provider.logo "logo-card" alt="" %}
    {% responsive_picture partner.logo "cobranding" alt=partner.name priority=True %}
    {% responsive_picture value "content" alt=value.contextual_alt_text %}
"""

from django import template

from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

# preset: (size operations, brace-expanded as in Wagtail's {% picture %}; the `sizes` attribute or None
# when the image is drawn at its smallest rendition's width).
PRESETS = {
    "logo-card": ("max-{160x80,320x160}", None),
    "logo-page": ("max-{240x120,480x240}", None),
    "cobranding": ("height-{56,112}", None),
    "content": ("width-{480,800,1200}", "(min-width: 48rem) 45rem, calc(100vw - 2rem)"),
    "example": ("width-{320,480,960}", "(min-width: 40rem) 30rem, calc(100vw - 2rem)"),
}


def fallback_format(image):
    name = (image.file.name or "").lower()
    return "png" if name.endswith((".png", ".gif")) else "jpeg"


def unique_widths(renditions):
    """Drop renditions that came out the same size (Wagtail never enlarges a small original)."""
    seen, kept = set(), {}
    for spec, rendition in renditions.items():
        if rendition.width not in seen:
            seen.add(rendition.width)
            kept[spec] = rendition
    return kept


@register.simple_tag
def responsive_picture(image, preset, alt=None, css_class="", priority=False):
    """A <picture> of the image in the named preset; alt=None uses the image's description (or title)."""
    if not image:
        return ""
    sizes_spec, sizes = PRESETS[preset]
    renditions = {}
    for output_format in ("webp", fallback_format(image)):
        specs = Filter.expand_spec(f"{sizes_spec}|format-{output_format}")
        renditions.update(unique_widths(get_renditions_or_not_found(image, specs)))
    smallest = next(iter(renditions.values()))
    attrs = {
        "alt": image.default_alt_text if alt is None else alt,
        "sizes": sizes or f"{smallest.width}px",
        "decoding": "async",
    }
    if priority:
        attrs.update({"loading": "eager", "fetchpriority": "high"})
    else:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()
