"""Staff sign-in: password, mandatory second factor, replay and guessing refused, sessions end."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.accounts.models import RecoveryCode
from amanat.audit.models import AuditEntry
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import _token, fresh_code, sign_in, staff_client, totp_secret_of

pytestmark = pytest.mark.django_db


def password_only(member) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.post(
        "/staff/login/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/login/"),
            "username": member.user.get_username(),
            "password": PASSWORD,
        },
    )
    return client


def test_a_member_signs_in_with_password_and_totp(org_a) -> None:
    client = staff_client(org_a.analyst)
    response = client.get("/staff/")
    assert response.status_code == 200
    assert "Inbox" in response.content.decode()


def test_enrolment_shows_a_qr_code_and_recovery_codes(org_a) -> None:
    client = password_only(org_a.analyst)
    page = client.get("/staff/2fa/").content.decode()
    assert "<svg" in page
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', page).group(1)
    response = client.post(
        "/staff/2fa/",
        {"csrfmiddlewaretoken": _token(client, "/staff/2fa/"), "code": fresh_code(secret)},
    )
    assert len(re.findall(r"<li><code>[A-Z0-9-]{14}</code></li>", response.content.decode())) == 10
    assert RecoveryCode.objects.filter(member=org_a.analyst).count() == 10


def test_the_totp_secret_is_not_stored_in_clear(org_a) -> None:
    staff_client(org_a.analyst)
    org_a.analyst.refresh_from_db()
    assert totp_secret_of(org_a.analyst).encode() not in bytes(org_a.analyst.totp_sealed)


@pytest.mark.parametrize(
    "path",
    [
        "/staff/",
        "/staff/team/",
        "/staff/reports/222222222222/",
        "/staff/files/1/clean/",
        "/staff/password/",
    ],
)
def test_password_alone_opens_no_staff_page(org_a, path) -> None:
    client = password_only(org_a.analyst)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] in ("/staff/2fa/", "/staff/login/")


def test_a_wrong_password_is_refused_and_audited(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/staff/login/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/login/"),
            "username": "analyst-org-a",
            "password": "nope",
        },
    )
    assert response.status_code == 401
    assert "Wrong user name or password" in response.content.decode()
    assert AuditEntry.objects.filter(tag="accounts:login:failed").count() == 1


def test_a_wrong_totp_code_is_refused(org_a) -> None:
    staff_client(org_a.analyst)
    client = password_only(org_a.analyst)
    response = client.post(
        "/staff/2fa/", {"csrfmiddlewaretoken": _token(client, "/staff/2fa/"), "code": "000000"}
    )
    assert response.status_code == 401
    assert "wrong or was already used" in response.content.decode()
    assert client.get("/staff/").status_code == 302


def test_a_totp_code_cannot_be_used_twice(org_a) -> None:
    staff_client(org_a.analyst)
    org_a.analyst.refresh_from_db()
    used = fresh_code(totp_secret_of(org_a.analyst), step_offset=0)
    first = password_only(org_a.analyst)
    first.post("/staff/2fa/", {"csrfmiddlewaretoken": _token(first, "/staff/2fa/"), "code": used})
    second = password_only(org_a.analyst)
    response = second.post(
        "/staff/2fa/", {"csrfmiddlewaretoken": _token(second, "/staff/2fa/"), "code": used}
    )
    assert response.status_code == 401


def test_a_recovery_code_works_once(org_a) -> None:
    client = password_only(org_a.analyst)
    page = client.get("/staff/2fa/").content.decode()
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', page).group(1)
    codes_page = client.post(
        "/staff/2fa/",
        {"csrfmiddlewaretoken": _token(client, "/staff/2fa/"), "code": fresh_code(secret)},
    ).content.decode()
    code = re.findall(r"<li><code>([A-Z0-9-]{14})</code></li>", codes_page)[0]
    again = password_only(org_a.analyst)
    again.post("/staff/2fa/", {"csrfmiddlewaretoken": _token(again, "/staff/2fa/"), "code": code})
    assert again.get("/staff/").status_code == 200
    third = password_only(org_a.analyst)
    response = third.post(
        "/staff/2fa/", {"csrfmiddlewaretoken": _token(third, "/staff/2fa/"), "code": code}
    )
    assert response.status_code == 401


def test_logout_needs_post_and_the_old_cookie_is_dead_afterwards(org_a) -> None:
    client = staff_client(org_a.analyst)
    stolen = client.cookies["staff"].value
    assert client.get("/staff/logout/").status_code == 405
    client.post("/staff/logout/", {"csrfmiddlewaretoken": _token(client, "/staff/")})
    thief = Client()
    thief.cookies["staff"] = stolen
    assert thief.get("/staff/").status_code == 302


def test_the_session_key_changes_at_sign_in(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    before = "planted0by0someone0else000000000"  # the sign-in page itself starts no session
    client.cookies["staff"] = before
    client.get("/staff/login/")
    sign_in(client, org_a.analyst)
    assert client.cookies["staff"].value != before


def test_a_password_change_rewraps_the_key_and_ends_other_sessions(org_a) -> None:
    from amanat.accounts.actions import unlock_private_key

    other = staff_client(org_a.analyst)
    client = staff_client(org_a.analyst)
    new = "another long passphrase 42"
    response = client.post(
        "/staff/password/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/password/"),
            "old": PASSWORD,
            "new": new,
            "again": new,
        },
    )
    assert "Password changed" in response.content.decode()
    assert other.get("/staff/").status_code == 302
    org_a.analyst.refresh_from_db()
    assert len(unlock_private_key(org_a.analyst, new)) == 32


def test_a_wrong_current_password_changes_nothing(org_a) -> None:
    client = staff_client(org_a.analyst)
    response = client.post(
        "/staff/password/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/password/"),
            "old": "wrong",
            "new": "x" * 20,
            "again": "x" * 20,
        },
    )
    assert "current password is wrong" in response.content.decode()
    assert client.get("/staff/").status_code == 200


def test_staff_cookies_are_separate_from_the_hotline(org_a) -> None:
    client = staff_client(org_a.analyst)
    assert "staff" in client.cookies
    assert client.cookies["staff"]["samesite"] == "Strict"
    assert client.get("/report/").status_code == 200  # the hotline does not see a staff session
