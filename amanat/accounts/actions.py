"""Writers for organisations and staff: one transaction each, actor explicit, audited."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from amanat.accounts.models import Role, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto
from amanat.core.time import today
from amanat.keys.models import Organisation, RecoveryKey


@transaction.atomic
def create_organisation(slug: str, name: str, *, actor: Any) -> tuple[Organisation, bytes]:
    """Create an organisation with its recovery key; the private half is returned once only."""
    organisation = Organisation.objects.create(slug=slug, name=name)
    pair = crypto.generate_keypair()
    RecoveryKey.objects.create(
        organisation=organisation, public_key=pair.public, created_on=today()
    )
    record(EventTag.ACCOUNTS_ORGANISATION_CREATE, actor=actor, subject=organisation)
    record(EventTag.ACCOUNTS_RECOVERY_CREATE, actor=actor, subject=organisation)
    return organisation, pair.private


@transaction.atomic
def create_staff_member(
    organisation: Organisation,
    username: str,
    password: str,
    role: Role,
    *,
    actor: Any,
    must_change_password: bool = False,
) -> StaffMember:
    """Create a login with a fresh key pair wrapped under the password."""
    validate_password(password)
    user = get_user_model().objects.create_user(username=username, password=password)
    pair = crypto.generate_keypair()
    member = StaffMember.objects.create(
        user=user,
        organisation=organisation,
        role=role,
        public_key=pair.public,
        wrapped_private_key=crypto.wrap_private_key(pair.private, password),
        must_change_password=must_change_password,
    )
    record(EventTag.ACCOUNTS_STAFF_CREATE, actor=actor, subject=member, payload={"role": role})
    return member


def unlock_private_key(member: StaffMember, password: str) -> bytes:
    """The member's private key, for a logged-in session only; CryptoError if wrong password."""
    return crypto.unwrap_private_key(bytes(member.wrapped_private_key), password)


@transaction.atomic
def change_password(member: StaffMember, old: str, new: str, *, actor: Any) -> None:
    """Re-wrap the private key under the new password, then change the login password."""
    validate_password(new, member.user)
    private = unlock_private_key(member, old)
    member.wrapped_private_key = crypto.wrap_private_key(private, new)
    member.must_change_password = False
    member.session_epoch += 1  # every other session of this member ends
    member.save(update_fields=["wrapped_private_key", "must_change_password", "session_epoch"])
    member.user.set_password(new)
    member.user.save(update_fields=["password"])
    record(EventTag.ACCOUNTS_STAFF_PASSWORD, actor=actor, subject=member)


@transaction.atomic
def grant_existing_content(
    colleague: StaffMember, *, granter: StaffMember, granter_key: bytes
) -> int:
    """A coordinator re-seals the data keys they hold to a (new) colleague with a content role."""
    from amanat.keys import keyring

    if colleague.organisation_id != granter.organisation_id or not colleague.reads_content:
        raise PermissionError("only colleagues with a content role can be granted access")
    count = keyring.reseal_for(colleague, granter=granter, granter_key=granter_key)
    record(EventTag.ACCOUNTS_GRANT, actor=granter.user, subject=colleague, payload={"keys": count})
    return count


@transaction.atomic
def recover_access(colleague: StaffMember, recovery_private: bytes, *, actor: Any) -> int:
    """The offline recovery key restores a colleague's access (``amanat keys recover``)."""
    from amanat.keys import keyring

    count = keyring.reseal_with_recovery(colleague, recovery_private)
    record(EventTag.ACCOUNTS_RECOVERY_USE, actor=actor, subject=colleague, payload={"keys": count})
    return count


@transaction.atomic
def deactivate(colleague: StaffMember, *, actor: Any) -> None:
    """A leaver: no more sealing to their key, their copies of data keys deleted, sessions end."""
    from amanat.keys.models import SealedKey

    colleague.active = False
    colleague.session_epoch += 1
    colleague.save(update_fields=["active", "session_epoch"])
    removed, _ = SealedKey.objects.filter(staff_member=colleague).delete()
    record(
        EventTag.ACCOUNTS_STAFF_DEACTIVATE,
        actor=actor,
        subject=colleague,
        payload={"keys_removed": removed},
    )
