"""Casework writers: reply, status, assignment, deletion on request; one transaction each."""

from __future__ import annotations

import json

from django.db import transaction

from amanat.accounts.access import SignedIn
from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag
from amanat.casework.models import Assignment
from amanat.core import crypto
from amanat.core.time import today
from amanat.intake.models import (
    Author,
    Message,
    Report,
    ReportStatus,
    after_staff_opened,
    after_staff_reply,
)
from amanat.keys import keyring
from amanat.keys.models import Recipient


@transaction.atomic
def reply_to_reporter(report: Report, text: str, *, signed: SignedIn) -> Message:
    """Sealed to the team, the recovery key and the reporter's receipt-derived key."""
    targets = keyring.content_targets(report.organisation)
    targets.append(keyring.SealTarget(Recipient.REPORTER, bytes(report.reporter_public_key)))
    data_key = crypto.new_data_key()
    envelope = keyring.seal_envelope(report.organisation, "message", targets, data_key)
    plain = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
    message = Message.objects.create(
        report=report,
        author=Author.STAFF,
        staff_member=signed.member,
        envelope=envelope,
        body=crypto.encrypt(data_key, plain, aad=keyring.aad_for(envelope, "body")),
        created_on=today(),
    )
    report.status = after_staff_reply(report.status)
    report.updated_on = today()
    Report.objects.filter(pk=report.pk).update(updated_on=report.updated_on, status=report.status)
    record(EventTag.CASEWORK_REPLY, actor=signed.member, subject=message)
    return message


def mark_read(report: Report) -> None:
    """A content member has opened the report: a new one becomes read (the decrypt entry of the
    audit log already says who and when, so no entry of its own)."""
    status = after_staff_opened(report.status)
    if status != report.status:
        Report.objects.filter(pk=report.pk, status=report.status).update(status=status)
        report.status = status


@transaction.atomic
def set_status(report: Report, status: str, *, actor: StaffMember) -> None:
    if status not in ReportStatus.values:
        raise ValueError(f"unknown status {status!r}")
    previous = report.status
    report.status = status
    report.save(update_fields=["status"])
    record(
        EventTag.CASEWORK_STATUS,
        actor=actor,
        subject=report,
        payload={"from": previous, "to": status},
    )


@transaction.atomic
def assign(report: Report, member: StaffMember | None, *, actor: StaffMember) -> None:
    if member is not None and (
        member.organisation_id != report.organisation_id or not member.reads_content
    ):
        raise PermissionError("reports go to colleagues with a content role")
    Assignment.objects.filter(report=report).delete()
    if member is not None:
        Assignment.objects.create(report=report, member=member, assigned_on=today())
    record(
        EventTag.CASEWORK_ASSIGN,
        actor=actor,
        subject=report,
        payload={"member": member.pk if member else None},
    )


@transaction.atomic
def delete_reporter_content(report: Report, *, actor: StaffMember) -> None:
    """On the reporter's request: the report, its messages and files go; audit payloads about
    them are scrubbed; one entry records that (not what) was deleted."""
    envelopes = [report.envelope_id]
    envelopes += list(report.messages.values_list("envelope_id", flat=True))
    envelopes += list(report.attachments.values_list("envelope_id", flat=True))
    label = report._meta.label_lower
    related = [
        (m._meta.label_lower, m.pk) for m in [*report.messages.all(), *report.attachments.all()]
    ]
    report_pk = report.pk
    report.delete()
    from amanat.keys.models import Envelope

    Envelope.objects.filter(pk__in=envelopes).delete()
    scrub = AuditEntry.objects.filter(subject_type=label, subject_id=str(report_pk))
    for kind, pk in related:
        scrub = scrub | AuditEntry.objects.filter(subject_type=kind, subject_id=str(pk))
    scrub.update(payload={})
    record(
        EventTag.CASEWORK_DELETE_CONTENT,
        actor=actor,
        subject=None,
        payload={"report": report_pk},
    )
