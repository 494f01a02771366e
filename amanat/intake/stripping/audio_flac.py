"""FLAC: rebuild the metadata section with only STREAMINFO and SEEKTABLE.

Vorbis comments, cover pictures, APPLICATION blocks (which `flac --keep-foreign-metadata` uses to
carry a WAV's LIST/INFO), cue sheets and padding all go, as do ID3 tags some taggers wrap around
FLAC. The audio frames are copied unchanged, up to the end of the last frame as established by
flac_frames.py, so trailing tags (ID3v1, APEv2) and anything else appended go too.
"""

from __future__ import annotations

from io import BytesIO

from mutagen import MutagenError
from mutagen.flac import FLAC, VCFLACDict

from .flac_frames import audio_end
from .result import StripError, StripResult
from .sniff import Detected, id3v2_end
from .tagnames import vorbis_field_name

_STREAMINFO, _SEEKTABLE = 0, 3
_BLOCK_NAMES = {2: "FLAC application data", 5: "Cue sheet", 6: "Cover picture"}
_SILENT_BLOCKS = (_STREAMINFO, 1, _SEEKTABLE, 4)  # kept, padding, or named via mutagen


def _metadata_blocks(data: bytes, pos: int) -> tuple[list[tuple[int, bytes]], int]:
    """(type, body) of each metadata block and the offset of the first audio frame."""
    blocks = []
    while True:
        if pos + 4 > len(data):
            raise StripError("malformed", "FLAC metadata runs past the end of the file")
        header = data[pos]
        length = int.from_bytes(data[pos + 1 : pos + 4], "big")
        body = data[pos + 4 : pos + 4 + length]
        if len(body) != length:
            raise StripError("malformed", "FLAC metadata block is truncated")
        blocks.append((header & 0x7F, body))
        pos += 4 + length
        if header & 0x80:
            return blocks, pos


def _tail_tags_start(data: bytes) -> int:
    """Where trailing ID3v1 and APEv2 tags begin (the end of the data if there are none)."""
    end = len(data)
    if end >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128
    if end >= 32 and data[end - 32 : end - 24] == b"APETAGEX":
        size = int.from_bytes(data[end - 20 : end - 16], "little")
        end -= size + (32 if data[end - 9] & 0x80 else 0)
    return max(end, 0)


def _tag_names(data: bytes, blocks: list[tuple[int, bytes]]) -> list[str]:
    names: list[str] = ["ID3 tag"] if id3v2_end(data) else []
    try:
        tags = FLAC(BytesIO(data)).tags
    except MutagenError:
        tags = None
    if isinstance(tags, VCFLACDict):
        names += [vorbis_field_name(key) for key, _value in tags]
        if tags.vendor:
            names.append("Encoder name (vendor string)")
    for kind, _body in blocks:
        if kind not in _SILENT_BLOCKS:
            names.append(_BLOCK_NAMES.get(kind, "FLAC private block"))
    if _tail_tags_start(data) < len(data):
        names.append("Tag after the recording (ID3v1/APE)")
    return list(dict.fromkeys(names))


def _frames_end(data: bytes, frames_start: int, streaminfo: bytes) -> int | None:
    """End of the last audio frame, from STREAMINFO's sample count, size and block size."""
    packed = int.from_bytes(streaminfo[10:18], "big")
    total_samples, bits_per_sample = packed & ((1 << 36) - 1), ((packed >> 36) & 0x1F) + 1
    block_size = int.from_bytes(streaminfo[2:4], "big")
    return audio_end(data, frames_start, total_samples, (bits_per_sample, block_size))


def strip_flac(data: bytes, detected: Detected) -> StripResult:
    """Rewrite FLAC metadata to STREAMINFO (+ SEEKTABLE) and copy the audio frames."""
    start = id3v2_end(data)
    if data[start : start + 4] != b"fLaC":
        raise StripError("malformed", "FLAC signature missing")
    blocks, frames_start = _metadata_blocks(data, start + 4)
    if not blocks or blocks[0][0] != _STREAMINFO or len(blocks[0][1]) != 34:
        raise StripError("malformed", "FLAC stream does not start with STREAMINFO")
    removed = _tag_names(data, blocks)
    notes = ["metadata blocks rewritten; the audio frames are unchanged"]
    end = _frames_end(data, frames_start, blocks[0][1])
    if end is None:
        end = _tail_tags_start(data)
        notes.append("the end of the audio could not be verified; bytes after it were kept")
    elif end < _tail_tags_start(data):
        removed.append("Data hidden after the recording")
    kept = [b for b in blocks if b[0] in (_STREAMINFO, _SEEKTABLE)][:2]
    out = [b"fLaC"]
    for index, (kind, body) in enumerate(kept):
        last = 0x80 if index == len(kept) - 1 else 0
        out.append(bytes([kind | last]) + len(body).to_bytes(3, "big") + body)
    out.append(data[frames_start:end])
    clean = b"".join(out)
    try:
        FLAC(BytesIO(clean))
    except MutagenError:
        raise StripError("malformed", "FLAC did not parse after cleaning") from None
    return StripResult(
        detected.kind, detected.mime, detected.extension, clean, tuple(removed), tuple(notes)
    )
