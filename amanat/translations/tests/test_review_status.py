"""How much of each catalogue native speakers have reviewed, on a staff page and in the CLI."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from amanat.accounts import actions as account_actions
from amanat.accounts.models import Role
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import staff_client
from amanat.translations import catalogue, importing, sheet

pytestmark = pytest.mark.django_db


def _approve(tmp_path, language: str, english: set[str], reviewer: str) -> None:
    rows = [row for row in sheet.rows(language) if row["english"] in english]
    for row in rows:
        row.values["suggested"] = row["current"]
    path = tmp_path / f"{language}.csv"
    sheet.write_csv(path, rows)
    importing.apply(importing.review(path, reviewer), reviewer)


def test_coordinators_see_reviewed_and_unreviewed_counts_per_language(
    org_a, locale_copy, tmp_path
) -> None:
    _approve(tmp_path, "tr", {"Make a report", "Send", "Inbox"}, "Ayşe")
    total = catalogue.counts("tr").hotline_total
    html = staff_client(org_a.coordinator).get("/staff/translations/").content.decode()
    assert f'<td class="hotline-count">2 of {total} reviewed</td>' in html
    assert f'<td class="hotline-count">0 of {total} reviewed</td>' in html  # ug and zh_Hans
    assert '<td class="staff-count">1 of' in html
    assert "Türkçe" in html


def test_admins_see_the_counts_too(org_a, locale_copy) -> None:
    admin = account_actions.create_staff_member(
        org_a.organisation, "admin-org-a", PASSWORD, Role.ADMIN, actor=None
    )
    assert staff_client(admin).get("/staff/translations/").status_code == 200


@pytest.mark.parametrize("persona", ["analyst", "researcher"])
def test_other_roles_are_refused_the_status_page(org_a, locale_copy, persona) -> None:
    client = staff_client(getattr(org_a, persona))
    assert client.get("/staff/translations/").status_code == 403


def test_the_status_command_counts_reviews(locale_copy, tmp_path) -> None:
    _approve(tmp_path, "ug", {"Make a report"}, "Aynur")
    out = io.StringIO()
    call_command("translations", "status", stdout=out)
    lines = {line.split()[0]: line.split()[1:] for line in out.getvalue().splitlines()[1:]}
    hotline = catalogue.counts("ug").hotline_total
    assert lines["ug"][:3] == ["1", str(hotline - 1), str(hotline)]
    assert lines["tr"][:3] == ["0", str(hotline), str(hotline)]
