"""The worker's answer on stdout: one JSON header line, then the cleaned file's raw bytes.

JSON and a length field, never pickle: the parent must be able to read whatever a compromised
worker writes without that output being able to run code or allocate without bound. Anything
that does not match this format exactly is treated as a failed worker.
"""

from __future__ import annotations

import json
from typing import Any

from .result import ERROR_CODES, StripError, StripResult

MAGIC = b"AMANAT-STRIP/1\n"
_MAX_HEADER = 256 * 1024
_MAX_NAMES = 2000
_MAX_NAME_LENGTH = 300
_KINDS = frozenset({"image", "audio", "pdf", "video", "document"})


def encode_result(result: StripResult) -> bytes:
    header = {
        "ok": True,
        "kind": result.kind,
        "mime": result.mime,
        "extension": result.extension,
        "removed": list(result.removed),
        "notes": list(result.notes),
        "length": len(result.clean),
    }
    return MAGIC + json.dumps(header).encode() + b"\n" + result.clean


def encode_error(error: StripError) -> bytes:
    header = {"ok": False, "code": error.code, "detail": error.detail[:_MAX_NAME_LENGTH]}
    return MAGIC + json.dumps(header).encode() + b"\n"


def _strings(value: Any, field: str) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or len(value) > _MAX_NAMES
        or not all(isinstance(item, str) and len(item) <= _MAX_NAME_LENGTH for item in value)
    ):
        raise StripError("failed", f"worker sent an invalid {field} list")
    return tuple(value)


def decode(raw: bytes) -> StripResult:
    """Parse the worker's output; raise the worker's StripError, or "failed" if it is garbled."""
    if not raw.startswith(MAGIC):
        raise StripError("failed", "worker output did not start with the protocol marker")
    newline = raw.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if newline < 0:
        raise StripError("failed", "worker header missing or too long")
    try:
        header = json.loads(raw[len(MAGIC) : newline])
    except ValueError:
        raise StripError("failed", "worker header is not JSON") from None
    if not isinstance(header, dict):
        raise StripError("failed", "worker header is not an object")
    payload = raw[newline + 1 :]
    if header.get("ok") is False:
        code, detail = header.get("code"), header.get("detail", "")
        if code not in ERROR_CODES or not isinstance(detail, str):
            raise StripError("failed", "worker sent an unknown error code")
        raise StripError(code, detail)
    fields = [header.get(k) for k in ("kind", "mime", "extension")]
    if header.get("ok") is not True or not all(isinstance(f, str) for f in fields):
        raise StripError("failed", "worker header lacks the result fields")
    length = header.get("length")
    if header["kind"] not in _KINDS or type(length) is not int or length != len(payload):
        raise StripError("failed", "worker result has a bad kind or length")
    return StripResult(
        kind=header["kind"],
        mime=header["mime"],
        extension=header["extension"],
        clean=payload,
        removed=_strings(header.get("removed"), "removed"),
        notes=_strings(header.get("notes"), "notes"),
    )
