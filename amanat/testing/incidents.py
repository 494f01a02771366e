"""Helpers for the incident tests: a valid incident form, one valid coding.

Tests drive the real views through ``staff_client`` (password + TOTP, CSRF checks on); these
helpers only build the data a browser would send.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from amanat.core.ids import PublicIdConverter
from amanat.incidents.actions import Coding
from amanat.incidents.models import Incident


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
    """The row id of the incident a successful form post redirected to (by its public id)."""
    assert response.status_code == 302, response.content.decode()[:2000]
    match = re.search(rf"/staff/incidents/({PublicIdConverter.regex})/$", response["Location"])
    assert match, response["Location"]
    return Incident.objects.get(public_id=match.group(1)).pk


def iid(incident: Incident | int | str) -> str:
    """An incident's public id (what URLs and forms take), from the incident or its row id."""
    if isinstance(incident, Incident):
        return incident.public_id
    if isinstance(incident, str):
        return incident
    return Incident.objects.values_list("public_id", flat=True).get(pk=incident)


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
