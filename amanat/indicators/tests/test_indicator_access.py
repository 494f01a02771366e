"""Deny by default: other organisations get 404, researchers 403, strangers the sign-in page."""

from __future__ import annotations

import pytest
from django.test import Client

from amanat.audit.models import AuditEntry
from amanat.indicators.models import Campaign, Indicator
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def org_a_objects(org_a):
    a, b = make_incident(org_a.analyst), make_incident(org_a.analyst)
    sighting = record_on(a, org_a.analyst, "phone", "+8613800138000").sighting
    record_on(b, org_a.analyst, "phone", "+8613800138000")
    return {
        "incident": a,
        "sighting": sighting,
        "indicator": Indicator.objects.get(),
        "campaign": Campaign.objects.get(),
    }


def urls(objects) -> dict[str, tuple[str, str]]:
    return {
        "add": ("GET", f"/staff/indicators/incident/{objects['incident'].public_id}/add/"),
        "detail": ("GET", f"/staff/indicators/{objects['indicator'].pk}/"),
        "campaign": ("GET", f"/staff/indicators/campaigns/{objects['campaign'].pk}/"),
        "export": ("GET", f"/staff/indicators/export/?campaign={objects['campaign'].pk}"),
        "remove": ("POST", f"/staff/indicators/sightings/{objects['sighting'].pk}/remove/"),
    }


def call(client: Client, method: str, path: str):
    return post(client, path, {}) if method == "POST" else client.get(path)


def test_org_b_gets_404_on_every_url_naming_org_a_rows(org_a, org_b, org_a_objects) -> None:
    for member in (org_b.analyst, org_b.coordinator):
        client = staff_client(member)
        results = {
            name: call(client, *url).status_code for name, url in urls(org_a_objects).items()
        }
        assert results == dict.fromkeys(results, 404), member
    assert Indicator.objects.get().sightings.count() == 2  # the removal was refused
    denied = AuditEntry.objects.filter(tag="accounts:access:denied", actor=org_b.analyst.user)
    assert denied.count() == len(urls(org_a_objects))


def test_org_a_content_roles_reach_the_same_urls(org_a, org_a_objects) -> None:
    client = staff_client(org_a.coordinator)
    results = {name: call(client, *url).status_code for name, url in urls(org_a_objects).items()}
    assert results == {"add": 200, "detail": 200, "campaign": 200, "export": 200, "remove": 302}


PAGES = ["/staff/indicators/", "/staff/indicators/campaigns/", "/staff/indicators/export/",
         "/staff/indicators/import/"]  # fmt: skip


def test_researchers_are_refused_every_indicator_page(org_a, org_a_objects) -> None:
    client = staff_client(org_a.researcher)
    paths = PAGES + [url for _method, url in urls(org_a_objects).values() if "remove" not in url]
    assert {path: client.get(path).status_code for path in paths} == dict.fromkeys(paths, 403)
    removal = urls(org_a_objects)["remove"][1]
    assert post(client, removal, {}).status_code == 403


def test_strangers_are_sent_to_sign_in(org_a, org_a_objects) -> None:
    client = Client()
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/staff/login/")


def test_researchers_do_not_see_the_indicators_link(org_a) -> None:
    assert (
        "/staff/indicators/" not in staff_client(org_a.researcher).get("/staff/").content.decode()
    )
    assert "/staff/indicators/" in staff_client(org_a.analyst).get("/staff/").content.decode()
