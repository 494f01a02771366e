"""Adding a reader is a two-person act (#11.1): no new or reset key receives reports until a
second colleague who already reads approves it; an administrator alone never gives read access."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.accounts import actions, auth
from amanat.accounts.models import Role, StaffMember
from amanat.audit.models import AuditEntry
from amanat.intake.models import Report
from amanat.intake.tests.conftest import submit
from amanat.keys.models import SealedKey
from amanat.testing.factories import PASSWORD, make_admin
from amanat.testing.staff_login import _token, sign_in, staff_client

pytestmark = pytest.mark.django_db


def create_through_team_page(creator: Client, username: str, role: str) -> str:
    """The creator adds a colleague; returns the one-time password shown to the creator."""
    token = _token(creator, "/staff/team/")
    response = creator.post(
        "/staff/team/add/", {"csrfmiddlewaretoken": token, "username": username, "role": role}
    )
    assert response.status_code == 200, response.content.decode()
    return re.search(r'<code id="temp-password">([^<]+)</code>', response.content.decode())[1]


def take_over(username: str, temp_password: str) -> StaffMember:
    """The new colleague signs in, enrols a second factor and sets their own password."""
    member = StaffMember.objects.get(user__username=username)
    client = sign_in(Client(enforce_csrf_checks=True), member, password=temp_password)
    client.post(
        "/staff/password/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/password/"),
            "old": temp_password,
            "new": PASSWORD,
            "again": PASSWORD,
        },
    )
    member.refresh_from_db()
    assert not member.must_change_password
    return member


def approve(approver: Client, colleague: StaffMember, epoch: int | None = None):
    token = _token(approver, "/staff/team/")
    colleague.refresh_from_db()
    return approver.post(
        f"/staff/team/{colleague.pk}/approve/",
        {
            "csrfmiddlewaretoken": token,
            "epoch": colleague.session_epoch if epoch is None else epoch,
        },
    )


def new_report(text: str) -> Report:
    submit(Client(enforce_csrf_checks=True), what_happened=text)
    return Report.objects.order_by("-pk").first()


def sealed_to(report: Report, member: StaffMember) -> bool:
    return SealedKey.objects.filter(envelope=report.envelope, staff_member=member).exists()


@pytest.fixture
def hotline(settings) -> None:
    settings.HOTLINE_ORGANISATION = "org-a"


def test_an_admin_created_coordinator_receives_no_report_until_approved(org_a, hotline) -> None:
    admin = staff_client(make_admin(org_a))
    temp = create_through_team_page(admin, "newcoord", "coordinator")
    newcomer = take_over("newcoord", temp)
    before = new_report("sent before the approval")
    assert not newcomer.key_approved
    assert not sealed_to(before, newcomer)
    assert sealed_to(before, org_a.coordinator)

    response = approve(staff_client(org_a.coordinator), newcomer)
    assert "key is approved" in response.content.decode()
    after = new_report("sent after the approval")
    assert sealed_to(after, newcomer)
    assert not sealed_to(before, newcomer)  # old reports need an explicit grant

    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    coordinator.post(f"/staff/team/{newcomer.pk}/grant/", {"csrfmiddlewaretoken": token})
    assert sealed_to(before, newcomer)
    entry = AuditEntry.objects.get(tag="accounts:key:approve")
    assert entry.actor == org_a.coordinator.user
    assert entry.payload["fingerprint"] == newcomer.key_fingerprint


def test_the_key_wrapped_under_the_one_time_password_is_replaced_at_first_change(org_a) -> None:
    from amanat.core import crypto

    admin = staff_client(make_admin(org_a))
    temp = create_through_team_page(admin, "amina", "analyst")
    created = StaffMember.objects.get(user__username="amina")
    creators_copy = crypto.unwrap_private_key(bytes(created.wrapped_private_key), temp)
    amina = take_over("amina", temp)
    assert bytes(amina.public_key) != bytes(created.public_key)
    assert crypto.keypair_from_private(creators_copy).public != bytes(amina.public_key)
    assert AuditEntry.objects.filter(tag="accounts:staff:password").get().payload == {
        "new_key_pair": True
    }
    staff_client(amina)  # the second factor enrolled before the change still works


def test_a_key_that_already_holds_data_keys_is_kept_at_first_change(org_a, report_a) -> None:
    from amanat.accounts.actions import change_password

    org_a.coordinator.must_change_password = True
    org_a.coordinator.save(update_fields=["must_change_password"])
    before = bytes(org_a.coordinator.public_key)
    change_password(org_a.coordinator, PASSWORD, "another long passphrase 42", actor=None)
    org_a.coordinator.refresh_from_db()
    assert bytes(org_a.coordinator.public_key) == before


def test_the_new_colleague_page_says_the_key_awaits_another_reader(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    token = _token(admin, "/staff/team/")
    html = admin.post(
        "/staff/team/add/", {"csrfmiddlewaretoken": token, "username": "amina", "role": "analyst"}
    ).content.decode()
    assert "receives no reports until another colleague who reads reports approves" in html


def test_an_administrator_cannot_approve_a_reader(org_a) -> None:
    admin_member = make_admin(org_a)
    admin = staff_client(admin_member)
    temp = create_through_team_page(admin, "amina", "analyst")
    amina = take_over("amina", temp)
    response = approve(admin, amina)
    assert response.status_code == 403
    amina.refresh_from_db()
    assert not amina.key_approved


def test_the_creator_cannot_approve_the_account_they_created(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    temp = create_through_team_page(coordinator, "amina", "analyst")
    amina = take_over("amina", temp)
    response = approve(staff_client(org_a.coordinator), amina)
    assert response.status_code == 400
    assert "You created or reset amina&#x27;s account" in response.content.decode()
    amina.refresh_from_db()
    assert not amina.key_approved
    assert approve(staff_client(org_a.analyst), amina).status_code == 200  # a second reader may


def test_nobody_approves_their_own_key(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    temp = create_through_team_page(admin, "newcoord", "coordinator")
    newcomer = take_over("newcoord", temp)
    response = approve(staff_client(newcomer), newcomer)
    assert response.status_code == 400
    assert "You cannot approve your own key." in response.content.decode()


def test_an_unapproved_reader_cannot_approve_another(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    first = take_over("first", create_through_team_page(admin, "first", "analyst"))
    second = take_over("second", create_through_team_page(admin, "second", "analyst"))
    response = approve(staff_client(first), second)
    assert response.status_code == 400
    assert "Only a colleague who already reads reports can approve" in response.content.decode()


def test_approval_waits_until_the_colleague_has_taken_over_the_account(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    create_through_team_page(admin, "amina", "analyst")
    amina = StaffMember.objects.get(user__username="amina")
    response = approve(staff_client(org_a.coordinator), amina)
    assert response.status_code == 400
    assert "has not yet set their own password and second factor" in response.content.decode()


def test_a_reset_puts_the_key_back_to_unapproved(org_a, hotline) -> None:
    admin_member = make_admin(org_a)
    admin = staff_client(admin_member)
    staff_client(org_a.analyst)  # enrolled
    token = _token(admin, "/staff/team/")
    admin.post(f"/staff/team/{org_a.analyst.pk}/reset-2fa/", {"csrfmiddlewaretoken": token})
    org_a.analyst.refresh_from_db()
    assert not org_a.analyst.key_approved
    assert org_a.analyst.approval_requested_by == admin_member.user
    assert not sealed_to(new_report("after the reset"), org_a.analyst)


def test_an_approval_given_before_another_admin_reset_the_account_is_refused(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    amina = take_over("amina", create_through_team_page(admin, "amina", "analyst"))
    seen_epoch = amina.session_epoch  # what the coordinator's team page showed
    other_admin = staff_client(make_admin(org_a, "admin-two"))
    token = _token(other_admin, "/staff/team/")
    other_admin.post(f"/staff/team/{amina.pk}/reset-2fa/", {"csrfmiddlewaretoken": token})
    response = approve(staff_client(org_a.coordinator), amina, epoch=seen_epoch)
    assert response.status_code == 400
    assert "was reset or changed after you opened the team page" in response.content.decode()
    amina.refresh_from_db()
    assert not amina.key_approved


def test_the_colleague_who_reset_an_account_cannot_approve_it_again(org_a) -> None:
    staff_client(org_a.analyst)
    auth.reset_second_factor(org_a.analyst, actor=org_a.coordinator)
    staff_client(org_a.analyst)  # re-enrols
    response = approve(staff_client(org_a.coordinator), org_a.analyst)
    assert response.status_code == 400
    assert "You created or reset" in response.content.decode()


def test_an_approved_key_cannot_be_approved_twice(org_a) -> None:
    response = approve(staff_client(org_a.coordinator), org_a.analyst)
    assert response.status_code == 400
    assert "already approved" in response.content.decode()


def test_a_researcher_has_no_key_to_approve(org_a) -> None:
    response = approve(staff_client(org_a.coordinator), org_a.researcher)
    assert response.status_code == 400
    assert "has no role that reads reports" in response.content.decode()


def test_an_approval_without_the_account_state_is_refused(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    response = coordinator.post(
        f"/staff/team/{org_a.analyst.pk}/approve/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 400
    assert "Reload the team page, then approve again." in response.content.decode()


def test_old_reports_cannot_be_granted_to_an_unapproved_key(org_a) -> None:
    admin = staff_client(make_admin(org_a))
    amina = take_over("amina", create_through_team_page(admin, "amina", "analyst"))
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    response = coordinator.post(f"/staff/team/{amina.pk}/grant/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 400
    assert "Approve amina&#x27;s key before granting it existing reports." in (
        response.content.decode()
    )
    assert not SealedKey.objects.filter(staff_member=amina).exists()


def test_a_coordinator_cannot_create_administrators(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    token = _token(coordinator, "/staff/team/")
    assert 'value="admin"' not in coordinator.get("/staff/team/").content.decode()
    response = coordinator.post(
        "/staff/team/add/", {"csrfmiddlewaretoken": token, "username": "boss", "role": "admin"}
    )
    assert response.status_code == 400
    assert "Your role cannot create admin accounts; ask an administrator." in (
        response.content.decode()
    )
    assert not StaffMember.objects.filter(user__username="boss").exists()
    with pytest.raises(actions.TeamChangeRefused, match="cannot create administrator accounts"):
        actions.create_staff_member(
            org_a.organisation, "boss", PASSWORD, Role.ADMIN, actor=org_a.coordinator
        )


def mark_notices_seen(client: Client) -> None:
    team = client.get("/staff/team/").content.decode()
    up_to = re.search(r'name="up_to" value="(\d+)"', team)[1]
    client.post(
        "/staff/team/notices/seen/",
        {"csrfmiddlewaretoken": _token(client, "/staff/team/"), "up_to": up_to},
    )


def test_every_staff_member_sees_each_change_to_who_can_read(org_a) -> None:
    analyst = staff_client(org_a.analyst)
    assert "Changes to who can read" in analyst.get("/staff/").content.decode()  # the personas
    mark_notices_seen(analyst)
    assert "Changes to who can read" not in analyst.get("/staff/").content.decode()
    admin = staff_client(make_admin(org_a))
    amina = take_over("amina", create_through_team_page(admin, "amina", "analyst"))
    approve(staff_client(org_a.coordinator), amina)
    inbox = analyst.get("/staff/").content.decode()
    assert "Changes to who can read reports since you last looked: 2." in inbox
    team = analyst.get("/staff/team/").content.decode()
    assert "created the analyst account amina; its key awaits another reader" in team
    assert f"coordinator-org-a approved amina&#x27;s key (fingerprint {amina.key_fingerprint})" in (
        team
    )
    mark_notices_seen(analyst)
    assert "Changes to who can read" not in analyst.get("/staff/").content.decode()
    assert AuditEntry.objects.filter(tag="accounts:notices:seen", actor=org_a.analyst.user).exists()
    auth.reset_second_factor(amina, actor=org_a.coordinator)
    assert "since you last looked: 1." in analyst.get("/staff/").content.decode()


def test_notices_cannot_be_marked_seen_ahead_of_time(org_a) -> None:
    analyst = staff_client(org_a.analyst)
    analyst.post(
        "/staff/team/notices/seen/",
        {"csrfmiddlewaretoken": _token(analyst, "/staff/team/"), "up_to": "999999999"},
    )
    auth.reset_second_factor(org_a.coordinator, actor=None)
    assert "since you last looked: 1." in analyst.get("/staff/").content.decode()


def test_marking_notices_seen_needs_a_number(org_a) -> None:
    analyst = staff_client(org_a.analyst)
    response = analyst.post(
        "/staff/team/notices/seen/",
        {"csrfmiddlewaretoken": _token(analyst, "/staff/team/"), "up_to": "latest"},
    )
    assert response.status_code == 400
    assert "Reload the team page, then mark the notices again." in response.content.decode()


def test_the_recovery_key_holder_may_approve_a_reset_reader(org_a, tmp_path) -> None:
    from django.core.management import call_command

    auth.reset_second_factor(org_a.coordinator, actor=None)
    key_file = tmp_path / "recovery.hex"
    key_file.write_text(org_a.recovery_private.hex())
    call_command(
        "keys",
        "recover",
        "--org",
        "org-a",
        "--key-file",
        str(key_file),
        "--grant-to",
        "coordinator-org-a",
    )
    org_a.coordinator.refresh_from_db()
    assert org_a.coordinator.key_approved
    assert AuditEntry.objects.get(tag="accounts:key:approve").payload["by_recovery_key"] is True
