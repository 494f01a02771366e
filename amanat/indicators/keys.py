"""The matching keys: a deployment secret outside the database, one key per organisation.

A stolen database holds only keyed hashes; without the deployment key file nobody can hash a
guessed phone number to confirm it is there (there are only ~10^10 mobile numbers per country,
so an unkeyed hash would be reversed in minutes). Each organisation's key is derived from the
deployment secret and its slug, so the same number hashes differently in two organisations.

The secret is 32–64 random bytes written as hex, in the file named by
``AMANAT_INDICATOR_KEY_FILE`` (``amanat indicators keygen --key-file PATH`` writes one) or,
for tests, the ``INDICATOR_KEY_FILE`` setting. It is read when needed, never stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings

from amanat.core import crypto, env
from amanat.indicators.normalise import Normalised

ORG_PERSON = b"amanat:ind-org"
INDICATOR_PERSON = b"amanat:indicator"
SHARE_PERSON = b"amanat:ind-share"
FINGERPRINT_PERSON = b"amanat:ind-fpr"
MIN_KEY_BYTES, MAX_KEY_BYTES = 32, 64


class KeyMissing(Exception):
    """Indicator matching is not configured, or its key is malformed (message says which)."""


def key_file_path() -> Path | None:
    """The key file in use: the ``INDICATOR_KEY_FILE`` setting, else the environment's."""
    path = getattr(settings, "INDICATOR_KEY_FILE", None) or os.environ.get(
        "AMANAT_INDICATOR_KEY_FILE"
    )
    return Path(path) if path else None


def deployment_secret() -> bytes:
    """The deployment key, read from its file each time (rotating it means re-hashing)."""
    path = getattr(settings, "INDICATOR_KEY_FILE", None)
    try:
        if path:
            text = Path(path).read_text(encoding="ascii")
        else:
            text = env.get_str("AMANAT_INDICATOR_KEY", "")
    except (OSError, UnicodeError, env.ConfigError) as exc:
        raise KeyMissing(f"the indicator key file cannot be read: {exc}") from exc
    if not text.strip():
        raise KeyMissing(
            "indicator matching needs AMANAT_INDICATOR_KEY_FILE "
            "(create one with: amanat indicators keygen --key-file PATH)"
        )
    return parse_key(text, what="the indicator key file")


def parse_key(text: str, *, what: str) -> bytes:
    """32–64 bytes written as hex (whitespace ignored); the error names ``what``."""
    try:
        key = bytes.fromhex("".join(text.split()))
    except ValueError as exc:
        raise KeyMissing(f"{what} is not hexadecimal") from exc
    if not MIN_KEY_BYTES <= len(key) <= MAX_KEY_BYTES:
        raise KeyMissing(f"{what} must hold 32 to 64 random bytes (64 to 128 hex digits)")
    return key


def organisation_key(slug: str) -> bytes:
    """The organisation's matching key: never stored, derived again when needed."""
    return crypto.keyed_hash(slug.encode(), key=deployment_secret(), person=ORG_PERSON)


def digest(identifier: Normalised, org_key: bytes) -> bytes:
    """The stored keyed hash of one identifier in one organisation."""
    return crypto.keyed_hash(identifier.hash_input, key=org_key, person=INDICATOR_PERSON)


def joint_digest(identifier: Normalised, joint_key: bytes) -> str:
    """The hash two partners exchange instead of values (hex), under their joint key."""
    return crypto.keyed_hash(identifier.hash_input, key=joint_key, person=SHARE_PERSON).hex()


def fingerprint(joint_key: bytes) -> str:
    """A short public name of a joint key, so both sides can check they hold the same one."""
    return crypto.keyed_hash(joint_key, person=FINGERPRINT_PERSON, size=8).hex()


def new_key_text() -> str:
    """A fresh key as it is written to a key file."""
    return crypto.random_bytes(MIN_KEY_BYTES).hex() + "\n"


def write_key_file(path: Path) -> None:
    """Create ``path`` (mode 0600) with a fresh key; refuses to overwrite an existing key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(new_key_text())
