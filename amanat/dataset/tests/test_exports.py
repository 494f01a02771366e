"""Exports: CSV, JSON and Parquet of coded fields only, columns as the data dictionary says,
streamed, audited, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from amanat.audit.models import AuditEntry
from amanat.dataset import schema as schema_module
from amanat.dataset.releases.rows import CodedRow
from amanat.dataset.releases.writers import XlsxWriter, csv_table, neutralise
from amanat.dataset.tests.conftest import make_incidents
from amanat.incidents import codebook
from amanat.incidents.models import Incident
from amanat.testing.factories import canary
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db
IDENTIFYING = {
    "summary",
    "perpetrator_evidence",
    "envelope",
    "envelope_id",
    "people",
    "name",
    "contact",
    "location",
    "notes",
    "report",
    "reports",
    "id",
    "pk",
}


def _body(response) -> bytes:
    assert response.streaming, "exports stream"
    return b"".join(response.streaming_content)


@pytest.fixture
def exported(org_a):
    secret = canary("summary")
    make_incidents(
        org_a.organisation,
        [
            {"tactics": ["threat_to_family", "surveillance"], "channels": ["phone_call", "email"]},
            {"sensitivity": "confidential"},
            {"verification": "unverified", "host_country": ""},
        ],
        summary=secret,
    )
    return org_a, secret


def _dictionary(client) -> dict:
    response = client.get("/staff/dataset/dictionary/?format=json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_csv_columns_are_the_data_dictionary_and_nothing_identifying(exported) -> None:
    org, secret = exported
    client = staff_client(org.analyst)
    body = _body(client.get("/staff/dataset/export/?format=csv")).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    names = [column["name"] for column in _dictionary(client)["columns"]]
    assert list(rows[0]) == names
    assert not IDENTIFYING & set(names)
    assert secret not in body
    assert len(rows) == 3
    first = next(r for r in rows if r["tactic_surveillance"] == "1")
    assert (first["tactic_threat_to_family"], first["tactic_detention"]) == ("1", "0")
    assert first["channels"] == "phone_call;email"
    assert first["source_count"] == "2"
    assert first["incident_code"].startswith("I")
    assert first["synthetic"] == "0"


def test_json_has_the_same_fields_with_tactics_as_a_list(exported) -> None:
    org, secret = exported
    client = staff_client(org.coordinator)
    body = _body(client.get("/staff/dataset/export/?format=json"))
    assert secret.encode() not in body
    data = json.loads(body)
    columns = schema_module.Schema.of([])  # names without tactics, for the shape
    incident = data["incidents"][0]
    assert "tactics" in incident
    assert not any(k.startswith("tactic_") for k in incident)
    names = [c["name"] for c in _dictionary(client)["columns"]]
    expected = [n for n in names if not n.startswith("tactic_")]
    expected.insert(expected.index("stage") + 1, "tactics")
    assert list(incident) == expected == columns.json_names()
    assert data["codebook_version"] == "1"


def test_parquet_schema_is_the_data_dictionary_without_binary_columns(exported) -> None:
    org, secret = exported
    client = staff_client(org.analyst)
    body = _body(client.get("/staff/dataset/export/?format=parquet"))
    assert secret.encode() not in body
    table = pq.read_table(io.BytesIO(body))
    names = [c["name"] for c in _dictionary(client)["columns"]]
    assert table.schema.names == names
    assert not any(pa.types.is_binary(field.type) for field in table.schema)
    assert table.num_rows == 3
    assert table.column("tactic_surveillance").to_pylist().count(1) == 1


def test_an_export_leaves_out_what_the_member_may_not_see(exported) -> None:
    org, _secret = exported
    body = _body(staff_client(org.researcher).get("/staff/dataset/export/?format=csv")).decode()
    assert "confidential" not in body
    assert len(list(csv.DictReader(io.StringIO(body)))) == 2


def test_an_export_keeps_the_dashboard_filter(exported) -> None:
    org, _secret = exported
    client = staff_client(org.analyst)
    body = _body(client.get("/staff/dataset/export/?format=csv&verifications=unverified"))
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [r["verification"] for r in rows] == ["unverified"]


def test_an_export_is_audited(exported) -> None:
    org, _secret = exported
    _body(staff_client(org.analyst).get("/staff/dataset/export/?format=json&stages=stage1"))
    entry = AuditEntry.objects.get(tag="dataset:export:download")
    assert entry.actor == org.analyst.user
    assert entry.payload == {"format": "json", "filtered": True}


def test_an_unknown_format_or_filter_is_refused(exported) -> None:
    client = staff_client(exported[0].analyst)
    assert client.get("/staff/dataset/export/?format=xml").status_code == 400
    assert client.get("/staff/dataset/export/?format=csv&stages=stage9").status_code == 400
    assert not AuditEntry.objects.filter(tag="dataset:export:download").exists()


def test_the_export_query_count_is_pinned(org_a, django_assert_max_num_queries) -> None:
    make_incidents(org_a.organisation, [{} for _ in range(120)])
    client = staff_client(org_a.analyst)
    with django_assert_max_num_queries(22):
        body = _body(client.get("/staff/dataset/export/?format=csv"))
    assert body.count(b"\n") == 121


def test_rows_are_read_a_chunk_at_a_time_without_losing_any(org_a) -> None:
    from amanat.dataset.releases.rows import coded_rows, organisation_key

    ids = make_incidents(org_a.organisation, [{} for _ in range(30)])
    incidents = Incident.objects.filter(organisation=org_a.organisation)
    found = [row.pk for row in coded_rows(incidents, organisation_key(org_a.organisation), chunk=7)]
    assert found == sorted(ids)


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_a_download_is_handed_on_as_it_is_written(org_a, fmt: str) -> None:
    from amanat.dataset.releases.rows import coded_rows, organisation_key
    from amanat.dataset.releases.writers import stream

    make_incidents(org_a.organisation, [{} for _ in range(30)])
    rows = coded_rows(Incident.objects.all(), organisation_key(org_a.organisation), chunk=7)
    columns = schema_module.Schema.of([codebook.current()])
    parts = list(stream(rows, fmt, columns, {"dataset": "test"}, every=5))
    assert len([p for p in parts if p]) >= (2 if fmt == "parquet" else 6)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_cells_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert (
        csv_table([[text, "safe", 5, -5]])
        .decode()
        .startswith(f'"\'{text}"' if "\r" in text else f"'{text}")
    )


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert [neutralise(v) for v in ("TR", "1-2", "a=b", 5, -5, None)] == [
        "TR",
        "1-2",
        "a=b",
        5,
        -5,
        None,
    ]


def test_xlsx_cells_that_look_like_formulas_stay_text(tmp_path) -> None:
    columns = schema_module.Schema(books=[], tactics=["detention"])
    row = CodedRow(
        1,
        '=HYPERLINK("http://x")',
        2020,
        "day",
        "TR",
        "CN",
        "@cmd",
        "stage1",
        ("detention",),
        "-2+3",
        (),
        "+1",
        "verified",
        "public",
        1,
        "1",
        False,
    )
    writer = XlsxWriter(tmp_path / "x.xlsx", columns)
    writer.add(row)
    writer.close()
    sheet = load_workbook(tmp_path / "x.xlsx").active
    values = [cell.value for cell in sheet[2]]
    assert values[0] == '\'=HYPERLINK("http://x")'
    assert "'@cmd" in values
    assert "'-2+3" in values
    assert "'+1" in values
    assert all(cell.data_type != "f" for cell in sheet[2])


def test_incident_codes_are_the_keyed_hash_of_core_crypto() -> None:
    from amanat.core import crypto
    from amanat.dataset.releases.rows import CODE_PERSON, incident_code

    key = bytes(range(32))
    expected = crypto.keyed_hash(b"1234", person=CODE_PERSON, key=key, size=8).hex().upper()
    assert incident_code(key, 1234) == "I" + expected
