"""Hotline intake benchmark: sustained submissions through the real HTTP stack, beside the cost
of the receipt hash and encryption alone (architecture.md, Encryption: the cost of one anonymous
submission is the budget a flooder spends ours with).

For each database (SQLite; PostgreSQL when ``DATABASE_URL`` is set) it prepares a fresh data
directory and database (``amanat migrate``, ``amanat demo``), serves it with ``amanat serve``
(gunicorn gthread, 2 workers × 4 threads) and drives it with locust (headless, in a subprocess)
for a text report and for a report with a ~1 MB JPEG. Each submission is a GET of the form (the
CSRF token rotates after every report) then a multipart POST; latency is the POST's, throughput
is completed GET+POST pairs per second. The crypto-only baseline runs in a separate Python
process with direct calls (``bench.hotline_baseline``) before any server starts.

This module drives the runs; ``bench.hotline_server`` starts and measures the processes,
``bench.hotline_report`` holds the results and prints the table.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.formdata import make_jpeg
from bench.hotline_report import LoadResult, markdown_table
from bench.hotline_server import (
    BIN,
    RESULTS,
    ROOT,
    BenchError,
    children_cpu_seconds,
    cpu_model,
    fresh_database,
    log_progress,
    pg_version,
    postmaster_pid,
    run_checked,
    server_problems,
    serving,
    stop_group,
    submit_once,
    tree_cpu_seconds,
)
from bench.procstat import machine_cpu

__all__ = ["BenchError", "run"]

SCENARIOS = ("text", "text-half", "image")
WARMUP_SUBMISSIONS = {"text": 6, "text-half": 0, "image": 4}


def _percentile(histogram: dict[str, int], count: int, percent: float) -> float:
    """Locust's own percentile (``calculate_response_time_percentile``) over its histogram of
    rounded response times, whose keys the JSON file holds as strings."""
    from_top = int(count * percent)
    seen = 0
    for value, hits in sorted(((float(k), v) for k, v in histogram.items()), reverse=True):
        seen += hits
        if count - seen <= from_top:
            return value
    return 0.0


@dataclass
class _Window:
    """CPU seconds used while locust ran: locust itself, the server's process tree (and
    PostgreSQL's), all cores of the machine; and the window's wall-clock length."""

    locust: float = 0.0
    server: float = 0.0
    machine_busy: float = 0.0
    seconds: float = 0.0


@contextlib.contextmanager
def _cpu_window(cpu_roots: list[int]) -> Iterator[_Window]:
    """Measure a :class:`_Window` around the block (filled in when it ends)."""
    window = _Window()
    cpu_before = children_cpu_seconds()
    server_before = tree_cpu_seconds(cpu_roots)
    machine_before = machine_cpu()[0]
    window_start = time.monotonic()
    yield window
    window.server = tree_cpu_seconds(cpu_roots) - server_before
    window.machine_busy = machine_cpu()[0] - machine_before
    window.seconds = time.monotonic() - window_start
    window.locust = children_cpu_seconds() - cpu_before


def _locust_argv(url: str, prefix: Path, seconds: int, users: int) -> list[str]:
    return [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "bench" / "locustfile_hotline.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "30",
        "--host",
        url,
        "--csv",
        str(prefix),
        "--json-file",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]


def _run_locust(argv: list[str], env: dict[str, str], log_path: Path, seconds: int) -> int:
    """Run locust to the end in its own process group; its exit status."""
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            argv,
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=seconds + 90)
        except subprocess.TimeoutExpired as exc:
            raise BenchError(f"locust did not finish; see {log_path}") from exc
        finally:
            stop_group(proc, grace=10)
    return proc.returncode


def _failures(prefix: Path) -> list[str]:
    """Locust's failures file as one line per kind of failure (none if it wrote no file)."""
    failures_csv = Path(f"{prefix}_failures.csv")
    if not failures_csv.exists():
        return []
    with failures_csv.open(newline="") as handle:
        return [
            f"{row['Method']} {row['Name']}: {row['Error']} ×{row['Occurrences']}"
            for row in csv.DictReader(handle)
        ]


def _result(scenario: str, db: str, prefix: Path, window: _Window, log_path: Path,
            returncode: int) -> LoadResult:  # fmt: skip
    """The run's :class:`LoadResult` from locust's JSON stats and the CPU window."""
    json_path = Path(f"{prefix}.json")
    if not json_path.exists():
        raise BenchError(f"locust wrote no stats (exit {returncode}); see {log_path}")
    entries = json.loads(json_path.read_text())
    by_method = {e["method"]: e for e in entries}
    post, get = by_method.get("POST"), by_method.get("GET")
    if post is None or get is None:
        raise BenchError(f"locust stats lack GET or POST; see {json_path} and {log_path}")
    start = min(e["start_time"] for e in entries)
    end = max(e["last_request_timestamp"] or start for e in entries)
    return LoadResult(
        scenario=scenario,
        db=db,
        seconds=end - start,
        posts=post["num_requests"],
        post_failures=post["num_failures"],
        gets=get["num_requests"],
        get_failures=get["num_failures"],
        post_p50=_percentile(post["response_times"], post["num_requests"], 0.50),
        post_p99=_percentile(post["response_times"], post["num_requests"], 0.99),
        get_p50=_percentile(get["response_times"], get["num_requests"], 0.50),
        locust_cpu_seconds=window.locust,
        server_cpu_seconds=window.server,
        machine_busy=window.machine_busy,
        window_seconds=window.seconds,
        errors=_failures(prefix),
    )


def _load(
    url: str,
    env: dict[str, str],
    scenario: str,
    db: str,
    image_path: Path,
    seconds: int,
    users: int,
    cpu_roots: list[int],
    rate: float = 0.0,
) -> LoadResult:
    """One scenario: locust against the running server, its stats and the CPU it cost."""
    prefix = RESULTS / f"hotline-{db}-{scenario}"
    for suffix in ("_stats.csv", "_failures.csv", "_exceptions.csv", "_stats_history.csv", ".json"):
        Path(f"{prefix}{suffix}").unlink(missing_ok=True)
    load_env = dict(
        env,
        BENCH_SCENARIO="text" if scenario == "text-half" else scenario,
        BENCH_IMAGE=str(image_path),
        BENCH_RATE_PER_USER=f"{rate / users:.4f}" if rate else "",
    )
    log_path = Path(f"{prefix}-locust.log")
    with _cpu_window(cpu_roots) as window:
        returncode = _run_locust(_locust_argv(url, prefix, seconds, users), load_env, log_path,
                                 seconds)  # fmt: skip
    return _result(scenario, db, prefix, window, log_path, returncode)


def _baseline(env: dict[str, str], image_path: Path, iterations: int) -> dict[str, Any]:
    argv = [
        sys.executable,
        "-m",
        "bench.hotline_baseline",
        "--image",
        str(image_path),
        "--iterations",
        str(iterations),
    ]
    return json.loads(run_checked(argv, env, "crypto-only baseline").strip().splitlines()[-1])


def run(seconds: int = 20, users: int = 8, iterations: int = 2000) -> str:
    """Run the hotline benchmark; return the markdown table (also in bench/results/hotline.md)."""
    from importlib.metadata import version

    RESULTS.mkdir(parents=True, exist_ok=True)
    admin_url = os.environ.get("DATABASE_URL") or None
    databases = ["sqlite"] + (["postgresql"] if admin_url else [])
    image_path = RESULTS / "hotline-photo.jpg"
    image = make_jpeg()
    image_path.write_bytes(image)
    meta: dict[str, Any] = {
        "nproc": len(os.sched_getaffinity(0)),
        "python": sys.version.split()[0],
        "cpu": cpu_model(),
        "locust": version("locust"),
        "users": users,
        "seconds": seconds,
        "skipped_postgres": admin_url is None,
        "pg_version": pg_version(admin_url) if admin_url else None,
        "server_problems": {},
        "pg_cpu_included": False,
    }
    results: list[LoadResult] = []
    base: dict[str, Any] | None = None
    for db in databases:
        with fresh_database(db, admin_url) as env:
            if base is None:  # before any server runs, on an idle machine
                log_progress(f"crypto-only baseline ({iterations} iterations) and strip()")
                base = _baseline(env, image_path, iterations)
            log_path = RESULTS / f"hotline-{db}-server.log"
            with serving(env, log_path) as (url, server_pid):
                roots = [server_pid]
                if db == "postgresql" and (postmaster := postmaster_pid()) is not None:
                    roots.append(postmaster)
                    meta["pg_cpu_included"] = True
                full_rate = 0.0
                for scenario in SCENARIOS:
                    payload = image if scenario == "image" else None
                    for _ in range(WARMUP_SUBMISSIONS[scenario]):
                        submit_once(url, payload)
                    rate = full_rate / 2 if scenario == "text-half" else 0.0
                    log_progress(f"{db} {scenario}: {users} users for {seconds} s")
                    result = _load(
                        url, env, scenario, db, image_path, seconds, users, roots, rate=rate
                    )
                    if scenario == "text":
                        full_rate = result.submissions_per_second
                    log_progress(
                        f"{db} {scenario}: {result.submissions_per_second:.1f}/s, "
                        f"p50 {result.post_p50:.0f} ms, p99 {result.post_p99:.0f} ms, "
                        f"failures {result.post_failures + result.get_failures}"
                    )
                    results.append(result)
            meta["server_problems"][db] = server_problems(log_path)
    assert base is not None
    table = markdown_table(results, base, meta)
    (RESULTS / "hotline.md").write_text(table + "\n")
    return table
