"""Backups: encrypted, consistent, restorable end to end, and free of plaintext canaries."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from amanat.accounts.models import StaffMember
from amanat.intake.models import Attachment, Report
from amanat.intake.tests.conftest import png_with_text, submit, upload
from amanat.testing.factories import canary
from amanat.testing.staff import read_attachment, read_report
from amanat.testing.sweep import sweep

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def backup_keys(tmp_path: Path) -> tuple[Path, Path]:
    public, private = tmp_path / "backup.pub", tmp_path / "backup.key"
    call_command(
        "keys",
        "backup-keygen",
        "--public-key-file",
        str(public),
        "--private-key-file",
        str(private),
    )
    return public, private


@pytest.fixture
def reports(org_a) -> dict[str, str]:
    marks = {name: canary(name) for name in ("one", "two", "meta")}
    submit(
        Client(enforce_csrf_checks=True),
        what_happened=marks["one"],
        files=[upload("p.png", png_with_text(marks["meta"]))],
    )
    submit(Client(enforce_csrf_checks=True), what_happened=marks["two"])
    return marks


def digests() -> dict[int, str]:
    return {
        a.pk: hashlib.sha256(bytes(a.blobs.get(role="clean").data)).hexdigest()
        for a in Attachment.objects.all()
    }


def test_backup_wipe_restore_gives_back_every_report(org_a, reports, backup_keys, tmp_path) -> None:
    public, private = backup_keys
    before = {r.pk: read_report(r, member=org_a.analyst) for r in Report.objects.all()}
    blobs = digests()
    target = tmp_path / "amanat.backup"
    call_command("backup", str(target), "--public-key-file", str(public))
    call_command("flush", interactive=False, verbosity=0)
    assert not Report.objects.exists()
    call_command("restore", str(target), "--key-file", str(private))
    analyst = StaffMember.objects.get(user__username="analyst-org-a")
    after = {r.pk: read_report(r, member=analyst) for r in Report.objects.all()}
    assert after == before
    assert digests() == blobs
    meta, clean = read_attachment(Attachment.objects.get(), member=analyst)
    assert hashlib.sha256(clean).hexdigest() == meta["sha256"]


def test_a_backup_holds_no_plaintext(org_a, reports, backup_keys, tmp_path) -> None:
    public, _ = backup_keys
    target = tmp_path / "amanat.backup"
    call_command("backup", str(target), "--public-key-file", str(public))
    assert target.stat().st_mode & 0o777 == 0o600
    hits = sweep([target], [*reports.values(), "org-a", "analyst-org-a"])
    assert hits == []  # even clear metadata (slugs, user names) is inside the encryption


def test_a_wrong_key_is_refused_clearly(org_a, reports, backup_keys, tmp_path) -> None:
    public, _ = backup_keys
    target = tmp_path / "amanat.backup"
    call_command("backup", str(target), "--public-key-file", str(public))
    wrong = tmp_path / "wrong.key"
    wrong.write_text("11" * 32)
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="wrong key, or the file was changed"):
        call_command("restore", str(target), "--key-file", str(wrong))
    assert not Report.objects.exists()


def test_a_tampered_backup_is_refused(org_a, reports, backup_keys, tmp_path) -> None:
    public, private = backup_keys
    target = tmp_path / "amanat.backup"
    call_command("backup", str(target), "--public-key-file", str(public))
    data = bytearray(target.read_bytes())
    data[-10] ^= 1
    target.write_bytes(bytes(data))
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="changed or damaged"):
        call_command("restore", str(target), "--key-file", str(private))


def test_restore_refuses_a_database_that_is_not_empty(
    org_a, reports, backup_keys, tmp_path
) -> None:
    public, private = backup_keys
    target = tmp_path / "amanat.backup"
    call_command("backup", str(target), "--public-key-file", str(public))
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(target), "--key-file", str(private))
    assert Report.objects.count() == 2


def test_a_file_that_is_not_a_backup_is_refused(backup_keys, tmp_path, db) -> None:
    _, private = backup_keys
    junk = tmp_path / "junk"
    junk.write_bytes(b"hello")
    with pytest.raises(CommandError, match="not an Amanat backup"):
        call_command("restore", str(junk), "--key-file", str(private))


def test_keygen_refuses_to_overwrite_a_key(backup_keys) -> None:
    public, private = backup_keys
    with pytest.raises(CommandError, match="refusing to overwrite"):
        call_command(
            "keys",
            "backup-keygen",
            "--public-key-file",
            str(public),
            "--private-key-file",
            str(private),
        )
