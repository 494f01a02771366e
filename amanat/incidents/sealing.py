"""Field-by-field encryption of one row: one data key per row, one ciphertext per field.

Each field's associated data names its envelope and the field (``aad_for(envelope, "name")``),
so a ciphertext moved to another field or row fails to open. A rewrite seals a fresh envelope
to today's readers (``content_targets``) and retires the old one, so the writer needs no key.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.casework.reading import NoGrant, Tampered
from amanat.core import crypto
from amanat.keys import keyring
from amanat.keys.models import Envelope, Organisation


def seal_fields(
    organisation: Organisation, purpose: str, values: Mapping[str, str]
) -> tuple[Envelope, dict[str, bytes]]:
    """A new envelope for the organisation's readers and each value encrypted under it."""
    data_key = crypto.new_data_key()
    targets = keyring.content_targets(organisation)
    envelope = keyring.seal_envelope(organisation, purpose, targets, data_key)
    sealed = {
        name: crypto.encrypt(data_key, value.encode("utf-8"), aad=keyring.aad_for(envelope, name))
        for name, value in values.items()
    }
    return envelope, sealed


def retire(envelope_id: int) -> None:
    """Drop an envelope no row uses any more (its sealed keys go with it)."""
    Envelope.objects.filter(pk=envelope_id).delete()


def open_fields(
    envelope: Envelope, ciphertexts: Mapping[str, bytes], signed: SignedIn, subject: models.Model
) -> dict[str, str]:
    """Decrypt each field; a missing grant or a failed check is audited, then raised."""
    try:
        key = keyring.open_as_staff(envelope, signed.member, signed.private_key)
    except (keyring.NotARecipient, crypto.CryptoError) as exc:
        record(EventTag.CASEWORK_ACCESS_DENIED, actor=signed.member, subject=subject)
        raise NoGrant from exc
    opened = {}
    for name, ciphertext in ciphertexts.items():
        try:
            plain = crypto.decrypt(key, bytes(ciphertext), aad=keyring.aad_for(envelope, name))
        except crypto.CryptoError as exc:
            record(EventTag.CASEWORK_TAMPER_DETECTED, actor=signed.member, subject=subject)
            raise Tampered from exc
        opened[name] = plain.decode("utf-8")
    return opened
