"""Locust users for the hotline benchmark: GET the form (fresh CSRF token), POST a report.

Run by ``bench.hotline`` in a subprocess (gevent monkeypatching stays out of the driver).
Environment: ``BENCH_SCENARIO`` = ``text`` or ``image``; ``BENCH_IMAGE`` = path of the JPEG
(read once at import). Success of a POST = HTTP 200 and a page with ``id="receipt"`` (and, for
``image``, the photo listed as received, not as rejected).
"""

from __future__ import annotations

import os
from pathlib import Path

from locust import constant, constant_throughput, task
from locust.contrib.fasthttp import FastHttpUser

from bench.formdata import csrf_token, image_accepted, report_form

SCENARIO = os.environ.get("BENCH_SCENARIO", "text")
IMAGE = Path(os.environ["BENCH_IMAGE"]).read_bytes() if SCENARIO == "image" else None
# Set for the "half rate" run: each user's submissions per second (locust paces the task).
RATE_PER_USER = float(os.environ.get("BENCH_RATE_PER_USER") or 0)
GET_NAME = "GET /report/"
POST_NAME = f"POST /report/ [{SCENARIO}]"


class Reporter(FastHttpUser):
    """One anonymous reporter submitting reports back to back (no think time)."""

    wait_time = constant_throughput(RATE_PER_USER) if RATE_PER_USER else constant(0)
    network_timeout = 120.0
    connection_timeout = 30.0

    @task
    def submit(self) -> None:
        with self.client.get("/report/", name=GET_NAME, catch_response=True) as page:
            token = csrf_token(page.text or "") if page.status_code == 200 else None
            if token is None:
                page.failure(f"form: HTTP {page.status_code}, no CSRF token")
                return
            page.success()
        body, content_type = report_form(token, IMAGE)
        with self.client.post(
            "/report/",
            name=POST_NAME,
            data=body,
            headers={"Content-Type": content_type},
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif 'id="receipt"' not in (response.text or ""):
                response.failure("HTTP 200 without a receipt")
            elif IMAGE is not None and not image_accepted(response.text or ""):
                response.failure("receipt, but the photo was not accepted")
            else:
                response.success()
