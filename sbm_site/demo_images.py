"""Small images drawn for the demo content, so that renditions, <picture> and alt texts can be seen."""

from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

# (fill, French name of the colour for the alt text); dark enough for white initials (contrast above 4.5:1).
PALETTE = [("#0b5d4b", "vert sapin"), ("#1a4fd6", "bleu"), ("#6b1e5a", "prune"), ("#7a4b00", "brun")]
LOGO_SIZE = (480, 240)


def initials(name):
    words = [word for word in name.replace("(", " ").split() if word[:1].isupper()]
    return "".join(word[0] for word in words[:2]) or name[:2].upper()


def draw_logo(name, fill):
    """A rounded badge with two rings and the initials: a PNG of 480 × 240, so that a 2× rendition exists."""
    canvas = PILImage.new("RGBA", LOGO_SIZE, (255, 255, 255, 0))
    draw = ImageDraw.Draw(canvas)
    width, height = LOGO_SIZE
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=36, fill=fill)
    draw.ellipse((28, 40, 188, 200), outline="#ffffff", width=10)
    draw.ellipse((98, 40, 258, 200), outline="#f2c14e", width=10)
    draw.text((290, height // 2), initials(name), fill="#ffffff", font=ImageFont.load_default(size=96), anchor="lm")
    data = BytesIO()
    canvas.save(data, "PNG", optimize=True)
    return data


def demo_logo(name, slug, position):
    """The fictional logo of a demo organisation, made once (found again by its title), with a true description."""
    images = get_image_model()
    title = f"Logo fictif – {name}"
    existing = images.objects.filter(title=title).first()
    if existing:
        return existing
    fill, colour_name = PALETTE[position % len(PALETTE)]
    image = images(
        title=title,
        description=(
            f"Logo fictif de {name} : les initiales {initials(name)} en blanc "
            f"et deux anneaux entrelacés sur fond {colour_name}"
        ),
        file=ImageFile(draw_logo(name, fill), name=f"logo-{slug}.png"),
    )
    image.save()
    return image
