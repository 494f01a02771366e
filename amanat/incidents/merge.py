"""Duplicates: a person marks a suspicion, a person confirms a merge. Never silent.

Merging B into A keeps B as history: B stays, read-only, with its own coding, texts, links,
sources and referrals, and says ``merged_into = A`` with the day; the actor is in the audit log
of both. A receives B's report links, tactics, channels and (copied) sources, and B's people
move to A — one real person should be one record, and moving needs no decryption. People whose
pseudonym is taken in A are renumbered; the audit entry lists each change.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents.actions import CodingError, ensure_open
from amanat.incidents.models import (
    Incident,
    IncidentChannel,
    IncidentReport,
    IncidentTactic,
    Person,
    Source,
)
from amanat.incidents.people import next_pseudonym


def _check_pair(incident: Incident, other: Incident) -> None:
    if incident.pk == other.pk:
        raise CodingError(
            _("An incident cannot be a duplicate of itself or merged into itself."), "target"
        )
    if incident.organisation_id != other.organisation_id:
        raise CodingError(
            _("There is no incident #%(pk)s in your organisation.") % {"pk": other.public_id},
            "target",
        )


@transaction.atomic
def mark_duplicate(incident: Incident, other: Incident | None, *, actor: StaffMember) -> None:
    """Record (or clear, with ``None``) the suspicion that ``incident`` repeats ``other``."""
    ensure_open(incident)
    if other is not None:
        _check_pair(incident, other)
    incident.suspected_duplicate_of = other
    incident.save(update_fields=["suspected_duplicate_of"])
    record(
        EventTag.CASEWORK_INCIDENT_DUPLICATE,
        actor=actor,
        subject=incident,
        payload={"of": other.pk if other is not None else None},
    )


@dataclass(frozen=True)
class MergeResult:
    reports: int
    sources: int
    people: int
    renamed: str


def _locked(pk: int) -> Incident:
    return Incident.objects.select_for_update().select_related("codebook").get(pk=pk)


@transaction.atomic
def merge_incidents(source: Incident, target: Incident, *, actor: StaffMember) -> MergeResult:
    """Merge ``source`` (B) into ``target`` (A); both are re-read under a row lock."""
    _check_pair(source, target)
    source, target = _locked(source.pk), _locked(target.pk)
    ensure_open(source)
    if target.merged_into_id is not None:
        raise CodingError(
            _("Incident #%(pk)s was itself merged into #%(into)s: merge into that one.")
            % {"pk": target.public_id, "into": getattr(target.merged_into, "public_id", "")},
            "target",
        )
    if source.codebook_id != target.codebook_id:
        raise CodingError(
            _(
                "These incidents were coded with different codebook versions "
                "(v%(a)s, v%(b)s): re-code one of them first."
            )
            % {"a": source.codebook.version, "b": target.codebook.version},
            "target",
        )
    result = MergeResult(
        reports=_carry_links(source, target),
        sources=_copy_sources(source, target),
        people=Person.objects.filter(incident=source).count(),
        renamed=_move_people(source, target),
    )
    _carry_codes(source, target)
    source.merged_into, source.merged_on, source.updated_on = target, today(), today()
    source.save(update_fields=["merged_into", "merged_on", "updated_on"])
    Incident.objects.filter(pk=target.pk).update(updated_on=today())
    payload = {
        "reports": result.reports,
        "sources": result.sources,
        "people": result.people,
        "renamed": result.renamed,
    }
    record(
        EventTag.CASEWORK_INCIDENT_MERGE,
        actor=actor,
        subject=source,
        payload={"into": target.pk, **payload},
    )
    record(
        EventTag.CASEWORK_INCIDENT_MERGED_FROM,
        actor=actor,
        subject=target,
        payload={"from": source.pk, **payload},
    )
    return result


def _carry_links(source: Incident, target: Incident) -> int:
    have = set(IncidentReport.objects.filter(incident=target).values_list("report_id", flat=True))
    new = [
        IncidentReport(incident=target, report_id=link.report_id, linked_on=today())
        for link in IncidentReport.objects.filter(incident=source)
        if link.report_id not in have
    ]
    IncidentReport.objects.bulk_create(new)
    return len(new)


def _carry_codes(source: Incident, target: Incident) -> None:
    def missing(model: type[IncidentTactic] | type[IncidentChannel]) -> list[str]:
        have = set(model.objects.filter(incident=target).values_list("code", flat=True))
        codes = model.objects.filter(incident=source).values_list("code", flat=True)
        return [code for code in codes if code not in have]

    IncidentTactic.objects.bulk_create(
        IncidentTactic(incident=target, code=code) for code in missing(IncidentTactic)
    )
    IncidentChannel.objects.bulk_create(
        IncidentChannel(incident=target, code=code) for code in missing(IncidentChannel)
    )


def _copy_sources(source: Incident, target: Incident) -> int:
    copies = [
        Source(
            incident=target,
            kind=s.kind,
            report_id=s.report_id,
            citation=s.citation,
            reliability=s.reliability,
            credibility=s.credibility,
            added_on=s.added_on,
        )
        for s in Source.objects.filter(incident=source)
    ]
    Source.objects.bulk_create(copies)
    return len(copies)


def _move_people(source: Incident, target: Incident) -> str:
    renamed = []
    for person in Person.objects.filter(incident=source).order_by("pk"):
        old = person.pseudonym
        person.incident = target
        if Person.objects.filter(incident=target, pseudonym=old).exists():
            person.pseudonym = next_pseudonym(target, person.role)
            renamed.append(f"{old}>{person.pseudonym}")
        person.save(update_fields=["incident", "pseudonym"])
    return ",".join(renamed)
