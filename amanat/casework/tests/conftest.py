"""Casework fixtures: a hotline report in org A, submitted through the real form."""

from __future__ import annotations

import pytest
from django.test import Client

from amanat.intake.models import Report
from amanat.intake.tests.conftest import jpeg_with_exif, submit, upload


@pytest.fixture
def report_a(org_a, settings) -> Report:
    settings.HOTLINE_ORGANISATION = "org-a"
    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(
        client,
        what_happened="My mother was questioned by police in Kashgar.",
        contact="signal: AMN-contact",
        keep_original="on",
        files=[upload("call.jpg", jpeg_with_exif("AMN-artist"))],
    )
    report = Report.objects.get()
    report.receipt = receipt  # type: ignore[attr-defined]  # for tests that sign in as reporter
    return report
