"""Keys: a new colleague is granted access by re-sealing; a leaver is revoked; recovery works."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from amanat.accounts import actions
from amanat.accounts.models import Role, StaffMember
from amanat.audit.models import AuditEntry
from amanat.keys.models import SealedKey
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


def new_analyst(org_a) -> StaffMember:
    return actions.create_staff_member(
        org_a.organisation, "newcomer", PASSWORD, Role.ANALYST, actor=None
    )


def test_a_colleague_added_later_cannot_open_old_reports(org_a, report_a) -> None:
    newcomer = new_analyst(org_a)
    response = staff_client(newcomer).get(f"/staff/reports/{report_a.public_id}/")
    assert response.status_code == 403
    assert "No key to this report" in response.content.decode()
    assert AuditEntry.objects.filter(tag="casework:report:denied").count() == 1


def test_a_coordinator_grants_a_new_colleague_access_by_resealing(org_a, report_a) -> None:
    newcomer = new_analyst(org_a)
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    response = coordinator.post(f"/staff/team/{newcomer.pk}/grant/", {"csrfmiddlewaretoken": token})
    assert re.search(r"\d+ keys re-sealed to newcomer", response.content.decode())
    html = staff_client(newcomer).get(f"/staff/reports/{report_a.public_id}/").content.decode()
    assert "My mother was questioned" in html


def test_new_reports_are_sealed_to_every_active_content_member(org_a) -> None:
    from django.test import Client

    from amanat.intake.models import Report
    from amanat.intake.tests.conftest import submit

    newcomer = new_analyst(org_a)
    submit(Client(enforce_csrf_checks=True), what_happened="after the newcomer joined")
    envelope = Report.objects.get().envelope
    assert SealedKey.objects.filter(envelope=envelope, staff_member=newcomer).exists()
    assert not SealedKey.objects.filter(envelope=envelope, staff_member=org_a.researcher).exists()


def test_a_revoked_leaver_loses_keys_sessions_and_future_reports(org_a, report_a) -> None:
    leaver_client = staff_client(org_a.analyst)
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    coordinator.post(f"/staff/team/{org_a.analyst.pk}/revoke/", {"csrfmiddlewaretoken": token})
    assert leaver_client.get("/staff/").status_code == 302
    assert not SealedKey.objects.filter(staff_member=org_a.analyst).exists()
    from amanat.keys.keyring import content_targets

    assert org_a.analyst.pk not in [
        t.staff_member_id for t in content_targets(org_a.organisation) if t.staff_member_id
    ]


def test_an_analyst_cannot_manage_the_team(org_a) -> None:
    analyst = staff_client(org_a.analyst)
    token = _token(analyst, "/staff/team/")
    for path in (
        f"/staff/team/{org_a.coordinator.pk}/revoke/",
        f"/staff/team/{org_a.coordinator.pk}/grant/",
        f"/staff/team/{org_a.coordinator.pk}/reset-2fa/",
        "/staff/team/add/",
    ):
        assert analyst.post(path, {"csrfmiddlewaretoken": token}).status_code == 403
    assert StaffMember.objects.get(pk=org_a.coordinator.pk).active


def test_a_coordinator_adds_a_colleague_who_must_change_password_and_enrol(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    html = coordinator.post(
        "/staff/team/add/", {"csrfmiddlewaretoken": token, "username": "amina", "role": "analyst"}
    ).content.decode()
    password = re.search(r'<code id="temp-password">([^<]+)</code>', html).group(1)
    member = StaffMember.objects.get(user__username="amina")
    assert member.must_change_password
    from django.test import Client

    from amanat.testing.staff_login import sign_in

    client = sign_in(Client(enforce_csrf_checks=True), member, password=password)
    response = client.get("/staff/")
    assert response.status_code == 302
    assert response["Location"] == "/staff/password/"


def test_a_taken_user_name_is_refused(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    response = coordinator.post(
        "/staff/team/add/",
        {"csrfmiddlewaretoken": token, "username": "analyst-org-a", "role": "analyst"},
    )
    assert response.status_code == 400
    assert "This user name is taken" in response.content.decode()


def test_resetting_a_colleagues_second_factor_ends_their_sessions(org_a) -> None:
    analyst = staff_client(org_a.analyst)
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    coordinator.post(f"/staff/team/{org_a.analyst.pk}/reset-2fa/", {"csrfmiddlewaretoken": token})
    assert analyst.get("/staff/").status_code == 302
    org_a.analyst.refresh_from_db()
    assert org_a.analyst.totp_sealed is None


def test_the_recovery_key_restores_access_from_the_command_line(
    org_a, report_a, tmp_path, capsys
) -> None:
    newcomer = new_analyst(org_a)
    key_file = tmp_path / "recovery.hex"
    key_file.write_text(org_a.recovery_private.hex())
    call_command(
        "keys", "recover", "--org", "org-a", "--key-file", str(key_file), "--grant-to", "newcomer"
    )
    assert "re-sealed" in capsys.readouterr().out
    assert (
        "My mother"
        in staff_client(newcomer).get(f"/staff/reports/{report_a.public_id}/").content.decode()
    )


def test_a_wrong_recovery_key_is_refused_clearly(org_a, report_a, tmp_path) -> None:
    from django.core.management.base import CommandError

    new_analyst(org_a)
    key_file = tmp_path / "wrong.hex"
    key_file.write_text("00" * 32)
    with pytest.raises(CommandError, match="does not open"):
        call_command(
            "keys",
            "recover",
            "--org",
            "org-a",
            "--key-file",
            str(key_file),
            "--grant-to",
            "newcomer",
        )
    assert not SealedKey.objects.filter(staff_member__user__username="newcomer").exists()


@pytest.mark.parametrize("action", ["revoke", "reset-2fa"])
def test_a_manager_cannot_revoke_or_reset_themselves(org_a, action) -> None:
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    response = coordinator.post(
        f"/staff/team/{org_a.coordinator.pk}/{action}/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 400
    org_a.coordinator.refresh_from_db()
    assert org_a.coordinator.active
    assert org_a.coordinator.totp_sealed is not None
