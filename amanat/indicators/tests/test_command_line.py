"""``amanat indicators export|import``: STIX 2.1 and MISP files on the command line, with the
member's password from a file (never an argument), clear refusals and exit codes."""

from __future__ import annotations

import json

import pytest
import stix2
from django.core.management import CommandError, call_command

from amanat.audit.models import AuditEntry
from amanat.indicators.tests.conftest import make_incident, record_on
from amanat.testing.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorded(org_a, tmp_path, monkeypatch):
    analyst = org_a.analyst
    incident = make_incident(analyst)
    record_on(incident, analyst, "phone", "+86 138 0013 8000")
    record_on(incident, analyst, "email", "agent@example.org")
    password = tmp_path / "password"
    password.write_text(PASSWORD + "\n")
    monkeypatch.setenv("AMANAT_PASSWORD_FILE", str(password))
    return org_a


def _run(*args: str) -> str:
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("indicators", *args, stdout=out, stderr=err)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["stix", "misp"])
def test_an_export_reads_back_as_a_match_of_our_incident(recorded, tmp_path, fmt) -> None:
    user = recorded.analyst.user.username
    path = tmp_path / f"out.{fmt}.json"
    said = _run(
        "export", "--member", user, "--format", fmt, "--share-values", "--output", str(path)
    )
    assert "wrote 2 identifier(s)" in said
    content = path.read_text()
    if fmt == "stix":
        bundle = stix2.parse(content, allow_custom=False, version="2.1")
        assert len([o for o in bundle.objects if o.type == "indicator"]) == 2
    else:
        assert len(json.loads(content)["Event"]["Attribute"]) == 2
    said = _run("import", str(path), "--member", user)
    assert "2 values" in said
    assert "2 match(es) on 1 of our incident(s)" in said
    tags = list(AuditEntry.objects.values_list("tag", flat=True))
    assert "indicators:bundle:export" in tags
    assert "indicators:bundle:import" in tags


def test_joint_key_hashes_match_with_the_same_key(recorded, tmp_path) -> None:
    user = recorded.analyst.user.username
    key = tmp_path / "joint"
    key.write_text(bytes(range(32)).hex())
    path = tmp_path / "hashed.json"
    _run(
        "export",
        "--member",
        user,
        "--format",
        "misp",
        "--joint-key-file",
        str(key),
        "--output",
        str(path),
    )
    assert "+86" not in path.read_text()
    said = _run("import", str(path), "--member", user, "--joint-key-file", str(key))
    assert "2 joint-key hashes" in said
    assert "2 match(es)" in said


def test_a_wrong_password_is_refused(recorded, tmp_path, monkeypatch) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password")
    monkeypatch.setenv("AMANAT_PASSWORD_FILE", str(wrong))
    with pytest.raises(CommandError, match="wrong password"):
        _run(
            "export",
            "--member",
            recorded.analyst.user.username,
            "--share-values",
            "--output",
            str(tmp_path / "x.json"),
        )
    assert not (tmp_path / "x.json").exists()


def test_an_existing_output_file_is_never_overwritten(recorded, tmp_path) -> None:
    path = tmp_path / "there.json"
    path.write_text("keep me")
    with pytest.raises(CommandError, match="refusing to overwrite"):
        _run(
            "export",
            "--member",
            recorded.analyst.user.username,
            "--share-values",
            "--output",
            str(path),
        )
    assert path.read_text() == "keep me"


def test_a_file_that_is_neither_stix_nor_misp_is_refused(recorded, tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"type": "bundle", "id": "nope"}')
    with pytest.raises(CommandError, match=r"not valid STIX 2\.1"):
        _run("import", str(path), "--member", recorded.analyst.user.username)
    path.write_text('{"Event": {"info": "no attributes"}}')
    with pytest.raises(CommandError, match="not a MISP event"):
        _run("import", str(path), "--member", recorded.analyst.user.username)


def test_a_researcher_cannot_export_identifiers(recorded, tmp_path) -> None:
    with pytest.raises(CommandError, match=r"no active coordinator or analyst"):
        _run(
            "export",
            "--member",
            recorded.researcher.user.username,
            "--share-values",
            "--output",
            str(tmp_path / "x.json"),
        )
