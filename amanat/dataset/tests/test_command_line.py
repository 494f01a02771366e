"""``amanat dataset export|release|import`` for operators: the staff pages' functions with their
role checks and audit entries, a progress line on stderr, clear refusals and exit codes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from amanat.audit.models import AuditEntry
from amanat.dataset.models import Release, ReleaseStatus
from amanat.dataset.tests.conftest import make_incidents
from amanat.incidents.models import Incident

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("dataset", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def coded(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"}] * 4 + [{"host_country": "KZ"}])
    return org_a


def test_export_writes_what_the_member_may_see_and_is_audited(coded, tmp_path) -> None:
    path = tmp_path / "incidents.json"
    _out, err = run(
        "export",
        "--member",
        coded.researcher.user.username,
        "--format",
        "json",
        "--host-country",
        "tr",
        "--output",
        str(path),
    )
    lines = path.read_text().splitlines()
    assert len([line for line in lines if line.startswith('{"incident_code"')]) == 4
    assert "Exported 4 incidents" in err
    assert "exporting" in err
    assert AuditEntry.objects.filter(tag="dataset:export:download").count() == 1
    with pytest.raises(CommandError, match="refusing to overwrite"):
        run("export", "--member", coded.researcher.user.username, "--output", str(path))


def test_an_unknown_member_or_bad_filter_is_a_clear_error(coded, tmp_path) -> None:
    with pytest.raises(CommandError, match="no active staff member with user name 'ghost'"):
        run("export", "--member", "ghost", "--output", str(tmp_path / "x.csv"))
    with pytest.raises(CommandError, match="--year-from is after --year-to"):
        run(
            "export",
            "--member",
            coded.researcher.user.username,
            "--year-from",
            "2020",
            "--year-to",
            "2019",
            "--output",
            str(tmp_path / "y.csv"),
        )


def test_releases_are_created_built_listed_and_rebuilt_identically(coded) -> None:
    user = coded.researcher.user.username
    out, err = run("release", "create", "--member", user, "--title", "Q1", "--build")
    release = Release.objects.get()
    assert release.status == ReleaseStatus.DONE
    assert release.row_count == 5
    assert f"Release 1 (id {release.pk}) built: 5 rows" in out
    assert "building release" in err
    listing, _err = run("release", "list", "--org", coded.organisation.slug)
    assert f"{release.pk}\t1\tdone\t5\tno" in listing
    again, _err = run("release", "build", str(release.pk), "--again")
    assert "every file is byte-identical to the previous build" in again
    with pytest.raises(CommandError, match="not queued; use --again"):
        run("release", "build", str(release.pk))
    with pytest.raises(CommandError, match="no release with id 999"):
        run("release", "build", "999")


def test_an_analyst_may_not_create_a_release(coded) -> None:
    with pytest.raises(CommandError, match="may not create a release"):
        run("release", "create", "--member", coded.analyst.user.username, "--title", "No")


def _csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "import.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Year", "Country", "community", "stage", "tactics"], *rows])
    path.write_text(buffer.getvalue())
    return path


def test_import_dry_run_reports_bad_rows_and_writes_nothing(coded, tmp_path) -> None:
    path = _csv(
        tmp_path,
        [
            ["2019", "TR", "uyghur", "stage1", "surveillance"],
            ["2020-13", "Atlantis", "uyghur", "stage9", ""],
        ],
    )
    before = Incident.objects.count()
    user = coded.analyst.user.username
    args = ["import", str(path), "--member", user]
    args += ["--map", "date_start=Year", "--map", "host_country=Country"]
    with pytest.raises(CommandError, match="1 rows cannot be imported"):
        run(*args, "--dry-run")
    with pytest.raises(CommandError, match="rows cannot be imported; nothing was written"):
        run(*args)
    assert Incident.objects.count() == before
    out, _err = run(
        "import",
        str(path),
        "--member",
        user,
        "--map",
        "date_start=Year",
        "--map",
        "host_country=Country",
        "--valid-only",
    )
    assert "2 rows: imported 1, 0 already imported, 1 invalid." in out
    assert Incident.objects.count() == before + 1


def test_import_refuses_unknown_fields_and_missing_required_ones(coded, tmp_path) -> None:
    path = _csv(tmp_path, [["2019", "TR", "uyghur", "stage1", "surveillance"]])
    user = coded.analyst.user.username
    with pytest.raises(CommandError, match="Unknown field"):
        run("import", str(path), "--member", user, "--map", "colour=Year", "--dry-run")
    with pytest.raises(CommandError, match="no column “When”"):
        run("import", str(path), "--member", user, "--map", "date_start=When", "--dry-run")
    (tmp_path / "bare.csv").write_text("Year,Country\n2019,TR\n")
    with pytest.raises(CommandError, match="Map the required field"):
        run("import", str(tmp_path / "bare.csv"), "--member", user, "--dry-run")
    with pytest.raises(CommandError, match="No such file"):
        run("import", str(tmp_path / "absent.csv"), "--member", user)


def test_the_amanat_entry_point_runs_the_commands(tmp_path) -> None:
    """One real process: the console script, its sub-commands, and a non-zero exit on misuse."""
    amanat = Path(sys.executable).with_name("amanat")
    env = {
        **os.environ,
        "AMANAT_DATA_DIR": str(tmp_path),
        "AMANAT_SECRET_KEY": "entry-point-test-not-a-secret-0123456789",
    }
    for command, words in (
        ("dataset", ["export", "release", "import"]),
        ("stats", ["publish", "budget"]),
        ("indicators", ["export", "import"]),
    ):
        done = subprocess.run(
            [str(amanat), command, "--help"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert all(word in done.stdout for word in words), done.stdout
    done = subprocess.run(
        [str(amanat), "dataset", "release", "build"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "the following arguments are required: release" in done.stderr
