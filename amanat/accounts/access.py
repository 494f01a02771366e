"""The staff side's authorization API: who is signed in, with which key, allowed to do what.

Deny by default: every staff view is wrapped in :func:`staff_required`; a half-signed-in session
(password but no second factor) is sent to the second step and sees no data; a session older
than the member's last credential change is ended. Object-level lookups (reports, incidents)
live in each app's ``access.py``; each ends in this module's :func:`found_or_deny`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from amanat.accounts.models import Role, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag

M = TypeVar("M", bound=Model)

PENDING_MEMBER = "staff_pending_member"
MEMBER = "staff_member"
KEY = "staff_key"
EPOCH = "staff_epoch"
SECOND_FACTOR_DONE = "staff_2fa"


@dataclass(frozen=True)
class SignedIn:
    member: StaffMember
    private_key: bytes


def begin_session(request: HttpRequest, member: StaffMember, private_key: bytes) -> None:
    """After the password: remember the key (encrypted session), but not as signed in yet."""
    request.session.cycle_key()
    request.session[PENDING_MEMBER] = member.pk
    request.session[KEY] = private_key.hex()
    request.session[EPOCH] = member.session_epoch
    request.session[SECOND_FACTOR_DONE] = False


def pending(request: HttpRequest) -> SignedIn | None:
    """The half-signed-in member (password accepted), if any."""
    pk = request.session.get(PENDING_MEMBER)
    key = request.session.get(KEY)
    if pk is None or key is None:
        return None
    member = StaffMember.objects.select_related("user", "organisation").filter(pk=pk).first()
    if member is None or not member.active or member.session_epoch != request.session.get(EPOCH):
        return None
    return SignedIn(member=member, private_key=bytes.fromhex(key))


def current_member(request: HttpRequest) -> SignedIn | None:
    """The fully signed-in member (both factors, current epoch, active), or None."""
    if not request.session.get(SECOND_FACTOR_DONE):
        return None
    signed = pending(request)
    if signed is None or not request.user.is_authenticated:
        return None
    if signed.member.user_id != request.user.pk:
        return None
    return signed


def end_session(request: HttpRequest) -> None:
    logout(request)
    request.session.flush()


def staff_required(
    view: Callable[..., HttpResponse] | None = None, *, roles: Iterable[str] | None = None
) -> Any:
    """Only fully signed-in staff (optionally of given roles); others go to sign-in or get 403."""
    allowed = frozenset(roles) if roles is not None else frozenset(Role.values)

    def decorate(func: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @sensitive_variables()
        @sensitive_post_parameters()
        @wraps(func)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            signed = current_member(request)
            if signed is None:
                if pending(request) is not None:
                    return redirect("accounts:second_factor")
                end_session(request)
                return redirect("accounts:login")
            if signed.member.must_change_password:
                return redirect("accounts:password")
            if signed.member.role not in allowed:
                record(
                    EventTag.ACCOUNTS_ACCESS_DENIED,
                    actor=signed.member,
                    payload={"kind": "view", "pk": request.path},
                )
                raise PermissionDenied
            request.staff = signed  # type: ignore[attr-defined]  # set on the request by staff_required
            return func(request, *args, **kwargs)

        return wrapper

    return decorate(view) if view is not None else decorate


def signed_in(request: HttpRequest) -> SignedIn:
    """The member a :func:`staff_required` view runs for."""
    signed: SignedIn = request.staff  # type: ignore[attr-defined]  # set on the request by staff_required
    return signed


def deny(member: StaffMember, kind: str, pk: object) -> Http404:
    """Log the refused lookup (who asked for what) and give the outsider a plain 404."""
    record(EventTag.ACCOUNTS_ACCESS_DENIED, actor=member, payload={"kind": kind, "pk": str(pk)})
    return Http404()


def found_or_deny(rows: QuerySet[M], member: StaffMember, kind: str, key: object) -> M:
    """The one object of ``rows`` (already narrowed to what the member may see), or an audited
    404 that says nothing about whether it exists elsewhere."""
    found = rows.first()
    if found is None:
        raise deny(member, kind, key)
    return found
