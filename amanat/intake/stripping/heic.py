"""iPhone photos (HEIC/HEIF): decode with pillow-heif (libheif) and re-encode as a plain JPEG.

Like every picture, the file is rebuilt from pixels only, so EXIF (with GPS), XMP, ICC profile
names, thumbnails, depth maps and other auxiliary images, and any other item in the HEIF box
tree are all left behind. The output is JPEG rather than HEIC: it opens everywhere staff look
at evidence, and JPEG encoding is fast and well understood, where HEVC encoding is neither.
libheif applies the HEIF rotation and mirroring to the pixels, so no EXIF orientation is used.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pillow_heif
from PIL import Image

from .images import _DECODE_ERRORS, _encode, _exif_names, _to_srgb
from .result import MAX_IMAGE_PIXELS, StripError, StripResult
from .sniff import JPEG, Detected


def _open(data: bytes) -> Any:
    try:
        heif = pillow_heif.open_heif(BytesIO(data), convert_hdr_to_8bit=True)
    except (*_DECODE_ERRORS, RuntimeError) as exc:
        raise StripError("malformed", f"HEIF could not be read ({type(exc).__name__})") from None
    width, height = heif.size
    if width * height > MAX_IMAGE_PIXELS:
        raise StripError("pixel_flood", "picture has more pixels than allowed")
    return heif


def _names(heif: Any, image: Image.Image) -> list[str]:
    """What the HEIF carried besides the main picture's pixels."""
    info = heif.info
    names = _exif_names(image) if info.get("exif") else []
    if info.get("xmp"):
        names.append("XMP")
    if info.get("thumbnails"):
        names.append("Embedded thumbnail")
    if info.get("depth_images"):
        names.append("Depth map")
    if info.get("aux"):
        names.append("Auxiliary images (e.g. portrait mask)")
    if len(heif) > 1:
        names.append("Additional images")
    if info.get("metadata"):
        names.append("Other HEIF metadata")
    return names


def strip_heic(data: bytes, detected: Detected) -> StripResult:
    """Decode the primary image of a HEIC/HEIF photo and write it as a fresh JPEG."""
    heif = _open(data)
    try:
        image = heif.to_pillow()
        image.load()
    except (*_DECODE_ERRORS, RuntimeError) as exc:
        raise StripError("malformed", f"HEIF could not be decoded ({type(exc).__name__})") from None
    names = _names(heif, image)
    notes = ["converted from HEIC to JPEG"]
    icc = image.info.get("icc_profile")
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGB")
    if icc:
        image, converted = _to_srgb(image, icc)
        if converted:
            notes.append("colours converted from the embedded profile to sRGB")
    clean, note = _encode(image, "jpeg", lossless=False)
    notes.append(note)
    return StripResult(
        JPEG.kind, JPEG.mime, JPEG.extension, clean, tuple(dict.fromkeys(names)), tuple(notes)
    )
