"""Hotline fixtures: files with canaries and a client-side submit helper."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from amanat.testing.staff import receipt_from


def png_with_text(marker: str = "", size: tuple[int, int] = (32, 24)) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    info = PngInfo()
    if marker:
        info.add_text("Author", marker)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def jpeg_with_exif(marker: str) -> bytes:
    image = Image.new("RGB", (40, 30), (20, 90, 160))
    exif = Image.Exif()
    exif[0x013B] = marker  # Artist
    exif[0x0110] = "AMN-camera-model"  # Model
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def upload(
    name: str, content: bytes, content_type: str = "application/octet-stream"
) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def hotline(org_a: Any) -> Client:
    """A browser-like client of the hotline, with CSRF checks on, for org A's hotline."""
    return Client(enforce_csrf_checks=True)


_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(client: Client, path: str = "/report/") -> str:
    """The CSRF token of a form page, read from its HTML as a browser would."""
    response = client.get(path)
    assert response.status_code == 200
    match = _TOKEN.search(response.content.decode())
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def submit(
    client: Client, *, lang_prefix: str = "", files: list[Any] | None = None, **fields: Any
) -> tuple[Any, str | None]:
    """Post the report form as a browser would; return the response and the receipt shown."""
    path = f"{lang_prefix}/report/"
    data: dict[str, Any] = {
        "csrfmiddlewaretoken": csrf_token(client, path),
        "when_precision": "unknown",
    }
    data.update(fields)
    if files:
        data["attachments"] = files
    response = client.post(path, data)
    html = response.content.decode()
    receipt = receipt_from(html) if 'id="receipt"' in html else None
    return response, receipt
