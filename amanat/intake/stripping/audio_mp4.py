"""M4A / MP4 audio / 3GP voice memos: rebuild the box tree from an allow-list.

Metadata in MP4 lives in more places than the iTunes `ilst` that mutagen edits: QuickTime
`udta` atoms such as ©xyz (GPS location, written by Android and iOS recorders), `mdta` key/value
metadata under `moov/meta`, XMP in `uuid` boxes, and the creation/modification times in the
`mvhd`, `tkhd` and `mdhd` headers. So we rebuild `moov` keeping only the boxes a player needs,
zero those times, keep `ftyp` and the `mdat` sample data as they were, drop every other top-level
box and whatever follows the last one, then fix the chunk offsets (`stco`/`co64`) that point into
`mdat`, since `moov` usually precedes it and has shrunk. mutagen names the iTunes tags beforehand
and checks the result parses.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from mutagen import MutagenError
from mutagen.mp4 import MP4

from .mp4_boxes import Box, children, describe_dropped, parse_top_level
from .result import StripError, StripResult
from .sniff import Detected

# Children kept under each container; anything else is dropped (and named for the reporter).
_KEEP = {
    b"moov": {b"mvhd", b"trak", b"iods"},
    b"trak": {b"tkhd", b"mdia", b"edts", b"tref", b"tapt"},
    b"mdia": {b"mdhd", b"hdlr", b"minf", b"elng"},
    b"minf": {b"smhd", b"vmhd", b"nmhd", b"sthd", b"hmhd", b"gmhd", b"dinf", b"stbl", b"hdlr"},
}
_TIMED = {b"mvhd", b"tkhd", b"mdhd"}  # version, flags, then creation and modification times
_CHUNK_TABLES = {b"stco": 4, b"co64": 8}  # entry width in bytes


class _Builder:
    """Writes a filtered copy of `moov`, remembering where chunk-offset tables landed."""

    def __init__(self, data: bytes, *, allow_video: bool = False) -> None:
        self.data = data
        self.allow_video = allow_video
        self.removed: list[str] = []
        self.tables: list[tuple[int, int]] = []  # (offset of first entry in moov output, width)
        self.sound_tracks = 0
        self.video_tracks = 0

    def container(self, box: Box, out: bytearray) -> None:
        start = len(out)
        out += b"\x00\x00\x00\x00" + box.kind
        for child in children(self.data, box):
            if child.kind in _KEEP.get(box.kind, ()):
                self.child(child, out)
            else:
                self.removed += describe_dropped(self.data, child)
        out[start : start + 4] = (len(out) - start).to_bytes(4, "big")

    def child(self, box: Box, out: bytearray) -> None:
        body = self.data[box.body : box.end]
        if box.kind in _KEEP:
            self.container(box, out)
            return
        if box.kind in _TIMED:
            body = self.zero_times(body)
        elif box.kind == b"hdlr":
            body = self.handler(body)
        elif box.kind == b"stbl":
            self.find_tables(box, len(out) + 8)
        out += (8 + len(body)).to_bytes(4, "big") + box.kind + body

    def zero_times(self, body: bytes) -> bytes:
        width = 16 if body[:1] == b"\x01" else 8
        if len(body) < 4 + width:
            raise StripError("malformed", "MP4 header box too short")
        if body[4 : 4 + width].strip(b"\x00"):
            self.removed.append("Recording date and time (MP4 header)")
        return body[:4] + bytes(width) + body[4 + width :]

    def handler(self, body: bytes) -> bytes:
        """Refuse video; blank the free-text handler name, keeping the 24 structural bytes."""
        kind = body[8:12]
        if kind == b"vide":
            if not self.allow_video:
                raise StripError("unsupported", "MP4 file with a video track")
            self.video_tracks += 1
        if kind == b"soun":
            self.sound_tracks += 1
        return body[:24] + b"\x00"

    def find_tables(self, stbl: Box, out_body_start: int) -> None:
        """Record where stco/co64 entries will sit; stbl is copied verbatim so offsets carry."""
        for child in children(self.data, stbl):
            width = _CHUNK_TABLES.get(child.kind)
            if width:  # entries follow version/flags and the entry count
                self.tables.append((out_body_start + child.body - stbl.body + 8, width))


def _remap(
    moov: bytearray, tables: list[tuple[int, int]], moves: list[tuple[int, int, int]]
) -> None:
    """Shift every chunk offset by how far its `mdat` moved; offsets outside any `mdat` fail."""
    for first, width in tables:
        count = int.from_bytes(moov[first - 4 : first], "big")
        if first + count * width > len(moov):
            raise StripError("malformed", "MP4 chunk offset table is truncated")
        for pos in range(first, first + count * width, width):
            value = int.from_bytes(moov[pos : pos + width], "big")
            new = next((value + delta for lo, hi, delta in moves if lo <= value < hi), None)
            if new is None or new >= 1 << (8 * width):
                raise StripError("malformed", "MP4 chunk offset points outside the sample data")
            moov[pos : pos + width] = new.to_bytes(width, "big")


def tag_names(data: bytes) -> Iterator[str]:
    """Fail-soft pre-pass with mutagen, for the iTunes tags under moov/udta/meta/ilst."""
    try:
        tags = MP4(BytesIO(data)).tags
    except MutagenError:
        return
    if tags:
        from .tagnames import mp4_atom_name

        for key in tags:
            yield mp4_atom_name(key.split(":", 1)[0].encode("latin-1", "replace")[:4])


def rebuild(data: bytes, *, allow_video: bool = False) -> tuple[bytes, list[str], _Builder]:
    """ftyp, a filtered moov and the mdat boxes, in their order; the names of what was dropped."""
    boxes, trailing = parse_top_level(data)
    kinds = [box.kind for box in boxes]
    if b"moof" in kinds:
        raise StripError("unsupported", "fragmented MP4")
    if kinds.count(b"moov") != 1 or b"mdat" not in kinds or kinds[0] != b"ftyp":
        raise StripError("malformed", "MP4 without exactly one moov, or without sample data")
    builder, removed = _Builder(data, allow_video=allow_video), []
    moov = bytearray()
    builder.container(boxes[kinds.index(b"moov")], moov)
    pieces: list[bytes | bytearray] = []
    moves: list[tuple[int, int, int]] = []
    position = 0
    for box in boxes:
        if box.kind == b"moov":
            piece: bytes | bytearray = moov
        elif box.kind in (b"ftyp", b"mdat"):
            piece = data[box.start : box.end]
            if box.kind == b"mdat":
                moves.append((box.start, box.end, position - box.start))
        else:
            removed += describe_dropped(data, box)
            continue
        pieces.append(piece)
        position += len(piece)
    _remap(moov, builder.tables, moves)
    removed += builder.removed
    if trailing:
        removed.append("Data hidden after the recording")
    return b"".join(pieces), removed, builder


def strip_mp4(data: bytes, detected: Detected) -> StripResult:
    """Rebuild an MP4-family audio file from ftyp, a filtered moov and its mdat boxes."""
    names = list(tag_names(data))
    clean, removed, builder = rebuild(data)
    if not builder.sound_tracks:
        raise StripError("unsupported", "MP4 file without a sound track")
    try:
        MP4(BytesIO(clean))
    except MutagenError:
        raise StripError("malformed", "MP4 did not parse after cleaning") from None
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(names + removed)),
        ("metadata boxes removed; the audio samples are unchanged",),
    )
