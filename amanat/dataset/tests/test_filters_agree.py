"""The same filter counts the same incidents in SQL (exports, releases, API) and in the analytics
snapshot (dashboard, breakdowns), and the breakdowns add up."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.dataset.analytics import snapshot
from amanat.dataset.analytics.breakdowns import compute
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.imports.demo import generate
from amanat.incidents import codebook
from amanat.incidents.models import Incident

pytestmark = pytest.mark.django_db

filters = st.builds(
    DatasetFilter,
    year_from=st.none() | st.integers(2004, 2025),
    year_to=st.none() | st.integers(2004, 2025),
    host_countries=st.lists(st.sampled_from(["TR", "KZ", "US", "DE", ""]), max_size=2).map(tuple),
    communities=st.lists(st.sampled_from(["uyghur", "tibetan", "kazakh"]), max_size=2).map(tuple),
    tactics=st.lists(
        st.sampled_from(["threat_to_family", "detention", "surveillance"]), max_size=2
    ).map(tuple),
    stages=st.lists(st.sampled_from(["stage1", "stage2", "stage3"]), max_size=2).map(tuple),
    verifications=st.lists(st.sampled_from(["unverified", "verified"]), max_size=1).map(tuple),
    sensitivities=st.lists(st.sampled_from(["public", "confidential"]), max_size=1).map(tuple),
    synthetic=st.sampled_from(["", "exclude", "only"]),
)


@pytest.fixture
def generated(org_a):
    generate(org_a.organisation, 400, seed=7)
    snapshot.clear()
    return org_a


def test_sql_and_snapshot_agree_on_every_filter(generated) -> None:
    member, book = generated.analyst, codebook.current()
    base = Incident.objects.filter(organisation=generated.organisation, merged_into__isnull=True)
    taken = snapshot.for_member(member)

    @given(selection=filters)
    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    def agree(selection: DatasetFilter) -> None:
        expected = selection.apply(base).count()
        result = compute(taken, selection, book)
        assert result.total == expected
        for key in ("year", "host_country", "stage"):
            assert sum(c.count for c in result.breakdowns[key].cells) == expected
        tactic_rows = sum(c.count for c in result.breakdowns["tactic"].cells)
        assert tactic_rows >= expected  # every incident has at least one tactic

    agree()


def test_a_researchers_snapshot_is_what_casework_lets_them_see(generated) -> None:
    from amanat.incidents.access import incidents_visible_to

    total = compute(snapshot.for_member(generated.researcher), DatasetFilter(), codebook.current())
    assert total.total == incidents_visible_to(generated.researcher).count()
    assert total.total < Incident.objects.count()
