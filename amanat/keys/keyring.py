"""Sealing and opening data keys: the envelope of architecture.md, over staff members' keys.

Content apps never see a private key at rest; they ask the keyring to seal a fresh data key to
the right recipients, and to open an envelope with a key a logged-in session unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from django.db.models import QuerySet

from amanat.core import crypto, prepared
from amanat.keys.models import Envelope, Organisation, Recipient, RecoveryKey, SealedKey

# The ``accounts.Role`` values whose keys receive report data keys; researchers and admins see
# no content. ``accounts`` imports this, never the other way round.
CONTENT_ROLES = ("coordinator", "analyst")


class KeyHolder(Protocol):
    """A staff member as the keyring sees one (``accounts.StaffMember``, not imported here)."""

    @property
    def pk(self) -> Any: ...

    @property
    def public_key(self) -> Any: ...

    @property
    def organisation_id(self) -> Any: ...


class NoRecipientKey(Exception):
    """The organisation cannot receive content: it has no recovery key."""


class NotARecipient(Exception):
    """This key has no sealed copy of the envelope's data key (no grant)."""


@dataclass(frozen=True)
class SealTarget:
    recipient: str
    public_key: bytes
    staff_member_id: Any = None


def readers(organisation: Organisation) -> QuerySet[Any]:
    """The staff whose keys receive new content: the one place that decides who can read.

    Only approved keys: a new or reset key receives nothing until a second reader approves it
    (``accounts.actions.approve_reader``), so adding a reader takes two people.
    """
    return organisation.staff.filter(
        active=True, role__in=CONTENT_ROLES, key_approved=True
    ).order_by("pk")


def content_targets(organisation: Organisation) -> list[SealTarget]:
    """Everyone who must be able to read new content: approved content staff and the recovery key.

    A key nobody approved yet (new, or its account reset) receives nothing: adding a reader
    takes two people (``actions.approve_reader``). Read from the database on every call (only
    the SQL is compiled once, core/prepared.py): an approval, revocation or key change counts
    from the next report on, in every process.
    """
    pk = organisation.pk
    recovery = prepared.rows(
        ("keyring.recovery", pk),
        lambda: RecoveryKey.objects.filter(organisation_id=pk).values_list("public_key"),
    )
    if not recovery:
        raise NoRecipientKey(f"organisation {organisation.slug} has no recovery key")
    staff = prepared.rows(
        ("keyring.readers", pk), lambda: readers(organisation).values_list("pk", "public_key")
    )
    targets = [SealTarget(Recipient.RECOVERY, bytes(recovery[0][0]))]
    targets += [SealTarget(Recipient.STAFF, bytes(key), member) for member, key in staff]
    return targets


def seal_envelope(
    organisation: Organisation, purpose: str, targets: list[SealTarget], data_key: bytes
) -> Envelope:
    """Create an envelope holding ``data_key`` sealed to each target (caller's transaction)."""
    envelope = Envelope(organisation=organisation, purpose=purpose)
    prepared.insert(envelope)
    for target in targets:
        sealed = crypto.seal(target.public_key, data_key)
        prepared.insert(
            SealedKey(
                envelope=envelope,
                recipient=target.recipient,
                staff_member_id=target.staff_member_id,
                sealed=sealed,
            )
        )
    return envelope


def aad_for(envelope: Envelope, part: str) -> bytes:
    """Associated data binding a ciphertext to its envelope and role within it."""
    return f"amanat:{envelope.purpose}:{envelope.pk}:{part}".encode()


def open_as_staff(envelope: Envelope, member: KeyHolder, private_key: bytes) -> bytes:
    sealed = SealedKey.objects.filter(envelope=envelope, staff_member_id=member.pk).first()
    if sealed is None:
        raise NotARecipient("no grant for this staff member")
    return crypto.unseal(private_key, bytes(sealed.sealed))


def open_with_private_key(envelope: Envelope, recipient: str, private_key: bytes) -> bytes:
    """Open as the recovery key or the reporter: try each sealed copy for that recipient kind."""
    for sealed in SealedKey.objects.filter(envelope=envelope, recipient=recipient):
        try:
            return crypto.unseal(private_key, bytes(sealed.sealed))
        except crypto.CryptoError:
            continue
    raise NotARecipient(f"no {recipient} copy opens with this key")


def _copy_to(envelopes: list[Envelope], opener: Any, colleague: KeyHolder) -> int:
    """Seal each envelope's data key (opened by ``opener``) to the colleague's public key."""
    created = []
    for envelope in envelopes:
        data_key = opener(envelope)
        created.append(
            SealedKey(
                envelope=envelope,
                recipient=Recipient.STAFF,
                staff_member_id=colleague.pk,
                sealed=crypto.seal(bytes(colleague.public_key), data_key),
            )
        )
    SealedKey.objects.bulk_create(created)
    return len(created)


def _missing_for(colleague: KeyHolder) -> Any:
    return Envelope.objects.filter(organisation_id=colleague.organisation_id).exclude(
        sealed_keys__staff_member_id=colleague.pk
    )


def reseal_for(colleague: KeyHolder, *, granter: KeyHolder, granter_key: bytes) -> int:
    """Give a colleague every data key the granter holds and the colleague lacks."""
    held = _missing_for(colleague).filter(sealed_keys__staff_member_id=granter.pk)
    envelopes = list(held.distinct())
    return _copy_to(envelopes, lambda env: open_as_staff(env, granter, granter_key), colleague)


def reseal_with_recovery(colleague: KeyHolder, recovery_private: bytes) -> int:
    """Restore a colleague's access to everything, opening each envelope with the recovery key."""
    envelopes = list(_missing_for(colleague))
    opener = lambda env: open_with_private_key(env, Recipient.RECOVERY, recovery_private)  # noqa: E731 - a one-line opener passed on
    return _copy_to(envelopes, opener, colleague)
