"""Walking the container structure of pictures to name what re-encoding will throw away.

Re-encoding from pixels (images.py) removes every metadata block whether or not we recognise it;
these walkers exist so that the reporter is told *what* went ("XMP", "PNG text 'Author'", "data
hidden after the end of the image") rather than a vague "metadata removed". They never decompress
anything and never return metadata values, only names. The JPEG walker also cleans JPEG streams
embedded in PDFs, where re-encoding is not an option.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_JPEG_APP_NAMES = (  # (marker, payload prefix, name); the first match wins
    (0xE1, b"Exif\x00", "EXIF"),
    (0xE1, b"http://ns.adobe.com/xap/1.0/\x00", "XMP"),
    (0xE1, b"http://ns.adobe.com/xmp/extension/\x00", "XMP (extended)"),
    (0xE2, b"ICC_PROFILE\x00", "ICC profile"),
    (0xE2, b"MPF\x00", "Multi-picture data (MPF)"),
    (0xE2, b"FPXR", "FlashPix data"),
    (0xED, b"Photoshop 3.0\x00", "Photoshop/IPTC data"),
    (0xEC, b"Ducky", "Photoshop 'Save for Web' data"),
    (0xE0, b"JFXX", "JFIF thumbnail"),
)
# Segments a decoder needs, or that describe pixels rather than people: never reported.
_JPEG_STRUCTURAL_APPS = ((0xE0, b"JFIF\x00"), (0xEE, b"Adobe"))

_PNG_TEXT_KEYS = {  # lower-cased keyword -> how we name it
    "title": "Title",
    "author": "Author",
    "description": "Description",
    "copyright": "Copyright",
    "creation time": "Creation Time",
    "software": "Software",
    "disclaimer": "Disclaimer",
    "warning": "Warning",
    "source": "Source",
    "comment": "Comment",
    "date:create": "date:create",
    "date:modify": "date:modify",
    "date:timestamp": "date:timestamp",
}
_PNG_TEXT_SPECIAL = {
    "xml:com.adobe.xmp": "XMP",
    "raw profile type xmp": "XMP",
    "raw profile type exif": "EXIF",
    "raw profile type app1": "EXIF",
    "raw profile type iptc": "Photoshop/IPTC data",
    "raw profile type icc": "ICC profile",
    "raw profile type icm": "ICC profile",
}
_PNG_CHUNK_NAMES = {
    b"tIME": "Modification time (PNG tIME)",
    b"iCCP": "ICC profile",
    b"eXIf": "EXIF",
    b"iDOT": "Apple screenshot data (PNG iDOT)",
    b"caNv": "Canvas size (PNG caNv)",
}
# Chunks that describe how to show the pixels; dropped by re-encoding but not personal data.
_PNG_TECHNICAL = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"sBIT",
    b"pHYs",
    b"bKGD",
    b"hIST",
    b"sPLT",
    b"acTL",
    b"fcTL",
    b"fdAT",
    b"cICP",
}


@dataclass
class Findings:
    """Names of metadata found in a picture's container, plus structural facts worth noting."""

    names: list[str] = field(default_factory=list)
    trailing_bytes: int = 0  # bytes after the image's end marker (polyglots, appended archives)
    animated: bool = False
    lossless: bool = False  # WebP only: the picture was stored losslessly (VP8L)

    def add(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)


def _jpeg_app_name(marker: int, payload: bytes) -> str | None:
    if marker == 0xFE:
        return "JPEG comment"
    if any(marker == m and payload.startswith(p) for m, p in _JPEG_STRUCTURAL_APPS):
        return None
    for known_marker, prefix, name in _JPEG_APP_NAMES:
        if marker == known_marker and payload.startswith(prefix):
            return name
    return f"JPEG APP{marker - 0xE0} segment"


def jpeg_segments(data: bytes) -> tuple[list[tuple[int, int, int]], int]:
    """Each marker segment as (marker, start, end) and the offset just past EOI.

    Scans entropy-coded data for the next real marker (skipping stuffed 0xFF00 and restart
    markers), so progressive files with several scans are walked to the true end of the image.
    """
    segments: list[tuple[int, int, int]] = []
    pos, size = 2, len(data)
    while pos + 4 <= size and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:
            return segments, pos + 2
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        segments.append((marker, pos, end))
        pos = end
        if marker == 0xDA:
            pos = _skip_entropy_coded(data, pos)
    return segments, size


def _skip_entropy_coded(data: bytes, pos: int) -> int:
    """Offset of the next marker after a scan's entropy-coded bytes (or the end of data)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return len(data)
        following = data[pos + 1]
        if following == 0x00 or following == 0xFF or 0xD0 <= following <= 0xD7:
            pos += 1
            continue
        return pos


def describe_jpeg(data: bytes) -> Findings:
    found = Findings()
    segments, end = jpeg_segments(data)
    for marker, start, stop in segments:
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            name = _jpeg_app_name(marker, data[start + 4 : stop])
            if name:
                found.add(name)
    found.trailing_bytes = max(0, len(data) - end)
    return found


def strip_jpeg_segments(data: bytes) -> tuple[bytes, list[str]]:
    """Remove metadata segments from a JPEG *without* re-encoding it, keeping JFIF and Adobe.

    Used for JPEG images inside PDFs: the bytes stay a valid stream for the PDF's DCTDecode
    filter, so the page looks exactly the same. Data after EOI is dropped as well.
    """
    segments, end = jpeg_segments(data)
    kept, names, cursor = [data[:2]], [], 2
    for marker, start, stop in segments:
        if marker == 0xDA:
            break
        name = None
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            name = _jpeg_app_name(marker, data[start + 4 : stop])
        kept.append(data[cursor:start])  # fill bytes between segments, normally empty
        if name is None:
            kept.append(data[start:stop])
        elif name not in names:
            names.append(name)
        cursor = stop
    kept.append(data[cursor:end])
    return b"".join(kept), names


def describe_png(data: bytes) -> Findings:
    found, pos = Findings(), 8
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if not kind.isalpha() or not kind.isascii():
            break
        body_end = pos + 8 + length
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            found.add(_png_text_name(data[pos + 8 : min(body_end, pos + 88)]))
        elif kind == b"acTL":
            found.animated = True
        elif kind in _PNG_CHUNK_NAMES:
            found.add(_PNG_CHUNK_NAMES[kind])
        elif kind not in _PNG_TECHNICAL:
            found.add(f"PNG chunk {kind.decode('ascii')}")
        pos = body_end + 4
        if kind == b"IEND":
            break
    found.trailing_bytes = max(0, len(data) - pos)
    return found


def _png_text_name(head: bytes) -> str:
    """Name a text chunk by its keyword; unknown keywords are free text, so are not echoed."""
    key = head.split(b"\x00", 1)[0].decode("latin-1").strip().lower()
    if key in _PNG_TEXT_SPECIAL:
        return _PNG_TEXT_SPECIAL[key]
    if key.startswith("exif:"):
        return "EXIF (as PNG text)"
    return f"PNG text '{_PNG_TEXT_KEYS[key]}'" if key in _PNG_TEXT_KEYS else "PNG text (other)"


def describe_webp(data: bytes) -> Findings:
    found, pos = Findings(), 12
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    names = {b"ICCP": "ICC profile", b"EXIF": "EXIF", b"XMP ": "XMP"}
    while pos + 8 <= end:
        kind, length = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        if kind in names:
            found.add(names[kind])
        elif kind in (b"ANIM", b"ANMF"):
            found.animated = True
        elif kind == b"VP8L":
            found.lossless = True
        elif kind not in (b"VP8 ", b"VP8X", b"ALPH"):
            found.add("WebP private chunk")
        pos += 8 + length + (length & 1)
    found.trailing_bytes = max(0, len(data) - max(end, 12))
    return found


def describe_gif(data: bytes) -> Findings:
    found = Findings()
    pos = 13 + (3 << ((data[10] & 7) + 1) if len(data) > 10 and data[10] & 0x80 else 0)
    frames = 0
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:  # trailer
            pos += 1
            break
        if block == 0x2C:  # image: descriptor, optional local palette, LZW size, sub-blocks
            frames += 1
            flags = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
            pos = _skip_sub_blocks(data, pos)
        elif block == 0x21 and pos + 1 < len(data):
            label = data[pos + 1]
            if label == 0xFE:
                found.add("GIF comment")
            elif label == 0x01:
                found.add("GIF plain-text extension")
            elif label == 0xFF:
                _gif_application(data[pos + 3 : pos + 14], found)
            pos = _skip_sub_blocks(data, pos + 2)
        else:
            break
    found.animated = frames > 1
    found.trailing_bytes = max(0, len(data) - pos)
    return found


def _gif_application(ident: bytes, found: Findings) -> None:
    if ident.startswith((b"NETSCAPE", b"ANIMEXTS")):
        return  # loop count: playback, not metadata
    if ident.startswith(b"XMP Data"):
        found.add("XMP")
    elif ident.startswith(b"ICCRGBG1"):
        found.add("ICC profile")
    else:
        found.add("GIF application data")


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos]:
        pos += data[pos] + 1
    return pos + 1
