"""All cryptography of Amanat, as thin wrappers over libsodium (PyNaCl).

Nothing else in the code base imports ``nacl``. The envelope (architecture.md):

* every report, message and attachment gets a fresh random data key and is encrypted with
  XChaCha20-Poly1305 (padded to a size bucket, so ciphertext length does not reveal content);
* the data key is sealed (X25519 sealed box) to every authorised staff key, the organisation's
  recovery key and, for replies, the reporter's key;
* a staff private key is stored only wrapped under a key derived from the staff password with
  Argon2id (slow, because passwords are human-chosen);
* a reporter receipt is random (≥ 80 bits), so it is stretched with fast keyed BLAKE2b into a
  login verifier and a reporter key pair — a slow hash there would hand a flooder a CPU amplifier.
"""

from __future__ import annotations

import hmac
import struct
from dataclasses import dataclass

import nacl.bindings as sodium
import nacl.exceptions
import nacl.hash
import nacl.pwhash
import nacl.utils
from nacl.encoding import RawEncoder
from nacl.public import PrivateKey, PublicKey, SealedBox

KEY_BYTES = 32
NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
_FORMAT_V1 = b"\x01"
_MIN_PADDED = 256


class CryptoError(Exception):
    """Decryption or unwrapping failed: wrong key, wrong password or tampered data."""


@dataclass(frozen=True)
class KeyPair:
    """An X25519 key pair as raw bytes."""

    public: bytes
    private: bytes


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost. Tests lower it only through the ``fast_kdf`` fixture."""

    opslimit: int
    memlimit: int


MODERATE_KDF = KdfCost(
    nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE
)
FAST_KDF_FOR_TESTS = KdfCost(nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN)
_kdf_cost = MODERATE_KDF


def set_kdf_cost(cost: KdfCost) -> KdfCost:
    """Swap the Argon2id cost for new wraps; returns the previous one (for test fixtures)."""
    global _kdf_cost
    previous, _kdf_cost = _kdf_cost, cost
    return previous


def random_bytes(size: int) -> bytes:
    """Bytes from libsodium's CSPRNG."""
    return nacl.utils.random(size)


def generate_keypair() -> KeyPair:
    """A fresh X25519 key pair."""
    key = PrivateKey.generate()
    return KeyPair(public=bytes(key.public_key), private=bytes(key))


def keypair_from_seed(seed: bytes) -> KeyPair:
    """The X25519 key pair determined by a 32-byte seed."""
    key = PrivateKey.from_seed(seed)
    return KeyPair(public=bytes(key.public_key), private=bytes(key))


def keypair_from_private(private: bytes) -> KeyPair:
    """The key pair whose private half is given (to check a recovery key file)."""
    key = PrivateKey(private)
    return KeyPair(public=bytes(key.public_key), private=bytes(key))


def new_data_key() -> bytes:
    """A random XChaCha20-Poly1305 key for one report, message or attachment."""
    return random_bytes(KEY_BYTES)


def padded_length(length: int) -> int:
    """Padmé bucket: pad to a size that leaks O(log log n) bits, overhead at most ~12 %."""
    if length <= _MIN_PADDED:
        return _MIN_PADDED
    exponent = length.bit_length() - 1
    mantissa_bits = exponent.bit_length()
    low_bits = exponent - mantissa_bits
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def encrypt(key: bytes, plaintext: bytes, *, aad: bytes) -> bytes:
    """Pad then encrypt; ``aad`` binds the ciphertext to its place (no swapping rows)."""
    padded = sodium.sodium_pad(plaintext, padded_length(len(plaintext) + 1))
    nonce = random_bytes(NONCE_BYTES)
    sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, aad, nonce, key)
    return _FORMAT_V1 + nonce + sealed


def decrypt(key: bytes, ciphertext: bytes, *, aad: bytes) -> bytes:
    """Inverse of :func:`encrypt`; raises CryptoError on any mismatch."""
    if len(ciphertext) < 1 + NONCE_BYTES or ciphertext[:1] != _FORMAT_V1:
        raise CryptoError("unknown ciphertext format")
    nonce = ciphertext[1 : 1 + NONCE_BYTES]
    try:
        padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            ciphertext[1 + NONCE_BYTES :], aad, nonce, key
        )
        return sodium.sodium_unpad(padded, len(padded))
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise CryptoError("decryption failed") from exc


def seal(public_key: bytes, data_key: bytes) -> bytes:
    """Seal a data key to a recipient's public key (anonymous sender)."""
    return SealedBox(PublicKey(public_key)).encrypt(data_key)


def unseal(private_key: bytes, sealed: bytes) -> bytes:
    """Open a sealed data key; raises CryptoError if it was not sealed to this key."""
    try:
        return SealedBox(PrivateKey(private_key)).decrypt(sealed)
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise CryptoError("not sealed to this key") from exc


def wrap_private_key(private_key: bytes, password: str) -> bytes:
    """Encrypt a private key under Argon2id(password); the cost is stored with it."""
    salt = random_bytes(nacl.pwhash.argon2id.SALTBYTES)
    cost = _kdf_cost
    kek = _argon2id(password, salt, cost)
    header = _FORMAT_V1 + struct.pack(">QQ", cost.opslimit, cost.memlimit) + salt
    return header + encrypt(kek, private_key, aad=header)


def unwrap_private_key(wrapped: bytes, password: str) -> bytes:
    """Recover a private key with the password; CryptoError if the password is wrong."""
    salt_len = nacl.pwhash.argon2id.SALTBYTES
    header_len = 1 + 16 + salt_len
    if len(wrapped) <= header_len or wrapped[:1] != _FORMAT_V1:
        raise CryptoError("unknown wrapped-key format")
    header = wrapped[:header_len]
    opslimit, memlimit = struct.unpack(">QQ", header[1:17])
    kek = _argon2id(password, header[17:], KdfCost(opslimit, memlimit))
    return decrypt(kek, wrapped[header_len:], aad=header)


def _argon2id(password: str, salt: bytes, cost: KdfCost) -> bytes:
    return nacl.pwhash.argon2id.kdf(
        KEY_BYTES,
        password.encode("utf-8"),
        salt,
        opslimit=cost.opslimit,
        memlimit=cost.memlimit,
    )


def keyed_hash(data: bytes, *, person: bytes, key: bytes = b"", size: int = 32) -> bytes:
    """BLAKE2b with a personalisation string, so hashes for different purposes never collide."""
    if len(person) > 16:
        raise ValueError("personalisation is at most 16 bytes")
    return nacl.hash.blake2b(data, digest_size=size, key=key, person=person, encoder=RawEncoder)


@dataclass(frozen=True)
class ReceiptSecrets:
    """What a receipt derives: a verifier stored to find the report, and the reporter's keys."""

    verifier: bytes
    keypair: KeyPair


def derive_verifier(receipt: str) -> bytes:
    """The value stored to find a report by its receipt."""
    return keyed_hash(receipt.encode("ascii"), person=b"amanat:verifier")


def derive_receipt_secrets(receipt: str) -> ReceiptSecrets:
    """Fast, domain-separated derivation; the receipt itself is never stored."""
    seed = keyed_hash(receipt.encode("ascii"), person=b"amanat:rptkey")
    return ReceiptSecrets(verifier=derive_verifier(receipt), keypair=keypair_from_seed(seed))


def constant_time_equal(left: bytes, right: bytes) -> bool:
    """Compare secrets without leaking where they differ."""
    return hmac.compare_digest(left, right)
