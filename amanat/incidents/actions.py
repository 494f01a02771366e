"""Incident writers: code, re-code, link reports, cite sources. One transaction each, audited.

Every writer re-checks its input against the codebook (views, the CLI and the monitor call the
same functions, and only views have forms); a refusal is a :class:`CodingError` whose message is
shown to the person, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents import codebook, queries
from amanat.incidents.codebook import Book
from amanat.incidents.dates import latest_day
from amanat.incidents.models import (
    CODED_FIELDS,
    CREDIBILITY_GRADES,
    ENCRYPTED_TEXTS,
    RELIABILITY_GRADES,
    DatePrecision,
    Incident,
    IncidentChannel,
    IncidentReport,
    IncidentTactic,
    Sensitivity,
    Source,
    Verification,
)
from amanat.incidents.sealing import retire, seal_fields
from amanat.intake.models import Report
from amanat.keys.models import Envelope, Organisation


class CodingError(Exception):
    """Input the codebook or the rules refuse; ``field`` names the form field at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Coding:
    """An incident's coded fields and its two encrypted texts, validated at the edge."""

    date_start: date | None
    date_start_precision: str
    date_end: date | None
    date_end_precision: str
    host_country: str
    origin_state: str
    community: str
    stage: str
    perpetrator: str
    response: str
    verification: str
    sensitivity: str
    tactics: tuple[str, ...]
    channels: tuple[str, ...] = ()
    summary: str = ""
    perpetrator_evidence: str = ""


_SINGLE_CODES = {
    "stage": codebook.STAGE,
    "community": codebook.COMMUNITY,
    "perpetrator": codebook.PERPETRATOR,
    "response": codebook.RESPONSE,
}
_COLUMNS = list(CODED_FIELDS)


def _unknown(book: Book, field: str, code: str) -> CodingError:
    return CodingError(
        _("“%(code)s” is not a %(field)s code of codebook v%(version)s.")
        % {"code": code, "field": field, "version": book.version},
        field,
    )


def check_coding(book: Book, coding: Coding) -> None:
    """Refuse any code the codebook lacks, any non-country, and dates that do not add up."""
    for name, field in _SINGLE_CODES.items():
        value = getattr(coding, name)
        if value and not book.has(field, value):  # blank: not stated, never a default code
            raise _unknown(book, name, value)
    if not coding.tactics:
        raise CodingError(_("Choose at least one tactic."), "tactics")
    for name, field in (("tactics", codebook.TACTIC), ("channels", codebook.CHANNEL)):
        for code in getattr(coding, name):
            if not book.has(field, code):
                raise _unknown(book, name, code)
    for name in ("host_country", "origin_state"):
        value = getattr(coding, name)
        if value and value not in codebook.COUNTRY_CODES:
            raise CodingError(
                _("“%(code)s” is not an ISO 3166-1 country code.") % {"code": value}, name
            )
    if coding.verification not in Verification.values:
        raise CodingError(_("Unknown verification status."), "verification")
    if coding.sensitivity not in Sensitivity.values:
        raise CodingError(_("Unknown sensitivity."), "sensitivity")
    _check_dates(coding)


def _check_dates(coding: Coding) -> None:
    start_known = coding.date_start_precision != DatePrecision.UNKNOWN
    if coding.date_start_precision not in DatePrecision.values or (
        start_known != (coding.date_start is not None)
    ):
        raise CodingError(_("Give the start date at its precision."), "date_start")
    if not coding.date_end_precision and coding.date_end is None:
        return
    if (
        coding.date_end is None
        or coding.date_end_precision not in DatePrecision.values
        or (coding.date_end_precision == DatePrecision.UNKNOWN)
    ):
        raise CodingError(_("Give the end date at its precision, or leave both empty."), "date_end")
    if coding.date_start is None:
        raise CodingError(_("A period needs a start date."), "date_start")
    if latest_day(coding.date_end, coding.date_end_precision) < coding.date_start:
        raise CodingError(_("The end date is before the start date."), "date_end")


def _check_corroboration(incident: Incident | None, verification: str) -> None:
    if verification != Verification.CORROBORATED:
        return
    count = queries.independent_sources(incident) if incident is not None else 0
    if count < 2:
        raise CodingError(
            _("“Corroborated” needs at least two independent sources; this incident has %(n)d.")
            % {"n": count},
            "verification",
        )


def _write_codes(incident: Incident, coding: Coding) -> None:
    IncidentTactic.objects.filter(incident=incident).delete()
    IncidentChannel.objects.filter(incident=incident).delete()
    IncidentTactic.objects.bulk_create(
        IncidentTactic(incident=incident, code=code) for code in dict.fromkeys(coding.tactics)
    )
    IncidentChannel.objects.bulk_create(
        IncidentChannel(incident=incident, code=code) for code in dict.fromkeys(coding.channels)
    )


def _secrets(organisation: Organisation, coding: Coding) -> tuple[Envelope, dict[str, bytes]]:
    return seal_fields(
        organisation, "incident", {name: getattr(coding, name) for name in ENCRYPTED_TEXTS}
    )


@transaction.atomic
def create_incident(
    organisation: Organisation,
    coding: Coding,
    *,
    actor: StaffMember,
    reports: Sequence[Report] = (),
) -> Incident:
    """Code a new incident with the current codebook, optionally from hotline reports."""
    book = codebook.current()
    check_coding(book, coding)
    _check_corroboration(None, coding.verification)
    if any(report.organisation_id != organisation.pk for report in reports):
        raise CodingError(_("A report of another organisation cannot be linked."))
    envelope, sealed = _secrets(organisation, coding)
    incident = Incident.objects.create(
        organisation=organisation,
        codebook_id=book.pk,
        envelope=envelope,
        created_on=today(),
        updated_on=today(),
        **{name: getattr(coding, name) for name in _COLUMNS},
        **sealed,
    )
    _write_codes(incident, coding)
    for report in reports:
        _link(incident, report, actor)
    record(
        EventTag.CASEWORK_INCIDENT_CREATE,
        actor=actor,
        subject=incident,
        payload={"codebook": book.version, "tactics": len(coding.tactics), "reports": len(reports)},
    )
    return incident


def ensure_open(incident: Incident) -> None:
    """A merged incident is history: it is shown, never changed."""
    if incident.merged_into_id is not None:
        raise CodingError(
            _("Incident #%(pk)s was merged into #%(into)s and can no longer be changed.")
            % {"pk": incident.public_id, "into": getattr(incident.merged_into, "public_id", "")}
        )


@transaction.atomic
def update_incident(incident: Incident, coding: Coding, *, actor: StaffMember) -> Incident:
    """Re-code with the current codebook (the version recorded moves with it)."""
    ensure_open(incident)
    book = codebook.current()
    check_coding(book, coding)
    _check_corroboration(incident, coding.verification)
    before = {name: getattr(incident, name) for name in _COLUMNS}
    old_tactics = set(incident.tactics.values_list("code", flat=True))
    old_envelope = incident.envelope_id
    envelope, sealed = _secrets(incident.organisation, coding)
    for name in _COLUMNS:
        setattr(incident, name, getattr(coding, name))
    for name, value in sealed.items():
        setattr(incident, name, value)
    previous_version = incident.codebook.version
    incident.codebook_id, incident.envelope, incident.updated_on = book.pk, envelope, today()
    incident.save()
    retire(old_envelope)
    _write_codes(incident, coding)
    changed = [name for name in _COLUMNS if before[name] != getattr(coding, name)]
    if old_tactics != set(coding.tactics):
        changed.append("tactics")
    record(
        EventTag.CASEWORK_INCIDENT_UPDATE,
        actor=actor,
        subject=incident,
        payload={
            "changed": ",".join(changed),
            "codebook": book.version,
            "codebook_before": previous_version,
            "verification": coding.verification,
        },
    )
    return incident


def _link(incident: Incident, report: Report, actor: StaffMember) -> bool:
    _, created = IncidentReport.objects.get_or_create(
        incident=incident, report=report, defaults={"linked_on": today()}
    )
    if created:
        record(
            EventTag.CASEWORK_INCIDENT_REPORT_LINK,
            actor=actor,
            subject=incident,
            payload={"report": report.pk},
        )
    return created


@transaction.atomic
def link_report(incident: Incident, report: Report, *, actor: StaffMember) -> bool:
    """Say that a report supports an incident; False when it already did."""
    ensure_open(incident)
    if report.organisation_id != incident.organisation_id:
        raise CodingError(_("A report of another organisation cannot be linked."), "report")
    return _link(incident, report, actor)


@transaction.atomic
def unlink_report(incident: Incident, report: Report, *, actor: StaffMember) -> None:
    """Undo a mistaken link; sources citing the report stay, as claims once made."""
    ensure_open(incident)
    deleted, _rows = IncidentReport.objects.filter(incident=incident, report=report).delete()
    if deleted:
        record(
            EventTag.CASEWORK_INCIDENT_REPORT_UNLINK,
            actor=actor,
            subject=incident,
            payload={"report": report.pk},
        )


@dataclass(frozen=True)
class SourceDetails:
    kind: str
    reliability: str
    credibility: int
    citation: str = ""
    report: Report | None = None


def _check_source(incident: Incident, book: Book, details: SourceDetails) -> None:
    if not book.has(codebook.SOURCE_KIND, details.kind):
        raise _unknown(book, "kind", details.kind)
    if details.reliability not in RELIABILITY_GRADES:
        raise CodingError(_("Source reliability is graded A to F."), "reliability")
    if details.credibility not in CREDIBILITY_GRADES:
        raise CodingError(_("Information credibility is graded 1 to 6."), "credibility")
    if details.kind == codebook.HOTLINE_SOURCE:
        linked = (
            details.report is not None
            and IncidentReport.objects.filter(incident=incident, report=details.report).exists()
        )
        if not linked:
            raise CodingError(
                _("A hotline source must be a report linked to this incident."), "report"
            )
        if details.citation:
            raise CodingError(
                _("A hotline source is the report itself: leave the citation empty."), "citation"
            )
    elif details.report is not None or not details.citation.strip():
        raise CodingError(
            _("Cite the document (a URL or a reference); only hotline sources point at a report."),
            "citation",
        )


@transaction.atomic
def add_source(incident: Incident, details: SourceDetails, *, actor: StaffMember) -> Source:
    ensure_open(incident)
    _check_source(incident, codebook.book_for(incident.codebook), details)
    source = Source.objects.create(
        incident=incident,
        kind=details.kind,
        report=details.report,
        citation=details.citation.strip(),
        reliability=details.reliability,
        credibility=details.credibility,
        added_on=today(),
    )
    Incident.objects.filter(pk=incident.pk).update(updated_on=today())
    record(
        EventTag.CASEWORK_SOURCE_CREATE,
        actor=actor,
        subject=incident,
        payload={
            "source": source.pk,
            "kind": details.kind,
            "grade": f"{details.reliability}{details.credibility}",
        },
    )
    return source
