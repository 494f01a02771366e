"""Incident readers that need no key: lists, coded fields with labels, counts, history.

Labels come from the codebook version each incident was coded with, so an old incident keeps
its meaning after a new codebook is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from amanat.accounts.models import StaffMember
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag
from amanat.incidents import codebook
from amanat.incidents.access import incidents_visible_to
from amanat.incidents.codebook import Book
from amanat.incidents.dates import show
from amanat.incidents.models import (
    Codebook,
    Incident,
    IncidentReport,
    Person,
    Referral,
    Source,
)

NOT_STATED = _("not stated")


def independent_sources(incident: Incident) -> int:
    """Sources counted once per origin: one report, or one document however often cited.

    Two citations are the same document when they are equal up to case and spacing; a report
    whose content was deleted on request still counts once per source that cited it.
    """
    origins: set[tuple[str, object]] = set()
    rows = Source.objects.filter(incident=incident).values_list("pk", "report_id", "citation")
    for pk, report_id, citation in rows:
        if report_id is not None:
            origins.add(("report", report_id))
        elif citation.strip():
            origins.add(("document", " ".join(citation.casefold().split())))
        else:
            origins.add(("source", pk))
    return len(origins)


def incident_list(
    member: StaffMember,
    *,
    verification: str | None = None,
    tactic: str | None = None,
    include_merged: bool = False,
) -> QuerySet[Incident]:
    incidents = incidents_visible_to(member).select_related("codebook")
    if not include_merged:
        incidents = incidents.filter(merged_into__isnull=True)
    if verification:
        incidents = incidents.filter(verification=verification)
    if tactic:
        incidents = incidents.filter(tactics__code=tactic)
    return (
        incidents.prefetch_related("tactics", "channels")
        .annotate(
            n_reports=Count("report_links", distinct=True), n_people=Count("people", distinct=True)
        )
        .order_by("-updated_on", "-pk")
    )


def books_for(incidents: Iterable[Incident]) -> dict[int, Book]:
    """Each codebook version the incidents use, loaded once."""
    ids = {incident.codebook_id for incident in incidents}
    return {cb.pk: codebook.book_for(cb) for cb in Codebook.objects.filter(pk__in=ids)}


def period(incident: Incident) -> str:
    start = show(incident.date_start, incident.date_start_precision)
    end = show(incident.date_end, incident.date_end_precision)
    if not start:
        return "?"
    return f"{start} – {end}" if end else start


@dataclass(frozen=True)
class Coded:
    """An incident's coded fields as labels in the current language, for pages."""

    incident: Incident
    version: str
    when: str
    host_country: str
    origin_state: str
    community: str
    stage: str
    perpetrator: str
    response: str
    tactics: list[str]
    channels: list[str] = field(default_factory=list)


def coded(incident: Incident, book: Book) -> Coded:
    def country(iso: str) -> str:
        return f"{codebook.country_name(iso)} ({iso})" if iso else str(NOT_STATED)

    def label(name: str, code: str) -> str:
        return book.label(name, code) if code else str(NOT_STATED)

    tactics = [book.label(codebook.TACTIC, t.code) for t in incident.tactics.all()]
    channels = [book.label(codebook.CHANNEL, c.code) for c in incident.channels.all()]
    return Coded(
        incident=incident,
        version=book.version,
        when=period(incident),
        host_country=country(incident.host_country),
        origin_state=country(incident.origin_state),
        community=label(codebook.COMMUNITY, incident.community),
        stage=label(codebook.STAGE, incident.stage),
        perpetrator=label(codebook.PERPETRATOR, incident.perpetrator),
        response=label(codebook.RESPONSE, incident.response),
        tactics=tactics,
        channels=channels,
    )


def list_rows(incidents: QuerySet[Incident]) -> list[Coded]:
    found = list(incidents)
    books = books_for(found)
    return [coded(incident, books[incident.codebook_id]) for incident in found]


@dataclass(frozen=True)
class SourceRow:
    source: Source
    kind: str


@dataclass(frozen=True)
class ReferralRow:
    referral: Referral
    recipient_kind: str
    status: str


@dataclass
class IncidentPage:
    """Everything the detail page shows that needs no key."""

    coded: Coded
    book: Book
    sources: list[SourceRow]
    independent: int
    report_links: list[IncidentReport]
    people: list[Person]
    referrals: list[ReferralRow]
    merged_from: list[Incident]
    suspected: list[Incident]
    history: list[AuditEntry]


def history(incident: Incident, limit: int = 50) -> list[AuditEntry]:
    """What was done to the incident (not who read it), from the audit log: tags and days."""
    entries = (
        AuditEntry.objects.filter(
            subject_type=incident._meta.label_lower, subject_id=str(incident.pk)
        )
        .exclude(tag=EventTag.CASEWORK_INCIDENT_DECRYPT)
        .select_related("actor")
    )
    return list(entries.order_by("-pk")[:limit])


def incident_page(incident: Incident) -> IncidentPage:
    book = codebook.book_for(incident.codebook)
    sources = [
        SourceRow(s, book.label(codebook.SOURCE_KIND, s.kind)) for s in incident.sources.all()
    ]
    referrals = [
        ReferralRow(
            r,
            book.label(codebook.RECIPIENT_KIND, r.recipient_kind),
            book.label(codebook.REFERRAL_STATUS, r.status),
        )
        for r in incident.referrals.all()
    ]
    return IncidentPage(
        coded=coded(incident, book),
        book=book,
        sources=sources,
        independent=independent_sources(incident),
        report_links=list(incident.report_links.select_related("report")),
        people=list(incident.people.select_related("envelope")),
        referrals=referrals,
        merged_from=list(incident.merged_from.all()),
        suspected=list(incident.suspected_duplicates.filter(merged_into__isnull=True)),
        history=history(incident),
    )


def linked_reports(incident: Incident) -> list[tuple[int, str]]:
    """The reports linked to an incident, as form choices."""
    links = incident.report_links.select_related("report").order_by("report_id")
    return [
        (link.report_id, f"#{link.report.public_id} ({link.report.received_on:%Y-%m-%d})")
        for link in links
    ]
