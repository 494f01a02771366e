"""The staff dashboard: breakdowns, filters, charts as SVG with their tables and CSV."""

from __future__ import annotations

import csv
import io
import re

import pytest

from amanat.dataset.tests.conftest import make_incidents
from amanat.incidents.models import Incident
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db


def _table(page: str, key: str) -> dict[str, int]:
    """Value code → count from a breakdown's HTML table."""
    found = re.search(rf'<table class="counts" id="table-{key}">(.*?)</table>', page, re.S)
    assert found, f"no table for {key}"
    rows = re.findall(r"<code>(.*?)</code></td><td class=\"n\">(\d+)</td>", found.group(1))
    return {code: int(n) for code, n in rows}


@pytest.fixture
def coded_a(org_a):
    make_incidents(
        org_a.organisation,
        [
            {"host_country": "TR", "tactics": ["threat_to_family", "detention"], "stage": "stage2"},
            {"host_country": "TR", "date_start": None, "date_start_precision": "unknown"},
            {"host_country": "KZ", "sensitivity": "restricted"},
            {"host_country": "US", "sensitivity": "confidential", "tactics": ["assault"]},
        ],
    )
    return org_a


def test_it_counts_by_year_country_tactic_and_stage(coded_a) -> None:
    page = staff_client(coded_a.analyst).get("/staff/dataset/").content.decode()
    assert _table(page, "host_country") == {"TR": 2, "KZ": 1, "US": 1}
    assert _table(page, "year") == {"2019": 3, "—": 1}
    assert _table(page, "stage") == {"stage1": 3, "stage2": 1, "stage3": 0}
    tactics = _table(page, "tactic")
    assert (tactics["threat_to_family"], tactics["detention"], tactics["assault"]) == (3, 1, 1)
    assert "4 incidents in this selection." in page


def test_a_researcher_never_counts_confidential_incidents(coded_a) -> None:
    page = staff_client(coded_a.researcher).get("/staff/dataset/").content.decode()
    assert _table(page, "host_country") == {"TR": 2, "KZ": 1}
    assert _table(page, "tactic")["assault"] == 0


def test_it_counts_only_the_members_organisation(coded_a, org_b) -> None:
    make_incidents(org_b.organisation, [{"host_country": "DE"}])
    page = staff_client(org_b.analyst).get("/staff/dataset/").content.decode()
    assert _table(page, "host_country") == {"DE": 1}


def test_filters_narrow_every_breakdown(coded_a) -> None:
    client = staff_client(coded_a.analyst)
    page = client.get("/staff/dataset/?host_countries=TR&tactics=detention").content.decode()
    assert _table(page, "host_country") == {"TR": 1}
    assert _table(page, "stage")["stage2"] == 1
    page = client.get("/staff/dataset/?year_from=2019&year_to=2019").content.decode()
    assert sum(_table(page, "host_country").values()) == 3  # the unknown year is left out


def test_an_invalid_filter_is_shown_and_filters_nothing(coded_a) -> None:
    page = staff_client(coded_a.analyst).get("/staff/dataset/?year_from=2020&year_to=2010")
    text = page.content.decode()
    assert "is after" in text
    assert "4 incidents in this selection." in text


def test_merged_incidents_are_counted_once(coded_a) -> None:
    kept, merged = Incident.objects.filter(organisation=coded_a.organisation)[:2]
    Incident.objects.filter(pk=merged.pk).update(merged_into=kept)
    page = staff_client(coded_a.analyst).get("/staff/dataset/").content.decode()
    assert "3 incidents in this selection." in page


def test_every_chart_is_svg_with_its_table_and_a_csv_link(coded_a) -> None:
    page = staff_client(coded_a.coordinator).get("/staff/dataset/").content.decode()
    for key in ("year", "host_country", "tactic", "stage"):
        assert f'aria-labelledby="title-{key}"' in page
        assert f'id="table-{key}"' in page
        assert f"breakdown.csv?dimension={key}" in page
    assert 'id="chart-map"' in page
    assert '<svg class="map"' in page
    assert "<script" not in page
    assert "javascript:" not in page
    assert not re.search(r'(src|href)="(https?:)?//', page), "no external resource"
    assert " style=" not in page  # CSP forbids inline styles


def test_a_chart_table_downloads_as_csv_with_the_same_filter(coded_a) -> None:
    client = staff_client(coded_a.analyst)
    response = client.get("/staff/dataset/breakdown.csv?dimension=host_country&host_countries=TR")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["host_country", "label", "incidents"]
    assert [r[0] for r in rows[1:]] == ["TR"]


def test_an_unknown_chart_is_refused(coded_a) -> None:
    response = staff_client(coded_a.analyst).get("/staff/dataset/breakdown.csv?dimension=people")
    assert response.status_code == 400


def test_the_world_map_counts_every_country_once(coded_a) -> None:
    make_incidents(coded_a.organisation, [{"host_country": "BF"}])  # not on the tile grid
    page = staff_client(coded_a.analyst).get("/staff/dataset/").content.decode()
    world = page[page.index('id="chart-map"') :]
    world = world[: world.index("</svg>")]
    tiles = re.findall(r"<title>([^<]*): (\d+)</title></rect>", world)
    counts = dict(tiles)
    assert counts["Türkiye"] == "2" or counts.get("Turkey") == "2"
    assert sum(int(n) for name, n in tiles) == 5


def test_the_dashboard_query_count_is_pinned(coded_a, django_assert_max_num_queries) -> None:
    client = staff_client(coded_a.analyst)
    client.get("/staff/dataset/")  # builds the snapshot
    with django_assert_max_num_queries(12):
        assert client.get("/staff/dataset/?host_countries=TR").status_code == 200


def test_an_administrator_is_refused(org_a) -> None:
    from amanat.accounts import actions
    from amanat.testing.factories import PASSWORD

    admin = actions.create_staff_member(
        org_a.organisation, "admin-a", PASSWORD, "admin", actor=None
    )
    assert staff_client(admin).get("/staff/dataset/").status_code == 403
