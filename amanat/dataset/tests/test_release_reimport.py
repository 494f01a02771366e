"""A release re-imports with the mapping the page suggests: no invalid row, the synthetic mark
kept, the same incidents again recognised by their stable code, in CSV and in XLSX."""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter

import pytest
from openpyxl import load_workbook

from amanat.dataset.imports.demo import generate
from amanat.dataset.models import ImportBatch, ImportedRow
from amanat.dataset.tests.conftest import make_incidents
from amanat.dataset.tests.test_import import _upload
from amanat.dataset.tests.test_releases import _create, _download
from amanat.incidents.models import Incident
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token

pytestmark = pytest.mark.django_db
SYNTHETIC = 60
# What a row says about the incident (its code, and the date precision finer than a year
# that a release does not publish, are not compared).
COMPARED = (
    "year", "host_country", "origin_state", "community", "stage", "perpetrator", "channels",
    "response", "verification", "sensitivity", "source_count", "synthetic",
)  # fmt: skip


@pytest.fixture
def released(org_a) -> int:
    make_incidents(
        org_a.organisation,
        [
            {"host_country": "NA", "tactics": ["detention", "surveillance"]},
            {"date_start": None, "date_start_precision": "unknown", "origin_state": ""},
            {"channels": ["phone_call", "messaging_app"], "sensitivity": "restricted"},
            {"verification": "unverified", "sources": ["One article"]},
        ],
    )
    generate(org_a.organisation, SYNTHETIC, seed=5)
    return _create(staff_client(org_a.researcher), title="Annual dataset")


def _suggested(page: str) -> dict[str, str]:
    """The form as the page offers it, untouched: every pre-selected column, ticked box."""
    data = {}
    for name, options in re.findall(r'<select name="(col_\w+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="(\d+)" selected>', options)
        data[name] = chosen.group(1) if chosen else ""
    if re.search(r'<input type="checkbox" name="tactic_flags"[^>]*checked', page):
        data["tactic_flags"] = "on"
    for name, value in re.findall(r'<input type="text" name="(fixed_\w+)" value="([^"]*)"', page):
        data[name] = html.unescape(value)
    values = re.search(r'<textarea name="values"[^>]*>(.*?)</textarea>', page, re.S)
    if values:
        data["values"] = html.unescape(values.group(1)).strip("\n")
    return data


def _import(client, content: bytes, name: str) -> tuple[str, str]:
    """Upload, dry-run with the suggested mapping, then import; (dry-run page, import page)."""
    pk = _upload(client, content, name)
    path = f"/staff/dataset/import/{pk}/"
    data = {
        "csrfmiddlewaretoken": csrf_token(client, path),
        **_suggested(client.get(path).content.decode()),
    }
    dry = client.post(path, {**data, "action": "dry_run"}).content.decode()
    done = client.post(path, {**data, "action": "import"}).content.decode()
    return dry, done


def _rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8"))))


def _count(content: bytes) -> int:
    return len(_rows(content))


def _xlsx_rows(content: bytes) -> list[dict[str, str]]:
    sheet = load_workbook(io.BytesIO(content), read_only=True).worksheets[0]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return [
        {h: "" if v is None else str(v) for h, v in zip(header, row, strict=True)} for row in rows
    ]


def _facts(rows: list[dict[str, str]]) -> Counter:
    tactic_columns = sorted(name for name in rows[0] if name.startswith("tactic_"))
    return Counter(
        (*(row[name] for name in COMPARED), tuple(c for c in tactic_columns if row[c] == "1"))
        for row in rows
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_release_reimports_with_no_invalid_row_and_the_same_content(
    org_a, org_b, released, fmt
) -> None:
    source = staff_client(org_a.researcher)
    content = _download(source, released, f"incidents.{fmt}")
    read = _rows if fmt == "csv" else _xlsx_rows
    client = staff_client(org_b.coordinator)
    dry, _done = _import(client, content, f"incidents.{fmt}")
    rows = read(content)
    total = len(rows)
    assert total > 40  # the demo's confidential incidents are never released
    summary = re.search(r'<div class="notice[^"]*" id="dry-run">\s*(.*?)</div>', dry, re.S)
    assert summary, dry[-3000:]
    errors = re.findall(r'<tr><td class="n">\d+</td><td>(.*?)</td><td>(.*?)</td></tr>', dry)
    assert f"Dry run: {total} rows; {total} ready to import, 0 cannot be imported" in (
        summary.group(1)
    ), Counter(errors).most_common(5)
    imported = Incident.objects.filter(organisation=org_b.organisation)
    assert imported.count() == total
    marked = ImportedRow.objects.filter(organisation=org_b.organisation, batch__synthetic=True)
    assert marked.count() == sum(row["synthetic"] == "1" for row in rows) == total - 4
    again = _create(client, title="Re-released")
    assert _facts(_rows(_download(client, again, "incidents.csv"))) == _facts(rows)
    batches = ImportBatch.objects.filter(organisation=org_b.organisation)
    assert sorted(batches.values_list("synthetic", "rows_imported")) == [
        (False, 4),
        (True, total - 4),
    ]


def test_importing_the_same_release_twice_adds_nothing(org_a, org_b, released) -> None:
    content = _download(staff_client(org_a.researcher), released, "incidents.csv")
    client = staff_client(org_b.coordinator)
    _import(client, content, "incidents.csv")
    before = Incident.objects.count()
    dry, done = _import(client, content, "incidents.csv")
    assert f"{_count(content)} already imported (skipped)" in dry
    assert "There is no new valid row to import." in done
    assert Incident.objects.count() == before


def test_an_edited_row_of_a_later_release_is_still_the_same_incident(org_a, org_b, released):
    """Duplicates are recognised by the stable code, not by the row's cells."""
    content = _download(staff_client(org_a.researcher), released, "incidents.csv")
    client = staff_client(org_b.coordinator)
    _import(client, content, "incidents.csv")
    edited = content.decode().replace(",stage1,", ",stage2,", 1).encode()
    dry, _done = _import(client, edited, "incidents.csv")
    assert f"{_count(content)} already imported (skipped)" in dry


def test_an_organisations_own_release_is_recognised_as_its_own_incidents(org_a, released):
    client = staff_client(org_a.coordinator)
    content = _download(client, released, "incidents.csv")
    before = (Incident.objects.count(), ImportBatch.objects.count())
    dry, _done = _import(client, content, "incidents.csv")
    assert f"{_count(content)} already imported (skipped)" in dry
    assert (Incident.objects.count(), ImportBatch.objects.count()) == before


def test_a_bad_flag_cell_is_reported_by_its_column(org_a, org_b, released) -> None:
    content = _download(staff_client(org_a.researcher), released, "incidents.csv")
    rows = list(csv.reader(io.StringIO(content.decode())))
    column = rows[0].index("tactic_detention")
    rows[1][column] = "maybe"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    dry, _done = _import(staff_client(org_b.coordinator), out.getvalue().encode(), "x.csv")
    assert "A flag is 1 or 0, not “maybe”." in dry
    assert "tactic_detention" in dry
    assert Incident.objects.filter(organisation=org_b.organisation).count() == 0
