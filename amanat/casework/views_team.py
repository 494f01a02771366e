"""The team page: colleagues, their keys and second factor; coordinators add, grant, revoke."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.accounts import actions as account_actions
from amanat.accounts import auth
from amanat.accounts import queries as account_queries
from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import CONTENT_ROLES, Role, StaffMember
from amanat.casework import access, queries
from amanat.casework.forms import ApproveReaderForm, NewColleagueForm

MANAGERS = [Role.COORDINATOR, Role.ADMIN]


def _team_context(member: StaffMember, form: NewColleagueForm | None = None) -> dict[str, object]:
    roles = account_actions.roles_creatable_by(member)
    return {
        "rows": queries.team(member),
        "form": form or NewColleagueForm(roles=roles),
        "manager": member.role in MANAGERS,
        "approver": member.receives_reports,
        "own_fingerprint": member.key_fingerprint,
        "notices": account_queries.reader_notices(member),
    }


@require_GET
@staff_required
def team(request: HttpRequest) -> HttpResponse:
    return render(request, "casework/team.html", _team_context(signed_in(request).member))


@require_http_methods(["POST"])
@staff_required(roles=MANAGERS)
def add_colleague(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    roles = account_actions.roles_creatable_by(signed.member)
    form = NewColleagueForm(request.POST, roles=roles)
    if not form.is_valid():
        context = _team_context(signed.member, form)
        return render(request, "casework/team.html", context, status=400)
    password = secrets.token_urlsafe(12)
    member = account_actions.create_staff_member(
        signed.member.organisation,
        form.cleaned_data["username"],
        password,
        Role(form.cleaned_data["role"]),
        actor=signed.member,
        must_change_password=True,
    )
    context = {"username": member.user.get_username(), "password": password, "member": member}
    return render(request, "casework/new_colleague.html", context)


def _message(request: HttpRequest, message: str, status: int = 200) -> HttpResponse:
    return render(request, "casework/team_message.html", {"message": message}, status=status)


@require_POST
@staff_required(roles=list(CONTENT_ROLES))
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    """A second person who already reads lets new reports be sealed to a colleague's key."""
    signed = signed_in(request)
    colleague = access.get_colleague(signed.member, pk)
    form = ApproveReaderForm(request.POST)
    if not form.is_valid():
        return _message(request, "Reload the team page, then approve again.", status=400)
    try:
        account_actions.approve_reader(
            colleague, approver=signed.member, epoch=form.cleaned_data["epoch"]
        )
    except account_actions.TeamChangeRefused as exc:
        return _message(request, str(exc), status=400)
    name = colleague.user.get_username()
    return _message(
        request,
        f"{name}'s key is approved: new reports are sealed to it. Existing reports need a grant.",
    )


@require_POST
@staff_required(roles=[Role.COORDINATOR])
def unlock(request: HttpRequest, pk: int) -> HttpResponse:
    """Lift the wrong-attempt delay on a colleague's name (after checking with them)."""
    signed = signed_in(request)
    colleague = access.get_colleague(signed.member, pk)
    account_actions.lift_sign_in_delay(colleague, actor=signed.member)
    return redirect("casework:team")


@require_POST
@staff_required
def notices_seen(request: HttpRequest) -> HttpResponse:
    """Mark the notices about who can read as seen, up to the newest one shown."""
    signed = signed_in(request)
    try:
        up_to = int(request.POST.get("up_to", ""))
    except ValueError:
        return _message(request, "Reload the team page, then mark the notices again.", 400)
    account_actions.acknowledge_reader_notices(signed.member, up_to, actor=signed.member)
    return redirect("casework:team")


@require_POST
@staff_required(roles=[Role.COORDINATOR])
def grant(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    colleague = access.get_colleague(signed.member, pk)
    try:
        count = account_actions.grant_existing_content(
            colleague, granter=signed.member, granter_key=signed.private_key
        )
    except PermissionError as exc:
        return render(request, "casework/team_message.html", {"message": str(exc)}, status=400)
    return render(
        request,
        "casework/team_message.html",
        {"message": f"{count} keys re-sealed to {colleague.user.get_username()}."},
    )


def _act_on_colleague(
    request: HttpRequest, pk: int, act: Callable[..., None], refuse_self: str
) -> HttpResponse:
    """Apply a manager's action to a colleague of the same organisation, never to oneself."""
    signed = signed_in(request)
    colleague = access.get_colleague(signed.member, pk)
    if colleague.pk == signed.member.pk:
        context = {"message": refuse_self}
        return render(request, "casework/team_message.html", context, status=400)
    act(colleague, actor=signed.member)
    return redirect("casework:team")


@require_POST
@staff_required(roles=MANAGERS)
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    return _act_on_colleague(
        request, pk, account_actions.deactivate, "You cannot revoke your own access."
    )


@require_POST
@staff_required(roles=MANAGERS)
def reset_second_factor(request: HttpRequest, pk: int) -> HttpResponse:
    return _act_on_colleague(
        request, pk, auth.reset_second_factor, "Change your own second factor by signing in again."
    )
