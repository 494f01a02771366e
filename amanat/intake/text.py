"""Cleaning free text from the form: invisible control and bidi-override characters are removed.

Bidi overrides (U+202A–U+202E, U+2066–U+2069) can make text display differently from what it
says; C0/C1 controls break exports and terminals. Right-to-left and left-to-right marks stay, as
Uyghur writers use them legitimately. The reporter is told how many characters were removed.
"""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
)
_KEEP = frozenset("\n\t")


def clean_text(value: str) -> tuple[str, int]:
    """Return the text without controls (NFC-normalised, CRLF folded) and how many were removed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.replace("\n", "").replace("\t", "").isprintable():
        # isprintable() is False for every Cc/Cf/Cs/Co/Cn character (bidi controls are Cf), so
        # most texts skip the per-character loop below (issue #14: it was 1 ms per report).
        return unicodedata.normalize("NFC", value), 0
    kept = []
    removed = 0
    for char in value:
        if char in _KEEP:
            kept.append(char)
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"}:
            removed += 1
        else:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)), removed
