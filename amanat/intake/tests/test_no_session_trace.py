"""No per-submission trace in the session table (issue #11.4): anonymous pages and a whole
submission write no session row, a reporter's row is dated only to the day, and the background
worker deletes expired rows."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.utils import timezone

from amanat.core.sessions import coarse_expiry
from amanat.core.tasks import PURGE_EVERY, purge_expired_sessions, schedule_purge
from amanat.intake.tests.conftest import csrf_token, submit

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    f"{prefix}{page}"
    for prefix in ("", "/ug", "/tr", "/zh-hans")
    for page in ("/", "/report/", "/return/", "/leave/")
]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _rows() -> list[tuple[str, str]]:
    return list(Session.objects.order_by("pk").values_list("pk", "session_data"))


def _sign_in(client: Client, receipt: str) -> None:
    token = csrf_token(client, "/return/")
    response = client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})
    assert response.status_code == 302


def test_anonymous_pages_write_no_session_row(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    for path in ANONYMOUS_PAGES:
        assert client.get(path).status_code == 200, path
    assert _rows() == []


def test_a_whole_submission_leaves_the_session_table_as_it_was(org_a) -> None:
    reporter = Client(enforce_csrf_checks=True)
    _, earlier = submit(reporter, what_happened="an earlier report")
    _sign_in(reporter, earlier)  # someone else's signed-in session already exists
    before = _rows()
    assert len(before) == 1
    for prefix in ("", "/ug", "/tr", "/zh-hans"):
        client = Client(enforce_csrf_checks=True)
        response, receipt = submit(client, lang_prefix=prefix, what_happened="AMN-no-trace")
        assert receipt is not None, response.content.decode()[:300]
    assert _rows() == before


def test_a_wrong_receipt_writes_no_session_row(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    token = csrf_token(client, "/return/")
    response = client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": "1" * 28})
    assert "was not recognised" in response.content.decode()
    assert _rows() == []


def test_a_reporter_session_expires_at_a_midnight_not_at_an_hour(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(client, what_happened="x")
    _sign_in(client, receipt)
    assert client.get("/status/").status_code == 200
    (row,) = Session.objects.all()
    expiry = row.expire_date.astimezone(dt.UTC)
    assert (expiry.hour, expiry.minute, expiry.second, expiry.microsecond) == (0, 0, 0, 0)
    assert timezone.now() < expiry <= timezone.now() + dt.timedelta(days=1, hours=1)


def test_sessions_saved_at_any_hour_of_a_day_share_one_expiry() -> None:
    day = dt.datetime(2026, 3, 9, tzinfo=dt.UTC)
    expiries = {coarse_expiry(day + dt.timedelta(minutes=minutes)) for minutes in range(0, 1440, 7)}
    assert expiries == {dt.datetime(2026, 3, 10, tzinfo=dt.UTC)}


def test_the_purge_deletes_expired_rows_and_keeps_live_ones() -> None:
    now = timezone.now()
    Session.objects.create(session_key="old", session_data="x", expire_date=now - PURGE_EVERY)
    Session.objects.create(session_key="due", session_data="x", expire_date=now)
    Session.objects.create(session_key="live", session_data="x", expire_date=now + PURGE_EVERY)
    assert purge_expired_sessions.call() == 2
    assert list(Session.objects.values_list("pk", flat=True)) == ["live"]


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_worker_queue_always_holds_one_next_purge() -> None:
    from django_tasks_db.models import DBTaskResult

    assert schedule_purge() is True
    assert schedule_purge() is False  # one waiting purge is enough
    purge_expired_sessions.call()  # what `amanat db_worker` runs: it plans the next one
    (waiting,) = DBTaskResult.objects.filter(status="READY")
    assert waiting.task_path == purge_expired_sessions.module_path
    assert timezone.now() < waiting.run_after <= timezone.now() + PURGE_EVERY


def test_the_immediate_backend_of_tests_and_dev_gets_no_endless_purge() -> None:
    assert schedule_purge() is False


@override_settings(TASKS=DATABASE_QUEUE)
def test_migrate_seeds_the_first_purge() -> None:
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    call_command("migrate", verbosity=0)  # nothing to apply; post_migrate is still sent
    call_command("migrate", verbosity=0)
    waiting = DBTaskResult.objects.filter(status="READY")
    assert [r.task_path for r in waiting] == [purge_expired_sessions.module_path]
