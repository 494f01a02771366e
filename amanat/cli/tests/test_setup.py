"""`amanat setup`: a real organisation from an empty database to a first report read by its
coordinator; every refusal says why and creates nothing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from amanat.accounts.models import StaffMember
from amanat.core import crypto
from amanat.intake.models import Report
from amanat.intake.tests.conftest import submit
from amanat.keys.models import Organisation
from amanat.testing.staff_login import _token, sign_in

NEW_PASSWORD = "a long new passphrase for the first coordinator"


def _setup(tmp_path: Path, **overrides: str) -> str:
    args = {
        "org": "our-org",
        "name": "Our rights organisation",
        "coordinator": "first",
        "recovery_key_file": str(tmp_path / "recovery.key"),
        "backup_public_key_file": str(tmp_path / "backup.pub"),
        "backup_private_key_file": str(tmp_path / "backup.key"),
        **overrides,
    }
    out = io.StringIO()
    call_command("setup", *[f"--{k.replace('_', '-')}={v}" for k, v in args.items()], stdout=out)
    return out.getvalue()


def _one_time_password(output: str) -> str:
    match = re.search(r"One-time password: (\S+)", output)
    assert match, output
    return match.group(1)


def _change_password(client: Client, old: str) -> None:
    token = _token(client, "/staff/password/")
    client.post(
        "/staff/password/",
        {"csrfmiddlewaretoken": token, "old": old, "new": NEW_PASSWORD, "again": NEW_PASSWORD},
    )


@pytest.mark.django_db
def test_setup_leads_from_an_empty_database_to_a_first_report_read_by_the_coordinator(
    tmp_path, fast_kdf
) -> None:
    assert not Organisation.objects.exists()
    output = _setup(tmp_path)
    assert "Next steps" in output
    assert "AMANAT_HOTLINE_ORG=our-org" in output
    member = StaffMember.objects.get(user__username="first")
    assert member.must_change_password
    assert member.role == "coordinator"
    recovery = bytes.fromhex((tmp_path / "recovery.key").read_text().strip())
    public = bytes(member.organisation.recovery_key.public_key)
    assert crypto.keypair_from_private(recovery).public == public
    for name in ("recovery.key", "backup.key", "backup.pub"):
        assert (tmp_path / name).stat().st_mode & 0o077 == 0
    first = sign_in(Client(enforce_csrf_checks=True), member, password=_one_time_password(output))
    assert first.get("/staff/")["Location"] == "/staff/password/"
    _change_password(first, _one_time_password(output))
    _, receipt = submit(Client(enforce_csrf_checks=True), what_happened="AMN-first-report")
    assert receipt is not None
    client = sign_in(Client(enforce_csrf_checks=True), member, password=NEW_PASSWORD)
    inbox = client.get("/staff/").content.decode()
    link = re.search(r'href="(/staff/reports/[^"/]+/)"', inbox)
    assert link, "the report is not in the coordinator's inbox"
    assert "AMN-first-report" in client.get(link.group(1)).content.decode()
    assert Report.objects.count() == 1


@pytest.mark.django_db
def test_setup_refuses_an_organisation_that_exists_and_changes_nothing(tmp_path, fast_kdf) -> None:
    _setup(tmp_path)
    with pytest.raises(CommandError, match="already exists"):
        _setup(tmp_path / "..", coordinator="second")
    assert Organisation.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"org": "not a slug!"}, "letters, digits"),
        ({"name": "  "}, "--name must not be empty"),
        ({"coordinator": ""}, "first coordinator"),
        ({"backup_private_key_file": "RECOVERY"}, "must be different files"),
        ({"recovery_key_file": "/nonexistent-dir/recovery.key"}, "is not a directory"),
    ],
)
def test_setup_refuses_bad_input_with_its_reason(tmp_path, fast_kdf, override, message) -> None:
    if override.get("backup_private_key_file") == "RECOVERY":
        override = {"backup_private_key_file": str(tmp_path / "recovery.key")}
    with pytest.raises(CommandError, match=message):
        _setup(tmp_path, **override)
    assert not Organisation.objects.exists()
    assert not list(tmp_path.iterdir())


@pytest.mark.django_db
def test_setup_refuses_to_overwrite_a_key_file(tmp_path, fast_kdf) -> None:
    (tmp_path / "backup.key").write_text("an operator's older key\n")
    with pytest.raises(CommandError, match="refusing to overwrite"):
        _setup(tmp_path)
    assert (tmp_path / "backup.key").read_text() == "an operator's older key\n"
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_setup_refuses_a_taken_user_name(tmp_path, org_a) -> None:
    with pytest.raises(CommandError, match="is taken"):
        _setup(tmp_path, coordinator=org_a.analyst.user.get_username())
    assert not Organisation.objects.filter(slug="our-org").exists()


@pytest.mark.django_db
def test_setup_warns_when_a_private_key_is_left_in_the_data_directory(
    tmp_path, fast_kdf, settings, capsys
) -> None:
    settings.DATA_DIR = tmp_path
    err = io.StringIO()
    call_command(
        "setup", "--org=our-org", "--name=Ours", "--coordinator=first",
        f"--recovery-key-file={tmp_path / 'recovery.key'}",
        f"--backup-public-key-file={tmp_path / 'backup.pub'}",
        f"--backup-private-key-file={tmp_path / 'backup.key'}",
        stdout=io.StringIO(), stderr=err,
    )  # fmt: skip
    assert err.getvalue().count("move it offline now") == 2
