"""The referral packet: a ZIP a coordinator hands to a police force, ministry, UN body or NGO.

Contents, each listed with its SHA-256 in ``manifest.json``:

* ``reports/report-<pk>.txt`` — the narrative of each report the coordinator selected (never the
  reporter's contact details or the conversation);
* ``evidence/report-<pk>-file-<pk>.<ext>`` — those reports' files, as cleaned at intake (metadata
  removed), under generated names (a reporter's file name can identify them);
* ``incident.json`` — the coded fields with English labels and the codebook version; people by
  pseudonym only; no summary or evidence text (they are encrypted because they may identify).

Entries carry the day, not the time, of building. The ZIP is built in memory: packets are a
handful of cleaned files within the hotline's attachment caps.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.casework.reading import ReportContent, open_attachment, open_report
from amanat.core.time import today
from amanat.incidents import codebook
from amanat.incidents.actions import CodingError
from amanat.incidents.dates import show
from amanat.incidents.models import Incident, IncidentReport, Referral
from amanat.intake.models import BlobRole, Report

FORMAT = "amanat-referral-packet/1"
_EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")


@dataclass(frozen=True)
class Packet:
    filename: str
    content: bytes
    manifest: dict[str, Any]


def _coded(book: codebook.Book, name: str, code: str) -> dict[str, str]:
    return {"code": code, "label": book.label(name, code, "en")}


def incident_data(incident: Incident, referral: Referral) -> dict[str, Any]:
    """The incident's coded fields, as a partner reads them (English labels beside codes)."""
    book = codebook.book_for(incident.codebook)
    return {
        "incident": incident.pk,
        "codebook_version": book.version,
        "date_start": show(incident.date_start, incident.date_start_precision) or None,
        "date_start_precision": incident.date_start_precision,
        "date_end": show(incident.date_end, incident.date_end_precision) or None,
        "date_end_precision": incident.date_end_precision or None,
        "host_country": incident.host_country or None,
        "origin_state": incident.origin_state or None,
        "community": _coded(book, codebook.COMMUNITY, incident.community),
        "stage": _coded(book, codebook.STAGE, incident.stage),
        "tactics": [_coded(book, codebook.TACTIC, t.code) for t in incident.tactics.all()],
        "channels": [_coded(book, codebook.CHANNEL, c.code) for c in incident.channels.all()],
        "perpetrator": _coded(book, codebook.PERPETRATOR, incident.perpetrator),
        "response": _coded(book, codebook.RESPONSE, incident.response),
        "verification": incident.verification,
        "sensitivity": incident.sensitivity,
        "people": [
            {
                "pseudonym": p.pseudonym,
                "role": p.role,
                "relationship": p.relationship or None,
                "age_band": p.age_band or None,
            }
            for p in incident.people.all()
        ],
        "sources": [
            {
                "kind": s.kind,
                "reliability": s.reliability,
                "credibility": s.credibility,
                "citation": s.citation or None,
                "report": s.report_id,
            }
            for s in incident.sources.all()
        ],
        "referral": {
            "recipient_kind": referral.recipient_kind,
            "recipient_name": referral.recipient_name,
            "status": referral.status,
            "referred_on": referral.referred_on.isoformat() if referral.referred_on else None,
        },
    }


def _report_text(report: Report, content: ReportContent) -> bytes:
    narrative = str(content.fields.get("what_happened", "")).strip()
    header = (
        f"Report #{report.public_id}, received {report.received_on:%Y-%m-%d}, "
        f"written in language: {content.language}\n\n"
    )
    return (header + narrative + "\n").encode("utf-8")


def _evidence(report: Report, signed: SignedIn) -> list[tuple[str, bytes, dict[str, Any]]]:
    found = []
    for attachment in report.attachments.select_related("envelope").order_by("pk"):
        opened = open_attachment(attachment, BlobRole.CLEAN, signed)
        extension = str(opened.meta.get("extension", "")).lower()
        extension = extension if _EXTENSION.match(extension) else "bin"
        name = f"evidence/report-{report.pk}-file-{attachment.pk}.{extension}"
        found.append(
            (
                name,
                opened.content,
                {"intake_sha256": opened.meta.get("sha256"), "intact": opened.intact},
            )
        )
    return found


def check_selection(incident: Incident, report_ids: Sequence[int]) -> list[int]:
    """The selected reports, each of which must be linked to the incident."""
    linked = set(
        IncidentReport.objects.filter(incident=incident).values_list("report_id", flat=True)
    )
    for pk in report_ids:
        if pk not in linked:
            raise CodingError(
                _("Report #%(pk)d is not linked to this incident.") % {"pk": pk}, "reports"
            )
    return sorted(set(report_ids))


def build_packet(referral: Referral, report_ids: Sequence[int], *, signed: SignedIn) -> Packet:
    """Decrypt (audited), assemble and hash; raises reading.NoGrant/Tampered, CodingError."""
    incident = referral.incident
    wanted = check_selection(incident, report_ids)
    entries: list[tuple[str, bytes, dict[str, Any]]] = []
    reports = Report.objects.filter(pk__in=wanted, organisation_id=incident.organisation_id)
    for report in reports.select_related("envelope", "organisation").order_by("pk"):
        entries.append(
            (
                f"reports/report-{report.pk}.txt",
                _report_text(report, open_report(report, signed)),
                {},
            )
        )
        entries += _evidence(report, signed)
    data = json.dumps(incident_data(incident, referral), ensure_ascii=False, indent=2)
    entries.append(("incident.json", data.encode("utf-8"), {}))
    manifest = {
        "format": FORMAT,
        "incident": incident.pk,
        "referral": referral.pk,
        "codebook_version": incident.codebook.version,
        "built_on": today().isoformat(),
        "reports": wanted,
        "files": [
            {
                "path": name,
                "sha256": hashlib.sha256(content).hexdigest(),
                "size": len(content),
                **extra,
            }
            for name, content, extra in entries
        ],
    }
    manifest_bytes = json.dumps(manifest, indent=2).encode("utf-8")
    archive = _zip([(n, c) for n, c, _e in entries] + [("manifest.json", manifest_bytes)], today())
    record(
        EventTag.CASEWORK_REFERRAL_PACKET,
        actor=signed.member,
        subject=referral,
        payload={"incident": incident.pk, "reports": len(wanted), "files": len(entries)},
    )
    return Packet(f"referral-{referral.pk}-incident-{incident.pk}.zip", archive, manifest)


def _zip(entries: list[tuple[str, bytes]], day: date) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()
