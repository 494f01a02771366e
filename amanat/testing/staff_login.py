"""Signing staff in through the real flow (password, then TOTP enrolment or code) in tests."""

from __future__ import annotations

import re
import time

import pyotp
from django.test import Client

from amanat.accounts.models import StaffMember
from amanat.testing.factories import PASSWORD

_SECRETS: dict[int, str] = {}


def _token(client: Client, path: str) -> str:
    response = client.get(path)
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    assert match, f"no CSRF token on {path} ({response.status_code})"
    return match.group(1)


def fresh_code(secret: str, *, step_offset: int = 0) -> str:
    """The TOTP code of the current time step (plus an offset)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * step_offset)


def sign_in(client: Client, member: StaffMember, password: str = PASSWORD) -> Client:
    """Password, then enrol TOTP on first use (remembering the secret) or give a fresh code."""
    username = member.user.get_username()
    client.post("/staff/login/", {"csrfmiddlewaretoken": _token(client, "/staff/login/"),
                                  "username": username, "password": password})  # fmt: skip
    member.refresh_from_db()
    if member.totp_sealed is None:
        page = client.get("/staff/2fa/").content.decode()
        match = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', page)
        assert match, "no enrolment secret shown"
        _SECRETS[member.pk] = match.group(1)
        code = fresh_code(_SECRETS[member.pk])
    else:
        # A code of the next step: never the one used at enrolment or a previous sign-in.
        code = fresh_code(_SECRETS[member.pk], step_offset=1)
        member.totp_last_step = 0
        member.save(update_fields=["totp_last_step"])
    token = _token(client, "/staff/2fa/")
    client.post("/staff/2fa/", {"csrfmiddlewaretoken": token, "code": code})
    return client


def totp_secret_of(member: StaffMember) -> str:
    return _SECRETS[member.pk]


def staff_client(member: StaffMember) -> Client:
    """A fresh browser-like client with CSRF checks, signed in as the member."""
    return sign_in(Client(enforce_csrf_checks=True), member)
