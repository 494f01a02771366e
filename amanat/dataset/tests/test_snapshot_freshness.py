"""The analytics snapshot is reused while nothing changed and rebuilt after any write, whatever
the code path (the data version is raised by database triggers)."""

from __future__ import annotations

import pytest
from django.db import connection

from amanat.dataset.analytics import snapshot
from amanat.dataset.analytics.breakdowns import compute
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import DataVersion
from amanat.dataset.tests.conftest import make_incidents
from amanat.incidents.models import Incident, IncidentTactic, Source

pytestmark = pytest.mark.django_db


def _counts(member, key: str) -> dict[str, int]:
    from amanat.incidents import codebook

    result = compute(snapshot.for_member(member), DatasetFilter(), codebook.current())
    return {c.code: c.count for c in result.breakdowns[key].cells if c.count}


def test_the_snapshot_is_reused_while_nothing_changes(org_a) -> None:
    make_incidents(org_a.organisation, [{}])
    first = snapshot.for_member(org_a.analyst)
    assert snapshot.for_member(org_a.analyst) is first


def test_a_queryset_update_is_seen(org_a) -> None:
    make_incidents(org_a.organisation, [{"host_country": "TR"}])
    assert _counts(org_a.analyst, "host_country") == {"TR": 1}
    Incident.objects.update(host_country="KZ")  # no signal, no save(): only the trigger sees it
    assert _counts(org_a.analyst, "host_country") == {"KZ": 1}


def test_tactics_written_by_bulk_create_are_seen(org_a) -> None:
    (pk,) = make_incidents(org_a.organisation, [{"tactics": ["threat_to_family"]}])
    assert _counts(org_a.analyst, "tactic") == {"threat_to_family": 1}
    IncidentTactic.objects.bulk_create([IncidentTactic(incident_id=pk, code="surveillance")])
    assert _counts(org_a.analyst, "tactic") == {"threat_to_family": 1, "surveillance": 1}


def test_raw_sql_and_deletes_are_seen(org_a) -> None:
    make_incidents(org_a.organisation, [{"stage": "stage1"}, {"stage": "stage1"}])
    assert _counts(org_a.analyst, "stage") == {"stage1": 2}
    with connection.cursor() as cursor:
        cursor.execute("UPDATE casework_incident SET stage = 'stage3'")
    assert _counts(org_a.analyst, "stage") == {"stage3": 2}
    Source.objects.all().delete()
    IncidentTactic.objects.all().delete()
    Incident.objects.filter(pk=Incident.objects.first().pk).update(
        merged_into=Incident.objects.last()
    )
    assert _counts(org_a.analyst, "stage") == {"stage3": 1}


def test_every_watched_table_raises_the_data_version(org_a) -> None:
    before = DataVersion.objects.get(pk=1).value
    make_incidents(org_a.organisation, [{}])
    assert DataVersion.objects.get(pk=1).value > before


def test_a_missing_version_row_means_no_caching(org_a) -> None:
    make_incidents(org_a.organisation, [{}])
    DataVersion.objects.all().delete()
    first = snapshot.for_member(org_a.analyst)
    assert first.generation is None
    assert DataVersion.objects.filter(pk=1).exists()  # recreated for the next writes
    make_incidents(org_a.organisation, [{}])
    assert snapshot.for_member(org_a.analyst).size == 2
