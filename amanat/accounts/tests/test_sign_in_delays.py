"""Staff sign-in tells nobody which names exist and lets nobody lock an account (#11.6, #18.7):
the same answer and work for unknown names, a growing delay instead of a lock, shown with its
remaining time, kept per device, visible on the team page and lifted by a coordinator."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client
from django.utils import timezone

from amanat.accounts import signin_delay
from amanat.accounts.models import SignInDelay
from amanat.audit.models import AuditEntry
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import _token, fresh_code, sign_in, staff_client, totp_secret_of

pytestmark = pytest.mark.django_db
FREE = signin_delay.FREE_FAILURES


def try_password(client: Client, username: str, password: str = "wrong guess"):  # noqa: S107 - a wrong guess typed in a test, not a secret
    token = _token(client, "/staff/login/")
    return client.post(
        "/staff/login/",
        {"csrfmiddlewaretoken": token, "username": username, "password": password},
    )


def without_token(html: str) -> str:
    """The page minus what legitimately differs: the CSRF token and the name typed back."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'name="username" value="[^"]+"', "", html)


def let_delays_pass() -> None:
    SignInDelay.objects.update(not_before=timezone.now() - timedelta(seconds=1))


def test_an_unknown_name_gets_the_same_answer_as_a_wrong_password(org_a) -> None:
    known = try_password(Client(enforce_csrf_checks=True), "analyst-org-a")
    unknown = try_password(Client(enforce_csrf_checks=True), "no-such-person")
    assert known.status_code == unknown.status_code == 401
    assert "Wrong user name or password." in known.content.decode()
    assert without_token(known.content.decode()) == without_token(unknown.content.decode())


def test_an_unknown_name_costs_the_same_hashing_work(org_a, monkeypatch) -> None:
    calls: list[str] = []
    original = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(password)
        return original(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    try_password(Client(enforce_csrf_checks=True), "analyst-org-a")
    known = len(calls)
    try_password(Client(enforce_csrf_checks=True), "no-such-person")
    assert known == 1
    assert len(calls) - known == known


def test_the_delay_grows_and_is_capped() -> None:
    delays = [signin_delay.delay_after(n).total_seconds() for n in range(1, 30)]
    assert delays[:FREE] == [0] * FREE
    assert delays[FREE : FREE + 4] == [2, 4, 8, 16]
    assert max(delays) == signin_delay.MAX_DELAY.total_seconds()
    assert delays == sorted(delays)


def test_wrong_passwords_bring_a_delay_with_its_remaining_time_not_a_lock(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    for _ in range(FREE + 1):
        assert try_password(client, "analyst-org-a").status_code == 401
    response = try_password(client, "analyst-org-a", PASSWORD)  # even the right one waits
    assert response.status_code == 429
    seconds = int(re.search(r"Wait (\d+) seconds, then try again", response.content.decode())[1])
    assert 0 < seconds <= 2
    let_delays_pass()
    response = try_password(client, "analyst-org-a", PASSWORD)  # then it works: no lock
    assert response.status_code == 302
    assert response["Location"] == "/staff/2fa/"


def test_unknown_names_are_delayed_exactly_like_real_ones(org_a) -> None:
    answers = {}
    for name in ("analyst-org-a", "no-such-person"):
        client = Client(enforce_csrf_checks=True)
        for _ in range(FREE + 1):
            try_password(client, name)
        response = try_password(client, name)
        answers[name] = (response.status_code, without_token(response.content.decode()))
    assert answers["analyst-org-a"] == answers["no-such-person"]
    assert answers["analyst-org-a"][0] == 429


def test_wrong_codes_count_toward_the_same_delay(org_a) -> None:
    staff_client(org_a.analyst)  # enrolled
    client = Client(enforce_csrf_checks=True)
    try_password(client, "analyst-org-a", PASSWORD)
    for _ in range(FREE + 1):
        response = client.post(
            "/staff/2fa/", {"csrfmiddlewaretoken": _token(client, "/staff/2fa/"), "code": "000000"}
        )
        assert response.status_code == 401
        assert "wrong or was already used" in response.content.decode()
    code = fresh_code(totp_secret_of(org_a.analyst), step_offset=1)
    response = client.post(
        "/staff/2fa/", {"csrfmiddlewaretoken": _token(client, "/staff/2fa/"), "code": code}
    )
    assert response.status_code == 429
    assert "Wait" in response.content.decode()
    assert AuditEntry.objects.filter(tag="accounts:2fa:failed").count() == FREE + 1


def test_a_strangers_guessing_never_delays_the_member_on_their_own_browser(org_a) -> None:
    own = staff_client(org_a.analyst)  # a full sign-in leaves the device cookie
    assert settings.STAFF_DEVICE_COOKIE in own.cookies
    own.post("/staff/logout/", {"csrfmiddlewaretoken": _token(own, "/staff/")})
    stranger = Client(enforce_csrf_checks=True)
    for _ in range(FREE + 3):
        try_password(stranger, "analyst-org-a")
    assert try_password(stranger, "analyst-org-a", PASSWORD).status_code == 429
    assert try_password(own, "analyst-org-a", PASSWORD).status_code == 302


def test_a_forged_or_borrowed_device_cookie_counts_as_a_stranger(org_a) -> None:
    genuine = signin_delay.new_device_cookie("analyst-org-a")
    assert signin_delay.device_from_cookie(genuine, "analyst-org-a") != ""
    assert signin_delay.device_from_cookie(genuine, "coordinator-org-a") == ""
    assert signin_delay.device_from_cookie(genuine[:-2] + "xx", "analyst-org-a") == ""
    assert signin_delay.device_from_cookie(None, "analyst-org-a") == ""


def test_a_success_forgets_the_failures_of_that_browser(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    for _ in range(FREE):
        try_password(client, "analyst-org-a")
    sign_in(client, org_a.analyst)
    assert not SignInDelay.objects.filter(
        name_digest=signin_delay.name_digest("analyst-org-a"), device=""
    ).exists()


def test_the_table_of_delays_holds_no_user_names(org_a) -> None:
    try_password(Client(enforce_csrf_checks=True), "analyst-org-a")
    row = SignInDelay.objects.get()
    assert "analyst" not in row.name_digest


def test_a_coordinator_sees_a_delayed_colleague_and_lifts_the_delay(org_a) -> None:
    stranger = Client(enforce_csrf_checks=True)
    for _ in range(FREE + 2):
        try_password(stranger, "analyst-org-a")
    coordinator = staff_client(org_a.coordinator)
    team = coordinator.get("/staff/team/").content.decode()
    row = re.search(rf'<tr id="member-{org_a.analyst.pk}">.*?</tr>', team, re.S)[0]
    assert re.search(r"Sign-in delayed after wrong attempts: \d+ s left", row)
    assert "Lift the delay" in row
    response = coordinator.post(
        f"/staff/team/{org_a.analyst.pk}/unlock/",
        {"csrfmiddlewaretoken": _token(coordinator, "/staff/team/")},
    )
    assert response.status_code == 302
    assert not SignInDelay.objects.exists()
    entry = AuditEntry.objects.get(tag="accounts:login:unlock")
    assert entry.actor == org_a.coordinator.user
    assert entry.subject_id == str(org_a.analyst.pk)
    assert try_password(stranger, "analyst-org-a", PASSWORD).status_code == 302


def test_an_analyst_cannot_lift_a_delay(org_a) -> None:
    for _ in range(FREE + 2):
        try_password(Client(enforce_csrf_checks=True), "coordinator-org-a")
    analyst = staff_client(org_a.analyst)
    assert "Lift the delay" not in analyst.get("/staff/team/").content.decode()
    response = analyst.post(
        f"/staff/team/{org_a.coordinator.pk}/unlock/",
        {"csrfmiddlewaretoken": _token(analyst, "/staff/team/")},
    )
    assert response.status_code == 403
    assert SignInDelay.objects.exists()


def test_quiet_rows_are_forgotten_after_a_day(org_a) -> None:
    try_password(Client(enforce_csrf_checks=True), "no-such-person")
    SignInDelay.objects.update(last_failure=timezone.now() - timedelta(days=2))
    try_password(Client(enforce_csrf_checks=True), "someone-else")
    assert SignInDelay.objects.count() == 1
