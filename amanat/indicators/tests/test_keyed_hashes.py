"""Matching keys: per organisation, from a secret outside the database, refused when missing."""

from __future__ import annotations

import stat

import pytest
from django.core.management import CommandError, call_command

from amanat.indicators import keys
from amanat.indicators.models import Indicator
from amanat.indicators.normalise import normalise
from amanat.indicators.tests.conftest import make_incident, record_on

pytestmark = pytest.mark.django_db

PHONE = normalise("phone", "+86 138 0013 8000")


def test_the_same_number_hashes_differently_in_two_organisations(org_a, org_b) -> None:
    record_on(make_incident(org_a.analyst), org_a.analyst, "phone", "+86 138 0013 8000")
    record_on(make_incident(org_b.analyst), org_b.analyst, "phone", "0086 138 0013 8000")
    digest_a = bytes(Indicator.objects.get(organisation=org_a.organisation).digest)
    digest_b = bytes(Indicator.objects.get(organisation=org_b.organisation).digest)
    assert digest_a != digest_b
    assert digest_a == keys.digest(PHONE, keys.organisation_key("org-a"))
    assert digest_b == keys.digest(PHONE, keys.organisation_key("org-b"))


def test_without_the_key_file_a_stolen_database_cannot_confirm_a_guess(settings, tmp_path) -> None:
    before = keys.digest(PHONE, keys.organisation_key("org-a"))
    other = tmp_path / "another-deployment"
    keys.write_key_file(other)
    settings.INDICATOR_KEY_FILE = str(other)
    assert keys.digest(PHONE, keys.organisation_key("org-a")) != before


def test_an_unconfigured_deployment_is_told_how_to_make_a_key(settings, monkeypatch) -> None:
    settings.INDICATOR_KEY_FILE = None
    monkeypatch.delenv("AMANAT_INDICATOR_KEY", raising=False)
    monkeypatch.delenv("AMANAT_INDICATOR_KEY_FILE", raising=False)
    with pytest.raises(keys.KeyMissing, match="amanat indicators keygen --key-file"):
        keys.deployment_secret()


def test_the_key_file_is_also_read_from_the_environment(settings, monkeypatch, tmp_path) -> None:
    path = tmp_path / "key"
    keys.write_key_file(path)
    settings.INDICATOR_KEY_FILE = None
    monkeypatch.setenv("AMANAT_INDICATOR_KEY_FILE", str(path))
    assert keys.deployment_secret() == bytes.fromhex(path.read_text())


@pytest.mark.parametrize(
    ("content", "reason"),
    [("not hex at all", "not hexadecimal"), ("abcd", "32 to 64 random bytes"), ("", "keygen")],
)
def test_a_malformed_key_file_is_refused_with_the_reason(settings, tmp_path, content, reason):
    path = tmp_path / "bad-key"
    path.write_text(content)
    settings.INDICATOR_KEY_FILE = str(path)
    with pytest.raises(keys.KeyMissing, match=reason):
        keys.deployment_secret()


def test_keygen_writes_a_private_key_file_and_never_overwrites_one(tmp_path) -> None:
    path = tmp_path / "new-key"
    call_command("indicators", "keygen", "--key-file", str(path))
    assert len(bytes.fromhex(path.read_text())) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = path.read_text()
    with pytest.raises(CommandError, match="refusing to overwrite"):
        call_command("indicators", "keygen", "--key-file", str(path))
    assert path.read_text() == first


def test_the_check_command_says_whether_the_key_is_usable(settings, tmp_path, capsys) -> None:
    call_command("indicators", "check")
    assert "usable (32 bytes)" in capsys.readouterr().out
    settings.INDICATOR_KEY_FILE = str(tmp_path / "missing")
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("indicators", "check")


def test_the_system_check_warns_when_matching_is_not_configured(settings, tmp_path) -> None:
    from amanat.indicators.checks import check_indicator_key

    assert check_indicator_key() == []
    settings.INDICATOR_KEY_FILE = str(tmp_path / "missing")
    assert [m.id for m in check_indicator_key()] == ["amanat.indicators.W001"]


def test_the_system_check_warns_when_the_key_file_is_inside_the_data_directory(settings) -> None:
    from amanat.indicators.checks import check_indicator_key_outside_data_dir as check

    settings.INDICATOR_KEY_FILE = str(settings.DATA_DIR / "keys" / "indicator-key")
    warnings = check()
    assert [m.id for m in warnings] == ["amanat.indicators.W002"]
    assert "inside the data directory" in warnings[0].msg
    settings.INDICATOR_KEY_FILE = str(settings.DATA_DIR.parent / "elsewhere-indicator-key")
    assert check() == []
