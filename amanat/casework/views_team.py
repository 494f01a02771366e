"""The team page: colleagues, their keys and second factor; coordinators add, grant, revoke."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.accounts import actions as account_actions
from amanat.accounts import auth
from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import Role
from amanat.casework import access, queries
from amanat.casework.forms import NewColleagueForm

MANAGERS = [Role.COORDINATOR, Role.ADMIN]


@require_GET
@staff_required
def team(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    context = {
        "rows": queries.team(signed.member),
        "form": NewColleagueForm(),
        "manager": signed.member.role in MANAGERS,
    }
    return render(request, "casework/team.html", context)


@require_http_methods(["POST"])
@staff_required(roles=MANAGERS)
def add_colleague(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    form = NewColleagueForm(request.POST)
    if not form.is_valid():
        context = {"rows": queries.team(signed.member), "form": form, "manager": True}
        return render(request, "casework/team.html", context, status=400)
    password = secrets.token_urlsafe(12)
    account_actions.create_staff_member(
        signed.member.organisation,
        form.cleaned_data["username"],
        password,
        Role(form.cleaned_data["role"]),
        actor=signed.member.user,
        must_change_password=True,
    )
    return render(
        request,
        "casework/new_colleague.html",
        {"username": form.cleaned_data["username"], "password": password},
    )


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
    act(colleague, actor=signed.member.user)
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
