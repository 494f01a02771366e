"""Layouts researchers already use: a published TNR dataset's CSV (one row per case, names
withheld, countries by name, tactics as free text) imports through a mapping saved for reuse,
which the import page then offers for the next file of that layout."""

from __future__ import annotations

import csv
import io
import re

import pytest

from amanat.audit.models import AuditEntry
from amanat.dataset.models import SavedMapping
from amanat.dataset.tests.test_import import _upload
from amanat.dataset.tests.test_release_reimport import _suggested
from amanat.incidents.models import Incident
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token

pytestmark = pytest.mark.django_db
TNR_HEADER = ["Case ID", "Name", "Year", "Host country", "Origin state", "Stage", "Tactic"]
TNR_ROWS = [
    ["TNR-0001", "Withheld", "2019", "Turkey", "China", "Stage 2", "Detention"],
    ["TNR-0002", "Withheld", "2020", "United States", "China", "Stage 1",
     "Threats to family; Surveillance"],
    ["TNR-0003", "[name withheld]", "2018", "Kazakhstan", "China", "Stage 3",
     "Unlawful deportation"],
    ["TNR-0004", "Withheld", "2021", "Namibia", "China", "Stage 1", "Online harassment"],
]  # fmt: skip
WORDS = (
    "stage: Stage 1 = stage1\nstage: Stage 2 = stage2\nstage: Stage 3 = stage3\n"
    "tactics: Unlawful deportation = deportation\ntactics: Threats to family = threat_to_family"
)


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return out.getvalue().encode()


def _form(client, pk: int, query: str = "") -> tuple[str, dict[str, str]]:
    path = f"/staff/dataset/import/{pk}/"
    page = client.get(path + query).content.decode()
    return page, {"csrfmiddlewaretoken": csrf_token(client, path), **_suggested(page)}


def _summary(page: str) -> str:
    found = re.search(r'id="dry-run">\s*(.*?)</div>', page, re.S)
    assert found, page[-2000:]
    return found.group(1)


def _save_tnr_mapping(client) -> tuple[int, dict[str, str]]:
    pk = _upload(client, _csv(TNR_HEADER, TNR_ROWS), "tnr.csv")
    _page, data = _form(client, pk)
    data.update(fixed_community="uyghur", values=WORDS)
    saved = client.post(
        f"/staff/dataset/import/{pk}/",
        {**data, "action": "save_mapping", "mapping_name": "Published TNR dataset"},
    )
    assert "Mapping saved as “Published TNR dataset”." in saved.content.decode()
    return pk, data


def test_a_tnr_shaped_csv_imports_with_a_saved_mapping(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk, data = _save_tnr_mapping(client)
    assert data["col_incident_code"] == "0"  # "Case ID" was recognised
    assert (data["col_date_start"], data["col_host_country"], data["col_tactics"]) == (
        "2", "3", "6",
    )  # fmt: skip
    path = f"/staff/dataset/import/{pk}/"
    dry = client.post(path, {**data, "action": "dry_run"}).content.decode()
    assert "4 ready to import, 0 cannot be imported" in _summary(dry)
    client.post(path, {**data, "action": "import"})
    coded = {
        (i.host_country, i.origin_state, i.stage, i.date_start.year): sorted(
            i.tactics.values_list("code", flat=True)
        )
        for i in Incident.objects.filter(organisation=org_a.organisation)
    }
    assert coded == {
        ("TR", "CN", "stage2", 2019): ["detention"],
        ("US", "CN", "stage1", 2020): ["surveillance", "threat_to_family"],
        ("KZ", "CN", "stage3", 2018): ["deportation"],
        ("NA", "CN", "stage1", 2021): ["online_harassment"],
    }
    saved = SavedMapping.objects.get(organisation=org_a.organisation)
    assert saved.mapping["columns"]["host_country"] == "Host country"  # by name, not position
    assert saved.mapping["values"]["tactics"]["unlawful deportation"] == "deportation"
    entry = AuditEntry.objects.get(tag="dataset:import:mapping_save")
    assert entry.payload["created"] is True


def test_the_import_page_offers_the_saved_mapping_for_a_reordered_file(org_a) -> None:
    client = staff_client(org_a.analyst)
    _save_tnr_mapping(client)
    saved = SavedMapping.objects.get()
    order = [6, 5, 4, 3, 2, 1, 0]  # the same layout, its columns in another order
    rows = [[row[i] for i in order] for row in TNR_ROWS]
    rows = [[*row[:-1], row[-1].replace("TNR-", "TNR-B")] for row in rows]
    pk = _upload(client, _csv([TNR_HEADER[i] for i in order], rows), "next.csv")
    offered, _data = _form(client, pk)
    assert f'<option value="{saved.pk}">Published TNR dataset</option>' in offered
    page, data = _form(client, pk, f"?use={saved.pk}")
    assert "Mapping “Published TNR dataset” applied." in page
    assert (data["col_tactics"], data["col_incident_code"], data["fixed_community"]) == (
        "0", "6", "uyghur",
    )  # fmt: skip
    dry = client.post(f"/staff/dataset/import/{pk}/", {**data, "action": "dry_run"})
    assert "4 ready to import, 0 cannot be imported" in _summary(dry.content.decode())


def test_a_saved_mapping_names_the_columns_a_file_lacks(org_a) -> None:
    client = staff_client(org_a.analyst)
    _save_tnr_mapping(client)
    header = [h if h != "Stage" else "Phase" for h in TNR_HEADER]
    pk = _upload(client, _csv(header, TNR_ROWS), "other.csv")
    page, _data = _form(client, pk, f"?use={SavedMapping.objects.get().pk}")
    assert "This file has no column named: Stage." in page


def test_another_organisation_cannot_use_or_see_a_saved_mapping(org_a, org_b) -> None:
    _save_tnr_mapping(staff_client(org_a.analyst))
    saved = SavedMapping.objects.get()
    client = staff_client(org_b.analyst)
    pk = _upload(client, _csv(TNR_HEADER, TNR_ROWS), "tnr.csv")
    assert client.get(f"/staff/dataset/import/{pk}/?use={saved.pk}").status_code == 404
    assert (
        "Published TNR dataset" not in client.get(f"/staff/dataset/import/{pk}/").content.decode()
    )


def test_saving_under_the_same_name_replaces_the_mapping(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk, data = _save_tnr_mapping(client)
    data["fixed_community"] = "kazakh"
    client.post(
        f"/staff/dataset/import/{pk}/",
        {**data, "action": "save_mapping", "mapping_name": "  Published   TNR dataset "},
    )
    assert list(SavedMapping.objects.values_list("name", "mapping__fixed__community")) == [
        ("Published TNR dataset", "kazakh")
    ]


@pytest.mark.parametrize(
    ("name", "values", "message"),
    [
        ("", "", "Give the mapping a name."),
        ("x", "tactics Unlawful deportation", "Line 1 is not “field: word = code”"),
        ("x", "colour: red = rouge", "Line 1 is not “field: word = code”"),
    ],
)
def test_a_bad_mapping_is_not_saved_and_says_why(org_a, name, values, message) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(TNR_HEADER, TNR_ROWS), "tnr.csv")
    _page, data = _form(client, pk)
    data.update(fixed_community="uyghur", values=values)
    response = client.post(
        f"/staff/dataset/import/{pk}/", {**data, "action": "save_mapping", "mapping_name": name}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedMapping.objects.exists()


def test_free_text_without_a_translation_is_reported_not_guessed(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = _upload(client, _csv(TNR_HEADER, TNR_ROWS), "tnr.csv")
    _page, data = _form(client, pk)
    data["fixed_community"] = "uyghur"
    dry = client.post(f"/staff/dataset/import/{pk}/", {**data, "action": "dry_run"})
    page = dry.content.decode()
    assert "“Unlawful deportation” is not a known code or label." in page
    assert "“Stage 2” is not a known code or label." in page
