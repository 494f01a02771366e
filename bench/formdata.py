"""What the hotline benchmark submits: a ~2 KB report text, a ~1 MB JPEG, multipart encoding.

Shared by the driver (``bench.hotline``) and the locustfile, so it imports nothing heavy.
"""

from __future__ import annotations

import html
import io
import random
import re
import uuid

_SENTENCE = (
    "A man who said he was from the police at home called me on a messaging app and asked me to "
    "report who comes to our community meetings; he mentioned my mother and said she would be "
    "fine if I helped them. "
)
REPORT_TEXT = (_SENTENCE * (2048 // len(_SENTENCE) + 1))[:2048].strip()
IMAGE_TARGET_BYTES = 1_000_000
IMAGE_NAME = "photo.jpg"

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(page: str) -> str | None:
    """The CSRF token of the report form, or None if the page has no form."""
    found = _CSRF.search(page)
    return html.unescape(found.group(1)) if found else None


def image_accepted(page: str) -> bool:
    """The receipt page lists the photo among the files received and rejects nothing."""
    return f"<bdi>{IMAGE_NAME}</bdi>" in page and 'class="notice error"' not in page


def make_jpeg(target: int = IMAGE_TARGET_BYTES, seed: int = 1) -> bytes:
    """A real camera-like JPEG of at least ``target`` bytes: noise at quality 95, with EXIF
    Artist, camera model and GPS position, so metadata stripping has work to do."""
    from PIL import Image

    side = 900
    while True:
        rng = random.Random(seed)
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        exif = Image.Exif()
        exif[0x013B] = "Jane Reporter"  # Artist
        exif[0x010F] = "BenchPhone"  # Make
        exif[0x0110] = "BenchPhone 12"  # Model
        gps = exif.get_ifd(0x8825)
        gps.update({1: "N", 2: (39.0, 28.0, 12.5), 3: "E", 4: (75.0, 59.0, 1.0)})
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95, exif=exif)
        data = out.getvalue()
        if len(data) >= target:
            return data
        side += 8


def multipart(
    fields: list[tuple[str, str]], files: list[tuple[str, str, str, bytes]] = ()
) -> tuple[bytes, str]:
    """(body, content type) of a multipart/form-data request, as a browser sends the form.

    ``files`` holds (field, filename, content type, content)."""
    boundary = f"----AmanatBench{uuid.uuid4().hex}"
    parts: list[bytes] = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    for name, filename, content_type, content in files:
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def report_form(token: str, image: bytes | None) -> tuple[bytes, str]:
    """The report form as the benchmark posts it: the text, 'when' unknown, maybe one photo."""
    fields = [
        ("csrfmiddlewaretoken", token),
        ("what_happened", REPORT_TEXT),
        ("when_precision", "unknown"),
    ]
    files = [("attachments", IMAGE_NAME, "image/jpeg", image)] if image is not None else []
    return multipart(fields, files)
