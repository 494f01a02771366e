"""Encrypted, consistent backups of the whole database (which holds the encrypted files too).

Format: ``AMNB1`` + 4-byte header length + JSON header + XChaCha20-Poly1305 ciphertext of the
gzipped Django JSON dump. The data key is sealed to the deployment's backup public key, so the
server can write backups it cannot read; restoring needs the backup private key, kept offline.
The dump is taken in one transaction (REPEATABLE READ on PostgreSQL), so it is consistent.
It is held in memory: fine for tens of thousands of reports; beyond that use pg_dump + an
encrypted volume (docs/deploy.md).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import struct
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from amanat.core import crypto
from amanat.core.time import today

MAGIC = b"AMNB1"
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "django_tasks_database"]
# Models that changed app since a backup may have been written (same tables, new label), so an
# older backup still restores: docs/architecture.md lists the moves.
RENAMED_MODELS = {
    **{
        f"accounts.{name}": f"keys.{name}"
        for name in ("organisation", "recoverykey", "envelope", "sealedkey")
    },
    **{
        f"casework.{name}": f"incidents.{name}"
        for name in (
            "codebook",
            "code",
            "incident",
            "incidenttactic",
            "incidentchannel",
            "incidentreport",
            "person",
            "source",
            "referral",
        )
    },
}


class BackupError(Exception):
    """The backup cannot be written or read; the message says why."""


def _dump() -> bytes:
    out = io.StringIO()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        call_command("dumpdata", exclude=EXCLUDED, format="json", stdout=out, verbosity=0)
    return out.getvalue().encode("utf-8")


def write_backup(path: Path, backup_public_key: bytes) -> dict[str, object]:
    """Write an encrypted backup to ``path`` (mode 0600); return its header."""
    plain = _dump()
    data_key = crypto.new_data_key()
    header = {
        "format": 1,
        "day": str(today()),
        "sealed_key": base64.b64encode(crypto.seal(backup_public_key, data_key)).decode(),
        "sha256": hashlib.sha256(plain).hexdigest(),
        "bytes": len(plain),
    }
    header_bytes = json.dumps(header, sort_keys=True).encode()
    body = crypto.encrypt(data_key, gzip.compress(plain, mtime=0), aad=header_bytes)
    temporary = path.with_name(path.name + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + body)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    return header


def read_backup(path: Path, backup_private_key: bytes) -> bytes:
    """Decrypt and verify a backup file; return the JSON dump."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BackupError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise BackupError(f"{path}: not an Amanat backup")
    (size,) = struct.unpack(">I", raw[5:9])
    header_bytes = raw[9 : 9 + size]
    try:
        header = json.loads(header_bytes)
        data_key = crypto.unseal(backup_private_key, base64.b64decode(header["sealed_key"]))
        plain = gzip.decompress(crypto.decrypt(data_key, raw[9 + size :], aad=header_bytes))
    except (ValueError, KeyError, crypto.CryptoError) as exc:
        raise BackupError(f"{path}: wrong key, or the file was changed or damaged") from exc
    if hashlib.sha256(plain).hexdigest() != header["sha256"]:
        raise BackupError(f"{path}: checksum mismatch after decryption")
    return plain


def restore(dump: bytes) -> int:
    """Load a dump into an empty, migrated database; return the number of objects."""
    organisation = apps.get_model("keys", "Organisation")
    if organisation.objects.exists():
        raise BackupError("the database is not empty: restore into a freshly migrated one")
    count = 0
    touched = set()
    with transaction.atomic():
        objects = json.loads(dump.decode("utf-8"))
        for entry in objects:
            entry["model"] = RENAMED_MODELS.get(entry["model"], entry["model"])
        for item in serializers.deserialize("python", objects):
            item.save()
            touched.add(type(item.object))
            count += 1
        statements = connection.ops.sequence_reset_sql(no_style(), list(touched))
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    return count
