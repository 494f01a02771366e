"""With more than one organisation the hotline must say so loudly instead of failing silently:
`serve` refuses to start, /staff/health/ reports it, and a reporter's text is given back."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client

from amanat.intake.models import Report
from amanat.intake.tests.conftest import submit


def _check_as_serve_does() -> None:
    call_command("check", tags=["hotline"], deploy=True, databases=["default"], fail_level="ERROR")


def test_two_organisations_without_a_choice_stop_the_server_from_starting(org_a, org_b) -> None:
    with pytest.raises(SystemCheckError, match=r"amanat\.E003"):
        _check_as_serve_does()


def test_a_chosen_organisation_passes_the_check(org_a, org_b, settings) -> None:
    settings.HOTLINE_ORGANISATION = "org-b"
    _check_as_serve_does()


def test_a_chosen_organisation_that_does_not_exist_stops_the_server(org_a, settings) -> None:
    settings.HOTLINE_ORGANISATION = "no-such-org"
    with pytest.raises(SystemCheckError, match="names no organisation"):
        _check_as_serve_does()


@pytest.mark.django_db
def test_no_organisation_at_all_stops_the_server() -> None:
    with pytest.raises(SystemCheckError, match="amanat setup"):
        _check_as_serve_does()


def test_health_reports_an_unusable_hotline(org_a, org_b) -> None:
    response = Client().get("/staff/health/")
    assert response.status_code == 503
    assert response.json()["hotline"] == "unusable"


def test_health_reports_a_usable_hotline(org_a) -> None:
    response = Client().get("/staff/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "disk": "ok", "hotline": "ok"}


def test_a_report_that_cannot_be_delivered_is_shown_back_to_the_reporter(org_a, org_b) -> None:
    text = "My brother was called by the police <twice> & told to come home."
    response, receipt = submit(Client(enforce_csrf_checks=True), what_happened=text)
    assert response.status_code == 503
    assert receipt is None
    html = response.content.decode()
    assert "Nothing you sent was saved" in html
    assert "My brother was called by the police &lt;twice&gt; &amp; told to come home." in html
    assert not Report.objects.exists()


def test_migrate_is_never_blocked_by_the_hotline_check(org_a, org_b) -> None:
    call_command("migrate", skip_checks=False, verbosity=0)


def test_an_unmigrated_database_is_left_to_the_migration_check(monkeypatch) -> None:
    from django.db import DatabaseError

    from amanat.intake import checks

    def unreadable():
        raise DatabaseError("no such table: keys_organisation")

    monkeypatch.setattr(checks, "hotline_organisation", unreadable)
    assert checks.check_hotline_organisation(databases=["default"]) == []
    assert checks.health_probe() == "unusable"
