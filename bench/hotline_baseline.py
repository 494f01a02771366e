"""Crypto-only cost of one hotline submission, by direct calls (no HTTP, no Django request).

Run by ``bench.hotline`` as ``python -m bench.hotline_baseline --image PATH`` with the benchmark's
SQLite environment (migrated, demo organisation); prints one JSON object. It repeats what
``intake.actions.submit_report`` does to the bytes, minus the database:

* text: a new receipt, ``derive_receipt_secrets`` (BLAKE2b ×2 + X25519 key pair), a data key
  sealed to every content recipient of the demo organisation, the form's cleaned fields as JSON,
  padded and encrypted;
* image: the same, plus the attachment's own data key sealed to the same recipients, SHA-256 of
  the cleaned file, its metadata encrypted, and the cleaned file (~1 MB) encrypted once (the
  original is not kept: ``keep_original`` is unticked, as in the HTTP run);
* strip: one ``amanat.intake.stripping.strip()`` of the JPEG (a sandboxed subprocess), repeated;
* crypto + durable commit: ``intake.actions.submit_report`` called directly (the same crypto plus
  the database rows, committed with fsync), wall time per call;
* in-process CPU: a text submission (GET of the form + POST) through Django's whole request stack
  and middleware with its test client, no HTTP server: CPU seconds per submission (issue #14's
  "≤ 25× the crypto alone").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amanat.settings")
    import django

    django.setup()


def _recipients() -> list[bytes]:
    from django.db import connections

    from amanat.intake.hotline import hotline_organisation
    from amanat.keys.keyring import content_targets

    keys = [t.public_key for t in content_targets(hotline_organisation())]
    connections.close_all()
    return keys


def _report_payload() -> dict[str, Any]:
    """What the view encrypts for the benchmark's text: the form's cleaned fields."""
    from django.utils import translation

    from amanat.core.time import today
    from amanat.intake.forms import ReportForm
    from bench.formdata import REPORT_TEXT

    with translation.override("en"):
        form = ReportForm({"what_happened": REPORT_TEXT, "when_precision": "unknown"})
        if not form.is_valid():
            raise RuntimeError(f"benchmark text does not validate: {form.errors.as_json()}")
    fields = {k: v for k, v in form.cleaned_data.items() if k != "keep_original"}
    return {"fields": fields, "language": "en", "received_on": str(today())}


def _children_cpu_seconds() -> float:
    """CPU of this process plus its reaped children (the stripping sandboxes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _per_call_ms(function: Callable[[], object], iterations: int, rounds: int = 5) -> float:
    """Mean time per call in the fastest of ``rounds`` rounds (as timeit advises: slower rounds
    measure other processes, not this code)."""
    for _ in range(min(50, iterations)):
        function()
    per_round = max(1, iterations // rounds)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            function()
        best = min(best, (time.perf_counter() - start) * 1000 / per_round)
    return best


def measure(image_path: Path, iterations: int, strip_runs: int) -> dict[str, Any]:
    _setup_django()
    from amanat.core import crypto
    from amanat.intake import receipts

    recipients = _recipients()
    payload = _report_payload()
    image = image_path.read_bytes()

    strip_ms: list[float] = []
    strip_error = None
    strip_cpu_ms = None
    clean = image
    removed: list[str] = []
    try:
        from amanat.intake.stripping import strip

        cpu_before = _children_cpu_seconds()
        for _ in range(strip_runs):
            start = time.perf_counter()
            result = strip(image, filename="photo.jpg")
            strip_ms.append((time.perf_counter() - start) * 1000)
        strip_cpu_ms = 1000 * (_children_cpu_seconds() - cpu_before) / strip_runs
        clean, removed = result.clean, list(result.removed)
    except Exception as exc:  # noqa: BLE001 - reported in the table, not hidden
        strip_error = f"{type(exc).__name__}: {exc}"

    def seal_all(key: bytes) -> list[bytes]:
        return [crypto.seal(public, key) for public in recipients]

    def text_submission() -> None:
        receipt = receipts.new_receipt()
        crypto.derive_receipt_secrets(receipt)
        key = crypto.new_data_key()
        seal_all(key)
        plain = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        crypto.encrypt(key, plain, aad=b"amanat:report:1:body")

    def image_submission() -> None:
        text_submission()
        key = crypto.new_data_key()
        seal_all(key)
        meta = {
            "name": "photo.jpg",
            "kind": "image",
            "mime": "image/jpeg",
            "extension": "jpg",
            "removed": removed,
            "sha256": hashlib.sha256(clean).hexdigest(),
            "size": len(clean),
            "original_sha256": None,
        }
        plain_meta = json.dumps(meta, ensure_ascii=False).encode("utf-8")
        crypto.encrypt(key, plain_meta, aad=b"amanat:attachment:1:meta")
        crypto.encrypt(key, clean, aad=b"amanat:attachment:1:blob:clean")

    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    commit_ms = _commit_ms(payload, max(20, iterations // 20))
    inprocess_cpu_ms = _inprocess_cpu_ms(max(50, iterations // 10))
    return {
        "commit_ms": commit_ms,
        "commit_iterations": max(20, iterations // 20),
        "inprocess_cpu_ms": inprocess_cpu_ms,
        "inprocess_iterations": max(50, iterations // 10),
        "recipients": len(recipients),
        "body_bytes": len(body),
        "image_bytes": len(image),
        "clean_bytes": len(clean),
        "removed": removed,
        "iterations": iterations,
        "image_iterations": max(1, iterations // 4),
        "text_ms": _per_call_ms(text_submission, iterations),
        "image_ms": _per_call_ms(image_submission, max(1, iterations // 4)),
        "strip_ms": statistics.median(strip_ms) if strip_ms else None,
        "strip_first_ms": strip_ms[0] if strip_ms else None,
        "strip_runs": len(strip_ms),
        "strip_cpu_ms": strip_cpu_ms,
        "strip_error": strip_error,
    }


def _commit_ms(payload: dict[str, Any], iterations: int) -> float:
    """Wall time of ``submit_report`` (crypto + rows + durable commit), median of the calls."""
    from amanat.intake import actions
    from amanat.intake.hotline import hotline_organisation

    organisation = hotline_organisation()
    new = actions.NewReport(fields=payload["fields"], language="en", files=[])
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        actions.submit_report(new, organisation=organisation)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _inprocess_cpu_ms(iterations: int) -> float:
    """CPU per text submission (GET + POST) through Django's request stack, best of 3 rounds."""
    from django.test import Client

    from bench.formdata import REPORT_TEXT, csrf_token

    client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")

    def submission() -> None:
        client.cookies.clear()  # a new visitor each time, as in the HTTP run
        token = csrf_token(client.get("/report/").content.decode())
        data = {"csrfmiddlewaretoken": token, "what_happened": REPORT_TEXT}
        response = client.post("/report/", dict(data, when_precision="unknown"))
        if b'id="receipt"' not in response.content:
            raise RuntimeError(f"in-process submission failed: HTTP {response.status_code}")

    for _ in range(10):
        submission()
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(iterations // 3):
            submission()
        best = min(best, (time.process_time() - start) * 1000 / (iterations // 3))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--image", type=Path, required=True)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--strip-runs", type=int, default=7)
    args = parser.parse_args(argv)
    json.dump(measure(args.image, args.iterations, args.strip_runs), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
