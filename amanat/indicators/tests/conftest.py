"""Indicator fixtures: a deployment key file of the test's own, incidents made by casework's
action, identifiers recorded by ours."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from amanat.accounts.models import StaffMember
from amanat.incidents.actions import create_incident
from amanat.incidents.models import Incident
from amanat.indicators import actions, keys
from amanat.indicators.normalise import normalise
from amanat.testing.incidents import coding

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def indicator_key(settings, tmp_path: Path) -> Path:
    """A fresh deployment key per test, outside the data directory (as in production)."""
    path = tmp_path / "indicator-key"
    keys.write_key_file(path)
    settings.INDICATOR_KEY_FILE = str(path)
    return path


def make_incident(
    member: StaffMember, *, host: str = "TR", start: date | None = date(2024, 3, 1), **extra: Any
) -> Incident:
    coded = coding(
        date_start=start,
        date_start_precision="month" if start else "unknown",
        host_country=host,
        **extra,
    )
    return create_incident(member.organisation, coded, actor=member)


def record_on(
    incident: Incident, member: StaffMember, kind: str, value: str, **options: str
) -> actions.Added:
    return actions.add_identifier(incident, normalise(kind, value, **options), actor=member)


def token(client: Client, path: str = "/staff/") -> str:
    match = _TOKEN.search(client.get(path).content.decode())
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def post(client: Client, path: str, data: dict[str, Any]) -> Any:
    """POST like the browser submitting the page's form (CSRF token from a staff page)."""
    return client.post(path, {"csrfmiddlewaretoken": token(client), **data})
