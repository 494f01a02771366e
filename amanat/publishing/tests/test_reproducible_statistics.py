"""Public statistics come from noise drawn once and stored: rebuilding the release's files
changes nothing, and deriving the tables again from the stored measurements gives the very
numbers that were published."""

from __future__ import annotations

import pytest

from amanat.dataset.releases import versions as releases
from amanat.dataset.schema import Schema
from amanat.incidents import codebook
from amanat.incidents.models import Codebook
from amanat.publishing import consistent
from amanat.publishing.publish import domains, publish, stored_measurements
from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats.models import PublishedTable

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(40)])
    return built_release(org_a)


def test_public_statistics_are_derived_from_stored_noise_not_redrawn(release, settings) -> None:
    publish(release, actor=None)
    published = {
        t.key: (t.cells, t.total, t.intervals, t.suppressed)
        for t in PublishedTable.objects.filter(release=release)
    }
    assert releases.rebuild(release.pk) is True
    schema = Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    release.refresh_from_db()
    again = consistent.derive(
        stored_measurements(release), domains(release, schema), settings.STATS_MIN_CELL
    )
    for table in again:
        cells = table.cells if table.columns else table.cells[0]
        intervals = table.intervals if table.columns else table.intervals[0]
        assert published[table.key] == (cells, table.total, intervals, table.suppressed)
