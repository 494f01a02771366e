"""``amanat stats publish|budget``: publishing a built release from the command line draws on the
organisation's lifetime budget; a refusal says what remains and exits non-zero."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats.models import PublishedTable

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("stats", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def release(org_a):
    make_incidents(org_a.organisation, [{"host_country": "TR"} for _ in range(30)])
    return built_release(org_a)


def test_publish_then_refuse_when_the_lifetime_budget_is_spent(release, org_a, settings) -> None:
    settings.STATS_LIFETIME_EPSILON = 1.5
    said = run("publish", str(release.pk), "--member", org_a.coordinator.user.username)
    assert "Published 5 tables of release 1 (release total" in said
    assert "ε=0.5 of the lifetime budget remains" in said
    assert PublishedTable.objects.filter(release=release).count() == 5
    second = built_release(org_a, "Same incidents again")
    with pytest.raises(CommandError, match=r"only ε=0\.5 of the organisation's lifetime"):
        run("publish", str(second.pk))
    run("publish", str(second.pk), "--epsilon", "0.5")
    ledger = run("budget", "--org", org_a.organisation.slug)
    assert "release 1\tε=1" in ledger
    assert "release 2\tε=0.5" in ledger
    assert "lifetime ε=1.5, spent ε=1.5, remaining ε=0" in ledger


def test_publish_refuses_unknown_releases_members_and_epsilons(release, org_b) -> None:
    with pytest.raises(CommandError, match="no release with id 999999"):
        run("publish", "999999")
    with pytest.raises(CommandError, match="no active staff member"):
        run("publish", str(release.pk), "--member", org_b.coordinator.user.username)
    with pytest.raises(CommandError, match="epsilon must be more than 0"):
        run("publish", str(release.pk), "--epsilon", "0")
    assert not PublishedTable.objects.exists()


def test_the_demo_release_json_adds_up_in_every_table(org_a) -> None:
    """What the landing check reads: `make run`'s demo release as JSON."""
    from django.test import Client

    from amanat.dataset.imports.demo import generate

    generate(org_a.organisation, 400, seed=4)
    said = run("demo", "--org", org_a.organisation.slug)
    assert "published its statistics" in said
    release = PublishedTable.objects.values_list("release_id", flat=True).first()
    data = Client().get(f"/stats/api/releases/{release}.json").json()
    assert len(data["tables"]) == 5
    for table in data["tables"]:
        cells = table["cells"]
        flat = [v for row in cells for v in row] if table["columns"] else cells
        assert table["total"] == data["total"]
        assert sum(v for v in flat if v is not None) + table["suppressed"] == data["total"]
    assert "A public release already exists" in run("demo", "--org", org_a.organisation.slug)
