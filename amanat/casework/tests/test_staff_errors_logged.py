"""Staff-side failures still reach the logs (only hotline records are dropped there)."""

from __future__ import annotations

import logging

import pytest

pytestmark = pytest.mark.django_db


def test_staff_side_errors_are_still_logged_for_diagnosis(org_a, monkeypatch, caplog) -> None:
    from amanat.casework import queries
    from amanat.testing.staff_login import staff_client

    client = staff_client(org_a.analyst)
    client.raise_request_exception = False

    def broken(*args, **kwargs):
        raise RuntimeError("inbox broke")

    monkeypatch.setattr(queries, "inbox", broken)
    caplog.set_level(logging.ERROR)
    assert client.get("/staff/").status_code == 500
    assert "Internal Server Error: /staff/" in caplog.text
