"""C07: receipts carry at least 80 bits from the CSPRNG, without duplicates, bias or structure."""

from __future__ import annotations

import math
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from amanat.intake import receipts

SAMPLES = 10_000
# chi-square critical value for 9 degrees of freedom at p = 0.0001. Over 28 positions a fair
# generator trips it about once in 350 samples, so a tripped position is drawn again from a fresh
# sample: a fair generator fails twice about once in three million runs, a biased one every time.
CHI2_CRITICAL_9_DOF = 33.72
APP_DIR = Path(receipts.__file__).resolve().parents[1]


def test_a_receipt_has_at_least_80_bits() -> None:
    assert receipts.RECEIPT_DIGITS * math.log2(10) >= 80


def test_ten_thousand_receipts_are_distinct_and_well_formed() -> None:
    issued = [receipts.new_receipt() for _ in range(SAMPLES)]
    assert len(set(issued)) == SAMPLES
    assert all(re.fullmatch(r"[0-9]{28}", receipt) for receipt in issued)
    prefixes = Counter(receipt[:4] for receipt in issued)
    assert prefixes.most_common(1)[0][1] < 10  # no shared prefix: 1 in 10,000 expected per prefix


def _biased_positions(generate: Callable[[], str], positions: Iterable[int]) -> dict[int, float]:
    """Positions whose digits, over a fresh sample, fail the chi-square test, with their chi2."""
    issued = [generate() for _ in range(SAMPLES)]
    expected = SAMPLES / 10
    biased = {}
    for position in positions:
        counts = Counter(receipt[position] for receipt in issued)
        chi2 = sum((counts.get(str(d), 0) - expected) ** 2 / expected for d in range(10))
        if chi2 >= CHI2_CRITICAL_9_DOF:
            biased[position] = chi2
    return biased


def _still_biased(generate: Callable[[], str]) -> dict[int, float]:
    """Positions that fail in one sample and again in a second: chance alone rarely does both."""
    first = _biased_positions(generate, range(receipts.RECEIPT_DIGITS))
    return _biased_positions(generate, first) if first else {}


def test_every_position_is_uniform() -> None:
    biased = _still_biased(receipts.new_receipt)
    assert not biased, f"positions biased in two samples (chi2 of the second): {biased}"


def test_the_uniformity_check_finds_a_digit_that_favours_one_value() -> None:
    """The check is not blind: a generator whose 14th digit is 0 one time in five is caught."""

    def lopsided() -> str:
        receipt = list(receipts.new_receipt())
        if secrets.randbelow(5) == 0:
            receipt[13] = "0"
        return "".join(receipt)

    assert set(_still_biased(lopsided)) == {13}


def test_no_receipt_or_key_code_uses_a_predictable_generator() -> None:
    """White-box: only `secrets` (or libsodium) may make receipts, keys and nonces."""
    forbidden = re.compile(r"^\s*(import random|from random import)|uuid1\(|uuid4\(", re.M)
    for module in ("intake/receipts.py", "intake/actions.py", "core/crypto.py", "core/sessions.py"):
        source = (APP_DIR / module).read_text(encoding="utf-8")
        assert not forbidden.search(source), module
