"""C11: does the receipt sign-in answer valid, well-formed invalid and malformed receipts in the
same time? 300 of each, interleaved at random, through Django's full request stack in process
(no network noise); prints the medians and their differences.

The answers differ in content anyway (a valid receipt signs in), so the property that matters is
that the *lookup* does the same work for every input: the derivation runs on a decoy for malformed
input, and input over the maximum length is refused before any hashing.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = 300


def _setup() -> str:
    data_dir = tempfile.mkdtemp(prefix="amanat-bench-timing-")
    os.makedirs(os.path.join(data_dir, "static"), exist_ok=True)
    os.environ.update(
        AMANAT_DATA_DIR=data_dir,
        AMANAT_SECRET_KEY="bench-only-secret-key-0123456789abcdefghijklmnop",  # noqa: S106 - a benchmark's throwaway secret
        AMANAT_RECEIPT_FAILURES_PER_MINUTE="100000",
        AMANAT_ALLOWED_HOSTS="testserver",
        AMANAT_TASKS_BACKEND="immediate",
        DJANGO_SETTINGS_MODULE="amanat.settings",
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from amanat.accounts.actions import create_organisation
    from amanat.intake.actions import NewReport, submit_report

    organisation, _ = create_organisation("timing", "Timing", actor=None)
    fields = {"what_happened": "timing", "when_precision": "unknown"}
    _, receipt = submit_report(NewReport(fields, "en", []), organisation=organisation)
    return receipt


def _time_one(receipt_text: str, expected: int) -> float:
    from django.test import Client

    client = Client()
    client.get("/return/")
    start = time.perf_counter()
    response = client.post("/return/", {"receipt": receipt_text})
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != expected:
        raise RuntimeError(f"expected {expected}, got {response.status_code}: not measuring logins")
    return elapsed


def run(**_: object) -> str:
    """Measure in a fresh process: Django is configured here for its own throwaway database."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.receipt_timing"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def measure() -> str:
    valid = _setup()
    wrong = ("1" if valid[0] != "1" else "2") + valid[1:]
    kinds = {"valid": valid, "invalid (well-formed)": wrong, "malformed": "12ab" * 5}
    expected = {"valid": 302, "invalid (well-formed)": 200, "malformed": 200}
    order = [k for k in kinds for _ in range(ROUNDS)]
    random.shuffle(order)
    for kind in kinds:  # warm-up
        _time_one(kinds[kind], expected[kind])
    samples: dict[str, list[float]] = {k: [] for k in kinds}
    for kind in order:
        samples[kind].append(_time_one(kinds[kind], expected[kind]))
    medians = {k: statistics.median(v) for k, v in samples.items()}
    base = medians["invalid (well-formed)"]
    rows = [f"| {k} | {ROUNDS} | {m:.2f} | {m - base:+.2f} |" for k, m in medians.items()]
    oversized = _time_one("1" * 100_000, 200)
    return "\n".join(
        [
            "| receipt | n | median ms | Δ vs invalid ms |",
            "|---|--:|--:|--:|",
            *rows,
            "",
            f"100 kB input (refused before hashing): {oversized:.2f} ms for one request.",
            "In-process Django test client, SQLite, interleaved at random; target: |Δ| < 5 ms.",
        ]
    )


if __name__ == "__main__":
    print(measure())
