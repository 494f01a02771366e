"""Settings fail closed; every variable is documented; system checks have stable ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import override_settings

from amanat.core import checks, env

ROOT = Path(__file__).resolve().parents[3]


def test_it_requires_a_secret_key() -> None:
    with pytest.raises(env.ConfigError, match="AMANAT_SECRET_KEY is required"):
        env.get_str("AMANAT_SECRET_KEY", env={})


def test_it_reads_secrets_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    assert env.get_str("X", env={"X_FILE": str(secret)}) == "s3cret"


def test_it_refuses_both_a_value_and_a_file() -> None:
    with pytest.raises(env.ConfigError, match="both set"):
        env.get_str("X", env={"X": "a", "X_FILE": "/nonexistent"})


def test_it_refuses_an_unreadable_secret_file() -> None:
    with pytest.raises(env.ConfigError, match="cannot be read"):
        env.get_str("X", env={"X_FILE": "/nonexistent/secret"})


@pytest.mark.parametrize("raw", ["maybe", "2", "enabled"])
def test_it_refuses_ambiguous_booleans(raw: str) -> None:
    with pytest.raises(env.ConfigError, match="not a boolean"):
        env.get_bool("AMANAT_DEBUG", False, env={"AMANAT_DEBUG": raw})


def test_it_refuses_out_of_range_limits() -> None:
    with pytest.raises(env.ConfigError, match="outside"):
        env.get_int("N", 5, minimum=1, maximum=10, env={"N": "0"})
    with pytest.raises(env.ConfigError, match="not a whole number"):
        env.get_int("N", 5, minimum=1, maximum=10, env={"N": "five"})


def test_it_refuses_unknown_choices() -> None:
    with pytest.raises(env.ConfigError, match="must be one of"):
        env.get_choice("L", "info", ("info", "debug"), env={"L": "loud"})


def test_debug_is_off_by_default() -> None:
    from django.conf import settings

    assert settings.DEBUG is False


def test_every_environment_variable_is_documented() -> None:
    source = "\n".join(
        p.read_text() for p in (ROOT / "amanat").rglob("*.py") if "tests" not in p.parts
    )
    used = set(re.findall(r'"((?:AMANAT|DATABASE)_[A-Z_]+)"', source))
    used = {name for name in used if not name.endswith("_FILE")}
    documented = (ROOT / "docs" / "configuration.md").read_text()
    missing = sorted(name for name in used if f"`{name}`" not in documented)
    assert not missing, f"undocumented settings: {missing}"


@override_settings(DEBUG=True, ALLOWED_HOSTS=["hotline.example.org"])
def test_check_e001_flags_debug_on_a_public_host() -> None:
    assert [e.id for e in checks.check_debug_exposure()] == ["amanat.E001"]


@override_settings(HTTPS=False, ALLOWED_HOSTS=["hotline.example.org"])
def test_check_w001_flags_public_host_without_https() -> None:
    assert [e.id for e in checks.check_https_exposure()] == ["amanat.W001"]


@override_settings(HTTPS=False, ALLOWED_HOSTS=["abcdefghijklmnop.onion"])
def test_check_w001_accepts_onion_services_without_https() -> None:
    assert checks.check_https_exposure() == []


def test_check_e002_flags_an_unwritable_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks.os, "access", lambda path, mode: False)
    assert [e.id for e in checks.check_data_dir()] == ["amanat.E002"]
