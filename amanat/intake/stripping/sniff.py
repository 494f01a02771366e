"""Deciding what a file is from its bytes, and whether its name tells the same story.

The name a reporter's phone gives a file is never trusted for parsing: we look at the content
with ``filetype`` and add our own checks where that library is weak (MP3 without an ID3 tag,
FLAC or MP3 behind an ID3 tag, Opus versus Vorbis inside Ogg, the many MP4 brands, AMR-WB).
Only the first few kilobytes are inspected here, with plain byte comparisons, so this module is
safe to run in the web process before a worker is spawned.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import filetype

from .mp4_boxes import children, parse_top_level
from .result import StripError


@dataclass(frozen=True)
class Detected:
    """What the content is: the family, the canonical MIME type and extension, and a handler id."""

    kind: str  # "image" | "audio" | "pdf" | "video" | "document"
    mime: str
    extension: str
    handler: str  # key into formats.HANDLERS


_BY_FILETYPE = {
    "image/jpeg": Detected("image", "image/jpeg", "jpg", "jpeg"),
    "image/png": Detected("image", "image/png", "png", "png"),
    "image/apng": Detected("image", "image/png", "png", "png"),
    "image/gif": Detected("image", "image/gif", "gif", "gif"),
    "image/webp": Detected("image", "image/webp", "webp", "webp"),
    "audio/x-flac": Detected("audio", "audio/flac", "flac", "flac"),
    "audio/x-wav": Detected("audio", "audio/wav", "wav", "wav"),
    "application/pdf": Detected("pdf", "application/pdf", "pdf", "pdf"),
}
MP3 = Detected("audio", "audio/mpeg", "mp3", "mp3")
FLAC = _BY_FILETYPE["audio/x-flac"]
OGG_VORBIS = Detected("audio", "audio/ogg", "ogg", "ogg")
OGG_OPUS = Detected("audio", "audio/ogg", "opus", "ogg")
M4A = Detected("audio", "audio/mp4", "m4a", "mp4")
AUDIO_3GP = Detected("audio", "audio/3gpp", "3gp", "mp4")
AMR_NB = Detected("audio", "audio/amr", "amr", "amr")
AMR_WB = Detected("audio", "audio/amr-wb", "awb", "amr")
HEIC = Detected("image", "image/heic", "heic", "heic")
JPEG = _BY_FILETYPE["image/jpeg"]
VIDEO_MP4 = Detected("video", "video/mp4", "mp4", "video")
VIDEO_MOV = Detected("video", "video/quicktime", "mov", "video")
VIDEO_3GP = Detected("video", "video/3gpp", "3gp", "video")
DOCX = Detected(
    "document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
    "docx",
)
ODT = Detected("document", "application/vnd.oasis.opendocument.text", "odt", "odt")

# ISO-BMFF brands of pictures: HEIF stills (iPhone photos) are accepted and cleaned into JPEG;
# AVIF, HEIF sequences and camera raw files are not. Video containers are recognised by brand
# (QuickTime, M4V) or by a video track in `moov`; everything else is a possible audio file.
_HEIF_BRANDS = frozenset((b"heic", b"heix", b"mif1", b"heim", b"heis"))
_PICTURE_BRANDS = frozenset((b"hevc", b"msf1", b"avif", b"avis", b"crx "))
_VIDEO_MAJOR_BRANDS = frozenset((b"qt  ", b"M4V ", b"M4VH", b"M4VP"))
_ODF_TEXT = b"mimetypeapplication/vnd.oasis.opendocument.text"

#: What a handler may hand back besides the detected type: HEIC photos come back as JPEG.
ALTERNATIVE_RESULTS = {"heic": ((JPEG.kind, JPEG.mime, JPEG.extension),)}

# What a file name's extension claims; extensions not listed claim nothing. Kept as text so the
# tables stay readable (one family per paragraph) under the code formatter.
_FAMILY_EXTENSIONS = {
    "image": "jpg jpeg jpe jfif pjpeg pjp png apng gif webp heic heif avif bmp tif tiff svg svgz "
    "ico dng cr2 nef arw psd",
    "audio": "mp3 mpga m4a m4b aac ogg oga opus flac wav wave amr awb 3ga weba wma aif aiff caf",
    "media": "mp4 3gp 3gpp 3g2",  # audio or video: the content decides
    "video": "mov qt m4v",
    "pdf": "pdf",
    "document": "docx docm odt",
    "other": "avi mkv webm wmv flv mpg mpeg zip rar 7z gz tgz bz2 xz tar doc rtf "
    "txt md html htm xhtml xml js json csv xls xlsx ods ppt pptx odp epub eml msg exe dll msi apk "
    "ipa bin iso ps eps sh bat",
}
_FAMILY_KINDS = {"media": frozenset({"audio", "video"})}
_EXTENSION_FAMILIES = {
    extension: family for family, words in _FAMILY_EXTENSIONS.items() for extension in words.split()
}

_MPEG_BITRATES = {  # (version is MPEG-1, layer) -> kbit/s by index
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mpeg_frame_length(data: bytes, pos: int) -> int | None:
    """Length of the MPEG audio frame whose header starts at ``pos``, or None if it is not one.

    Free-format and reserved values are refused: they never occur in phone recordings and
    accepting them would make random bytes look like audio.
    """
    if pos + 4 > len(data) or data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
        return None
    b1, b2, b3 = data[pos + 1], data[pos + 2], data[pos + 3]
    version, layer_bits = (b1 >> 3) & 3, (b1 >> 1) & 3
    rate_index, bitrate_index = (b2 >> 2) & 3, b2 >> 4
    if version == 1 or layer_bits == 0 or rate_index == 3 or bitrate_index in (0, 15):
        return None
    if b3 & 3 == 2:  # reserved emphasis
        return None
    layer = 4 - layer_bits
    bitrate = _MPEG_BITRATES[(version == 3, layer)][bitrate_index] * 1000
    rate = _MPEG_RATES[version][rate_index]
    padding = (b2 >> 1) & 1
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    if layer == 3 and version != 3:
        return 72 * bitrate // rate + padding
    return 144 * bitrate // rate + padding


def id3v2_end(data: bytes) -> int:
    """Offset just past a leading ID3v2 tag (0 if there is none); the size is syncsafe."""
    if len(data) < 10 or data[:3] != b"ID3" or any(b & 0x80 for b in data[6:10]):
        return 0
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def _looks_like_mp3(data: bytes, pos: int) -> bool:
    """Two chained frame headers (or one frame filling the rest) rule out chance matches."""
    length = mpeg_frame_length(data, pos)
    if length is None:
        return False
    following = pos + length
    return following >= len(data) or mpeg_frame_length(data, following) is not None


def _ogg_codec(data: bytes) -> Detected:
    """Vorbis and Opus share the Ogg container; the first packet says which codec it carries."""
    if len(data) < 28:
        raise StripError("malformed", "Ogg stream shorter than one page header")
    first_packet = data[27 + data[26] :]
    if first_packet.startswith(b"\x01vorbis"):
        return OGG_VORBIS
    if first_packet.startswith(b"OpusHead"):
        return OGG_OPUS
    raise StripError("unsupported", "Ogg stream with a codec other than Vorbis or Opus")


def _has_video_track(data: bytes) -> bool:
    """Whether `moov` holds a track whose handler is `vide`; box headers only, bounds-checked."""
    boxes, _ = parse_top_level(data)
    for moov in (box for box in boxes if box.kind == b"moov"):
        for trak in (box for box in children(data, moov) if box.kind == b"trak"):
            for mdia in (box for box in children(data, trak) if box.kind == b"mdia"):
                for hdlr in (box for box in children(data, mdia) if box.kind == b"hdlr"):
                    if data[hdlr.body + 8 : hdlr.body + 12] == b"vide":
                        return True
    return False


def _iso_bmff(data: bytes) -> Detected:
    """Pick apart MP4-family files by brand and tracks: HEIF photo, video, or audio container."""
    box_end = min(len(data), int.from_bytes(data[:4], "big"), 64)
    major = data[8:12]
    brands = {major} | {data[i : i + 4] for i in range(16, box_end - 3, 4)}
    if brands & _PICTURE_BRANDS:
        raise StripError("unsupported", "ISO media file that is an AVIF, sequence or raw picture")
    if major in _HEIF_BRANDS or (brands & _HEIF_BRANDS and not _has_video_track(data)):
        return HEIC
    third_generation = major[:3] in (b"3gp", b"3g2", b"3gr", b"3gs")
    if major in _VIDEO_MAJOR_BRANDS or _has_video_track(data):
        if major == b"qt  ":
            return VIDEO_MOV
        return VIDEO_3GP if third_generation else VIDEO_MP4
    return AUDIO_3GP if third_generation else M4A


def detect(data: bytes) -> Detected:
    """Classify ``data`` by content alone, or raise StripError("unsupported")."""
    if not data:
        raise StripError("unsupported", "empty file")
    tag_end = id3v2_end(data)
    if tag_end:
        # ID3 tags are prepended to MP3 and, by some taggers, to FLAC; look behind the tag.
        return FLAC if data[tag_end : tag_end + 4] == b"fLaC" else MP3
    if data.startswith((b"#!AMR-WB\n", b"#!AMR_MC1.0\n")):
        if data.startswith(b"#!AMR-WB\n"):
            return AMR_WB
        raise StripError("unsupported", "multi-channel AMR")
    if data.startswith(b"#!AMR\n"):
        return AMR_NB
    if data[4:8] == b"ftyp" and len(data) >= 12:
        return _iso_bmff(data)
    if data.startswith(b"PK\x03\x04"):
        return _office(data)
    guess = filetype.guess(data[:8192])
    mime = guess.mime if guess is not None else None
    if mime in _BY_FILETYPE:
        return _BY_FILETYPE[mime]
    if mime == "audio/ogg":
        return _ogg_codec(data)
    if mime in (None, "audio/mpeg") and _looks_like_mp3(data, 0):
        return MP3
    raise StripError("unsupported", f"content type {mime or 'unknown'} is not accepted")


def _office(data: bytes) -> Detected:
    """ZIP packages: an OpenDocument text names itself in a first, stored `mimetype` entry; any
    other ZIP is a candidate Word document, which the worker confirms from its content types."""
    name_length = int.from_bytes(data[26:28], "little")
    extra_length = int.from_bytes(data[28:30], "little")
    if name_length == 8 and data[30:38] == b"mimetype":
        body = data[30 + 8 + extra_length : 30 + 8 + extra_length + 64]
        if (b"mimetype" + body).startswith(_ODF_TEXT):
            return ODT
        raise StripError("unsupported", "OpenDocument file that is not a text document")
    return DOCX


def result_allowed(detected: Detected, kind: str, mime: str, extension: str) -> bool:
    """Whether a worker's answer fits what the parent detected (a check on a compromised worker)."""
    triple = (kind, mime, extension)
    return triple == (detected.kind, detected.mime, detected.extension) or triple in (
        ALTERNATIVE_RESULTS.get(detected.handler, ())
    )


def claimed_family(filename: str) -> str | None:
    """The family the file name's extension claims, or None when it claims nothing we know."""
    # Drop invisible format characters (e.g. right-to-left override tricks) before splitting.
    visible = "".join(c for c in filename if unicodedata.category(c) != "Cf")
    base = visible.strip().rstrip(". ").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    if "." not in base:
        return None
    return _EXTENSION_FAMILIES.get(base.rsplit(".", 1)[1].strip().lower())


def check_name(filename: str, detected: Detected) -> None:
    """Refuse a file whose name claims a different family than its content (C20: mismatch)."""
    family = claimed_family(filename)
    if family is not None and detected.kind not in _FAMILY_KINDS.get(family, {family}):
        raise StripError(
            "mismatch", f"name claims {family} but content is {detected.kind} ({detected.mime})"
        )
