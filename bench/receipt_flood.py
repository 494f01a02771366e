"""Wrong-receipt flood: can returning reporters still sign in? (issue #11.5)

A flooder sends wrong, well-formed receipt codes with random prefixes as fast as Django's whole
request stack answers them (in process, SQLite, the default ``AMANAT_RECEIPT_FAILURES_PER_MINUTE``)
while returning reporters, one every ``REPORTER_EVERY`` flood requests, sign in with their real
codes. The same flood runs twice: against the single shared failure budget the hotline had
before (``PrefixBudgets(digits=0)`` is exactly that one global bucket) and against the budget
per 3-digit receipt prefix it has now. Printed: the share of returning reporters let in, and the
share of the flood's codes refused (429) before they were even checked.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

FLOOD_REQUESTS = 3000
REPORTER_EVERY = 30
REPORTERS = 40


def run(**_: object) -> str:
    """Measure in a fresh process: Django is configured here for its own throwaway database."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.receipt_flood"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _setup() -> list[str]:
    import os
    import tempfile

    data_dir = tempfile.mkdtemp(prefix="amanat-bench-receipt-flood-")
    os.makedirs(os.path.join(data_dir, "static"), exist_ok=True)
    os.environ.update(
        AMANAT_DATA_DIR=data_dir,
        AMANAT_SECRET_KEY="bench-only-secret-key-0123456789abcdefghijklmnop",  # noqa: S106 - a benchmark's throwaway secret
        AMANAT_ALLOWED_HOSTS="testserver",
        AMANAT_TASKS_BACKEND="immediate",
        DJANGO_SETTINGS_MODULE="amanat.settings",
    )
    os.environ.pop("AMANAT_RECEIPT_FAILURES_PER_MINUTE", None)
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from amanat.accounts.actions import create_organisation
    from amanat.intake.actions import NewReport, submit_report

    organisation, _ = create_organisation("flood", "Flood", actor=None)
    fields = {"what_happened": "returning", "when_precision": "unknown"}
    return [
        submit_report(NewReport(fields, "en", []), organisation=organisation)[1]
        for _ in range(REPORTERS)
    ]


def _flood(receipts: list[str], digits: int) -> dict[str, float]:
    from django.conf import settings
    from django.test import Client

    from amanat.intake import throttle

    throttle.receipt_failures = throttle.PrefixBudgets(
        settings.RECEIPT_FAILURES_PER_MINUTE, digits=digits
    )
    rng = random.Random(7)
    client = Client()
    admitted = reporters = refused = 0
    start = time.perf_counter()
    for step in range(FLOOD_REQUESTS):
        wrong = f"{rng.randrange(10**28):028d}"
        if client.post("/return/", {"receipt": wrong}).status_code == 429:
            refused += 1
        if step % REPORTER_EVERY == 0:
            reporters += 1
            response = Client().post("/return/", {"receipt": receipts[reporters % len(receipts)]})
            admitted += response.status_code == 302
    elapsed = time.perf_counter() - start
    return {
        "admitted": 100 * admitted / reporters,
        "reporters": reporters,
        "refused": 100 * refused / FLOOD_REQUESTS,
        "rate": FLOOD_REQUESTS / elapsed,
    }


def measure() -> str:
    receipts = _setup()
    from django.conf import settings

    rows = []
    for label, digits in (("one shared budget (before)", 0), ("budget per 3-digit prefix", 3)):
        r = _flood(receipts, digits)
        rows.append(
            f"| {label} | {r['rate']:.0f}/s | {r['refused']:.0f} % | {r['reporters']:.0f} "
            f"| {r['admitted']:.0f} % |"
        )
    return "\n".join(
        [
            "| failure budget | flood of wrong codes | flood refused (429) | returning reporters "
            "| let in |",
            "|---|--:|--:|--:|--:|",
            *rows,
            "",
            f"- {FLOOD_REQUESTS} wrong codes with random prefixes, one returning reporter with a "
            f"real code every {REPORTER_EVERY}; `AMANAT_RECEIPT_FAILURES_PER_MINUTE="
            f"{settings.RECEIPT_FAILURES_PER_MINUTE}` (one worker's budgets, in process, SQLite).",
            "- Through nginx the whole hotline gets 20 requests/s (docs/deploy.md): emptying all "
            "1,000 prefix budgets needs about 167 wrong codes/s sustained.",
        ]
    )


if __name__ == "__main__":
    print(measure())
