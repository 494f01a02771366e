"""Second factor: TOTP (RFC 6238) with replay protection, and one-time recovery codes."""

from __future__ import annotations

import secrets
import time

import pyotp
import segno

from amanat.core import crypto

ISSUER = "Amanat"
RECOVERY_CODE_COUNT = 10
_STEP = 30


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_svg(secret: str, username: str) -> str:
    """The otpauth:// URI as an inline SVG QR code (served by us; no script, no CDN)."""
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)
    return str(segno.make(uri, error="m").svg_inline(scale=4))


def matching_step(
    secret: str, code: str, *, after_step: int, now: float | None = None
) -> int | None:
    """The time step the code belongs to (±1 step of drift), if newer than ``after_step``."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    moment = time.time() if now is None else now
    current = int(moment // _STEP)
    totp = pyotp.TOTP(secret)
    for step in (current - 1, current, current + 1):
        if step > after_step and crypto.constant_time_equal(
            totp.at(step * _STEP).encode(), code.encode()
        ):
            return step
    return None


def new_recovery_codes() -> list[str]:
    """Ten codes of 12 base32 characters (60 bits), shown once."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return [
        "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))
        for _ in range(RECOVERY_CODE_COUNT)
    ]


def hash_recovery_code(code: str) -> bytes:
    normalised = "".join(code.upper().split()).replace("-", "")
    return crypto.keyed_hash(normalised.encode(), person=b"amanat:recovery")
