"""Writers for organisations and staff: one transaction each, actor explicit, audited."""

from __future__ import annotations

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
def create_organisation(
    slug: str, name: str, *, actor: StaffMember | None
) -> tuple[Organisation, bytes]:
    """Create an organisation with its recovery key; the private half is returned once only."""
    organisation = Organisation.objects.create(slug=slug, name=name)
    pair = crypto.generate_keypair()
    RecoveryKey.objects.create(
        organisation=organisation, public_key=pair.public, created_on=today()
    )
    record(EventTag.ACCOUNTS_ORGANISATION_CREATE, actor=actor, subject=organisation)
    record(EventTag.ACCOUNTS_RECOVERY_CREATE, actor=actor, subject=organisation)
    return organisation, pair.private


class TeamChangeRefused(Exception):
    """A change to the team that the rules forbid; the message says which rule, for the page."""


def roles_creatable_by(creator: StaffMember) -> list[Role]:
    """Administrators create any role; coordinators every role but administrator.

    Nothing written asks coordinators to make administrators, and an administrator account
    can reset anyone's second factor, so that stays with administrators.
    """
    if creator.role == Role.ADMIN:
        return list(Role)
    if creator.role == Role.COORDINATOR:
        return [Role.COORDINATOR, Role.ANALYST, Role.RESEARCHER]
    return []


@transaction.atomic
def create_staff_member(
    organisation: Organisation,
    username: str,
    password: str,
    role: Role,
    *,
    actor: StaffMember | None,
    must_change_password: bool = False,
) -> StaffMember:
    """Create a login with a fresh key pair wrapped under the password.

    Made by a colleague (``actor`` is a staff member), the key starts unapproved: no report is
    sealed to it until another reader approves it (:func:`approve_reader`). Made by the
    operator at the shell (``actor`` None: setup, demo), who holds the database and the
    recovery key anyway, it starts approved, or a new organisation could never read.
    """
    by_operator = actor is None
    creator = actor
    if creator is not None and role not in roles_creatable_by(creator):
        raise TeamChangeRefused(
            f"A {creator.get_role_display().lower()} cannot create "
            f"{Role(role).label.lower()} accounts; ask an administrator."
        )
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
        key_approved=by_operator,
        approval_requested_by=None if actor is None else actor.user,
    )
    record(
        EventTag.ACCOUNTS_STAFF_CREATE,
        actor=actor,
        subject=member,
        payload={"role": role, "key_approved": member.key_approved},
    )
    return member


def _approval_refusal(colleague: StaffMember, approver: StaffMember, epoch: int) -> str | None:
    """Why this approval must not happen, or None. Each rule has its own message."""
    name = colleague.user.get_username()
    if colleague.pk == approver.pk:
        return "You cannot approve your own key."
    if not approver.receives_reports:
        return "Only a colleague who already reads reports can approve a new reader."
    if colleague.organisation_id != approver.organisation_id or not colleague.reads_content:
        return f"{name} has no role that reads reports; there is no key to approve."
    if colleague.key_approved:
        return f"{name}'s key is already approved."
    if colleague.approval_requested_by_id == approver.user_id:
        return (
            f"You created or reset {name}'s account, so another reader must approve it: "
            "adding a reader takes two people."
        )
    if colleague.session_epoch != epoch:
        return (
            f"{name}'s account was reset or changed after you opened the team page. "
            "Check the key fingerprint with them again, then approve again."
        )
    if colleague.must_change_password or colleague.totp_sealed is None:
        return (
            f"{name} has not yet set their own password and second factor. Approve only after "
            "they have, and after checking their key fingerprint with them."
        )
    return None


@transaction.atomic
def approve_reader(colleague: StaffMember, *, approver: StaffMember, epoch: int) -> None:
    """A second person, who already reads, lets new reports be sealed to a colleague's key.

    ``epoch`` is the colleague's session epoch the approver saw: a reset or password change
    since then (by anyone) voids the approval. Old reports still need an explicit grant.
    """
    colleague = StaffMember.objects.select_for_update().select_related("user").get(pk=colleague.pk)
    refusal = _approval_refusal(colleague, approver, epoch)
    if refusal is not None:
        raise TeamChangeRefused(refusal)
    colleague.key_approved = True
    colleague.save(update_fields=["key_approved"])
    record(
        EventTag.ACCOUNTS_KEY_APPROVE,
        actor=approver,
        subject=colleague,
        payload={"fingerprint": colleague.key_fingerprint},
    )


@transaction.atomic
def lift_sign_in_delay(colleague: StaffMember, *, actor: StaffMember) -> int:
    """A coordinator lifts the wrong-attempt delay on a colleague's name, on every client."""
    from amanat.accounts import signin_delay
    from amanat.accounts.models import SignInDelay

    digest = signin_delay.name_digest(colleague.user.get_username())
    removed, _ = SignInDelay.objects.filter(name_digest=digest).delete()
    record(
        EventTag.ACCOUNTS_LOGIN_UNLOCK, actor=actor, subject=colleague, payload={"rows": removed}
    )
    return removed


@transaction.atomic
def acknowledge_reader_notices(member: StaffMember, up_to: int, *, actor: StaffMember) -> None:
    """The member has read the notices about who can read, up to audit entry ``up_to``.

    Capped at the newest notice that exists, so no one can hide future notices from themselves.
    """
    from amanat.accounts.queries import newest_reader_change

    up_to = min(up_to, newest_reader_change(member))
    if up_to <= member.reader_notices_seen:
        return
    member.reader_notices_seen = up_to
    member.save(update_fields=["reader_notices_seen"])
    record(EventTag.ACCOUNTS_NOTICES_SEEN, actor=actor, subject=member, payload={"up_to": up_to})


def unlock_private_key(member: StaffMember, password: str) -> bytes:
    """The member's private key, for a logged-in session only; CryptoError if wrong password."""
    return crypto.unwrap_private_key(bytes(member.wrapped_private_key), password)


@transaction.atomic
def change_password(member: StaffMember, old: str, new: str, *, actor: StaffMember) -> None:
    """Re-wrap the private key under the new password, then change the login password.

    The first change of a one-time password also replaces a key pair that nothing is sealed to
    yet: whoever created the account knew the one-time password, so the private key wrapped
    under it was theirs too. The approver then compares the fingerprint of the new key.
    """
    validate_password(new, member.user)
    private = unlock_private_key(member, old)
    replaced = member.must_change_password and _replace_unused_key(member, private)
    if replaced:
        private = replaced
    member.wrapped_private_key = crypto.wrap_private_key(private, new)
    member.must_change_password = False
    member.session_epoch += 1  # every other session of this member ends
    member.save(
        update_fields=[
            "wrapped_private_key",
            "public_key",
            "totp_sealed",
            "must_change_password",
            "session_epoch",
        ]
    )
    member.user.set_password(new)
    member.user.save(update_fields=["password"])
    record(
        EventTag.ACCOUNTS_STAFF_PASSWORD,
        actor=actor,
        subject=member,
        payload={"new_key_pair": bool(replaced)},
    )


def _replace_unused_key(member: StaffMember, private: bytes) -> bytes | None:
    """A fresh key pair for an unapproved member holding no data key; TOTP re-sealed to it."""
    from amanat.keys.models import SealedKey

    if member.key_approved or SealedKey.objects.filter(staff_member=member).exists():
        return None
    pair = crypto.generate_keypair()
    if member.totp_sealed is not None:
        secret = crypto.unseal(private, bytes(member.totp_sealed))
        member.totp_sealed = crypto.seal(pair.public, secret)
    member.public_key = pair.public
    return pair.private


@transaction.atomic
def grant_existing_content(
    colleague: StaffMember, *, granter: StaffMember, granter_key: bytes
) -> int:
    """A coordinator re-seals the data keys they hold to a (new) colleague with a content role."""
    from amanat.keys import keyring

    if colleague.organisation_id != granter.organisation_id or not colleague.reads_content:
        raise PermissionError("only colleagues with a content role can be granted access")
    if not colleague.key_approved:
        raise PermissionError(
            f"Approve {colleague.user.get_username()}'s key before granting it existing reports."
        )
    count = keyring.reseal_for(colleague, granter=granter, granter_key=granter_key)
    record(EventTag.ACCOUNTS_GRANT, actor=granter, subject=colleague, payload={"keys": count})
    return count


@transaction.atomic
def recover_access(
    colleague: StaffMember, recovery_private: bytes, *, actor: StaffMember | None
) -> int:
    """The offline recovery key restores a colleague's access (``amanat keys recover``)."""
    from amanat.keys import keyring

    count = keyring.reseal_with_recovery(colleague, recovery_private)
    record(EventTag.ACCOUNTS_RECOVERY_USE, actor=actor, subject=colleague, payload={"keys": count})
    if colleague.reads_content and not colleague.key_approved:
        # Whoever holds the offline recovery key already reads everything: that is a reader's
        # approval (and the way back when an organisation's only reader was reset).
        colleague.key_approved = True
        colleague.save(update_fields=["key_approved"])
        record(
            EventTag.ACCOUNTS_KEY_APPROVE,
            actor=actor,
            subject=colleague,
            payload={"fingerprint": colleague.key_fingerprint, "by_recovery_key": True},
        )
    return count


@transaction.atomic
def deactivate(colleague: StaffMember, *, actor: StaffMember | None) -> None:
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
