"""Each new report is sealed to the readers of that moment (architecture.md, trust boundaries).

Who a report is sealed to is read from the database on every submission; only the SQL is
compiled once per process (core/prepared.py). These tests change readers from another thread, on
its own database connection as another worker process would, and submit right after: a removed
reader gets nothing, a new key gets the report, with no cache to invalidate in between.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connections

from amanat.accounts import actions as staff_actions
from amanat.accounts import auth
from amanat.accounts.models import StaffMember
from amanat.core import crypto
from amanat.intake import actions
from amanat.intake.hotline import HotlineNotConfigured, hotline_organisation
from amanat.intake.models import Report
from amanat.keys import keyring
from amanat.keys.models import SealedKey
from amanat.testing.factories import make_org

pytestmark = pytest.mark.django_db(transaction=True)


def _submit() -> Report:
    new = actions.NewReport(fields={"what_happened": "x"}, language="en", files=[])
    report, _ = actions.submit_report(new, organisation=hotline_organisation())
    return report


def _sealed_to(report: Report) -> set[int]:
    return set(
        SealedKey.objects.filter(envelope=report.envelope, staff_member__isnull=False).values_list(
            "staff_member_id", flat=True
        )
    )


def _in_another_thread(change: Callable[[], Any]) -> None:
    """Run ``change`` on a thread of its own (its own connection), committed before returning."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            change()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread below
            failures.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]


def _member(pk: int) -> StaffMember:
    return StaffMember.objects.select_related("user").get(pk=pk)


@pytest.mark.parametrize(
    "remove",
    [
        lambda member: staff_actions.deactivate(_member(member.pk), actor=None),
        lambda member: auth.reset_second_factor(_member(member.pk), actor=None),
        lambda member: StaffMember.objects.filter(pk=member.pk).update(key_approved=False),
        lambda member: StaffMember.objects.filter(pk=member.pk).update(role="researcher"),
    ],
    ids=["deactivated", "second-factor-reset", "approval-withdrawn", "role-changed"],
)
def test_a_reader_removed_elsewhere_gets_no_report_submitted_after(org_a, remove) -> None:
    assert org_a.analyst.pk in _sealed_to(_submit())  # the same process has run the query
    _in_another_thread(lambda: remove(org_a.analyst))
    later = _submit()
    assert org_a.analyst.pk not in _sealed_to(later)
    assert org_a.coordinator.pk in _sealed_to(later)


def test_a_key_approved_elsewhere_gets_the_next_report(org_a) -> None:
    newcomer = staff_actions.create_staff_member(
        org_a.organisation, "newcomer", "a long enough password", "analyst", actor=org_a.coordinator
    )
    assert newcomer.pk not in _sealed_to(_submit())
    _in_another_thread(lambda: StaffMember.objects.filter(pk=newcomer.pk).update(key_approved=True))
    assert newcomer.pk in _sealed_to(_submit())


def test_a_key_replaced_elsewhere_is_the_one_the_next_report_is_sealed_to(org_a) -> None:
    _submit()
    pair = crypto.generate_keypair()
    _in_another_thread(
        lambda: StaffMember.objects.filter(pk=org_a.analyst.pk).update(public_key=pair.public)
    )
    envelope = _submit().envelope
    assert keyring.open_as_staff(envelope, org_a.analyst, pair.private)


def test_a_second_organisation_added_elsewhere_stops_the_hotline_until_one_is_chosen(
    org_a, settings
) -> None:
    assert hotline_organisation().pk == org_a.organisation.pk
    _in_another_thread(lambda: make_org("org-late"))
    with pytest.raises(HotlineNotConfigured):
        hotline_organisation()
    settings.HOTLINE_ORGANISATION = "org-late"
    assert hotline_organisation().slug == "org-late"
