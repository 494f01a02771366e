"""core.crypto: round trips, wrong keys fail, tampering is detected, padding hides length."""

from __future__ import annotations

import pytest

from amanat.core import crypto


def test_it_round_trips_content_with_its_data_key() -> None:
    key = crypto.new_data_key()
    sealed = crypto.encrypt(key, "ئامانەت 安全 secret".encode(), aad=b"report:1")
    assert crypto.decrypt(key, sealed, aad=b"report:1") == "ئامانەت 安全 secret".encode()


def test_it_refuses_a_wrong_data_key() -> None:
    sealed = crypto.encrypt(crypto.new_data_key(), b"x", aad=b"a")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(crypto.new_data_key(), sealed, aad=b"a")


def test_it_detects_tampering_with_the_ciphertext() -> None:
    key = crypto.new_data_key()
    sealed = bytearray(crypto.encrypt(key, b"hello", aad=b"a"))
    sealed[-5] ^= 0x01
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(key, bytes(sealed), aad=b"a")


def test_it_refuses_a_ciphertext_moved_to_another_place() -> None:
    key = crypto.new_data_key()
    sealed = crypto.encrypt(key, b"hello", aad=b"report:1")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(key, sealed, aad=b"report:2")


def test_it_refuses_an_unknown_format() -> None:
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(crypto.new_data_key(), b"\x02" + bytes(60), aad=b"")


def test_it_pads_lengths_into_few_buckets() -> None:
    key = crypto.new_data_key()
    sizes = {len(crypto.encrypt(key, b"a" * n, aad=b"")) for n in (1, 100, 200, 250)}
    assert len(sizes) == 1
    big = {len(crypto.encrypt(key, b"a" * n, aad=b"")) for n in (1000, 1001, 1010)}
    assert len(big) == 1


@pytest.mark.parametrize("length", [1, 255, 256, 257, 1000, 65_537, 1_000_003])
def test_padding_overhead_stays_under_twelve_percent(length: int) -> None:
    padded = crypto.padded_length(length)
    assert padded >= length
    assert padded <= max(256, length * 1.12)


def test_sealed_data_key_opens_only_with_its_private_key() -> None:
    alice, mallory = crypto.generate_keypair(), crypto.generate_keypair()
    data_key = crypto.new_data_key()
    sealed = crypto.seal(alice.public, data_key)
    assert crypto.unseal(alice.private, sealed) == data_key
    with pytest.raises(crypto.CryptoError):
        crypto.unseal(mallory.private, sealed)


def test_wrapped_private_key_needs_the_password(fast_kdf: None) -> None:
    pair = crypto.generate_keypair()
    wrapped = crypto.wrap_private_key(pair.private, "a long staff password")
    assert pair.private not in wrapped
    assert crypto.unwrap_private_key(wrapped, "a long staff password") == pair.private
    with pytest.raises(crypto.CryptoError):
        crypto.unwrap_private_key(wrapped, "a wrong password")


def test_wrapped_key_records_its_kdf_cost(fast_kdf: None) -> None:
    wrapped = crypto.wrap_private_key(crypto.generate_keypair().private, "pw")
    previous = crypto.set_kdf_cost(crypto.MODERATE_KDF)
    try:  # unwrapping uses the stored cost, not the current policy
        assert len(crypto.unwrap_private_key(wrapped, "pw")) == 32
    finally:
        crypto.set_kdf_cost(previous)


def test_receipt_derivation_is_deterministic_and_domain_separated() -> None:
    first = crypto.derive_receipt_secrets("1" * 28)
    again = crypto.derive_receipt_secrets("1" * 28)
    other = crypto.derive_receipt_secrets("1" * 27 + "2")
    assert first == again
    assert first.verifier != other.verifier
    assert first.verifier not in (first.keypair.private, first.keypair.public)


def test_keyed_hash_rejects_long_personalisation() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        crypto.keyed_hash(b"x", person=b"x" * 17)


def test_no_module_but_core_crypto_imports_libsodium() -> None:
    import re
    from pathlib import Path

    package = Path(crypto.__file__).resolve().parents[1]
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "crypto.py" or path.parent.name != "core"
        if re.search(r"^\s*(from|import)\s+nacl\b", path.read_text(), re.MULTILINE)
    ]
    assert offenders == []
