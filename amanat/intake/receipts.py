"""Receipt codes: 28 random decimal digits (93 bits), shown in groups of four.

Digits are language-neutral (Uyghur, Turkish and Chinese readers all know them) and survive being
written on paper. Arabic-Indic and full-width digits typed back are accepted as the same digits.
The receipt is never stored; see ``crypto.derive_receipt_secrets``.
"""

from __future__ import annotations

import secrets
import unicodedata

RECEIPT_DIGITS = 28
MAX_INPUT_CHARS = 80  # anything longer is rejected before any hashing
_SEPARATORS = frozenset(" -\u00a0\u2009\u202f\t.")


def new_receipt() -> str:
    """A uniformly random receipt from the CSPRNG."""
    return f"{secrets.randbelow(10**RECEIPT_DIGITS):0{RECEIPT_DIGITS}d}"


def display(receipt: str) -> str:
    """Groups of four digits separated by spaces, for reading aloud or copying by hand."""
    return " ".join(receipt[i : i + 4] for i in range(0, len(receipt), 4))


def _ascii_digits(text: str) -> str | None:
    digits = []
    for char in text:
        if char in _SEPARATORS:
            continue
        value = unicodedata.digit(char, None)
        if value is None:
            return None
        digits.append(str(value))
    return "".join(digits)


def normalise(text: str) -> str | None:
    """The receipt's canonical digits, or None if the input cannot be a receipt."""
    if len(text) > MAX_INPUT_CHARS:
        return None
    digits = _ascii_digits(text.strip())
    if digits is None or len(digits) != RECEIPT_DIGITS:
        return None
    return digits


def digits_only(text: str) -> str:
    """Every digit in the text, in order, as ASCII (to spot a receipt pasted with any spacing)."""
    return "".join(
        str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None
    )
