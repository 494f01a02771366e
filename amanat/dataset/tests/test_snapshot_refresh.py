"""After a write, the cached analytics snapshot re-reads only the incidents the write touched
(logged by database triggers) and answers exactly as a full rebuild would, for every filter."""

from __future__ import annotations

import random

import pytest
from django.db import connection

from amanat.dataset.analytics import snapshot
from amanat.dataset.analytics.breakdowns import compute
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.imports.demo import generate
from amanat.dataset.models import ChangedIncident, ImportedRow
from amanat.incidents import codebook
from amanat.incidents.models import Incident, IncidentTactic, Sensitivity

pytestmark = pytest.mark.django_db
FILTERS = [
    DatasetFilter(),
    DatasetFilter(year_from=2010, year_to=2020, host_countries=("TR", "KZ")),
    DatasetFilter(tactics=("detention", "surveillance"), stages=("stage2",)),
    DatasetFilter(synthetic="exclude"),
    DatasetFilter(sensitivities=("public",), verifications=("verified",)),
]


@pytest.fixture
def generated(org_a):
    generate(org_a.organisation, 300, seed=3)
    snapshot.clear()
    return org_a


@pytest.fixture
def builds(monkeypatch):
    """Counts full builds (a refresh builds only its few incidents, ``exact=True``)."""
    calls: list[bool] = []
    real = snapshot.build

    def counted(*args, **kwargs):
        calls.append(kwargs.get("exact", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(snapshot, "build", counted)
    return calls


def _answers(member, taken=None) -> list[tuple]:
    book = codebook.current()
    taken = taken or snapshot.for_member(member)
    found = []
    for selection in FILTERS:
        result = compute(taken, selection, book)
        found.append(
            (
                result.total,
                result.synthetic,
                {
                    k: sorted((c.code, c.count) for c in b.cells)
                    for k, b in result.breakdowns.items()
                },
            )
        )
    return found


def _write(rng: random.Random, ids: list[int]) -> None:
    """One random write, by a different code path each time."""
    pk = rng.choice(ids)
    kind = rng.randrange(6)
    if kind == 0:
        Incident.objects.filter(pk=pk).update(host_country=rng.choice(["TR", "DE", ""]))
    elif kind == 1:
        IncidentTactic.objects.filter(incident_id=pk).delete()
    elif kind == 2:
        IncidentTactic.objects.get_or_create(incident_id=pk, code="surveillance")
    elif kind == 3:  # a content-blind analyst no longer sees it
        Incident.objects.filter(pk=pk).update(sensitivity=Sensitivity.CONFIDENTIAL)
    elif kind == 4:
        ImportedRow.objects.filter(incident_id=pk).delete()
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE casework_incident SET stage = 'stage3', date_start = NULL WHERE id = %s",
                [pk],
            )


def test_a_refreshed_snapshot_answers_as_a_rebuild_would(generated, builds) -> None:
    member = generated.analyst
    ids = list(Incident.objects.values_list("pk", flat=True))
    rng = random.Random(11)
    snapshot.for_member(member)
    assert builds == [False]
    for _round in range(12):
        for _ in range(rng.randrange(1, 6)):
            _write(rng, ids)
        refreshed = _answers(member)
        rebuilt = _answers(member, snapshot.build(snapshot.dataset_incidents(member)))
        assert refreshed == rebuilt
    assert builds.count(False) == 1 + 12  # the first build, then only the rebuilds compared
    assert builds.count(True) == 12  # one small refresh per round


def test_new_and_deleted_incidents_are_refreshed(generated, builds) -> None:
    member = generated.analyst
    before = snapshot.for_member(member)
    generate(generated.organisation, 5, seed=9)  # new incidents, tactics and import rows
    Incident.objects.filter(pk=Incident.objects.order_by("pk").first().pk).delete()
    after = snapshot.for_member(member)
    assert after.size == before.size + 5 - 1
    assert builds == [False, True]
    assert _answers(member) == _answers(member, snapshot.build(snapshot.dataset_incidents(member)))


def test_a_pruned_log_or_a_large_change_falls_back_to_a_full_build(
    generated, builds, monkeypatch
) -> None:
    member = generated.analyst
    snapshot.for_member(member)
    Incident.objects.update(stage="stage1")
    monkeypatch.setattr(snapshot, "MAX_DELTA", 10)
    assert snapshot.for_member(member).size == 300
    assert builds == [False, False]
    Incident.objects.filter(pk__in=list(Incident.objects.values_list("pk", flat=True)[:3])).update(
        stage="stage2"
    )
    ChangedIncident.objects.all().delete()
    ChangedIncident.objects.create(incident_id=0)  # the log now starts after what was seen
    ChangedIncident.objects.create(incident_id=0)
    marks = [snapshot.for_member(member).mark]
    assert builds[-1] is False
    assert marks[0] == snapshot.log_mark()


def test_the_log_is_pruned_after_a_full_build(generated, monkeypatch) -> None:
    monkeypatch.setattr(snapshot, "KEEP_LOG", 50)
    snapshot.for_member(generated.analyst)
    assert ChangedIncident.objects.count() == 50
