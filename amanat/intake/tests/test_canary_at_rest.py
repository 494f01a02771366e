"""C01/C04/C08 for the hotline: canaries sent through the real form are nowhere at rest.

The sweep reads every file under the data directory (database, -wal, -shm, -journal, anything
else) and, on the PostgreSQL run, the server's data directory after a checkpoint.
"""

from __future__ import annotations

import logging
import os

import pytest
from django.test import Client

from amanat.intake.models import Attachment, Report
from amanat.intake.tests.conftest import csrf_token, png_with_text, submit, upload
from amanat.testing.factories import canary
from amanat.testing.staff import read_attachment, read_report
from amanat.testing.sweep import places_at_rest, sweep

pytestmark = pytest.mark.django_db(transaction=True)

TRACKING_HEADERS = {
    "HTTP_X_FORWARDED_FOR": "203.0.113.77",
    "HTTP_X_REAL_IP": "198.51.100.9",
    "HTTP_FORWARDED": "for=192.0.2.44",
    "HTTP_ACCEPT_LANGUAGE": "ug-AMN",
}


def test_canaries_sent_through_the_hotline_are_nowhere_at_rest(org_a, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    marks = {
        name: canary(name) for name in ("narrative", "contact", "filename", "metadata", "answer")
    }
    marks["uyghur"] = f"ئامانەت-{os.urandom(6).hex()}"
    marks["chinese"] = f"安全标记-{os.urandom(6).hex()}"
    user_agent = canary("ua")
    org_a.organisation.name = canary("visible")  # stored in clear: proves the sweep can see
    org_a.organisation.save()

    client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=user_agent, **TRACKING_HEADERS)
    narrative = f"{marks['narrative']} {marks['uyghur']} {marks['chinese']}"
    picture = png_with_text(marks["metadata"])
    _, receipt = submit(
        client,
        what_happened=narrative,
        contact=marks["contact"],
        files=[upload(f"{marks['filename']}.png", picture)],
    )
    assert receipt is not None
    token = csrf_token(client, "/return/")
    client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})
    token = csrf_token(client, "/status/")
    client.post("/status/", {"csrfmiddlewaretoken": token, "message": marks["answer"]})

    secrets_at_rest = [
        *marks.values(),
        user_agent,
        "203.0.113.77",
        "198.51.100.9",
        "192.0.2.44",
        "ug-AMN",
        receipt.replace(" ", ""),
        receipt,
    ]
    hits = sweep(places_at_rest(), [*secrets_at_rest, org_a.organisation.name])
    found = {hit.marker for hit in hits}
    assert org_a.organisation.name in found, "the sweep did not read the database"
    leaked = sorted(
        {(str(h.path), h.marker, h.encoding) for h in hits if h.marker != org_a.organisation.name}
    )
    assert leaked == []
    logged = caplog.text
    assert not [m for m in secrets_at_rest if m in logged]

    report = Report.objects.get()
    assert read_report(report, member=org_a.analyst)["fields"]["what_happened"] == narrative
    meta, _ = read_attachment(Attachment.objects.get(), member=org_a.analyst)
    assert meta["name"] == f"{marks['filename']}.png"
