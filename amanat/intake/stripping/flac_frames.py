"""Finding where FLAC audio really ends, so that data appended after the last frame goes.

FLAC frames carry no length field: the only way to know where a frame ends is to walk its
subframes and residual coding bit by bit. Doing that for every frame in Python would be slow, so
we locate the *last* frame (a sync code whose header CRC-8 holds and whose sample range reaches
the stream's total length) and walk only that one, accepting the end only when the frame's
CRC-16 matches. If nothing checks out, the caller keeps the data and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BLOCK_SIZES = {1: 192, **{c: 576 << (c - 2) for c in range(2, 6)}}
_BLOCK_SIZES |= {c: 256 << (c - 8) for c in range(8, 16)}
_SAMPLE_SIZES = {1: 8, 2: 12, 4: 16, 5: 20, 6: 24, 7: 32}
_MAX_ATTEMPTS = 64  # candidate frames fully parsed before giving up
_MAX_HEADERS = 200_000  # sync-code candidates looked at before giving up
_WINDOW = 1 << 20
_SYNC = re.compile(b"\xff[\xf8\xf9]")
_MAX_UNARY = 1 << 20


class _Truncated(Exception):
    """The bit reader ran past the data: not a frame."""


class _Bits:
    """Big-endian bit reader over ``data`` starting at a byte offset."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data, self.bit, self.limit = data, pos * 8, len(data) * 8

    def read(self, count: int) -> int:
        if not count:
            return 0
        if self.bit + count > self.limit:
            raise _Truncated
        start, end = self.bit >> 3, (self.bit + count + 7) >> 3
        value = int.from_bytes(self.data[start:end], "big") >> (end * 8 - self.bit - count)
        self.bit += count
        return value & ((1 << count) - 1)

    def skip(self, count: int) -> None:
        self.bit += count
        if self.bit > self.limit:
            raise _Truncated

    def unary(self) -> int:
        """Count zero bits up to and including the next one bit (Rice quotient)."""
        zeros = 0
        while zeros < _MAX_UNARY:
            index = self.bit >> 3
            if index >= len(self.data):
                raise _Truncated
            offset = self.bit & 7
            byte = (self.data[index] << offset) & 0xFF
            if byte:
                leading = 8 - byte.bit_length()
                self.bit += leading + 1
                return zeros + leading
            zeros += 8 - offset
            self.bit += 8 - offset
        raise _Truncated


def crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def _header(
    data: bytes, pos: int, stream: tuple[int, int]
) -> tuple[int, int, int, int, _Bits] | None:
    """(first sample, block size, channel assignment, sample size, reader) for a valid header.

    ``stream`` is (bits per sample, nominal block size) from STREAMINFO: fixed-block-size
    streams number frames, not samples, and their last frame is shorter than the rest.
    """
    bits = _Bits(data, pos)
    if bits.read(15) != 0x7FFC:  # 14-bit sync code and a zero reserved bit
        return None
    variable = bits.read(1)
    size_code, rate_code = bits.read(4), bits.read(4)
    channels, size_bits, reserved = bits.read(4), bits.read(3), bits.read(1)
    if size_code == 0 or rate_code == 15 or channels > 10 or size_bits == 3 or reserved:
        return None
    lead = bits.read(8)
    extra = 0 if lead < 0x80 else 8 - (lead ^ 0xFF).bit_length() - 1
    if extra < 0 or extra > 6 or (lead >= 0x80 and extra == 0):
        return None
    number = lead & (0x7F if extra == 0 else 0x3F >> extra)
    for _ in range(extra):
        number = (number << 6) | (bits.read(8) & 0x3F)
    block = _BLOCK_SIZES.get(size_code) or bits.read(8 if size_code == 6 else 16) + 1
    bits.skip({12: 8, 13: 16, 14: 16}.get(rate_code, 0))
    if bits.read(8) != crc8(data[pos : (bits.bit >> 3) - 1]):
        return None
    sample_size = _SAMPLE_SIZES.get(size_bits, stream[0])
    return (number if variable else number * stream[1]), block, channels, sample_size, bits


def _residual(bits: _Bits, block: int, order: int) -> None:
    method = bits.read(2)
    if method > 1:
        raise _Truncated
    width, escape = (4, 15) if method == 0 else (5, 31)
    partition_order = bits.read(4)
    for partition in range(1 << partition_order):
        count = (block >> partition_order) - (order if partition == 0 else 0)
        if count < 0:
            raise _Truncated
        parameter = bits.read(width)
        if parameter == escape:
            bits.skip(count * bits.read(5))
            continue
        for _ in range(count):
            bits.unary()
            bits.skip(parameter)


def _subframe(bits: _Bits, block: int, bps: int) -> None:
    if bits.read(1):
        raise _Truncated
    kind = bits.read(6)
    if bits.read(1):
        bps -= bits.unary() + 1  # wasted bits per sample
    if kind == 0:
        bits.skip(bps)
    elif kind == 1:
        bits.skip(bps * block)
    elif 8 <= kind <= 12:
        bits.skip((kind - 8) * bps)
        _residual(bits, block, kind - 8)
    elif kind >= 32:
        order = (kind & 31) + 1
        bits.skip(order * bps)
        precision = bits.read(4) + 1
        if precision == 16:
            raise _Truncated
        bits.skip(5 + order * precision)
        _residual(bits, block, order)
    else:
        raise _Truncated


def frame_end(data: bytes, pos: int, stream: tuple[int, int]) -> tuple[int, int, int] | None:
    """(first sample, block size, end offset) of the frame at ``pos`` if it checks out."""
    try:
        header = _header(data, pos, stream)
        if header is None:
            return None
        first, block, channels, bps, bits = header
        for channel in range(channels + 1 if channels < 8 else 2):
            side = (channels, channel) in ((8, 1), (9, 0), (10, 1))
            _subframe(bits, block, bps + side)
    except _Truncated:
        return None
    end = ((bits.bit + 7) >> 3) + 2
    if end > len(data) or crc16(data[pos : end - 2]) != int.from_bytes(data[end - 2 : end], "big"):
        return None
    return first, block, end


def _candidates_backwards(data: bytes, start: int) -> Iterator[int]:
    """Sync-code positions from the end towards ``start``, one bounded window at a time."""
    high = len(data)
    while high > start:
        low = max(start, high - _WINDOW)
        found = [m.start() for m in _SYNC.finditer(data, low, min(len(data), high + 1))]
        yield from reversed([p for p in found if p < high])
        high = low


def audio_end(data: bytes, start: int, total_samples: int, stream: tuple[int, int]) -> int | None:
    """Offset just past the last audio frame, or None when it cannot be established."""
    attempts = 0
    for looked, pos in enumerate(_candidates_backwards(data, start)):
        if looked >= _MAX_HEADERS or attempts >= _MAX_ATTEMPTS:
            return None
        try:
            if _header(data, pos, stream) is None:
                continue
        except _Truncated:
            continue
        attempts += 1
        frame = frame_end(data, pos, stream)
        if frame and (not total_samples or frame[0] + frame[1] >= total_samples):
            return frame[2]
    return None
