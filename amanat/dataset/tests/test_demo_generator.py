"""The synthetic demo generator: valid coded incidents, always marked synthetic, openable by
staff like real ones, and a command that `make run` can call every time."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from amanat.accounts.access import SignedIn
from amanat.accounts.actions import unlock_private_key
from amanat.audit.models import AuditEntry
from amanat.dataset.imports.demo import SUMMARY, generate
from amanat.dataset.models import ImportBatch, ImportedRow
from amanat.incidents import codebook
from amanat.incidents.actions import Coding, check_coding
from amanat.incidents.models import Incident
from amanat.incidents.queries import independent_sources
from amanat.incidents.sealing import open_fields
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db
CODED = (
    "date_start",
    "date_start_precision",
    "date_end",
    "date_end_precision",
    "host_country",
    "origin_state",
    "community",
    "stage",
    "perpetrator",
    "response",
    "verification",
    "sensitivity",
)


def test_every_generated_incident_is_valid_and_marked_synthetic(org_a) -> None:
    batch = generate(org_a.organisation, 150, seed=3, chunk=40)
    assert batch.synthetic
    assert batch.rows_imported == 150
    assert ImportedRow.objects.filter(batch=batch).count() == Incident.objects.count() == 150
    book = codebook.current()
    for incident in Incident.objects.prefetch_related("tactics", "channels"):
        coding = Coding(
            **{name: getattr(incident, name) for name in CODED},
            tactics=tuple(t.code for t in incident.tactics.all()),
            channels=tuple(c.code for c in incident.channels.all()),
        )
        check_coding(book, coding)
        if incident.verification == "corroborated":
            assert independent_sources(incident) >= 2
    assert AuditEntry.objects.get(tag="dataset:demo:create").payload == {
        "rows": 150,
        "synthetic": True,
    }


def test_staff_open_a_synthetic_incident_like_a_real_one(org_a) -> None:
    generate(org_a.organisation, 3, seed=1)
    incident = Incident.objects.select_related("envelope").first()
    signed = SignedIn(org_a.analyst, unlock_private_key(org_a.analyst, PASSWORD))
    opened = open_fields(incident.envelope, {"summary": incident.summary}, signed, incident)
    assert opened["summary"] == SUMMARY


def test_the_same_seed_gives_the_same_data(org_a, org_b) -> None:
    generate(org_a.organisation, 50, seed=11)
    generate(org_b.organisation, 50, seed=11)
    rows = [
        list(
            Incident.objects.filter(organisation=org.organisation)
            .order_by("pk")
            .values_list("host_country", "stage", "date_start")
        )
        for org in (org_a, org_b)
    ]
    assert rows[0] == rows[1]


def test_the_dashboard_says_how_many_incidents_are_synthetic(org_a) -> None:
    generate(org_a.organisation, 20, seed=2)
    page = staff_client(org_a.analyst).get("/staff/dataset/").content.decode()
    assert "20 of them are synthetic demo data." in page
    real_only = staff_client(org_a.analyst).get("/staff/dataset/?synthetic=exclude")
    assert "0 incidents in this selection." in real_only.content.decode()


def test_the_command_creates_once_and_refuses_bad_input(org_a, capsys) -> None:
    call_command("dataset", "demo", "--org", "org-a", "--count", "12", "--seed", "1")
    call_command("dataset", "demo", "--org", "org-a", "--count", "12")
    assert Incident.objects.count() == 12
    assert "already present" in capsys.readouterr().out
    call_command("dataset", "demo", "--org", "org-a", "--count", "5", "--add")
    assert ImportBatch.objects.filter(synthetic=True).count() == 2
    with pytest.raises(CommandError, match="no organisation"):
        call_command("dataset", "demo", "--org", "nowhere", "--count", "5")
    with pytest.raises(CommandError, match="between 1 and"):
        call_command("dataset", "demo", "--org", "org-a", "--count", "0")


def test_bulk_loaded_incidents_each_get_their_own_public_id(org_a) -> None:
    generate(org_a.organisation, 90, seed=5, chunk=40)
    ids = list(Incident.objects.values_list("public_id", flat=True))
    assert len(ids) == 90
    assert None not in ids
    assert len(set(ids)) == 90
