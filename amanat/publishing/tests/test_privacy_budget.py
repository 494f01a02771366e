"""Differential privacy: every published table carries its epsilon, mechanism and noise scale,
the ledger records each spend, and a release's budget is never exceeded."""

from __future__ import annotations

import re

import pytest

from amanat.audit.models import AuditEntry
from amanat.dataset.models import Release
from amanat.publishing import privacy
from amanat.publishing.publish import SPECS, BudgetExceeded, NotPublishable, publish
from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats.models import LedgerEntry, PrivacyLedger, PublishedTable

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(30)])
    return built_release(org_a)


def test_every_table_records_its_privacy_parameters(release, org_a, settings) -> None:
    settings.STATS_EPSILON = 1.0
    publish(release, actor=org_a.coordinator)
    tables = list(PublishedTable.objects.filter(release=release))
    assert [t.key for t in tables] == [spec.key for spec in SPECS]
    for table in tables:
        assert table.mechanism == privacy.MECHANISM
        assert table.epsilon == pytest.approx(1.0 / len(SPECS))
        assert table.scale == pytest.approx(table.sensitivity / table.epsilon, rel=1e-6)
        assert table.accuracy > 0
        assert table.min_cell == settings.STATS_MIN_CELL
    tactic = next(t for t in tables if t.key == "by_tactic")
    assert tactic.sensitivity == privacy.TACTIC_BOUND
    ledger = PrivacyLedger.objects.get(release=release)
    assert ledger.epsilon_total == 1.0
    spent = [(e.table, e.epsilon) for e in LedgerEntry.objects.filter(ledger=ledger)]
    assert spent == [(t.key, t.epsilon) for t in tables]
    assert sum(e for _, e in spent) <= ledger.epsilon_total + 1e-9


def test_the_recorded_epsilon_is_opendps_own(release) -> None:
    apply, noise = privacy.mechanism(0.25, 3)
    assert noise.epsilon <= 0.25
    assert noise.scale >= 3 / 0.25
    assert len(apply([1, 2, 3])) == 3


def test_a_release_over_its_budget_is_refused_and_nothing_is_published(release, org_a) -> None:
    with pytest.raises(
        BudgetExceeded,
        match=re.escape("would spend ε=0.3, but only ε=0.1 of this release's privacy"),
    ):
        publish(release, actor=org_a.coordinator, epsilon_per_table=0.3)  # 5 × 0.3 > 1
    assert not PublishedTable.objects.exists()
    assert not LedgerEntry.objects.exists()
    assert not Release.objects.get(pk=release.pk).public
    refusal = AuditEntry.objects.get(tag="stats:budget:refused")
    assert refusal.actor == org_a.coordinator.user


def test_publishing_twice_would_exceed_the_budget(release, org_a) -> None:
    publish(release, actor=org_a.coordinator)
    with pytest.raises(BudgetExceeded, match="would spend"):
        publish(release, actor=org_a.coordinator)
    assert PublishedTable.objects.count() == len(SPECS)


def test_a_smaller_budget_setting_is_enforced(release, org_a, settings) -> None:
    settings.STATS_EPSILON = 0.5
    publish(release, actor=None)
    ledger = PrivacyLedger.objects.get(release=release)
    assert ledger.epsilon_total == 0.5
    assert sum(ledger.entries.values_list("epsilon", flat=True)) == pytest.approx(0.5)


def test_a_release_not_built_cannot_be_published(org_a) -> None:
    from amanat.dataset import releases
    from amanat.dataset.filters import DatasetFilter

    queued = releases.create_release(org_a.researcher, DatasetFilter(), "Queued")
    with pytest.raises(NotPublishable):
        publish(queued, actor=None)


@pytest.mark.parametrize(("epsilon", "sensitivity"), [(0, 1), (-1, 1), (1, 0)])
def test_the_mechanism_refuses_meaningless_parameters(epsilon, sensitivity) -> None:
    with pytest.raises(ValueError, match="epsilon must be positive"):
        privacy.mechanism(epsilon, sensitivity)


def test_noisy_counts_are_whole_and_never_negative() -> None:
    released, noise = privacy.noisy([0, 0, 1, 500], 0.05, 1)
    assert all(isinstance(v, int) and v >= 0 for v in released)
    assert noise.scale == pytest.approx(20.0)
