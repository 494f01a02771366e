"""Hotline reports for staff-side tests, stored by the hotline's own action (no browser)."""

from __future__ import annotations

from amanat.intake.actions import NewReport, submit_report
from amanat.intake.evidence import AcceptedFile
from amanat.intake.models import Report
from amanat.keys.models import Organisation


def report_for(
    organisation: Organisation, text: str, files: list[AcceptedFile] | None = None
) -> Report:
    """A hotline report of the organisation, stored by the hotline's own action."""
    fields = {"what_happened": text, "when_precision": "unknown"}
    report, _receipt = submit_report(
        NewReport(fields=fields, language="en", files=files or []), organisation=organisation
    )
    return report


def evidence_file(content: bytes, name: str = "photo.png") -> AcceptedFile:
    """A file as intake accepts it after cleaning (here: already clean)."""
    return AcceptedFile(
        name=name, kind="image", mime="image/png", extension="png", clean=content, removed=()
    )
