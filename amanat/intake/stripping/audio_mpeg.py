"""MP3: keep the chain of MPEG audio frames and nothing else.

Tags can sit at the start (ID3v2), at the end (ID3v1, APEv2, an ID3v2 footer) or, in hostile
files, anywhere between; an archive can be appended. Rather than deleting the tags we know about,
we rebuild the file from the audio frames themselves, so whatever is not audio goes. mutagen only
reads the original to name the tags for the reporter, and reads the result to prove it still
parses as MP3.
"""

from __future__ import annotations

import re
from io import BytesIO

from mutagen import MutagenError
from mutagen.apev2 import APEv2
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from .result import StripError, StripResult
from .sniff import Detected, id3v2_end, mpeg_frame_length
from .tagnames import id3_frame_name

# Scan at most this far for the first frame after the tag; real files start at once or after a
# few kilobytes of zero padding.
_MAX_SYNC_SEARCH = 1 << 20

# A byte pattern for plausible frame headers, so that junk is skipped by the regex engine rather
# than by a Python loop (hostile files can be megabytes of 0xFF).
_B1 = bytes(b for b in range(0xE0, 0x100) if (b >> 3) & 3 != 1 and (b >> 1) & 3 != 0)
_B2 = bytes(b for b in range(0x100) if (b >> 4) not in (0, 15) and (b >> 2) & 3 != 3)
_SYNC = re.compile(b"\xff[" + re.escape(_B1) + b"][" + re.escape(_B2) + b"]")


def _chained(data: bytes, pos: int) -> bool:
    """A frame header at ``pos`` whose successor is also a frame header (or the end of data)."""
    length = mpeg_frame_length(data, pos)
    if length is None or pos + length > len(data):
        return False
    following = pos + length
    return following == len(data) or mpeg_frame_length(data, following) is not None


def _resync(data: bytes, start: int, limit: int) -> int | None:
    """Next offset from ``start`` (but before ``limit``) where a chain of frames begins."""
    for match in _SYNC.finditer(data, start, limit):
        if _chained(data, match.start()):
            return match.start()
    return None


def audio_frames(data: bytes) -> tuple[list[tuple[int, int]], int]:
    """Spans of consecutive MPEG frames, and the number of non-audio bytes between/after them."""
    start = id3v2_end(data)
    first = _resync(data, start, min(len(data), start + _MAX_SYNC_SEARCH))
    if first is None:
        raise StripError("malformed", "no MPEG audio frames found")
    spans: list[tuple[int, int]] = []
    pos, skipped = first, 0
    while pos < len(data):
        span_start = pos
        while (length := mpeg_frame_length(data, pos)) is not None and pos + length <= len(data):
            pos += length
        if pos > span_start:
            spans.append((span_start, pos))
        following = _resync(data, pos + 1, len(data)) if pos < len(data) else None
        if following is None:
            skipped += len(data) - pos
            break
        skipped += following - pos
        pos = following
    return spans, skipped


def _tag_names(data: bytes) -> list[str]:
    names: list[str] = []
    if id3v2_end(data):
        try:
            tags = ID3(BytesIO(data), load_v1=False)
            names += [id3_frame_name(frame.FrameID) for frame in tags.values()]
        except MutagenError:
            names.append("ID3 tag")
        names = names or ["ID3 tag (empty)"]
    if len(data) >= 128 and data[-128:-125] == b"TAG":
        names.append("ID3v1 tag")
    if b"APETAGEX" in data[-(1 << 16) :]:
        try:
            ape = APEv2(BytesIO(data))
            names += ["APE tag"] if len(ape) else []
        except MutagenError:
            names.append("APE tag")
    return list(dict.fromkeys(names))


def _known_tail(data: bytes) -> int:
    """Bytes at the end taken by ID3v1 and APEv2 tags, which are reported by name already."""
    tail = 128 if len(data) >= 128 and data[-128:-125] == b"TAG" else 0
    footer = len(data) - tail - 32
    if footer >= 0 and data[footer : footer + 8] == b"APETAGEX":
        size = int.from_bytes(data[footer + 12 : footer + 16], "little")
        has_header = data[footer + 23] & 0x80
        tail += size + (32 if has_header else 0)
    return tail


def strip_mp3(data: bytes, detected: Detected) -> StripResult:
    """Rebuild an MP3 from its audio frames alone."""
    spans, skipped = audio_frames(data)
    clean = b"".join(data[a:b] for a, b in spans)
    try:
        MP3(BytesIO(clean))
    except MutagenError:
        raise StripError("malformed", "MPEG audio did not parse after cleaning") from None
    removed = _tag_names(data)
    notes = ["rebuilt from its audio frames; the sound itself is unchanged"]
    if skipped > _known_tail(data):
        removed.append("Non-audio data inside or after the recording")
    return StripResult(
        detected.kind, detected.mime, detected.extension, clean, tuple(removed), tuple(notes)
    )
