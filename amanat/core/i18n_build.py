"""Compile every ``.po`` catalogue into ``.mo`` with Babel (no gettext binaries needed).

Run by ``make`` before serving or testing; a catalogue with a syntax error stops the build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write a .mo beside each .po whose .mo is missing or older; return those written."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as handle:
            catalog = read_po(handle, abort_invalid=True)
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


def main() -> int:
    written = compile_catalogues()
    print(f"translations: {len(written)} catalogue(s) compiled")  # noqa: T201 - build output
    return 0


if __name__ == "__main__":
    sys.exit(main())
