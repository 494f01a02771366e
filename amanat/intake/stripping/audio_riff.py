"""WAV: rebuild the RIFF file from the chunks a player needs (`fmt `, `fact`, `data`).

Recorders and editors put the title, artist, software and recording date in `LIST/INFO`, an
embedded ID3 chunk, Broadcast-WAV `bext` (originator, date and time) or iXML. Keeping only the
three structural chunks removes all of them, and anything after the RIFF body, in one move.
"""

from __future__ import annotations

from io import BytesIO

from mutagen import MutagenError
from mutagen.id3 import ID3
from mutagen.wave import WAVE

from .result import StripError, StripResult
from .sniff import Detected
from .tagnames import id3_frame_name

_INFO_FIELDS = {
    b"INAM": "title",
    b"IART": "artist",
    b"ICMT": "comment",
    b"ICRD": "creation date",
    b"ISFT": "software",
    b"IENG": "engineer",
    b"ICOP": "copyright",
    b"IPRD": "album",
    b"IGNR": "genre",
    b"ISBJ": "subject",
    b"IKEY": "keywords",
    b"ITCH": "technician",
    b"ISRC": "source",
    b"ITRK": "track",
    b"ICMS": "commissioned by",
    b"ISRF": "source form",
    b"IARL": "archival location",
    b"ILNG": "language",
    b"IMED": "medium",
    b"IPRT": "part",
}
_CHUNK_NAMES = {
    b"bext": "Broadcast WAV description (bext)",
    b"iXML": "iXML metadata",
    b"_PMX": "XMP",
    b"cue ": "Cue points",
    b"smpl": "Sampler data",
    b"inst": "Instrument data",
    b"acid": "Loop data (acid)",
    b"umid": "Unique material identifier",
    b"axml": "XML metadata",
    b"DISP": "Display title",
    b"PEAK": "Peak levels",
}
_PADDING = frozenset((b"JUNK", b"junk", b"PAD ", b"FLLR", b"pad "))
# Format tags whose `fmt ` chunk needs no codec-specific extension bytes.
_PLAIN_FORMATS = {1: 16, 3: 16, 6: 16, 7: 16}
_EXTENSIBLE = 0xFFFE


def _chunks(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(id, body start, body end) for each chunk; a short last chunk is clamped to the data."""
    found, pos = [], start
    while pos + 8 <= end:
        kind, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        body_end = min(pos + 8 + size, end)
        found.append((kind, pos + 8, body_end))
        pos = pos + 8 + size + (size & 1)
    return found


def _describe(data: bytes, kind: bytes, start: int, end: int) -> list[str]:
    if kind == b"LIST" and data[start : start + 4] == b"INFO":
        names = []
        for field, _a, _b in _chunks(data, start + 4, end):
            label = _INFO_FIELDS.get(field)
            names.append(f"WAV INFO {label} ({field.decode()})" if label else "WAV INFO (other)")
        return names or ["WAV INFO list"]
    if kind == b"LIST":
        return ["WAV cue labels" if data[start : start + 4] == b"adtl" else "WAV list chunk"]
    if kind.lower() == b"id3 ":
        try:
            tags = ID3(BytesIO(data[start:end]))
        except MutagenError:
            return ["ID3 tag"]
        return [id3_frame_name(frame.FrameID) for frame in tags.values()] or ["ID3 tag"]
    if kind in _CHUNK_NAMES:
        return [_CHUNK_NAMES[kind]]
    if kind in _PADDING:
        return [] if not data[start:end].strip(b"\x00") else ["Data hidden in padding"]
    printable = kind.isascii() and all(32 <= b < 127 for b in kind)
    return [f"WAV chunk '{kind.decode().strip()}'" if printable else "WAV chunk (other)"]


def _format_chunk(body: bytes) -> bytes:
    """The `fmt ` body cut to what its format tag needs, so its tail cannot smuggle data."""
    if len(body) < 16:
        raise StripError("malformed", "WAV format chunk too short")
    tag, channels = int.from_bytes(body[0:2], "little"), int.from_bytes(body[2:4], "little")
    if channels == 0 or int.from_bytes(body[12:14], "little") == 0:
        raise StripError("malformed", "WAV format chunk has no channels or block size")
    if tag in _PLAIN_FORMATS:
        return body[:16]
    extra = int.from_bytes(body[16:18], "little") if len(body) >= 18 else 0
    if tag == _EXTENSIBLE:
        extra = 22
    return body[: min(len(body), 18 + extra)]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return kind + len(body).to_bytes(4, "little") + body + (b"\x00" if len(body) & 1 else b"")


def strip_wav(data: bytes, detected: Detected) -> StripResult:
    """Rewrite a WAV as RIFF header + `fmt ` + optional `fact` + `data`, dropping the rest."""
    riff_end = 8 + int.from_bytes(data[4:8], "little")
    end = len(data) if riff_end <= 12 or riff_end > len(data) else riff_end
    kept: dict[bytes, bytes] = {}
    removed: list[str] = []
    for kind, start, stop in _chunks(data, 12, end):
        if kind in (b"fmt ", b"fact", b"data"):
            kept.setdefault(kind, data[start:stop])
        else:
            removed += _describe(data, kind, start, stop)
    if b"fmt " not in kept or b"data" not in kept:
        raise StripError("malformed", "WAV file without format or data chunk")
    body = _chunk(b"fmt ", _format_chunk(kept[b"fmt "]))
    if b"fact" in kept:
        body += _chunk(b"fact", kept[b"fact"][:4])
    body += _chunk(b"data", kept[b"data"])
    clean = b"RIFF" + (len(body) + 4).to_bytes(4, "little") + b"WAVE" + body
    try:
        WAVE(BytesIO(clean))
    except MutagenError:
        raise StripError("malformed", "WAV did not parse after cleaning") from None
    if len(data) > end and data[end:].strip(b"\x00"):
        removed.append("Data hidden after the recording")
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(removed)),
        ("rebuilt with only its format and sound data; the sound is unchanged",),
    )
