"""Staff sign-in actions: password (unwraps the key), second factor, enrolment, delays.

Wrong attempts are counted per user name and client (``signin_delay``) and answered with a
growing delay, never a lock; unknown names are answered, delayed and hashed exactly like real
ones, so sign-in does not tell which names exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import authenticate
from django.db import transaction

from amanat.accounts import signin_delay, totp
from amanat.accounts.actions import unlock_private_key
from amanat.accounts.models import RecoveryCode, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto

WRONG_PASSWORD = "Wrong user name or password."  # noqa: S105 - a message, not a password


class SignInRefused(Exception):
    """Wrong credentials, delayed or inactive account; the message is safe to show."""


class SignInDelayed(SignInRefused):
    """Too many wrong attempts from this client for this name: wait ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"Too many wrong attempts with this user name. Wait {seconds} seconds, then try again."
        )
        self.seconds = seconds


@dataclass(frozen=True)
class PasswordStep:
    member: StaffMember
    private_key: bytes


def _refuse_if_delayed(username: str, device: str) -> None:
    wait = signin_delay.seconds_to_wait(username, device)
    if wait:
        raise SignInDelayed(wait)


def _fail(username: str, device: str, tag: EventTag, member: StaffMember | None) -> None:
    """Count a failure (its own transaction, so the refusal cannot roll it back), audited."""
    with transaction.atomic():
        row = signin_delay.count_failure(username, device)
        record(
            tag,
            actor=member if member is not None else None,
            subject=member,
            payload={"failures": row.failures, "known_device": bool(device)},
        )


def check_password(username: str, password: str, device: str = "") -> PasswordStep:
    """First step: the password, which also unwraps the member's private key.

    ``authenticate`` runs the password hasher for unknown names too (Django hashes the
    attempt against a dummy), so a wrong name costs the same work and gets the same answer.
    """
    _refuse_if_delayed(username, device)
    member = StaffMember.objects.select_related("user").filter(user__username=username).first()
    user = authenticate(username=username, password=password)
    if user is None or member is None or not member.active:
        _fail(username, device, EventTag.ACCOUNTS_LOGIN_FAILED, member)
        raise SignInRefused(WRONG_PASSWORD)
    private_key = unlock_private_key(member, password)
    return PasswordStep(member=member, private_key=private_key)


def check_second_factor(
    member: StaffMember, private_key: bytes, code: str, device: str = ""
) -> None:
    """Second step: a fresh TOTP code (never one used before) or an unused recovery code."""
    username = member.user.get_username()
    _refuse_if_delayed(username, device)
    if not _accept_code(member, private_key, code):
        _fail(username, device, EventTag.ACCOUNTS_2FA_FAILED, member)
        raise SignInRefused("This code is wrong or was already used.")
    signin_delay.forget(username, device)


@transaction.atomic
def _accept_code(member: StaffMember, private_key: bytes, code: str) -> bool:
    member = StaffMember.objects.select_for_update().get(pk=member.pk)
    if member.totp_sealed is None:
        raise SignInRefused("Two-factor sign-in is not set up for this account.")
    secret = crypto.unseal(private_key, bytes(member.totp_sealed)).decode()
    step = totp.matching_step(secret, code, after_step=member.totp_last_step)
    if step is not None:
        member.totp_last_step = step
    elif not _use_recovery_code(member, code):
        return False
    member.save(update_fields=["totp_last_step"])
    record(EventTag.ACCOUNTS_LOGIN, actor=member, subject=member)
    return True


def _use_recovery_code(member: StaffMember, code: str) -> bool:
    digest = totp.hash_recovery_code(code)
    for candidate in RecoveryCode.objects.filter(member=member, used=False):
        if crypto.constant_time_equal(bytes(candidate.code_hash), digest):
            candidate.used = True
            candidate.save(update_fields=["used"])
            return True
    return False


@transaction.atomic
def enrol_second_factor(
    member: StaffMember, secret: str, code: str, *, actor: StaffMember, device: str = ""
) -> list[str]:
    """Confirm a new TOTP secret with a code; seal it; return fresh recovery codes (once).

    Enrolment completes a sign-in, so this browser's earlier failures are forgotten too.
    """
    step = totp.matching_step(secret, code, after_step=0)
    if step is None:
        raise SignInRefused("This code does not match. Check the time on your phone and retry.")
    member.totp_sealed = crypto.seal(bytes(member.public_key), secret.encode())
    member.totp_last_step = step
    member.session_epoch += 1
    member.save(update_fields=["totp_sealed", "totp_last_step", "session_epoch"])
    RecoveryCode.objects.filter(member=member).delete()
    codes = totp.new_recovery_codes()
    RecoveryCode.objects.bulk_create(
        RecoveryCode(member=member, code_hash=totp.hash_recovery_code(c)) for c in codes
    )
    record(EventTag.ACCOUNTS_2FA_ENROL, actor=actor, subject=member)
    signin_delay.forget(member.user.get_username(), device)
    return codes


@transaction.atomic
def reset_second_factor(member: StaffMember, *, actor: StaffMember | None) -> None:
    """A coordinator or admin clears a colleague's second factor; their sessions end.

    Whoever knows the password could now enrol their own authenticator, so the key goes back
    to "unapproved": no new report is sealed to it until another reader approves it again,
    and the person who reset it cannot be that reader.
    """
    member.totp_sealed = None
    member.totp_last_step = 0
    member.session_epoch += 1
    was_approved = member.key_approved
    member.key_approved = False
    member.approval_requested_by = actor.user if actor is not None else None
    member.save(
        update_fields=[
            "totp_sealed",
            "totp_last_step",
            "session_epoch",
            "key_approved",
            "approval_requested_by",
        ]
    )
    RecoveryCode.objects.filter(member=member).delete()
    record(
        EventTag.ACCOUNTS_2FA_RESET,
        actor=actor,
        subject=member,
        payload={"key_unapproved": was_approved and member.reads_content},
    )
