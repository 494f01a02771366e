"""Pictures: decode to pixels with Pillow and encode a fresh file that carries nothing else.

Re-encoding rather than editing metadata blocks in place is deliberate: it drops EXIF, XMP, ICC
profiles, text chunks, comments, private chunks *and* anything appended after the image (a ZIP
riding on a JPEG, extra MPO frames) without us having to recognise each one. JPEG is re-encoded
with standard quantisation tables, which also removes the camera's own tables (a known way to tell
camera models apart). The price is one generation of lossy compression, noted for the reporter.
"""

from __future__ import annotations

import struct
import warnings
from collections.abc import Callable
from io import BytesIO

from PIL import ExifTags, Image, ImageCms, ImageOps

from . import image_containers as containers
from .result import MAX_IMAGE_PIXELS, StripError, StripResult
from .sniff import Detected
from .tagnames import EXIF_POINTERS, exif_tag_name

JPEG_QUALITY = 95
WEBP_QUALITY = 90

_PIL_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF"}
_DESCRIBE: dict[str, Callable[[bytes], containers.Findings]] = {
    "jpeg": containers.describe_jpeg,
    "png": containers.describe_png,
    "webp": containers.describe_webp,
    "gif": containers.describe_gif,
}
# What Pillow raises on corrupt input (the set its own fuzzing harness treats as "handled").
_DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
)


def strip_image(data: bytes, detected: Detected) -> StripResult:
    """Re-encode a JPEG, PNG, WebP or GIF from its pixels and list what was left behind."""
    findings = _DESCRIBE[detected.handler](data)
    image = _decode(data, _PIL_FORMATS[detected.handler])
    removed, notes = _exif_names(image), []
    removed += [n for n in findings.names if n != "EXIF" or not removed]
    if findings.trailing_bytes:
        mpo = "Multi-picture data (MPF)" in findings.names
        removed.append("Additional images (MPO)" if mpo else "Data hidden after the image")
    if findings.animated:
        notes.append("only the first frame of the animation was kept")
    icc = image.info.get("icc_profile")
    image, turned = _upright(image)
    if turned:
        notes.append("rotated upright using the EXIF orientation")
    if icc:
        image, converted = _to_srgb(image, icc)
        if converted:
            notes.append("colours converted from the embedded profile to sRGB")
    clean, note = _encode(image, detected.handler, lossless=findings.lossless)
    notes.append(note)
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(removed)),
        tuple(notes),
    )


def _decode(data: bytes, pil_format: str) -> Image.Image:
    """Open and fully decode, turning Pillow's bomb guards and decode errors into our codes."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with warnings.catch_warnings():
        # Pillow only warns between 1x and 2x the limit; a warning is a refusal here.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data), formats=[pil_format])
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise StripError("pixel_flood", "picture has more pixels than allowed")
            image.load()
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise StripError("pixel_flood", "picture has more pixels than allowed") from None
        except _DECODE_ERRORS as exc:
            raise StripError(
                "malformed", f"picture could not be decoded ({type(exc).__name__})"
            ) from None
    return image


def _exif_names(image: Image.Image) -> list[str]:
    """Names of the EXIF tags present, GPS first, or just "EXIF" if the block is unreadable."""
    try:
        exif = image.getexif()
        if not exif:
            return []
        gps = bool(exif.get_ifd(ExifTags.IFD.GPSInfo))
        tags = [t for t in exif if t not in EXIF_POINTERS]
        tags += [t for t in exif.get_ifd(ExifTags.IFD.Exif) if t not in EXIF_POINTERS]
        thumbnail = bool(exif.get_ifd(ExifTags.IFD.IFD1))
    except _DECODE_ERRORS:
        return ["EXIF"]
    names = ["GPS location"] if gps else []
    names += [exif_tag_name(t) for t in tags]
    if thumbnail:
        names.append("Embedded thumbnail")
    return list(dict.fromkeys(names)) or ["EXIF"]


def _upright(image: Image.Image) -> tuple[Image.Image, bool]:
    """Apply the EXIF orientation to the pixels, since the tag that carried it is going away."""
    try:
        orientation = image.getexif().get(0x0112, 1)
    except _DECODE_ERRORS:
        return image, False
    if orientation not in range(2, 9):
        return image, False
    turned = ImageOps.exif_transpose(image)
    return (turned, True) if turned is not None else (image, False)


def _to_srgb(image: Image.Image, icc: bytes) -> tuple[Image.Image, bool]:
    """Bake a wide-gamut profile (e.g. Display P3 screenshots) into sRGB pixels before dropping
    it, so colours stay close to what the reporter saw. On any doubt, keep the pixels as they are.
    """
    if image.mode not in ("RGB", "RGBA"):
        return image, False
    try:
        source = ImageCms.ImageCmsProfile(BytesIO(icc))
        if ImageCms.getProfileDescription(source).strip().startswith("sRGB"):
            return image, False
        target = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        converted = ImageCms.profileToProfile(image, source, target, outputMode=image.mode)
    except (ImageCms.PyCMSError, *_DECODE_ERRORS):
        return image, False
    return (converted, True) if converted is not None else (image, False)


def _encode(image: Image.Image, handler: str, *, lossless: bool) -> tuple[bytes, str]:
    """Write a new file from pixels only; ``info`` is emptied so no encoder copies metadata."""
    params: dict[str, object] = {}
    if image.info.get("transparency") is not None and handler in ("png", "gif"):
        params["transparency"] = image.info["transparency"]
    fresh = image.copy()
    fresh.info = {}
    out = BytesIO()
    if handler == "jpeg":
        if fresh.mode not in ("L", "RGB", "CMYK"):
            fresh = fresh.convert("RGB")
        fresh.save(out, "JPEG", quality=JPEG_QUALITY)
        note = f"re-encoded as JPEG at quality {JPEG_QUALITY}"
    elif handler == "png":
        fresh.save(out, "PNG", **params)
        note = "re-encoded as PNG (lossless)"
    elif handler == "webp":
        if lossless:
            fresh.save(out, "WEBP", lossless=True)
            note = "re-encoded as lossless WebP"
        else:
            fresh.save(out, "WEBP", quality=WEBP_QUALITY)
            note = f"re-encoded as WebP at quality {WEBP_QUALITY}"
    else:
        fresh.save(out, "GIF", **params)
        note = "re-encoded as GIF"
    return out.getvalue(), note
