"""The organisation's audit log as coordinators read it: filters, labels, rows and CSV.

Entries hold no content (``audit.record`` refuses anything but scalars chosen by code), so the
page decrypts nothing. An organisation's log is what its members did, plus what happened to its
reports (a hotline submission has no staff actor).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast

from amanat.accounts.models import StaffMember
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag
from amanat.core.spreadsheet import neutralise
from amanat.intake.models import Report
from amanat.keys.models import Organisation

REPORT_SUBJECT = Report._meta.label_lower
MEMBER_SUBJECT = StaffMember._meta.label_lower
ORGANISATION_SUBJECT = Organisation._meta.label_lower
CSV_COLUMNS = ["day", "person", "action", "tag", "subject_type", "subject_id"]


def action_label(tag: str) -> str:
    """'casework:report:decrypt' → 'casework · report · decrypt': readable without a table."""
    return " · ".join(tag.split(":"))


@dataclass(frozen=True)
class AuditFilter:
    """What a coordinator narrowed the log to; every value already validated by the form."""

    person: StaffMember | None = None
    report: Report | None = None
    tag: str = ""
    since: date | None = None
    until: date | None = None

    def as_payload(self) -> dict[str, object]:
        """For the audit entry of the viewing itself: ids and codes, never free text."""
        return {
            "person": self.person.pk if self.person else None,
            "report": self.report.pk if self.report else None,
            "tag": self.tag if self.tag in EventTag._value2member_map_ else "",
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


def _ids_as_text(rows: QuerySet[Any]) -> QuerySet[Any]:
    return rows.annotate(sid=Cast("pk", CharField())).values("sid")


def organisation_log(organisation_id: int) -> QuerySet[AuditEntry]:
    """Entries by the organisation's members, and entries about it, its members and reports
    (a hotline submission or an account made on the command line has no staff actor)."""
    reports = Report.objects.filter(organisation_id=organisation_id)
    members = StaffMember.objects.filter(organisation_id=organisation_id)
    return AuditEntry.objects.filter(
        Q(actor__staff__organisation_id=organisation_id)
        | Q(subject_type=REPORT_SUBJECT, subject_id__in=_ids_as_text(reports))
        | Q(subject_type=MEMBER_SUBJECT, subject_id__in=_ids_as_text(members))
        | Q(subject_type=ORGANISATION_SUBJECT, subject_id=str(organisation_id))
    ).select_related("actor")


def filtered(organisation_id: int, chosen: AuditFilter) -> QuerySet[AuditEntry]:
    entries = organisation_log(organisation_id)
    if chosen.person is not None:
        entries = entries.filter(actor_id=chosen.person.user_id)
    if chosen.report is not None:
        entries = entries.filter(subject_type=REPORT_SUBJECT, subject_id=str(chosen.report.pk))
    if chosen.tag:
        entries = entries.filter(tag=chosen.tag)
    if chosen.since is not None:
        entries = entries.filter(day__gte=chosen.since)
    if chosen.until is not None:
        entries = entries.filter(day__lte=chosen.until)
    return entries.order_by("-day", "-pk")


def tags_in_use(organisation_id: int) -> list[str]:
    return sorted(set(organisation_log(organisation_id).values_list("tag", flat=True)))


def as_csv(entries: Iterable[AuditEntry]) -> str:
    """The filtered log as CSV, cells neutralised for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        person = entry.actor.get_username() if entry.actor else ""
        row = [entry.day.isoformat(), person, action_label(entry.tag), entry.tag]
        writer.writerow([neutralise(cell) for cell in [*row, entry.subject_type, entry.subject_id]])
    return buffer.getvalue()
