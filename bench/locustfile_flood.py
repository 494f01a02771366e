"""Locust users for the flood benchmark (``bench.flood``): anonymous submitters flooding the
hotline, and staff browsing the inbox and reports at the same time.

Run by ``bench.flood`` in a subprocess. Environment:

- ``BENCH_STAFF``: JSON ``[[username, password], …]``, one fresh staff account per staff user
  (each signs in once: password, then TOTP enrolment with the secret from the page);
- ``BENCH_BASELINE`` / ``BENCH_SECONDS`` / ``BENCH_AFTER``: once every staff user has signed
  in, staff browse alone for ``BENCH_BASELINE`` seconds, then the submitters flood for
  ``BENCH_SECONDS``, then staff browse alone again for ``BENCH_AFTER`` seconds (the inbox now
  holds the flood's reports) and the run ends (locust's ``--run-time`` is only a safety cap);
- ``BENCH_RECORDS``: where to write ``{"flood_at": t, "flood_end": t, "records": [[class,
  request, kind, ms, end time], …]}``;
- ``BENCH_TIMEOUT``: client timeout in seconds (a request that takes longer is a "timeout");
- ``BENCH_STAFF_HOST``: optional base URL of a separate server for staff pages.

A submitter's POST is classified by what the page says, not only by its status: ``receipt``
(200 with ``id="receipt"``), ``busy`` (429 with the "Nothing was saved yet" notice), or the
status / error kind otherwise.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path
from typing import Any

import gevent
import gevent.event
import pyotp
from locust import events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

from bench.formdata import csrf_token, report_form

BASELINE = float(os.environ.get("BENCH_BASELINE", "6"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "30"))
AFTER = float(os.environ.get("BENCH_AFTER", "5"))
STAFF: list[list[str]] = json.loads(os.environ.get("BENCH_STAFF", "[]"))
RECORDS_PATH = os.environ.get("BENCH_RECORDS", "flood-records.json")
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "20"))
STAFF_HOST = os.environ.get("BENCH_STAFF_HOST", "")  # staff served apart (URL), or "" = --host
STAFF_USERS = len(STAFF)

RECORDS: list[tuple[str, str, str, float, float]] = []
STAFF_READY = gevent.event.Event()  # every staff user has tried to sign in
STATE: dict[str, Any] = {"signed": 0, "flood_at": None, "flood_end": None, "environment": None}
_REPORT_LINK = re.compile(r'href="/staff/reports/(\d+)/"')
_TOTP_SECRET = re.compile(r'<code id="totp-secret">([A-Z2-7]+)</code>')


def _kind(response: Any) -> str:
    """What a non-successful response was: a timeout, a connection error, or an HTTP status."""
    if not response.status_code:
        error = getattr(response, "error", None)
        text = f"{type(error).__name__} {error}".lower()
        return "timeout" if "timeout" in text or "timed out" in text else "connection error"
    return str(response.status_code)


def _record(user: str, request: str, kind: str, started: float) -> None:
    elapsed = 1000 * (time.perf_counter() - started)
    RECORDS.append((user, request, kind, round(elapsed, 1), time.time()))


def _write_records() -> None:
    data = {"flood_at": STATE["flood_at"], "flood_end": STATE["flood_end"], "records": RECORDS}
    Path(RECORDS_PATH).write_text(json.dumps(data))


@events.init.add_listener
def _keep_environment(environment: Any, **_kwargs: Any) -> None:
    STATE["environment"] = environment


@events.quitting.add_listener
def _on_quit(**_kwargs: Any) -> None:
    _write_records()


def _staff_signed_in() -> None:
    """Called once per staff user: when all are in, schedule the flood and the end."""
    STATE["signed"] += 1
    if STATE["signed"] < STAFF_USERS or STAFF_READY.is_set():
        return
    STATE["flood_at"] = time.time() + BASELINE
    STATE["flood_end"] = STATE["flood_at"] + SECONDS
    STAFF_READY.set()

    def finish() -> None:
        gevent.sleep(BASELINE + SECONDS + AFTER)
        _write_records()
        STATE["environment"].runner.quit()

    gevent.spawn(finish)


class Submitter(FastHttpUser):
    """An anonymous reporter sending text reports back to back (no think time)."""

    weight = 1
    network_timeout = TIMEOUT
    connection_timeout = TIMEOUT

    def on_start(self) -> None:
        STAFF_READY.wait(timeout=180)
        gevent.sleep(max(0.0, (STATE["flood_at"] or 0) - time.time()))

    @task
    def submit(self) -> None:
        if time.time() >= STATE["flood_end"]:
            raise StopUser()
        started = time.perf_counter()
        with self.client.get("/report/", name="GET /report/", catch_response=True) as page:
            token = csrf_token(page.text or "") if page.status_code == 200 else None
            if token is None:
                kind = _kind(page) if page.status_code != 200 else "200 without form"
                page.failure(kind)
                _record("submitter", "GET /report/", kind, started)
                return
            page.success()
            _record("submitter", "GET /report/", "200", started)
        body, content_type = report_form(token, None)
        started = time.perf_counter()
        with self.client.post(
            "/report/",
            name="POST /report/",
            data=body,
            headers={"Content-Type": content_type},
            catch_response=True,
        ) as response:
            text = response.text or ""
            if response.status_code == 200 and 'id="receipt"' in text:
                kind = "receipt"
                response.success()
            elif response.status_code == 429 and "Nothing was saved yet" in text:
                kind = "busy (429)"
                response.success()  # the designed answer to overload
            else:
                kind = _kind(response)
                response.failure(kind)
            _record("submitter", "POST /report/", kind, started)


class Staff(FastHttpUser):
    """A case worker: signs in once (password + TOTP enrolment), then reads the inbox and one of
    the newest reports in a loop (no think time, so this measures responsiveness, not a human)."""

    fixed_count = STAFF_USERS
    network_timeout = TIMEOUT
    connection_timeout = TIMEOUT

    def on_start(self) -> None:
        try:
            self._sign_in()
        finally:
            _staff_signed_in()

    def _sign_in(self) -> None:
        if not STAFF:
            raise RuntimeError("BENCH_STAFF lists no free staff account")
        username, password = STAFF.pop()
        self.report_ids: list[str] = []
        started = time.perf_counter()
        name = "staff sign-in"
        login = self.client.get(f"{STAFF_HOST}/staff/login/", name=name)
        token = csrf_token(login.text or "")
        form = {"csrfmiddlewaretoken": token or "", "username": username, "password": password}
        signed = self.client.post(
            f"{STAFF_HOST}/staff/login/", data=form, name=name, allow_redirects=False
        )
        # Password accepted: on to the second factor, whose first visit shows the secret to enrol.
        enrol = self.client.get(f"{STAFF_HOST}/staff/2fa/", name=name, allow_redirects=False)
        secret = _TOTP_SECRET.search(enrol.text or "")
        token = csrf_token(enrol.text or "")
        if signed.status_code != 302 or secret is None or token is None:
            _record("staff", name, f"failed ({signed.status_code}/{enrol.status_code})", started)
            raise RuntimeError(f"{username}: no TOTP enrolment page ({enrol.status_code})")
        code = pyotp.TOTP(secret.group(1)).now()
        form = {"csrfmiddlewaretoken": token, "code": code}
        done = self.client.post(
            f"{STAFF_HOST}/staff/2fa/", data=form, name=name, allow_redirects=False
        )
        ok = done.status_code == 200 and 'class="codes"' in (done.text or "")
        _record("staff", name, "ok" if ok else f"failed ({done.status_code})", started)
        if not ok:
            raise RuntimeError(f"{username}: TOTP enrolment refused ({done.status_code})")

    def _get(self, path: str, name: str) -> str | None:
        started = time.perf_counter()
        with self.client.get(
            f"{STAFF_HOST}{path}", name=name, catch_response=True, allow_redirects=False
        ) as response:
            if response.status_code == 200:
                kind = "200"
                response.success()
            elif response.status_code in (301, 302):
                kind = f"{response.status_code} (signed out?)"
                response.failure(kind)
            else:
                kind = _kind(response)
                response.failure(kind)
            _record("staff", name, kind, started)
            return response.text if response.status_code == 200 else None

    @task
    def browse(self) -> None:
        inbox = self._get("/staff/", "GET /staff/ (inbox)")
        if inbox is not None:
            self.report_ids = _REPORT_LINK.findall(inbox)[:50] or self.report_ids
        if self.report_ids:
            pk = random.choice(self.report_ids)
            self._get(f"/staff/reports/{pk}/", "GET /staff/reports/{pk}/")
