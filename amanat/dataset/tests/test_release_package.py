"""A release is a Frictionless data package: `frictionless validate` passes, a tampered cell
fails, readers get types without guessing (NA stays Namibia), the licence and citation travel,
and the Parquet file names its release and codebook."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from frictionless import Package, validate

from amanat.dataset.models import Release
from amanat.dataset.releases import versions as releases
from amanat.dataset.tests.conftest import make_incidents
from amanat.dataset.tests.test_releases import _create, _download
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(org_a) -> Path:
    make_incidents(
        org_a.organisation,
        [
            {"host_country": "NA", "tactics": ["detention", "surveillance"]},
            {"host_country": "TR", "date_start": None, "date_start_precision": "unknown"},
            {"host_country": "", "origin_state": "", "channels": ["phone_call", "messaging_app"]},
        ],
    )
    make_incidents(org_a.organisation, [{"host_country": "KZ"}], synthetic=True)
    pk = _create(staff_client(org_a.researcher), title="Annual dataset 2024")
    return releases.release_dir(Release.objects.get(pk=pk))


def _package(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def _errors(report) -> list[str]:
    return [f"{kind}: {note}" for kind, note in report.flatten(["type", "note"])]


def test_frictionless_validates_the_release_package(built) -> None:
    report = validate(str(built / "datapackage.json"))
    assert report.valid, _errors(report)
    assert {task.name for task in report.tasks} >= {"incidents-csv", "incidents-parquet"}


def test_the_frictionless_command_line_agrees(built) -> None:
    """What a researcher types: `frictionless validate datapackage.json`."""
    command = [sys.executable, "-m", "frictionless", "validate", "datapackage.json"]
    passed = subprocess.run(command, cwd=built, capture_output=True, text=True, check=False)
    assert passed.returncode == 0, passed.stdout[-2000:]
    (built / "incidents.csv").write_text("tampered\n", encoding="utf-8")
    failed = subprocess.run(command, cwd=built, capture_output=True, text=True, check=False)
    assert failed.returncode != 0


def test_a_tampered_cell_fails_validation(built) -> None:
    path = built / "incidents.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",NA,", ",Namibia,", 1)
    path.write_text("".join(lines), encoding="utf-8")
    errors = _errors(validate(str(built / "datapackage.json")))
    assert any(e.startswith("constraint-error") and "pattern" in e for e in errors), errors
    assert any(e.startswith(("hash-count", "byte-count")) for e in errors), errors


def test_a_same_size_tampering_fails_on_the_hash(built) -> None:
    path = built / "incidents.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",NA,", ",NE,", 1), encoding="utf-8")
    errors = _errors(validate(str(built / "datapackage.json")))
    assert [e for e in errors if e.startswith("hash-count")], errors


def test_readers_get_types_and_namibia_stays_a_country(built) -> None:
    package = Package(str(built / "datapackage.json"))
    rows = package.get_resource("incidents-csv").read_rows()
    by_country = {row["host_country"]: row for row in rows}
    namibia = by_country["NA"]
    assert namibia["year"] == 2019
    assert namibia["tactic_detention"] is True
    assert namibia["tactic_assault"] is False
    assert by_country["TR"]["year"] is None
    assert by_country[None]["channels"] == "phone_call;messaging_app"
    assert by_country["KZ"]["synthetic"] is True
    assert namibia["synthetic"] is False


def test_the_package_states_schema_licence_citation_and_version(built, org_a) -> None:
    package = _package(built)
    release = Release.objects.get()
    assert package["version"] == "1.0.0"
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert "Annual dataset 2024, release 1" in package["citation"]
    assert package["amanat"]["codebook_version"] == release.codebook.version
    table = next(r for r in package["resources"] if r["path"] == "incidents.csv")
    fields = {f["name"]: f for f in table["schema"]["fields"]}
    assert table["schema"]["primaryKey"] == ["incident_code"]
    assert table["schema"]["missingValues"] == [""]
    assert fields["year"]["type"] == "integer"
    assert fields["host_country"]["constraints"]["pattern"] == "^[A-Z]{2}$"
    assert "uyghur" in fields["community"]["constraints"]["enum"]
    assert "stage3" in fields["stage"]["constraints"]["enum"]
    listed = {r["path"]: r["hash"] for r in package["resources"]}
    for entry in release.files:
        if entry["name"] != "datapackage.json":
            assert listed[entry["name"]] == f"sha256:{entry['sha256']}"
    assert release.file("datapackage.json") is not None


def test_the_organisations_chosen_licence_is_the_one_stated(org_a, settings) -> None:
    settings.DATASET_LICENCE = "cc0-1.0"
    make_incidents(org_a.organisation, [{}])
    client = staff_client(org_a.researcher)
    pk = _create(client, title="Open data")
    package = json.loads(_download(client, pk, "datapackage.json"))
    assert package["licenses"][0]["name"] == "CC0-1.0"
    assert Release.objects.get(pk=pk).licence == "CC0-1.0"


def test_the_parquet_file_names_its_release_and_codebook(built) -> None:
    metadata = pq.read_schema(built / "incidents.parquet").metadata
    release = Release.objects.get()
    assert metadata[b"amanat:release"] == b"1"
    assert metadata[b"amanat:codebook_version"] == release.codebook.version.encode()
    assert metadata[b"amanat:licence"] == b"CC-BY-4.0"
    assert pq.read_table(built / "incidents.parquet").column("year").type.bit_width == 16


def test_the_dictionary_says_how_to_read_na_and_blanks(built) -> None:
    text = (built / "dictionary.md").read_text(encoding="utf-8")
    assert "keep_default_na=False" in text
    assert "`NA` is Namibia" in text
