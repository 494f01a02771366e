"""C07: receipts carry at least 80 bits from the CSPRNG, without duplicates, bias or structure."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

from amanat.intake import receipts

SAMPLES = 10_000
# chi-square critical value for 9 degrees of freedom at p = 0.0001: a fair generator fails one
# position's test once in 10,000 runs, so 28 positions fail together far less than once in 300.
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


def test_every_position_is_uniform() -> None:
    issued = [receipts.new_receipt() for _ in range(SAMPLES)]
    expected = SAMPLES / 10
    for position in range(receipts.RECEIPT_DIGITS):
        counts = Counter(receipt[position] for receipt in issued)
        chi2 = sum((counts.get(str(d), 0) - expected) ** 2 / expected for d in range(10))
        assert chi2 < CHI2_CRITICAL_9_DOF, f"position {position} is biased (chi2={chi2:.1f})"


def test_no_receipt_or_key_code_uses_a_predictable_generator() -> None:
    """White-box: only `secrets` (or libsodium) may make receipts, keys and nonces."""
    forbidden = re.compile(r"^\s*(import random|from random import)|uuid1\(|uuid4\(", re.M)
    for module in ("intake/receipts.py", "intake/actions.py", "core/crypto.py", "core/sessions.py"):
        source = (APP_DIR / module).read_text(encoding="utf-8")
        assert not forbidden.search(source), module
