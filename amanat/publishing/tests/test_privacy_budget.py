"""Differential privacy: one lifetime budget per organisation, drawn down by every release and
every measurement; a release that would exceed it is refused, saying what remains."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.audit.models import AuditEntry
from amanat.dataset.models import Release
from amanat.publishing import privacy
from amanat.publishing.publish import SHARES, TABLE_KEYS, BudgetExceeded, NotPublishable, publish
from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats.models import (
    LedgerEntry,
    OrganisationBudget,
    PrivacyLedger,
    PublishedTable,
    StoredMeasurement,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(30)])
    return built_release(org_a)


def test_every_measurement_records_its_privacy_parameters(release, org_a, settings) -> None:
    settings.STATS_EPSILON = 1.0
    publish(release, actor=org_a.coordinator)
    tables = list(PublishedTable.objects.filter(release=release))
    assert [t.key for t in tables] == list(TABLE_KEYS)
    measured = {m.key: m for m in StoredMeasurement.objects.filter(release=release)}
    assert set(measured) == set(SHARES)
    for table in tables:
        source = measured[table.measurement]
        assert table.mechanism == source.mechanism
        assert table.epsilon == pytest.approx(SHARES[table.measurement])
        assert table.scale == pytest.approx(1 / table.epsilon, rel=1e-6)
        assert table.sensitivity == 1
        assert table.min_cell == settings.STATS_MIN_CELL
    assert measured["tactic"].mechanism == privacy.FLOAT_MECHANISM
    ledger = PrivacyLedger.objects.get(release=release)
    spent = {e.table: e.epsilon for e in LedgerEntry.objects.filter(ledger=ledger)}
    assert spent == {key: m.epsilon for key, m in measured.items()}
    assert sum(spent.values()) <= 1.0 + 1e-9


def test_the_recorded_epsilon_is_opendps_own() -> None:
    apply, noise = privacy.mechanism(0.25, 3)
    assert noise.epsilon <= 0.25
    assert noise.scale >= 3 / 0.25
    assert len(apply([1, 2, 3])) == 3


def test_releases_draw_on_one_lifetime_budget_until_refused(org_a, settings) -> None:
    """Publishing the same incidents again costs the same as new ones."""
    settings.STATS_EPSILON = 1.0
    settings.STATS_LIFETIME_EPSILON = 2.5
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(30)])
    first, second, third = (built_release(org_a, f"Release {n}") for n in (1, 2, 3))
    publish(first, actor=org_a.coordinator)
    publish(second, actor=org_a.coordinator)  # the very same incidents: full price again
    budget = OrganisationBudget.objects.get(organisation=org_a.organisation)
    assert budget.epsilon_lifetime == 2.5
    message = re.escape(
        "would spend ε=1, but only ε=0.5 of the organisation's lifetime privacy budget "
        "(ε=2.5) remains; ε=2 was spent by earlier releases."
    )
    with pytest.raises(BudgetExceeded, match=message):
        publish(third, actor=org_a.coordinator)
    assert not PublishedTable.objects.filter(release=third).exists()
    assert not PrivacyLedger.objects.filter(release=third).exists()
    assert not Release.objects.get(pk=third.pk).public
    refusal = AuditEntry.objects.get(tag="stats:budget:refused")
    assert refusal.actor == org_a.coordinator.user
    publish(third, actor=org_a.coordinator, epsilon=0.5)  # what remains can still be spent
    data = Client().get(f"/stats/api/releases/{third.pk}.json").json()
    budget_json = data["privacy"]["organisation_budget"]
    assert budget_json["epsilon_remaining"] == pytest.approx(0.0, abs=1e-6)
    assert [r["epsilon"] for r in budget_json["releases"]] == pytest.approx([1.0, 1.0, 0.5])


def test_the_lifetime_budget_is_fixed_at_first_publication(release, org_a, settings) -> None:
    settings.STATS_LIFETIME_EPSILON = 3.0
    publish(release, actor=None)
    settings.STATS_LIFETIME_EPSILON = 50.0  # raising the setting later does not raise it
    assert OrganisationBudget.objects.get().epsilon_lifetime == 3.0


def test_publishing_a_release_twice_is_refused(release, org_a) -> None:
    publish(release, actor=org_a.coordinator)
    with pytest.raises(NotPublishable, match="already published"):
        publish(release, actor=org_a.coordinator)
    assert PublishedTable.objects.count() == len(TABLE_KEYS)
    assert LedgerEntry.objects.count() == len(SHARES)


def test_a_smaller_release_budget_setting_is_enforced(release, settings) -> None:
    settings.STATS_EPSILON = 0.5
    publish(release, actor=None)
    ledger = PrivacyLedger.objects.get(release=release)
    assert ledger.epsilon_total == 0.5
    assert sum(ledger.entries.values_list("epsilon", flat=True)) == pytest.approx(0.5)


def test_a_release_not_built_cannot_be_published(org_a) -> None:
    from amanat.dataset.filters import DatasetFilter
    from amanat.dataset.releases import versions as releases

    queued = releases.create_release(org_a.researcher, DatasetFilter(), "Queued")
    with pytest.raises(NotPublishable):
        publish(queued, actor=None)


@pytest.mark.parametrize(("epsilon", "sensitivity"), [(0, 1), (-1, 1), (1, 0)])
def test_the_mechanism_refuses_meaningless_parameters(epsilon, sensitivity) -> None:
    with pytest.raises(ValueError, match="epsilon must be positive"):
        privacy.mechanism(epsilon, sensitivity)


def test_measurements_are_drawn_by_opendp_with_the_stated_scale() -> None:
    released, noise = privacy.measure([0, 0, 1, 500], 0.05)
    assert all(float(v).is_integer() for v in released)
    assert noise.scale == pytest.approx(20.0)
    shares, noise = privacy.measure([0.5, 1.25], 0.2, discrete=False)
    assert len(shares) == 2
    assert noise.scale == pytest.approx(5.0)
