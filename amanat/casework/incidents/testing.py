"""Helpers for the incident tests: reports without a browser, form posts with CSRF tokens.

Tests drive the real views through ``staff_client`` (password + TOTP, CSRF checks on); these
helpers only build the data a browser would send.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.test import Client

from amanat.casework.incidents.actions import Coding
from amanat.intake.actions import NewReport, submit_report
from amanat.intake.evidence import AcceptedFile
from amanat.intake.models import Report
from amanat.keys.models import Organisation

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(client: Client, path: str = "/staff/incidents/") -> str:
    """The session's CSRF token, read from a staff page as a browser would."""
    page = client.get(path).content.decode()
    match = _TOKEN.search(page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def post(client: Client, path: str, data: dict[str, Any]) -> Any:
    """POST with the CSRF token, like the browser submitting the page's form."""
    return client.post(path, {"csrfmiddlewaretoken": csrf_token(client), **data})


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


def incident_data(**overrides: Any) -> dict[str, Any]:
    """A valid incident form, field by field; overrides replace or (None) remove fields."""
    data: dict[str, Any] = {
        "date_start_precision": "month",
        "date_start": "2024-03",
        "date_end_precision": "",
        "date_end": "",
        "host_country": "TR",
        "origin_state": "CN",
        "community": "uyghur",
        "stage": "stage1",
        "tactics": ["threat_to_family", "informant_recruitment"],
        "channels": ["video_call"],
        "perpetrator": "state_security",
        "perpetrator_evidence": "",
        "response": "refused",
        "verification": "unverified",
        "sensitivity": "confidential",
        "summary": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def created_pk(response: Any) -> int:
    """The incident id a successful form post redirected to."""
    assert response.status_code == 302, response.content.decode()[:2000]
    match = re.search(r"/staff/incidents/(\d+)/$", response["Location"])
    assert match, response["Location"]
    return int(match.group(1))


def coding(**overrides: Any) -> Coding:
    """A valid coding for the actions (month precision, Uyghur, stage 1); overrides replace."""
    fields: dict[str, Any] = {
        "date_start": dt.date(2024, 3, 1),
        "date_start_precision": "month",
        "date_end": None,
        "date_end_precision": "",
        "host_country": "TR",
        "origin_state": "CN",
        "community": "uyghur",
        "stage": "stage1",
        "perpetrator": "state_security",
        "response": "refused",
        "verification": "unverified",
        "sensitivity": "confidential",
        "tactics": ("threat_to_family",),
    }
    fields.update(overrides)
    return Coding(**fields)
