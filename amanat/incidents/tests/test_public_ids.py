"""Reports and incidents are named by random public ids, in URLs and on pages: two consecutive
ones say nothing about each other or about how many came in between (issue 11)."""

from __future__ import annotations

import re

import pytest

from amanat.core.ids import PublicIdConverter
from amanat.incidents.models import Incident
from amanat.testing.incidents import created_pk, incident_data
from amanat.testing.reports import report_for
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db

PUBLIC_ID = re.compile(PublicIdConverter.regex)


def _unrelated(first: str, second: str) -> bool:
    """Neither a number nor a neighbour: the ids share no prefix beyond chance."""
    return (
        all(PUBLIC_ID.fullmatch(i) for i in (first, second))
        and not first.isdigit()
        and first != second
        and first[:4] != second[:4]
    )


def test_two_consecutive_reports_get_unrelated_ids_and_urls_use_them(org_a) -> None:
    first = report_for(org_a.organisation, "one")
    second = report_for(org_a.organisation, "two")
    assert second.pk == first.pk + 1
    assert _unrelated(first.public_id, second.public_id)
    client = staff_client(org_a.analyst)
    inbox = client.get("/staff/").content.decode()
    assert f'href="/staff/reports/{second.public_id}/"' in inbox
    assert f'href="/staff/reports/{second.pk}/"' not in inbox
    assert client.get(f"/staff/reports/{second.public_id}/").status_code == 200
    assert client.get(f"/staff/reports/{second.pk}/").status_code == 404


def test_two_consecutive_incidents_get_unrelated_ids_and_urls_use_them(org_a) -> None:
    client = staff_client(org_a.analyst)
    pks = [created_pk(post(client, "/staff/incidents/new/", incident_data())) for _ in range(2)]
    first, second = (Incident.objects.get(pk=pk) for pk in pks)
    assert second.pk == first.pk + 1
    assert _unrelated(first.public_id, second.public_id)
    listing = client.get("/staff/incidents/").content.decode()
    assert f'href="/staff/incidents/{second.public_id}/"' in listing
    assert f'href="/staff/incidents/{second.pk}/"' not in listing
    assert client.get(f"/staff/incidents/{second.pk}/").status_code == 404
