"""Staff sign-in actions: password (unwraps the key), second factor, enrolment, lockout.

Failed attempts are counted per staff account (a staff-side record, not a reporter's), and an
account is locked for a while after five, so neither passwords nor TOTP codes can be guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth import authenticate
from django.db import transaction
from django.utils import timezone

from amanat.accounts import totp
from amanat.accounts.actions import unlock_private_key
from amanat.accounts.models import RecoveryCode, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto

MAX_FAILURES = 5
LOCK_MINUTES = 15


class SignInRefused(Exception):
    """Wrong credentials, locked or inactive account; the message is safe to show."""


@dataclass(frozen=True)
class PasswordStep:
    member: StaffMember
    private_key: bytes


def _locked(member: StaffMember) -> bool:
    return member.locked_until is not None and member.locked_until > timezone.now()


@transaction.atomic
def _fail(member: StaffMember, tag: EventTag) -> None:
    member = StaffMember.objects.select_for_update().get(pk=member.pk)
    member.failed_attempts += 1
    if member.failed_attempts >= MAX_FAILURES:
        member.locked_until = timezone.now() + timedelta(minutes=LOCK_MINUTES)
        member.failed_attempts = 0
    member.save(update_fields=["failed_attempts", "locked_until"])
    record(tag, actor=member.user, subject=member)


def check_password(username: str, password: str) -> PasswordStep:
    """First step: the password, which also unwraps the member's private key."""
    member = StaffMember.objects.select_related("user").filter(user__username=username).first()
    if member is None or not member.active:
        raise SignInRefused("Wrong user name or password.")
    if _locked(member):
        raise SignInRefused("Too many attempts; this account is locked for a while.")
    user = authenticate(username=username, password=password)
    if user is None:
        _fail(member, EventTag.ACCOUNTS_LOGIN_FAILED)
        raise SignInRefused("Wrong user name or password.")
    private_key = unlock_private_key(member, password)
    return PasswordStep(member=member, private_key=private_key)


def check_second_factor(member: StaffMember, private_key: bytes, code: str) -> None:
    """Second step: a fresh TOTP code (never one used before) or an unused recovery code.

    A failure is counted in its own transaction, so the refusal cannot roll the count back.
    """
    if not _accept_code(member, private_key, code):
        _fail(member, EventTag.ACCOUNTS_2FA_FAILED)
        raise SignInRefused("This code is wrong or was already used.")


@transaction.atomic
def _accept_code(member: StaffMember, private_key: bytes, code: str) -> bool:
    member = StaffMember.objects.select_for_update().get(pk=member.pk)
    if _locked(member):
        raise SignInRefused("Too many attempts; this account is locked for a while.")
    if member.totp_sealed is None:
        raise SignInRefused("Two-factor sign-in is not set up for this account.")
    secret = crypto.unseal(private_key, bytes(member.totp_sealed)).decode()
    step = totp.matching_step(secret, code, after_step=member.totp_last_step)
    if step is not None:
        member.totp_last_step = step
    elif not _use_recovery_code(member, code):
        return False
    member.failed_attempts = 0
    member.save(update_fields=["totp_last_step", "failed_attempts"])
    record(EventTag.ACCOUNTS_LOGIN, actor=member.user, subject=member)
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
def enrol_second_factor(member: StaffMember, secret: str, code: str, *, actor: Any) -> list[str]:
    """Confirm a new TOTP secret with a code; seal it; return fresh recovery codes (once)."""
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
    return codes


@transaction.atomic
def reset_second_factor(member: StaffMember, *, actor: Any) -> None:
    """A coordinator or admin clears a colleague's second factor; their sessions end."""
    member.totp_sealed = None
    member.totp_last_step = 0
    member.session_epoch += 1
    member.save(update_fields=["totp_sealed", "totp_last_step", "session_epoch"])
    RecoveryCode.objects.filter(member=member).delete()
    record(EventTag.ACCOUNTS_2FA_RESET, actor=actor, subject=member)
