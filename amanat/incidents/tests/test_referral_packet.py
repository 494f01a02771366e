"""The referral packet: the coordinator picks reports, gets a ZIP whose manifest proves it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from amanat.audit.models import AuditEntry
from amanat.incidents.models import Referral
from amanat.intake.models import Attachment
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.reports import evidence_file, report_for
from amanat.testing.staff import read_attachment
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def referred(org_a, report_a):
    """An incident coded from the hotline report (with its photo) and a second report, both
    linked, one unlinked report, and a referral to the police."""
    second = report_for(
        org_a.organisation,
        "Second account: a call from the consulate.",
        files=[evidence_file(b"\x89PNG second file")],
    )
    unlinked = report_for(org_a.organisation, "Unrelated.")
    client = staff_client(org_a.coordinator)
    pk = created_pk(
        post(client, f"/staff/incidents/new/?report={report_a.public_id}", incident_data())
    )
    post(client, f"/staff/incidents/{iid(pk)}/reports/link/", {"report": second.public_id})
    post(
        client, f"/staff/incidents/{iid(pk)}/people/add/", {"role": "victim", "name": "AMN-victim"}
    )
    referral = {
        "recipient_kind": "police",
        "recipient_name": "Istanbul Police",
        "status": "sent",
        "referred_on": "2024-06-01",
        "reference": "AMN-ref-77",
    }
    assert post(client, f"/staff/incidents/{iid(pk)}/referrals/add/", referral).status_code == 302
    return client, pk, Referral.objects.get(), report_a, second, unlinked


def open_zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_packet_holds_the_chosen_reports_and_a_manifest_of_hashes(org_a, referred) -> None:
    client, pk, referral, report, second, _unlinked = referred
    form = client.get(f"/staff/incidents/referrals/{referral.pk}/packet/").content.decode()
    assert f'value="{report.pk}"' in form and f'value="{second.pk}"' in form  # noqa: PT018 - two facts of one page, read together

    response = post(
        client, f"/staff/incidents/referrals/{referral.pk}/packet/", {"reports": [report.pk]}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"referral-{referral.pk}-incident-{pk}.zip" in response["Content-Disposition"]
    archive = open_zip(response)

    attachment = Attachment.objects.get(report=report)
    _meta, clean = read_attachment(attachment, "clean", member=org_a.coordinator)
    evidence = f"evidence/report-{report.pk}-file-{attachment.pk}.jpg"
    assert sorted(archive.namelist()) == sorted(
        [f"reports/report-{report.pk}.txt", evidence, "incident.json", "manifest.json"]
    )
    assert archive.read(evidence) == clean  # the cleaned copy, never the original
    text = archive.read(f"reports/report-{report.pk}.txt").decode()
    assert "My mother was questioned by police in Kashgar." in text
    everything = b"".join(archive.read(name) for name in archive.namelist())
    for secret in (b"AMN-contact", b"AMN-victim", b"AMN-ref-77", b"AMN-artist"):
        assert secret not in everything

    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["codebook_version"] == "1"
    assert manifest["reports"] == [report.pk]
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == set(archive.namelist()) - {"manifest.json"}
    for path, entry in listed.items():
        content = archive.read(path)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
        assert entry["size"] == len(content)
    assert listed[evidence]["intake_sha256"] == listed[evidence]["sha256"]
    assert listed[evidence]["intact"] is True
    for info in archive.infolist():
        assert info.date_time[3:] == (0, 0, 0)  # the day, not the moment

    coded = json.loads(archive.read("incident.json"))
    assert coded["codebook_version"] == "1"
    assert [t["code"] for t in coded["tactics"]] == ["threat_to_family", "informant_recruitment"]
    assert coded["people"] == [
        {"pseudonym": "V1", "role": "victim", "relationship": None, "age_band": None}
    ]
    entry = AuditEntry.objects.get(tag="casework:referral:packet")
    assert entry.actor == org_a.coordinator.user
    assert entry.payload == {"incident": pk, "reports": 1, "files": 3}


def test_a_packet_can_hold_several_reports_or_none(referred) -> None:
    client, _pk, referral, report, second, _unlinked = referred
    path = f"/staff/incidents/referrals/{referral.pk}/packet/"
    both = open_zip(post(client, path, {"reports": [report.pk, second.pk]}))
    assert len([n for n in both.namelist() if n.startswith("reports/")]) == 2
    assert len([n for n in both.namelist() if n.startswith("evidence/")]) == 2
    none = open_zip(post(client, path, {}))
    assert sorted(none.namelist()) == ["incident.json", "manifest.json"]


def test_a_report_not_linked_to_the_incident_cannot_be_selected(referred) -> None:
    client, _pk, referral, report, _second, unlinked = referred
    response = post(
        client,
        f"/staff/incidents/referrals/{referral.pk}/packet/",
        {"reports": [report.pk, unlinked.pk]},
    )
    assert response.status_code == 400
    assert f"Report #{unlinked.pk} is not linked to this incident." in response.content.decode()
    assert not AuditEntry.objects.filter(tag="casework:referral:packet").exists()
    assert not AuditEntry.objects.filter(
        tag="casework:report:decrypt", subject_id=str(unlinked.pk)
    ).exists()


def test_only_a_coordinator_builds_a_packet(org_a, referred) -> None:
    _client, _pk, referral, report, _second, _unlinked = referred
    analyst = staff_client(org_a.analyst)
    path = f"/staff/incidents/referrals/{referral.pk}/packet/"
    assert analyst.get(path).status_code == 403
    assert post(analyst, path, {"reports": [report.pk]}).status_code == 403
    assert not AuditEntry.objects.filter(tag="casework:referral:packet").exists()
