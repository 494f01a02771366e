"""Importing an existing dataset: a mapping, a dry run that reports every bad row by number,
column and reason, nothing written unless all is valid (or the valid rows are chosen), and no
duplicates on re-import."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from amanat.audit.models import AuditEntry
from amanat.dataset.models import ImportedRow, ImportUpload
from amanat.incidents.models import Incident, Source
from amanat.testing.factories import canary
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token

pytestmark = pytest.mark.django_db
HEADER = ["Year", "Country", "Group", "Stage", "Tactics", "Status", "Public", "Sources", "Notes"]
GOOD = [
    [
        "2018",
        "Turkey",
        "Uyghur",
        "stage1",
        "threat_to_family; surveillance",
        "unverified",
        "public",
        "",
        "note one",
    ],
    [
        "2019-03",
        "KZ",
        "kazakh",
        "Stage 2: detention in the host country",
        "detention",
        "corroborated",
        "restricted",
        "Article A | Court record B",
        "note two",
    ],
]
BAD = [
    ["2020-13", "Atlantis", "Uyghur", "stage1", "threat_to_family", "unverified", "public", "", ""],
    ["2021", "TR", "uyghur", "stage9", "", "corroborated", "public", "Only one", ""],
]
MAPPING = {
    "col_date_start": "0",
    "col_host_country": "1",
    "col_community": "2",
    "col_stage": "3",
    "col_tactics": "4",
    "col_verification": "5",
    "col_sensitivity": "6",
    "col_sources": "7",
    "col_summary": "8",
    "fixed_origin_state": "CN",
}


def _csv(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return out.getvalue().encode()


def _upload(client, data: bytes, name: str = "dataset.csv") -> int:
    token = csrf_token(client, "/staff/dataset/import/")
    response = client.post(
        "/staff/dataset/import/",
        {"csrfmiddlewaretoken": token, "file": SimpleUploadedFile(name, data)},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    match = re.search(r"/import/(\d+)/$", response["Location"])
    assert match
    return int(match.group(1))


def _post(client, pk: int, action: str, mapping: dict[str, str] = MAPPING):
    token = csrf_token(client, f"/staff/dataset/import/{pk}/")
    data = {"csrfmiddlewaretoken": token, "action": action, **mapping}
    return client.post(f"/staff/dataset/import/{pk}/", data)


def _errors(page: str) -> list[tuple[str, str, str]]:
    table = re.search(r'<table class="counts" id="row-errors">(.*?)</table>', page, re.S)
    if not table:
        return []
    cells = re.findall(
        r'<tr><td class="n">(\d+)</td><td>(.*?)</td><td>(.*?)</td></tr>', table.group(1)
    )
    return [(row, column, reason) for row, column, reason in cells]


def test_a_dry_run_reports_every_bad_row_and_writes_nothing(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(GOOD + BAD))
    page = _post(client, pk, "dry_run").content.decode()
    errors = _errors(page)
    assert ("4", "Year", "This date does not exist.") in errors  # the header is row 1
    assert any(e[:2] == ("4", "Country") and "Atlantis" in e[2] for e in errors)
    assert any(e[:2] == ("5", "Stage") and "stage9" in e[2] for e in errors)
    assert any(e[:2] == ("5", "Tactics") for e in errors)
    assert not any(e[0] in ("1", "2", "3") for e in errors)
    assert "2 ready to import, 2 cannot be imported" in page
    assert Incident.objects.count() == 0
    assert AuditEntry.objects.filter(tag="dataset:import:dry_run").count() == 1


def test_corroborated_needs_two_independent_sources(org_a) -> None:
    client = staff_client(org_a.analyst)
    row = [
        "2021",
        "TR",
        "uyghur",
        "stage1",
        "direct_threat",
        "corroborated",
        "public",
        "Same article | same   ARTICLE",
        "",
    ]
    pk = _upload(client, _csv([row]))
    errors = _errors(_post(client, pk, "dry_run").content.decode())
    assert errors == [("2", "Status", "“Corroborated” needs at least two independent sources.")]


def test_an_import_with_bad_rows_is_refused_unless_valid_rows_are_chosen(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(GOOD + BAD))
    refused = _post(client, pk, "import")
    assert refused.status_code == 400
    assert "nothing was written" in refused.content.decode()
    assert Incident.objects.count() == 0
    done = _post(client, pk, "import_valid")
    assert done.status_code == 200
    assert "2 incidents imported" in done.content.decode()
    kz = Incident.objects.get(host_country="KZ")
    assert (kz.stage, kz.community, kz.origin_state, kz.verification) == (
        "stage2",
        "kazakh",
        "CN",
        "corroborated",
    )
    assert (str(kz.date_start), kz.date_start_precision) == ("2019-03-01", "month")
    assert Source.objects.filter(incident=kz).count() == 2
    entry = AuditEntry.objects.get(tag="dataset:import:create")
    assert entry.payload == {
        "format": "csv", "imported": 2, "synthetic": 0, "duplicates": 0, "invalid": 2,
    }  # fmt: skip
    assert not ImportUpload.objects.exists()  # the stashed file is gone


def test_re_importing_the_same_file_creates_no_duplicates(org_a) -> None:
    client = staff_client(org_a.coordinator)
    data = _csv([*GOOD, GOOD[0]])  # a repeated row is a second incident, not a duplicate
    _post(client, _upload(client, data), "import")
    assert Incident.objects.count() == 3
    again = _post(client, _upload(client, data), "dry_run").content.decode()
    assert "0 ready to import, 0 cannot be imported, 3 already imported" in again
    refused = _post(client, _upload(client, data), "import")
    assert "no new valid row" in refused.content.decode()
    assert Incident.objects.count() == ImportedRow.objects.count() == 3


def test_an_xlsx_file_imports_with_dates_and_numbers(org_a) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(
        [2017, "US", "tibetan", "stage1", "online_harassment", "verified", "public", "", ""]
    )
    out = io.BytesIO()
    book.save(out)
    client = staff_client(org_a.analyst)
    pk = _upload(client, out.getvalue(), "dataset.xlsx")
    assert _post(client, pk, "import").status_code == 200
    incident = Incident.objects.get()
    assert (incident.date_start.year, incident.date_start_precision) == (2017, "year")


def test_the_summary_is_stored_encrypted_and_the_upload_too(org_a) -> None:
    secret = canary("import")
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv([[*GOOD[0][:8], secret]]))
    upload = ImportUpload.objects.get(pk=pk)
    assert secret.encode() not in bytes(upload.ciphertext)
    _post(client, pk, "import")
    assert secret.encode() not in bytes(Incident.objects.get().summary)


def test_errors_download_as_csv_with_formulas_neutralised(org_a) -> None:
    client = staff_client(org_a.analyst)
    row = [
        "2020",
        "TR",
        '=HYPERLINK("http://evil")',
        "stage1",
        "detention",
        "unverified",
        "public",
        "",
        "",
    ]
    pk = _upload(client, _csv([row], ["=cmd", *HEADER[1:]]))
    _post(client, pk, "dry_run")
    body = client.get(f"/staff/dataset/import/{pk}/errors.csv").content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["row", "column", "reason"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert any(r[1] == "Group" and r[2].startswith("“=HYPERLINK") for r in rows)


def test_required_fields_must_be_mapped(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(GOOD))
    response = _post(client, pk, "dry_run", {"col_community": "2", "fixed_community": "uyghur"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose a column or a value, not both." in page
    assert "Map this field to a column or give a value." in page


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notes.txt", b"a,b\n1,2\n", "Upload a .csv or .xlsx file."),
        ("data.csv", "Jahr,Land\n2019,TR\n".encode("utf-16"), "not UTF-8"),
        ("data.csv", b"", "The submitted file is empty."),
        ("data.xlsx", b"PK\x03\x04broken", "not a readable XLSX"),
        ("data.csv", b"a,a\n1,2\n", "no two the same name"),
    ],
)
def test_a_bad_file_is_refused_with_a_reason(org_a, name: str, data: bytes, reason: str) -> None:
    client = staff_client(org_a.analyst)
    token = csrf_token(client, "/staff/dataset/import/")
    response = client.post(
        "/staff/dataset/import/",
        {"csrfmiddlewaretoken": token, "file": SimpleUploadedFile(name, data)},
    )
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not ImportUpload.objects.exists()


def test_too_many_rows_are_refused(org_a, settings) -> None:
    settings.DATASET_IMPORT_MAX_ROWS = 1
    client = staff_client(org_a.analyst)
    token = csrf_token(client, "/staff/dataset/import/")
    response = client.post(
        "/staff/dataset/import/",
        {"csrfmiddlewaretoken": token, "file": SimpleUploadedFile("d.csv", _csv(GOOD))},
    )
    assert "more than 1 rows" in response.content.decode()


def test_an_upload_is_only_its_uploaders(org_a, org_b) -> None:
    pk = _upload(staff_client(org_a.analyst), _csv(GOOD))
    assert staff_client(org_a.coordinator).get(f"/staff/dataset/import/{pk}/").status_code == 404
    assert staff_client(org_b.analyst).get(f"/staff/dataset/import/{pk}/").status_code == 404
    assert staff_client(org_a.researcher).get("/staff/dataset/import/").status_code == 403


def test_an_upload_whose_key_left_the_session_is_gone(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(GOOD))
    other_browser = staff_client(org_a.analyst)  # same member, another session: no key
    assert other_browser.get(f"/staff/dataset/import/{pk}/").status_code == 404
    assert client.get(f"/staff/dataset/import/{pk}/").status_code == 200
