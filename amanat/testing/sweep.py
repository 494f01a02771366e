"""The canary sweep (security-checks.md): search files for markers in many encodings.

A marker is searched as UTF-8, UTF-16LE/BE, base64 at three byte offsets, hex, URL-encoding, HTML
entities, JSON escapes, and NFC/NFD; gzip files are searched inside too.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import os
import unicodedata
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection


def encodings_of(marker: str) -> dict[str, bytes]:
    """Byte patterns under which a marker could hide in a file."""
    patterns: dict[str, bytes] = {}
    for form in ("NFC", "NFD"):
        text = unicodedata.normalize(form, marker)
        raw = text.encode("utf-8")
        patterns[f"{form}/utf-8"] = raw
        patterns[f"{form}/utf-16le"] = text.encode("utf-16-le")
        patterns[f"{form}/utf-16be"] = text.encode("utf-16-be")
        patterns[f"{form}/hex"] = raw.hex().encode()
        patterns[f"{form}/HEX"] = raw.hex().upper().encode()
        patterns[f"{form}/url"] = urllib.parse.quote(text).encode()
        patterns[f"{form}/html"] = html.escape(text).encode("ascii", "xmlcharrefreplace")
        patterns[f"{form}/json"] = json.dumps(text).strip('"').encode()
        for offset in range(3):
            encoded = base64.b64encode(b"\0" * offset + raw)
            stable = encoded[4 if offset else 0 : -4]
            patterns[f"{form}/base64+{offset}"] = stable
    return {name: pattern for name, pattern in patterns.items() if len(pattern) >= 8}


@dataclass(frozen=True)
class Hit:
    path: Path
    marker: str
    encoding: str


def files_under(roots: Iterable[Path]) -> list[Path]:
    """Every regular file under the roots (a root may itself be a file)."""
    return [
        p for root in roots for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()
    ]


def read_if_present(path: Path) -> bytes:
    """A file's bytes, or nothing if it vanished since it was listed (PostgreSQL's temporary
    files come and go while the server runs)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def _contents(path: Path) -> Iterable[bytes]:
    data = read_if_present(path)
    yield data
    if data[:2] == b"\x1f\x8b":
        yield gzip.decompress(data)


def sweep(roots: Iterable[Path], markers: Iterable[str]) -> list[Hit]:
    """Every (file, marker, encoding) found under the roots."""
    table = {marker: encodings_of(marker) for marker in markers}
    hits = []
    for path in files_under(roots):
        for content in _contents(path):
            for marker, patterns in table.items():
                hits += [Hit(path, marker, name) for name, p in patterns.items() if p in content]
    return hits


def places_at_rest() -> list[Path]:
    """Every place the data could have reached: the data directory, and on the PostgreSQL run
    (scripts/with-postgres.sh exports AMANAT_PG_DATA) the server's files after a checkpoint."""
    places = [Path(settings.DATA_DIR)]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("CHECKPOINT")
        pg_data = os.environ.get("AMANAT_PG_DATA")
        if pg_data:
            places.append(Path(pg_data))
    return places
