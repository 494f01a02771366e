"""The `amanat` command: dev environment set-up, demo data, serving without an access log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from amanat.cli import main as cli_main
from amanat.cli.management.commands.serve import gunicorn_argv


def _forget_after_the_test(monkeypatch, *names: str) -> None:
    """Unset the variables now and after the test, even if the code under test sets them
    (monkeypatch records nothing for a variable that was absent when deleted)."""
    for name in names:
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


def test_dev_creates_a_private_secret_key_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("AMANAT_SECRET_KEY", raising=False)
    _forget_after_the_test(monkeypatch, "AMANAT_SECRET_KEY_FILE", "AMANAT_INDICATOR_KEY_FILE")
    monkeypatch.setenv("AMANAT_DATA_DIR", str(tmp_path / "var"))
    cli_main._ensure_dev_environment()
    key_file = Path(os.environ["AMANAT_SECRET_KEY_FILE"])
    first = key_file.read_text()
    assert len(first) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600
    monkeypatch.delenv("AMANAT_SECRET_KEY_FILE")
    cli_main._ensure_dev_environment()
    assert key_file.read_text() == first  # reused, not replaced


def test_dev_keeps_an_explicit_secret(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("AMANAT_SECRET_KEY", "x" * 40)
    monkeypatch.setenv("AMANAT_DATA_DIR", str(tmp_path))
    _forget_after_the_test(monkeypatch, "AMANAT_SECRET_KEY_FILE", "AMANAT_INDICATOR_KEY_FILE")
    cli_main._ensure_dev_environment()
    assert "AMANAT_SECRET_KEY_FILE" not in os.environ
    assert not (tmp_path / "secret-key").exists()


def test_gunicorn_is_started_without_an_access_log() -> None:
    argv = gunicorn_argv("127.0.0.1:8000", 2)
    assert "--access-logfile" not in argv
    assert "--access-logformat" not in argv
    assert argv[argv.index("--workers") + 1] == "2"


@pytest.mark.django_db
def test_demo_data_is_created_once_with_private_files(settings, fast_kdf, capsys) -> None:
    call_command("demo")
    call_command("demo")
    from amanat.accounts.models import StaffMember
    from amanat.keys.models import Organisation

    assert Organisation.objects.filter(slug="demo").count() == 1
    assert StaffMember.objects.count() == 3
    for name in ("demo-credentials.txt", "demo-recovery-key.hex"):
        assert (settings.DATA_DIR / name).stat().st_mode & 0o777 == 0o600
    assert "already present" in capsys.readouterr().out


def test_dev_keeps_the_indicator_key_outside_the_data_directory(
    tmp_path: Path, monkeypatch
) -> None:
    _forget_after_the_test(monkeypatch, "AMANAT_INDICATOR_KEY_FILE", "AMANAT_SECRET_KEY_FILE")
    monkeypatch.delenv("AMANAT_INDICATOR_KEY", raising=False)
    monkeypatch.setenv("AMANAT_SECRET_KEY", "x" * 40)
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    (data_dir / "indicator-key").write_text("ab" * 32 + "\n")  # where older versions kept it
    monkeypatch.setenv("AMANAT_DATA_DIR", str(data_dir))
    cli_main._ensure_dev_environment()
    key_file = Path(os.environ["AMANAT_INDICATOR_KEY_FILE"])
    assert key_file == tmp_path / "var-indicator-key"
    assert not key_file.resolve().is_relative_to(data_dir.resolve())
    assert key_file.read_text() == "ab" * 32 + "\n"  # the same key: recorded matches survive
    assert not (data_dir / "indicator-key").exists()
