"""The grouper's compact band index answers what rensa's LSH index answers, in the same order."""

from __future__ import annotations

import random

import pytest
from rensa import RMinHash, RMinHashLSH

from amanat.monitor.nlp.bands import BandIndex, band_hashes


def _stream(count: int, seed: int) -> list[RMinHash]:
    """Sketches of word sets, many of them edited copies of earlier ones (shared bands)."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(2000)]
    sets: list[list[str]] = []
    sketches = []
    for _ in range(count):
        if sets and rng.random() < 0.5:
            words = [w for w in rng.choice(sets) if rng.random() < 0.93] + rng.sample(vocabulary, 2)
        else:
            words = rng.sample(vocabulary, 40)
        sets.append(words)
        sketch = RMinHash(128, 20250)
        sketch.update(words)
        sketches.append(sketch)
    return sketches


@pytest.mark.parametrize("num_bands", [32, 16])
def test_candidates_and_their_order_are_rensas(num_bands: int) -> None:
    # 3,000 keys: the index grows (and rebuilds its directory) twice on the way.
    lsh = RMinHashLSH(0.5, 128, num_bands)
    index = BandIndex(128, num_bands)
    for key, sketch in enumerate(_stream(3000, seed=num_bands)):
        digest = sketch.digest()
        assert index.query(digest) == lsh.query(sketch)
        lsh.insert(key, sketch)
        index.insert(key, digest)
    assert len(index) == 3000


def test_an_exact_copy_finds_every_earlier_copy_oldest_first() -> None:
    index = BandIndex(128, 32)
    sketch = RMinHash(128, 20250)
    sketch.update(["a b c", "b c d", "c d e"])
    for key in range(5):
        assert index.query(sketch.digest()) == list(range(key))
        index.insert(key, sketch.digest())


def test_keys_come_in_order() -> None:
    index = BandIndex(128, 32)
    with pytest.raises(ValueError, match="in order"):
        index.insert(1, [0] * 128)


def test_bands_must_hold_pairs_of_u64() -> None:
    with pytest.raises(ValueError, match="multiple of 4"):
        BandIndex(128, 64)


@pytest.mark.parametrize("num_bands", [32, 16, 8])
def test_band_hashes_in_one_product_are_the_pairs_hashed_in_turn(num_bands: int) -> None:
    mask = (1 << 64) - 1
    k = 0xF1357AEA2E62A9C5
    for sketch in _stream(50, 11):
        digest = sketch.digest()
        width = len(digest) // num_bands
        expected = []
        for band in range(num_bands):
            values = digest[band * width : (band + 1) * width]
            h = 0
            for lo, hi in zip(values[::2], values[1::2], strict=True):
                h = ((h + (lo | hi << 32)) * k) & mask
            expected.append(h)
        assert band_hashes(digest, num_bands).tolist() == expected
