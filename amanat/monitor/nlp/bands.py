"""The grouper's MinHash band index, in compact arrays.

Answers what ``rensa.RMinHashLSH`` answers — the keys whose signature has the same hash as the
query's in at least one band, band by band, each band's keys in the order they were inserted,
every key once — and hashes each band as rensa does (FxHash of the band's values, read as u64
pairs), so a band collision is a candidate for both. Rensa keeps a hash map of vectors per
band and every key's band hashes besides: about 3 KB per article, a third of the benchmark's
peak memory at 100,000 articles. Here a bucket directory per band (open addressing, linear
probing) points to the newest key of each band hash, and each key links to the previous key
with the same band hash: 8 bytes of hash, 4 of link and at most 8 of directory per key and
band, in numpy arrays that double when full.

Keys are positions 0, 1, 2… in insertion order (the grouper's); a key is never removed.
"""

from __future__ import annotations

import array
import functools
import sys
from collections.abc import Sequence

import numpy as np

_K = np.uint64(0xF1357AEA2E62A9C5)  # FxHash's multiplier (rensa's calculate_band_hash)
_FIBONACCI = np.uint64(0x9E3779B97F4A7C15)  # spreads a band hash over the directory
_EMPTY = -1
_FIRST_CAPACITY = 1024  # keys
_SLOTS_PER_KEY = 2  # directory slots per band and key of room


def band_hashes(digest: Sequence[int], num_bands: int) -> np.ndarray:
    """Each band's hash as rensa's ``calculate_band_hash`` computes it (for bands of a multiple
    of 4 values: ``h = (h + (lo | hi << 32)) * K`` over the band's pairs of values), less its
    final rotation, which maps equal hashes to equal ones and unequal to unequal. numpy's
    unsigned arithmetic wraps, as Rust's ``wrapping_*``; the pairs are the digest's u32
    values read two at a time as little-endian u64. Unrolled, the hash of pairs
    ``p1 … pn`` is ``p1·K^n + p2·K^(n-1) + … + pn·K`` (mod 2**64): one product of the
    pairs with those powers (numpy's integer dot wraps as its ``*`` and ``+`` do)."""
    values = array.array("I", digest)  # cheaper than numpy from a list
    if sys.byteorder != "little":
        values.byteswap()
    pairs = np.frombuffer(values, dtype="<u8").reshape(num_bands, -1)
    return pairs.dot(_powers(pairs.shape[1]))


@functools.cache
def _powers(pairs: int) -> np.ndarray:
    """``K^n, K^(n-1) … K`` (mod 2**64) for bands of ``pairs`` pairs (:func:`band_hashes`)."""
    k = int(_K)
    return np.array([pow(k, pairs - i, 1 << 64) for i in range(pairs)], dtype=np.uint64)


class BandIndex:
    """Keys by band hash, for near-duplicate candidates (see the module's doc)."""

    def __init__(self, num_perm: int, num_bands: int) -> None:
        if num_perm % num_bands or (num_perm // num_bands) % 4:
            raise ValueError("bands must hold a multiple of 4 values")
        self.num_perm, self.num_bands = num_perm, num_bands
        self._count = 0
        # Flat, key-major: entry ``key * num_bands + band``.
        self._hashes = np.zeros(_FIRST_CAPACITY * num_bands, dtype=np.uint64)
        self._previous = np.full(_FIRST_CAPACITY * num_bands, _EMPTY, dtype=np.int32)
        self._size_directory(_SLOTS_PER_KEY * _FIRST_CAPACITY)
        self._last: tuple[Sequence[int], np.ndarray, np.ndarray, np.ndarray] | None = None

    def _size_directory(self, slots: int) -> None:
        """Band-major: slot ``band * slots + i`` holds the newest key whose band hash falls in
        bucket ``i`` (``_previous`` links it to the one before)."""
        self._shift = np.uint64(64 - (slots.bit_length() - 1))
        self._band_base = np.arange(self.num_bands, dtype=np.int64) * slots
        self._directory = np.full(self.num_bands * slots, _EMPTY, dtype=np.int32)

    def __len__(self) -> int:
        return self._count

    def _buckets(self, hashes: np.ndarray) -> np.ndarray:
        return ((hashes * _FIBONACCI) >> self._shift).astype(np.int64)

    def _probed(self, digest: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The band hashes, their directory slots and the newest key in each (-1: none);
        remembered for the next insert of the same digest (the grouper queries an article,
        then inserts it)."""
        last = self._last
        if last is not None and last[0] is digest:
            return last[1], last[2], last[3]
        hashes = band_hashes(digest, self.num_bands)
        where = self._band_base + self._buckets(hashes)
        heads = self._directory[where]  # an array: insert copies it as one
        self._last = (digest, hashes, where, heads)
        return hashes, where, heads

    def query(self, digest: Sequence[int]) -> list[int]:
        """The keys sharing a band hash with ``digest``, in rensa's order."""
        hashes, _, newest = self._probed(digest)
        heads: list[int] = newest.tolist()
        if max(heads) < 0:
            return []
        wanted: list[int] = hashes.tolist()
        # memoryviews: indexing one gives a Python int, cheaper than a numpy scalar.
        stored, previous, width = self._hashes.data, self._previous.data, self.num_bands
        found: list[int] = []
        for band, key in enumerate(heads):
            if key < 0:
                continue
            chain = []
            want = wanted[band]
            while key >= 0:
                entry = key * width + band
                if stored[entry] == want:
                    chain.append(key)
                key = previous[entry]
            chain.reverse()  # oldest first
            found += chain
        return list(dict.fromkeys(found))  # each key once, where first found

    def insert(self, key: int, digest: Sequence[int]) -> None:
        """Index the next key (0, 1, 2… in order)."""
        if key != self._count:
            raise ValueError(f"keys are inserted in order: expected {self._count}, got {key}")
        width = self.num_bands
        if (key + 1) * width > len(self._hashes):
            self._grow()
        hashes, where, heads = self._probed(digest)
        self._last = None
        self._hashes[key * width : (key + 1) * width] = hashes
        self._previous[key * width : (key + 1) * width] = heads
        self._directory[where] = key
        self._count += 1

    def _grow(self) -> None:
        """Twice the room for keys, and a directory twice as large, its chains rebuilt."""
        self._last = None
        used = self._count * self.num_bands
        hashes = np.zeros(2 * len(self._hashes), dtype=np.uint64)
        hashes[:used] = self._hashes[:used]
        previous = np.full(2 * len(self._previous), _EMPTY, dtype=np.int32)
        self._hashes, self._previous = hashes, previous
        self._size_directory(2 * len(self._directory) // self.num_bands)
        keys = np.arange(self._count, dtype=np.int32)
        for band in range(self.num_bands):
            entries = keys.astype(np.int64) * self.num_bands + band
            where = self._band_base[band] + self._buckets(hashes[entries])
            order = np.argsort(where, kind="stable")  # by bucket, then key
            where, entries, chained = where[order], entries[order], keys[order]
            same = where[1:] == where[:-1]
            previous[entries[1:][same]] = chained[:-1][same]
            last = np.append(~same, True)
            self._directory[where[last]] = chained[last]
