"""C16: when intake fails after the form was read, no canary reaches logs, error pages or disk,
the reporter sees a generic page and no receipt, and nothing half-written is kept."""

from __future__ import annotations

import logging

import pytest
from django.test import Client

from amanat.intake import actions, evidence
from amanat.intake.models import Report
from amanat.intake.tests.conftest import csrf_token, png_with_text, upload
from amanat.testing.factories import canary

pytestmark = pytest.mark.django_db


def post_report(client: Client, narrative: str, **extra) -> object:
    data = {
        "csrfmiddlewaretoken": csrf_token(client),
        "what_happened": narrative,
        "when_precision": "unknown",
        "contact": extra.pop("contact", ""),
    }
    data.update(extra)
    return client.post("/report/", data)


@pytest.mark.parametrize("where", ["encrypt_and_store", "stripper"])
def test_a_failure_after_parsing_leaks_nothing(org_a, monkeypatch, caplog, capfd, where) -> None:
    caplog.set_level(logging.DEBUG)
    marks = [canary("narrative"), canary("contact"), canary("filename")]

    def explode(*args, **kwargs):
        raise RuntimeError(f"injected failure {marks[0]}")  # even the message carries a canary

    if where == "encrypt_and_store":
        monkeypatch.setattr(actions, "submit_report", explode)
    else:
        monkeypatch.setattr(evidence.stripping, "strip", explode)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = post_report(
        client, marks[0], contact=marks[1], attachments=[upload(f"{marks[2]}.png", png_with_text())]
    )
    html = response.content.decode()
    assert response.status_code == 500
    assert "Nothing you sent was saved" in html
    assert 'id="receipt"' not in html
    captured = capfd.readouterr()
    for mark in marks:
        assert mark not in html
        assert mark not in caplog.text
        assert mark not in captured.out + captured.err
    assert Report.objects.count() == 0


def test_a_failing_commit_leaves_no_half_written_report(org_a, monkeypatch) -> None:
    from amanat.audit import actions as audit_actions

    def fail_at_the_end(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr("amanat.intake.actions.record", fail_at_the_end)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = post_report(client, "half", attachments=[upload("a.png", png_with_text())])
    assert response.status_code == 500
    assert Report.objects.count() == 0
    from amanat.intake.models import Attachment, Blob
    from amanat.keys.models import Envelope

    assert Attachment.objects.count() == Blob.objects.count() == 0
    assert not Envelope.objects.exists()
    assert audit_actions.record  # the real recorder is untouched


def test_a_database_failure_while_storing_says_nothing_was_saved(org_a, monkeypatch) -> None:
    from django.db import OperationalError

    from amanat.intake import actions
    from amanat.intake.tests.conftest import submit

    def disk_full(*args, **kwargs):
        raise OperationalError("database or disk is full")

    monkeypatch.setattr(actions, "submit_report", disk_full)
    response, receipt = submit(Client(enforce_csrf_checks=True), what_happened="x")
    assert response.status_code == 503
    assert response["Retry-After"] == "300"
    assert receipt is None
    assert "Nothing you sent was saved" in response.content.decode()
