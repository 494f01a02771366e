"""The audit log: append-only through the ORM, scalar payloads chosen by code, days not moments,
subjects named by model label and id."""

from __future__ import annotations

import pytest

from amanat.audit.actions import record
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag

pytestmark = pytest.mark.django_db


def test_an_entry_names_its_subject_by_label_and_id_and_keeps_only_the_day(org_a) -> None:
    entry = record(EventTag.ACCOUNTS_STAFF_CREATE, actor=None, subject=org_a.analyst)
    assert (entry.subject_type, entry.subject_id) == ("accounts.staffmember", str(org_a.analyst.pk))
    assert entry.actor is None
    assert not hasattr(entry.day, "hour")


def test_a_payload_that_is_not_a_scalar_is_refused(org_a) -> None:
    before = AuditEntry.objects.count()
    with pytest.raises(TypeError, match="must be a scalar"):
        record(EventTag.ACCOUNTS_STAFF_CREATE, actor=None, payload={"text": ["free", "text"]})
    assert AuditEntry.objects.count() == before


def test_an_entry_cannot_be_changed_or_deleted_through_the_orm(org_a) -> None:
    entry = record(EventTag.ACCOUNTS_STAFF_CREATE, actor=None, subject=org_a.analyst)
    entry.tag = "something:else"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    assert AuditEntry.objects.get(pk=entry.pk).tag == str(EventTag.ACCOUNTS_STAFF_CREATE)


def test_the_actor_is_the_acting_staff_member_and_the_entry_keeps_their_login(org_a) -> None:
    entry = record(EventTag.ACCOUNTS_LOGOUT, actor=org_a.analyst, subject=org_a.analyst)
    assert entry.actor == org_a.analyst.user


def test_a_login_passed_as_actor_is_refused(org_a) -> None:
    with pytest.raises(TypeError, match="staff member or None"):
        record(EventTag.ACCOUNTS_LOGOUT, actor=org_a.analyst.user)
