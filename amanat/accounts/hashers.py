"""Staff password hashes no weaker than the key wrapping (issue #11.2).

``auth_user`` sits next to private keys wrapped with Argon2id under the same password; a
stolen disk must not offer a cheaper way to test guesses. So the password hash is Argon2id
with the very cost ``core.crypto`` uses to wrap keys (libsodium's memlimit is in bytes,
argon2's memory_cost in KiB; libsodium always uses one lane). Older hashes (PBKDF2) are
re-hashed by Django at the member's next sign-in, because this hasher comes first.
"""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher

from amanat.core import crypto


class KeyWrapArgon2Hasher(Argon2PasswordHasher):
    """Django's Argon2id hasher with the key wrapping's cost (same ``argon2`` algorithm name)."""

    time_cost = crypto.MODERATE_KDF.opslimit
    memory_cost = crypto.MODERATE_KDF.memlimit // 1024
    parallelism = 1
