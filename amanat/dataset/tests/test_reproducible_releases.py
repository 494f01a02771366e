"""Reproducible releases: building the same release twice from the same database gives
byte-identical files (the checksum manifest is the same). Public statistics, drawn once and
stored, are checked in ``stats/tests/test_reproducible_statistics.py``."""

from __future__ import annotations

import time

import pytest

from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release
from amanat.dataset.releases import versions as releases
from amanat.dataset.tests.conftest import make_incidents

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(12)])
    made = releases.create_release(org_a.researcher, DatasetFilter(), "Twice")
    assert releases.build(made.pk) == "done"
    return Release.objects.get(pk=made.pk)


def test_building_a_release_twice_gives_byte_identical_files(release) -> None:
    folder = releases.release_dir(release)
    names = [entry["name"] for entry in release.files]
    assert "incidents.xlsx" in names
    assert "incidents.parquet" in names
    first = {name: (folder / name).read_bytes() for name in [*names, "SHA256SUMS"]}
    time.sleep(2.1)  # zip and workbook times have a 2-second grain: "now" would now differ
    assert releases.rebuild(release.pk) is True
    second = {name: (folder / name).read_bytes() for name in [*names, "SHA256SUMS"]}
    assert second == first
    assert Release.objects.get(pk=release.pk).files == release.files


def test_a_rebuild_after_the_data_changed_says_the_files_differ(release, org_a) -> None:
    make_incidents(org_a.organisation, [{"host_country": "KZ"}])
    assert releases.rebuild(release.pk) is False


def test_a_release_still_queued_cannot_be_rebuilt(org_a) -> None:
    queued = releases.create_release(org_a.researcher, DatasetFilter(), "Queued")
    with pytest.raises(releases.ReleaseError, match="Only a built or failed release"):
        releases.rebuild(queued.pk)
