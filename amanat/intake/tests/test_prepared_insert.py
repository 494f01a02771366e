"""Rows written by ``prepared.insert`` (core/prepared.py) are the rows ``save()`` writes.

The hotline's inserts reuse SQL compiled once per process (issue #14). Whatever the shortcut, a
row must read back exactly as one the ORM saved, and anything ``save()`` would do that the
shortcut does not (a signal receiver, an SQL expression as a value) must send it through
``save()`` instead.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Value, signals
from django.db.models.functions import Lower
from django.forms.models import model_to_dict

from amanat.audit.models import AuditEntry
from amanat.core import prepared
from amanat.keys.models import Envelope, SealedKey
from amanat.testing.factories import make_org

pytestmark = pytest.mark.django_db


def _sealed_key(envelope: Envelope, sealed: bytes) -> SealedKey:
    return SealedKey(envelope=envelope, recipient="recovery", staff_member_id=None, sealed=sealed)


def _row(obj: Any) -> dict[str, Any]:
    fresh = type(obj).objects.get(pk=obj.pk)
    return {k: v for k, v in model_to_dict(fresh).items() if k != "id"}


def test_an_inserted_row_reads_back_as_a_saved_one() -> None:
    org = make_org("org-p").organisation
    by_orm = Envelope.objects.create(organisation=org, purpose="report")
    by_sql = Envelope(organisation=org, purpose="report")
    for _ in range(2):  # the first call compiles, the second reuses the SQL
        prepared.insert(by_sql)
        assert by_sql.pk is not None
        assert by_sql.pk != by_orm.pk
        assert not by_sql._state.adding
        assert _row(by_sql) == _row(by_orm)
        by_sql = Envelope(organisation=org, purpose="report")
    saved, inserted = _sealed_key(by_orm, b"\x00\xffkey"), _sealed_key(by_orm, b"\x00\xffkey")
    saved.save()
    prepared.insert(inserted)
    assert SealedKey.objects.get(pk=inserted.pk).sealed == b"\x00\xffkey"
    assert _row(inserted) == _row(saved)


def test_json_and_dates_are_stored_as_the_orm_stores_them() -> None:
    fields: dict[str, Any] = {"tag": "t", "subject_type": "x", "subject_id": "1"}
    saved = AuditEntry.objects.create(day="2026-12-03", payload={"n": 1, "s": "ü"}, **fields)
    entry = AuditEntry(day="2026-12-03", payload={"n": 1, "s": "ü"}, **fields)
    prepared.insert(entry)
    assert _row(entry) == _row(saved)


def test_a_model_with_a_save_receiver_goes_through_save() -> None:
    org = make_org("org-q").organisation
    seen: list[Envelope] = []

    def receiver(sender: type, instance: Envelope, **kwargs: Any) -> None:
        seen.append(instance)

    signals.post_save.connect(receiver, sender=Envelope)
    try:
        envelope = Envelope(organisation=org, purpose="report")
        prepared.insert(envelope)
    finally:
        signals.post_save.disconnect(receiver, sender=Envelope)
    assert seen == [envelope]
    assert envelope.pk is not None


def test_an_sql_expression_as_a_value_goes_through_save() -> None:
    org = make_org("org-r").organisation
    prepared.insert(Envelope(organisation=org, purpose="report"))  # compiled for plain values
    envelope = Envelope(organisation=org, purpose=Lower(Value("MESSAGE")))
    prepared.insert(envelope)
    assert Envelope.objects.get(pk=envelope.pk).purpose == "message"
