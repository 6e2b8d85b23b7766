"""Uploads through the admin's own views: size and pixel limits, an allow-list of file types,
and documents served with safe headers."""

import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image

import pytest
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db


def png(width, height):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def upload_image(client, content, name="picture.png"):
    return client.post(
        "/admin/images/add/",
        {"title": "Une image", "file": SimpleUploadedFile(name, content, content_type="image/png")},
    )


def test_an_ordinary_image_is_accepted(client, login):
    login("site")
    upload_image(client, png(800, 600))
    assert Image.objects.filter(title="Une image").exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's own alarm, expected here
def test_a_decompression_bomb_is_rejected(client, login):
    login("site")
    bomb = png(10_000, 10_000)  # 100 megapixels in a file of a few kilobytes
    assert len(bomb) < 100_000
    response = upload_image(client, bomb)
    assert response.status_code == 200
    assert not Image.objects.filter(title="Une image").exists()
    assert "pixels" in response.content.decode()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=50_000)
def test_an_oversized_image_is_rejected(client, login):
    login("site")
    noise = PILImage.effect_noise((400, 400), 100).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    assert len(buffer.getvalue()) > 50_000
    response = upload_image(client, buffer.getvalue())
    assert response.status_code == 200
    assert not Image.objects.filter(title="Une image").exists()


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "setup.exe", "script.js", "macro.docm"])
def test_dangerous_document_types_are_refused(client, login, name):
    login("site")
    response = client.post(
        "/admin/documents/add/",
        {"title": "Un document", "file": SimpleUploadedFile(name, b"<script>alert(1)</script>")},
    )
    assert response.status_code == 200
    assert not Document.objects.filter(title="Un document").exists()


def test_a_pdf_template_is_accepted_and_served_with_safe_headers(client, login):
    login("site")
    client.post(
        "/admin/documents/add/",
        {
            "title": "Modèle",
            "file": SimpleUploadedFile("modele.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
        },
    )
    document = Document.objects.get(title="Modèle")
    client.logout()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"  # a PDF opened inline runs nothing


def test_a_text_document_is_sent_as_an_attachment_not_rendered(client):
    document = Document.objects.create(title="Notes", file=ContentFile(b"<b>hello</b>", name="notes.csv"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
