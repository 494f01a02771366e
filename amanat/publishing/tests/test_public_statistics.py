"""The public statistics: only public, corroborated incidents of public releases; no published
cell below the minimum (margins included); pages without JavaScript or external resources; a
JSON API carrying each table's privacy parameters."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.test import Client

from amanat.dataset.models import Release
from amanat.publishing.publish import publish
from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats.models import PublishedTable
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed(org_a):
    rows = (
        [{"host_country": "TR", "date_start": None, "date_start_precision": "unknown"}] * 40
        + [{"host_country": "KZ"}] * 12
        + [{"host_country": "DE"}] * 3  # below the minimum
        + [{"host_country": "US", "sensitivity": "restricted"}] * 30  # never public
        + [{"host_country": "GB", "verification": "unverified"}] * 30  # not corroborated
        + [{"host_country": "FR", "sensitivity": "confidential"}] * 30  # not even released
    )
    make_incidents(org_a.organisation, rows)
    return org_a


def _all_published(table: PublishedTable) -> list[int]:
    cells = [v for row in table.cells for v in row] if table.column_dimension else table.cells
    values = [*cells, *table.row_totals, *table.column_totals, table.total]
    return [v for v in values if v is not None]


def test_only_public_corroborated_incidents_enter(mixed, identity_noise) -> None:
    release = built_release(mixed)
    publish(release, actor=mixed.coordinator)
    hosts = PublishedTable.objects.get(release=release, key="by_host_country")
    shown = {code: v for code, v in zip(hosts.row_codes, hosts.cells, strict=True) if v}
    # DE's 3 is hidden, and KZ with it: otherwise total − TR would show that the hidden
    # countries together had 3, each of them fewer than the minimum.
    assert shown == {"TR": 40}
    assert hosts.total == 55


def test_every_table_adds_up_to_the_release_total(mixed, identity_noise) -> None:
    release = built_release(mixed)
    publish(release, actor=mixed.coordinator)
    tables = list(PublishedTable.objects.filter(release=release))
    assert {table.total for table in tables} == {55}
    for table in tables:
        assert all(v >= table.min_cell for v in _all_published(table)), table.key
        cells = [v for row in table.cells for v in row] if table.column_dimension else table.cells
        assert sum(v for v in cells if v is not None) + table.suppressed == 55, table.key
        assert table.suppressed == 0 or table.suppressed >= table.min_cell, table.key
        if table.column_dimension:
            assert sum(v or 0 for v in table.row_totals) <= 55


def test_noisy_tables_respect_the_minimum_too(mixed) -> None:
    release = built_release(mixed)
    publish(release, actor=None)
    for table in PublishedTable.objects.filter(release=release):
        assert all(v >= table.min_cell for v in _all_published(table))


def test_the_public_page_shows_tables_charts_and_parameters(mixed, identity_noise) -> None:
    release = built_release(mixed)
    publish(release, actor=mixed.coordinator)
    client = Client()
    index = client.get("/stats/").content.decode()
    assert f'href="/stats/{release.pk}/"' in index
    page = client.get(f"/stats/{release.pk}/").content.decode()
    assert "Incidents by host country" in page
    assert "<svg" in page
    assert "ε = 0.300" in page
    assert "Laplace noise" in page
    assert "counts are suppressed" in page
    assert "Other / suppressed" in page
    assert 'id="lifetime-budget"' in page
    assert "1.000 spent of 8.000; 7.000 remains" in page
    for text in (index, page):
        assert "<script" not in text
        assert " on" + "click" not in text
        assert " style=" not in text
        urls = re.findall(r'(?:src|href|action)="([^"]*)"', text)
        assert all(url.startswith(("/", "?", "#")) for url in urls), urls


def test_the_public_page_states_the_licence_the_release_was_built_under(mixed) -> None:
    release = built_release(mixed)
    publish(release, actor=mixed.coordinator)
    page = Client().get(f"/stats/{release.pk}/").content.decode()
    assert "Creative Commons Attribution 4.0 International (<code>CC-BY-4.0</code>)" in page
    Release.objects.filter(pk=release.pk).update(licence="CC0-1.0")
    page = Client().get(f"/stats/{release.pk}/").content.decode()
    assert "<code>CC0-1.0</code>" in page
    data = Client().get(f"/stats/api/releases/{release.pk}.json").json()
    assert data["licence"] == "CC0-1.0"


def test_the_json_api_carries_each_tables_privacy_parameters(mixed) -> None:
    release = built_release(mixed)
    publish(release, actor=None)
    index = Client().get("/stats/api/releases.json").json()
    assert [r["id"] for r in index["releases"]] == [release.pk]
    data = Client().get(f"/stats/api/releases/{release.pk}.json").json()
    assert data["privacy"]["epsilon_spent"] <= data["privacy"]["epsilon_release"]
    assert len(data["privacy"]["ledger"]) == 4  # measurements: total, year × stage, country, tactic
    assert len(data["tables"]) == 5
    budget = data["privacy"]["organisation_budget"]
    assert budget["epsilon_spent"] == pytest.approx(1.0)
    assert budget["epsilon_remaining"] == pytest.approx(budget["epsilon_lifetime"] - 1.0)
    assert [r["number"] for r in budget["releases"]] == [release.number]
    for table in data["tables"]:
        assert table["total"] == data["total"]
        cells = [v for row in table["cells"] for v in (row if isinstance(row, list) else [row])]
        assert sum(v for v in cells if v is not None) + table["suppressed"] == data["total"]
        intervals = table["intervals_95"]
        flat = [i for row in intervals for i in (row if table["columns"] else [row])]
        for value, found in zip(cells, flat, strict=True):
            assert (value is None) == (found is None)
            if value is not None:
                assert found[0] <= value <= found[1]
        assert set(table["noise"]) == {
            "mechanism",
            "epsilon",
            "scale",
            "l1_sensitivity",
            "accuracy_95",
        }
        assert table["noise"]["epsilon"] > 0
        assert table["min_cell"] == 5


def test_a_table_downloads_as_csv_with_suppressed_cells_marked(mixed, identity_noise) -> None:
    release = built_release(mixed)
    publish(release, actor=None)
    body = Client().get(f"/stats/{release.pk}/table.csv?key=year_by_stage").content.decode()
    header = next(csv.reader(io.StringIO(body)))
    assert header[:2] == ["year", "label"]
    assert header[2].startswith("Stage 1")
    assert header[4].startswith("Stage 3")
    assert "suppressed" in body


def test_an_unpublished_release_is_not_public(mixed) -> None:
    release = built_release(mixed)
    client = Client()
    assert client.get(f"/stats/{release.pk}/").status_code == 404
    assert client.get(f"/stats/api/releases/{release.pk}.json").status_code == 404
    assert client.get("/stats/api/releases.json").json() == {"releases": []}


def test_public_pages_query_counts_are_pinned(mixed, django_assert_max_num_queries) -> None:
    release = built_release(mixed)
    publish(release, actor=None)
    client = Client()
    with django_assert_max_num_queries(4):
        assert client.get("/stats/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(f"/stats/{release.pk}/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(f"/stats/api/releases/{release.pk}.json").status_code == 200


def test_only_a_coordinator_of_the_organisation_publishes(mixed, org_b) -> None:
    release = built_release(mixed)
    path = f"/staff/stats/releases/{release.pk}/publish/"
    for member, expected in (
        (mixed.researcher, 403),
        (mixed.analyst, 403),
        (org_b.coordinator, 404),
    ):
        client = staff_client(member)
        token = csrf_token(client, "/staff/dataset/")
        assert client.post(path, {"csrfmiddlewaretoken": token}).status_code == expected
    assert not PublishedTable.objects.exists()
    client = staff_client(mixed.coordinator)
    token = csrf_token(client, f"/staff/dataset/releases/{release.pk}/")
    response = client.post(path, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert response["Location"] == f"/stats/{release.pk}/"
    again = client.post(path, {"csrfmiddlewaretoken": csrf_token(client, "/staff/dataset/")})
    assert again.status_code == 409
    assert "already published" in again.content.decode()


def test_an_unknown_table_or_release_is_not_found(mixed) -> None:
    release = built_release(mixed)
    publish(release, actor=None)
    client = Client()
    assert client.get(f"/stats/{release.pk}/table.csv?key=people").status_code == 404
    assert client.get("/stats/999999/").status_code == 404


def test_publishing_a_release_still_building_is_refused(mixed) -> None:
    from amanat.dataset.filters import DatasetFilter
    from amanat.dataset.releases import versions as releases

    queued = releases.create_release(mixed.researcher, DatasetFilter(), "Queued")
    client = staff_client(mixed.coordinator)
    token = csrf_token(client, "/staff/dataset/")
    response = client.post(
        f"/staff/stats/releases/{queued.pk}/publish/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 409
    assert "Only a built release" in response.content.decode()


def test_a_release_of_fewer_incidents_than_the_minimum_publishes_no_count(
    org_a, identity_noise
) -> None:
    """Three incidents: the total is itself a small count, so no table shows it, nor the
    "suppressed" sum that would equal it — not on the page, in the JSON or in a CSV."""
    make_incidents(org_a.organisation, [{"host_country": "DE"}] * 3)
    release = built_release(org_a)
    publish(release, actor=org_a.coordinator)
    client = Client()
    page = client.get(f"/stats/{release.pk}/").content.decode()
    assert "Fewer than 5: this release is too small to publish any count." in page
    assert not re.search(r'class="n">\s*3\b', page)
    data = client.get(f"/stats/api/releases/{release.pk}.json").json()
    assert data["total"] is None
    for table in data["tables"]:
        assert table["total"] is None, table["key"]
        assert table["suppressed"] is None, table["key"]
        assert table["total_interval_95"] == []
    body = client.get(f"/stats/{release.pk}/table.csv?key=by_host_country").content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[-2][2].startswith("withheld")
    assert rows[-1][2].startswith("withheld")
    assert not any(cell == "3" for row in rows for cell in row)
