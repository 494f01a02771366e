"""Reading the ISO-BMFF box structure (MP4, M4A, 3GP) and naming boxes we throw away.

Every box read is bounds-checked against its parent, so a hostile size field can end a walk but
never send it outside the data. Nothing here decodes metadata values beyond QuickTime key names,
which come from a fixed vocabulary and are mapped to our own labels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .tagnames import mp4_atom_name

_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_PADDING = frozenset((b"free", b"skip", b"wide"))
_QUICKTIME_KEYS = {
    "iso6709": "QuickTime location",
    "location": "QuickTime location",
    "creationdate": "QuickTime creation date",
    "make": "QuickTime device make",
    "model": "QuickTime device model",
    "software": "QuickTime software",
    "author": "QuickTime author",
    "artist": "QuickTime author",
    "title": "QuickTime title",
    "displayname": "QuickTime title",
    "description": "QuickTime description",
    "comment": "QuickTime comment",
    "keywords": "QuickTime keywords",
    "copyright": "QuickTime copyright",
}


@dataclass(frozen=True)
class Box:
    """One box: its four-character type and absolute offsets of header, body and end."""

    kind: bytes
    start: int
    body: int
    end: int


def read_box(data: bytes, pos: int, end: int) -> Box | None:
    """The box at ``pos`` if its size fits inside ``end``; None otherwise."""
    if pos + 8 > end:
        return None
    size, kind, header = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4 : pos + 8], 8
    if size == 1:
        if pos + 16 > end:
            return None
        size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
    elif size == 0:  # "extends to the end of the enclosing space"
        size = end - pos
    if size < header or pos + size > end:
        return None
    return Box(kind, pos, pos + header, pos + size)


def boxes_in(data: bytes, start: int, end: int) -> Iterator[Box]:
    pos = start
    while (box := read_box(data, pos, end)) is not None:
        yield box
        pos = box.end


def children(data: bytes, box: Box) -> Iterator[Box]:
    """Child boxes; `meta` is a full box (version and flags first) in ISO files, not QuickTime."""
    start = box.body
    if box.kind == b"meta" and data[start : start + 4] == b"\x00\x00\x00\x00":
        start += 4
    return boxes_in(data, start, box.end)


def parse_top_level(data: bytes) -> tuple[list[Box], int]:
    """Top-level boxes up to the first one that does not parse, and how many bytes follow it."""
    boxes = list(boxes_in(data, 0, len(data)))
    end = boxes[-1].end if boxes else 0
    return boxes, len(data) - end


def describe_dropped(data: bytes, box: Box) -> list[str]:
    """Reporter-facing names for a box we are not copying."""
    if box.kind in _PADDING:
        return ["Leftover data in free space"] if data[box.body : box.end].strip(b"\x00") else []
    if box.kind == b"uuid":
        return ["XMP"] if data[box.body : box.body + 16] == _XMP_UUID else ["MP4 private data"]
    if box.kind == b"meta":
        return _meta_names(data, box)
    if box.kind == b"udta":
        names: list[str] = []
        for child in children(data, box):
            names += (
                _meta_names(data, child) if child.kind == b"meta" else [mp4_atom_name(child.kind)]
            )
        return names
    return [mp4_atom_name(box.kind)]


def _meta_names(data: bytes, meta: Box) -> list[str]:
    """Names inside a `meta` box: iTunes atoms by code, QuickTime `mdta` items by key."""
    parts = {child.kind: child for child in children(data, meta)}
    keys = _quicktime_keys(data, parts[b"keys"]) if b"keys" in parts else []
    names: list[str] = []
    for kind, child in parts.items():
        if kind in (b"hdlr", b"keys"):
            continue
        if kind != b"ilst":
            names.append(mp4_atom_name(kind))
            continue
        for item in boxes_in(data, child.body, child.end):
            index = int.from_bytes(item.kind, "big")
            if keys and 1 <= index <= len(keys):
                names.append(keys[index - 1])
            else:
                names.append(mp4_atom_name(item.kind))
    return names or ["MP4 metadata box"]


def _quicktime_keys(data: bytes, keys: Box) -> list[str]:
    """QuickTime key names (e.g. com.apple.quicktime.location.ISO6709) mapped to our labels."""
    labels, pos = [], keys.body + 8
    for _ in range(int.from_bytes(data[keys.body + 4 : keys.body + 8], "big")):
        size = int.from_bytes(data[pos : pos + 4], "big")
        if size < 8 or pos + size > keys.end:
            break
        key = data[pos + 8 : pos + size].decode("latin-1").lower()
        last = key.rsplit(".", 1)[-1]
        label = _QUICKTIME_KEYS.get(last) or _QUICKTIME_KEYS.get(key.rsplit(".", 2)[-2:][0])
        labels.append(label or "QuickTime metadata item")
        pos += size
    return labels
