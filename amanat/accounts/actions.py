"""Writers for organisations and staff: one transaction each, actor explicit, audited."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from amanat.accounts.models import Organisation, RecoveryKey, Role, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto
from amanat.core.time import today


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
    organisation: Organisation, username: str, password: str, role: Role, *, actor: Any
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
    member.save(update_fields=["wrapped_private_key"])
    member.user.set_password(new)
    member.user.save(update_fields=["password"])
    record(EventTag.ACCOUNTS_STAFF_PASSWORD, actor=actor, subject=member)
