"""Ogg Vorbis and Ogg Opus (WhatsApp and Telegram voice notes): empty the comment header.

First the file is rebuilt from the Ogg pages of its first logical stream, which drops anything
appended after the last page and any other multiplexed or chained stream (each could carry its
own comments or arbitrary data). Then mutagen rewrites the comment packet with no fields, an
empty vendor string (it can be set to anything) and no Opus "extra data" (which mutagen would
otherwise preserve verbatim).
"""

from __future__ import annotations

from io import BytesIO

from mutagen import MutagenError
from mutagen.ogg import OggFileType, OggPage
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis

from .result import StripError, StripResult
from .sniff import Detected
from .tagnames import vorbis_field_name


def _first_stream(data: bytes) -> tuple[bytes, int, int]:
    """Pages of the first logical stream, re-serialised; plus bytes dropped and foreign pages."""
    source, pages, foreign, end = BytesIO(data), [], 0, 0
    serial = None
    while source.tell() < len(data):
        try:
            page = OggPage(source)
        except (MutagenError, EOFError):
            break
        serial = page.serial if serial is None else serial
        if page.serial == serial:
            pages.append(page.write())
        else:
            foreign += 1
        end = source.tell()
    if not pages:
        raise StripError("malformed", "no Ogg pages found")
    return b"".join(pages), len(data) - end, foreign


def _open(data: bytes, opus: bool) -> OggFileType:
    try:
        return OggOpus(BytesIO(data)) if opus else OggVorbis(BytesIO(data))
    except MutagenError:
        raise StripError("malformed", "Ogg headers could not be parsed") from None


def strip_ogg(data: bytes, detected: Detected) -> StripResult:
    """Keep the first Ogg stream and rewrite its comment header empty."""
    opus = detected.extension == "opus"
    stream, dropped, foreign = _first_stream(data)
    audio = _open(stream, opus)
    tags = audio.tags
    removed = [vorbis_field_name(key) for key, _value in tags] if tags is not None else []
    if tags is not None and tags.vendor:
        removed.append("Encoder name (vendor string)")
    if getattr(tags, "_pad_data", b""):
        removed.append("Opus tag extra data")
    if foreign:
        removed.append("Other streams in the Ogg file")
    if dropped:
        removed.append("Data hidden after the recording")
    if tags is not None:
        tags.clear()
        tags.vendor = ""
        if hasattr(tags, "_pad_data"):
            tags._pad_data = b""  # mutagen keeps Opus extra data verbatim unless told otherwise
        buffer = BytesIO(stream)
        try:
            audio.save(buffer, padding=lambda _info: 0)
        except MutagenError:
            raise StripError("malformed", "Ogg comment header could not be rewritten") from None
        stream = buffer.getvalue()
    check = _open(stream, opus)
    if check.tags is not None and (len(check.tags) or check.tags.vendor):
        raise StripError("failed", "Ogg comments still present after cleaning")
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        stream,
        tuple(dict.fromkeys(removed)),
        ("comment header emptied; the audio packets are unchanged",),
    )
