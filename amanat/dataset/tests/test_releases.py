"""Versioned releases: built in the background with progress, files with checksums, a changelog
against the previous release, downloads for the organisation only, audited."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re

import pytest

from amanat.audit.models import AuditEntry
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release, ReleaseStatus
from amanat.dataset.releases import versions as releases
from amanat.dataset.tests.conftest import make_incidents
from amanat.incidents.models import Incident
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token

pytestmark = pytest.mark.django_db


def _create(client, **data) -> int:
    token = csrf_token(client, "/staff/dataset/releases/")
    response = client.post("/staff/dataset/releases/new/", {"csrfmiddlewaretoken": token, **data})
    assert response.status_code == 302, response.content.decode()[:1500]
    match = re.search(r"/staff/dataset/releases/(\d+)/$", response["Location"])
    assert match
    return int(match.group(1))


def _download(client, pk: int, name: str) -> bytes:
    response = client.get(f"/staff/dataset/releases/{pk}/download/?file={name}")
    assert response.status_code == 200, name
    return b"".join(response.streaming_content)


@pytest.fixture
def coded(org_a):
    make_incidents(
        org_a.organisation,
        [
            {"host_country": "TR"},
            {"host_country": "KZ", "sensitivity": "restricted"},
            {"host_country": "US", "sensitivity": "confidential"},
        ],
    )
    return org_a


def test_a_researcher_builds_a_release_with_checksummed_files(coded) -> None:
    client = staff_client(coded.researcher)
    pk = _create(client, title="Annual dataset 2024")
    release = Release.objects.get(pk=pk)
    assert (release.status, release.row_count, release.number) == (ReleaseStatus.DONE, 2, 1)
    names = {entry["name"] for entry in release.files}
    assert {
        "incidents.csv",
        "incidents.json",
        "incidents.parquet",
        "incidents.xlsx",
        "dictionary.json",
        "dictionary.csv",
        "dictionary.md",
        "changelog.json",
    } <= names
    sums = _download(client, pk, "SHA256SUMS").decode()
    for entry in release.files:
        content = _download(client, pk, entry["name"])
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        assert f"{entry['sha256']}  {entry['name']}" in sums
    page = client.get(f"/staff/dataset/releases/{pk}/").content.decode()
    assert "Ready" in page
    assert "incidents.parquet" in page


def test_a_release_never_includes_confidential_incidents(coded) -> None:
    client = staff_client(coded.coordinator)
    pk = _create(client, title="All")
    rows = list(csv.DictReader(io.StringIO(_download(client, pk, "incidents.csv").decode())))
    assert sorted(r["host_country"] for r in rows) == ["KZ", "TR"]
    token = csrf_token(client, "/staff/dataset/releases/")
    refused = client.post(
        "/staff/dataset/releases/new/",
        {"csrfmiddlewaretoken": token, "title": "x", "sensitivities": "confidential"},
    )
    assert refused.status_code == 400


def test_the_changelog_counts_added_removed_and_changed_incidents(coded) -> None:
    client = staff_client(coded.coordinator)
    first = _create(client, title="First")
    tr = Incident.objects.get(host_country="TR")
    kz = Incident.objects.get(host_country="KZ")
    Incident.objects.filter(pk=tr.pk).update(stage="stage2")  # changed
    Incident.objects.filter(pk=kz.pk).update(sensitivity="confidential")  # leaves the release
    make_incidents(coded.organisation, [{"host_country": "DE"}, {"host_country": "FR"}])
    second = Release.objects.get(pk=_create(client, title="Second"))
    assert second.previous_id == first
    log = second.changelog
    assert (log["added"], log["removed"], log["changed"], log["unchanged"]) == (2, 1, 1, 0)
    assert json.loads(_download(client, second.pk, "changelog.json"))["previous"] == 1


def test_incident_codes_are_stable_across_releases(coded) -> None:
    client = staff_client(coded.coordinator)
    one, two = _create(client, title="a"), _create(client, title="b")
    codes = [
        {
            r["incident_code"]
            for r in csv.DictReader(io.StringIO(_download(client, pk, "incidents.csv").decode()))
        }
        for pk in (one, two)
    ]
    assert codes[0] == codes[1]
    assert not {str(pk) for pk in Incident.objects.values_list("pk", flat=True)} & codes[0]


def test_a_release_freezes_its_filter(coded) -> None:
    client = staff_client(coded.coordinator)
    pk = _create(client, title="Turkey", host_countries="TR")
    release = Release.objects.get(pk=pk)
    assert release.filters["host_countries"] == ["TR"]
    assert release.filters["sensitivities"] == ["public", "restricted"]
    assert release.row_count == 1


def test_progress_and_status_are_shown_while_queued(coded) -> None:
    release = releases.create_release(coded.researcher, DatasetFilter(), "Queued")
    page = staff_client(coded.researcher).get(f"/staff/dataset/releases/{release.pk}/")
    assert page["Refresh"] == "5"
    assert "<progress" in page.content.decode()
    assert "<script" not in page.content.decode()


def test_a_release_whose_creator_left_fails_with_a_reason(coded) -> None:
    release = releases.create_release(coded.researcher, DatasetFilter(), "Orphan")
    coded.researcher.active = False
    coded.researcher.save()
    assert releases.build(release.pk) == "failed"
    release.refresh_from_db()
    assert release.status == ReleaseStatus.FAILED
    assert "can no longer see" in release.error
    assert releases.build(release.pk) == "not queued"  # a failed build is not retried silently


def test_the_manifest_and_other_names_are_not_downloadable(coded) -> None:
    client = staff_client(coded.coordinator)
    pk = _create(client, title="x")
    for name in ("manifest.tsv", "../amanat.sqlite3", "incidents.csv/../manifest.tsv", ""):
        assert client.get(f"/staff/dataset/releases/{pk}/download/?file={name}").status_code == 404


def test_another_organisation_sees_no_release(coded, org_b) -> None:
    pk = _create(staff_client(coded.coordinator), title="Ours")
    outsider = staff_client(org_b.coordinator)
    assert outsider.get(f"/staff/dataset/releases/{pk}/").status_code == 404
    download = outsider.get(f"/staff/dataset/releases/{pk}/download/?file=incidents.csv")
    assert download.status_code == 404
    assert "Ours" not in outsider.get("/staff/dataset/releases/").content.decode()
    assert AuditEntry.objects.filter(tag="accounts:access:denied", actor=org_b.coordinator.user)


def test_an_analyst_may_read_but_not_build_releases(coded) -> None:
    client = staff_client(coded.analyst)
    assert client.get("/staff/dataset/releases/").status_code == 200
    token = csrf_token(client, "/staff/dataset/releases/")
    response = client.post(
        "/staff/dataset/releases/new/", {"csrfmiddlewaretoken": token, "title": "x"}
    )
    assert response.status_code == 403
    assert not Release.objects.exists()


def test_building_and_downloading_are_audited(coded) -> None:
    client = staff_client(coded.researcher)
    pk = _create(client, title="Audited")
    _download(client, pk, "incidents.json")
    tags = list(AuditEntry.objects.order_by("pk").values_list("tag", flat=True))
    assert tags[-3:] == [
        "dataset:release:create",
        "dataset:release:build",
        "dataset:release:download",
    ]
    assert AuditEntry.objects.get(tag="dataset:release:download").payload == {
        "file": "incidents.json"
    }


def test_the_release_pages_query_count_is_pinned(coded, django_assert_max_num_queries) -> None:
    client = staff_client(coded.coordinator)
    pk = _create(client, title="Counted")
    with django_assert_max_num_queries(10):
        assert client.get(f"/staff/dataset/releases/{pk}/").status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get("/staff/dataset/releases/").status_code == 200
