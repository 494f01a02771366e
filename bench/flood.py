"""Flood benchmark: many anonymous submitters and a few staff users at once, default limits.

Checks the "Under a flood" promise of architecture.md (Encryption, last paragraphs): intake
degrades gracefully — overload is answered at once with the 429 "try again later" page (token
bucket ``AMANAT_INTAKE_PER_MINUTE``, processing slots ``AMANAT_INTAKE_CONCURRENCY``), not with
time-outs or server errors — and staff pages stay responsive.

For each database (SQLite; PostgreSQL too when ``DATABASE_URL`` is set): a fresh data directory
and database with the demo organisation (``bench.hotline_server.fresh_database``), a few extra
analysts (one per staff user), ``amanat serve`` (gunicorn gthread, 2 workers × 4 threads) with
the *default* intake limits, a dozen seeded reports, then one locust run
(``bench/locustfile_flood.py``, headless, in a subprocess): staff users sign in (password + TOTP
enrolment) and browse the inbox and report pages alone for a few seconds, then the submitters
(no think time) join for the flood. RSS of every gunicorn worker is sampled from /proc during
the run.

    python -m bench.flood [--submitters 30] [--staff 3] [--seconds 30]
    bash scripts/with-postgres.sh .venv/bin/python -m bench.run --only flood
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.hotline_server import (
    BIN,
    RESULTS,
    ROOT,
    WORKERS,
    BenchError,
    fresh_database,
    server_problems,
    serving,
    stop_group,
)
from bench.reliability_common import (
    Attempt,
    add_staff,
    children,
    log,
    ms,
    percentile,
    rss_kib,
    submit,
)

SUBMITTERS = 30
STAFF_USERS = 3
FLOOD_SECONDS = 30
BASELINE_SECONDS = 6  # staff alone first, for a before/after comparison
AFTER_SECONDS = 5  # staff alone again: the inbox then holds the flood's reports
SIGN_IN_CAP = 120  # safety cap for locust's start and the staff sign-ins (Argon2id each)
TIMEOUT = 20.0  # client time-out: a request slower than this counts as a "timeout"
SEED_REPORTS = 12
TIGHT_PER_MINUTE = 60  # second, shorter run (SQLite) with a small bucket: 1/s per worker
TIGHT_SECONDS = 15
HOTLINE_NICE = 10  # --split-staff: the hotline pool's niceness (systemd Nice=)
QUICK_429_MS = 5000  # "answered quickly": p99 of the 429 pages under this
STAFF_P99_MS = 1000  # "staff stay responsive": p99 of staff pages during the flood under this


@dataclass
class FloodResult:
    db: str
    flood_at: float
    records: list[list[Any]]
    masters: dict[int, str]  # pid → pool label ("" or "staff pool ")
    rss_samples: list[tuple[float, int, int, str]]  # (time, pid, KiB, process label)
    problems: list[str] = field(default_factory=list)
    seeded: int = 0


def _sample_rss(
    masters: dict[int, str], stop: threading.Event, out: list[tuple[float, int, int, str]]
) -> None:
    while not stop.is_set():
        now = time.time()
        for master, pool in masters.items():
            for pid in (master, *children(master)):
                label = f"{pool}master" if pid == master else f"{pool}worker {pid}"
                if (kib := rss_kib(pid)) is not None:
                    out.append((now, pid, kib, label))
        stop.wait(0.5)


def _locust(
    url: str,
    staff_url: str,
    env: dict[str, str],
    slug: str,
    staff: list[list[str]],
    args: argparse.Namespace,
    seconds: int,
) -> tuple[float, list[list[Any]]]:
    prefix = RESULTS / f"flood-{slug}"
    records = Path(f"{prefix}-records.json")
    records.unlink(missing_ok=True)
    run_time = SIGN_IN_CAP + args.baseline + seconds + AFTER_SECONDS
    load_env = dict(
        env,
        BENCH_BASELINE=str(args.baseline),
        BENCH_SECONDS=str(seconds),
        BENCH_AFTER=str(AFTER_SECONDS),
        BENCH_STAFF=json.dumps(staff),
        BENCH_RECORDS=str(records),
        BENCH_TIMEOUT=str(TIMEOUT),
        BENCH_STAFF_HOST=staff_url if staff_url != url else "",
    )
    users = args.submitters + len(staff)
    argv = [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "bench" / "locustfile_flood.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{run_time}s",
        "--host",
        url,
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    log_path = Path(f"{prefix}-locust.log")
    with log_path.open("wb") as out:
        proc = subprocess.Popen(
            argv, env=load_env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        try:
            proc.wait(timeout=run_time + 60)
        except subprocess.TimeoutExpired as exc:
            raise BenchError(f"locust did not finish; see {log_path}") from exc
        finally:
            stop_group(proc, grace=10)
    if not records.exists():
        raise BenchError(f"locust wrote no records (exit {proc.returncode}); see {log_path}")
    data = json.loads(records.read_text())
    if data["flood_at"] is None:
        raise BenchError(f"the staff users never signed in; see {log_path}")
    return float(data["flood_at"]), data["records"]


def flood_one(
    db: str,
    admin_url: str | None,
    args: argparse.Namespace,
    per_minute: int | None = None,
    seconds: int | None = None,
    split_staff: bool = False,
) -> FloodResult:
    """One flood on a fresh database; default limits unless ``per_minute`` is given. With
    ``split_staff``, staff pages are served by a second ``amanat serve`` of their own (the
    deployment change proposed in docs/reliability.md), hotline pages by the first."""
    limits = "default limits" if per_minute is None else f"{per_minute}/min"
    if split_staff:
        limits += f", staff on their own server, hotline at nice {HOTLINE_NICE}"
    slug = (db if per_minute is None else f"{db}-{per_minute}pm") + (
        "-split" if split_staff else ""
    )
    with fresh_database(db, admin_url) as base_env:
        # Default limits: the benchmark environment's capacity setting is removed.
        env = {
            k: v
            for k, v in base_env.items()
            if k not in ("AMANAT_INTAKE_PER_MINUTE", "AMANAT_INTAKE_CONCURRENCY")
        }
        if per_minute is not None:
            env["AMANAT_INTAKE_PER_MINUTE"] = str(per_minute)
        staff = add_staff(env, args.staff)
        log_path = RESULTS / f"flood-{slug}-server.log"
        staff_log = RESULTS / f"flood-{slug}-staff-server.log"
        with contextlib.ExitStack() as servers:
            url, master = servers.enter_context(serving(env, log_path))
            masters = {master: ""}
            staff_url = url
            if split_staff:
                staff_url, staff_master = servers.enter_context(serving(env, staff_log))
                masters[staff_master] = "staff pool "
                for pid in (master, *children(master)):  # the hotline pool yields the CPU
                    os.setpriority(os.PRIO_PROCESS, pid, HOTLINE_NICE)
            port = int(url.rsplit(":", 1)[1])
            seeded = 0
            for i in range(SEED_REPORTS):
                seeded += submit(port, Attempt(text=f"seed report {i}")).acknowledged
            if seeded == 0:
                raise BenchError("no seed report was accepted")
            samples: list[tuple[float, int, int, str]] = []
            stop = threading.Event()
            sampler = threading.Thread(
                target=_sample_rss, args=(masters, stop, samples), daemon=True
            )
            sampler.start()
            log("flood", f"{db}, {limits}: {args.staff} staff, then {args.submitters} submitters")
            try:
                flood_at, records = _locust(
                    url, staff_url, env, slug, staff, args, seconds or args.seconds
                )
            finally:
                stop.set()
                sampler.join(timeout=5)
    return FloodResult(
        db=f"{db}, {limits}",
        flood_at=flood_at,
        records=records,
        masters=masters,
        rss_samples=samples,
        problems=server_problems(log_path) + server_problems(staff_log),
        seeded=seeded,
    )


def _rows(result: FloodResult) -> tuple[list[str], dict[str, Any]]:
    """Table rows per (class, request, phase) and the figures the verdict needs."""
    records = result.records
    # The flood lasts from its start until the last submitter request has ended (the queue
    # drains after the submitters stop); staff requests started later are "after".
    flood_end = max((r[4] for r in records if r[0] == "submitter"), default=result.flood_at)
    staff_start = min(
        (r[4] - r[3] / 1000 for r in records if r[0] == "staff" and r[1] != "staff sign-in"),
        default=result.flood_at,
    )
    run_end = max((r[4] for r in records), default=flood_end)
    spans = {
        "before": max(1e-9, result.flood_at - staff_start),
        "flood": max(1e-9, flood_end - result.flood_at),
        "after": max(1e-9, run_end - flood_end),
    }
    groups: dict[tuple[str, str, str], list[list[Any]]] = {}
    for user, request, kind, elapsed, end in records:
        start = end - elapsed / 1000
        phase = "before" if start < result.flood_at else "flood" if start < flood_end else "after"
        if request == "staff sign-in":
            phase = "sign-in"
        groups.setdefault((user, request, phase), []).append([kind, elapsed, end])
    rows: list[str] = []
    figures: dict[str, Any] = {f"{k}_seconds": v for k, v in spans.items()}
    figures["flood_end"] = flood_end
    order = {"submitter": 0, "staff": 1, "before": 0, "flood": 1, "after": 2, "sign-in": 3}
    for (user, request, phase), items in sorted(
        groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1], order[kv[0][2]])
    ):
        times = [e for _k, e, _t in items]
        kinds = Counter(k for k, _e, _t in items)
        rate = "–" if phase == "sign-in" else f"{len(items) / spans[phase]:.1f}"
        outcome = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        rows.append(
            f"| {result.db} | {user} | {request} | {phase} | {len(items)} | {rate} "
            f"| {ms(percentile(times, 50))} | {ms(percentile(times, 99))} | {ms(max(times))} "
            f"| {outcome} |"
        )
        figures[f"{user}|{request}|{phase}"] = (times, kinds)
        for kind in kinds:
            figures.setdefault(f"kind-times|{request}|{phase}|{kind}", []).extend(
                e for k, e, _t in items if k == kind
            )
    return rows, figures


def _rss_rows(result: FloodResult, flood_end: float) -> list[str]:
    """Per process: peak before the flood (staff sign-ins: Argon2id), at the flood's start, peak
    during the flood, and at the end of the run."""
    per_label: dict[str, list[tuple[float, int]]] = {}
    for t, _pid, kib, label in result.rss_samples:
        per_label.setdefault(label, []).append((t, kib))

    def mib(values: list[int]) -> str:
        return f"{max(values) / 1024:.0f}" if values else "–"

    rows = []
    for label, samples in sorted(per_label.items(), key=lambda kv: ("worker" in kv[0], kv[0])):
        before = [k for t, k in samples if t < result.flood_at]
        during = [k for t, k in samples if result.flood_at <= t <= flood_end]
        rows.append(
            f"| {result.db} | {label} | {mib(before)} | {mib(before[-1:])} | {mib(during)} "
            f"| {mib([samples[-1][1]])} |"
        )
    return rows


def _verdicts(result: FloodResult, figures: dict[str, Any]) -> list[str]:
    post = figures.get("submitter|POST /report/|flood", ([], Counter()))
    get = figures.get("submitter|GET /report/|flood", ([], Counter()))
    kinds: Counter[str] = post[1] + get[1]
    timeouts = kinds.get("timeout", 0)
    server_errors = sum(n for k, n in kinds.items() if k[:1] == "5")
    conn_errors = kinds.get("connection error", 0)
    busy = post[1].get("busy (429)", 0)
    receipts = post[1].get("receipt", 0)
    busy_p99 = percentile(figures.get("kind-times|POST /report/|flood|busy (429)", []), 99)
    answered_p99 = percentile(post[0] + get[0], 99)
    staff: dict[str, list[float]] = {"before": [], "flood": [], "after": []}
    staff_kinds: Counter[str] = Counter()
    for key, value in figures.items():
        parts = key.split("|")
        if parts[0] == "staff" and parts[-1] in staff:
            staff[parts[-1]].extend(value[0])
            if parts[-1] == "flood":
                staff_kinds += value[1]
    staff_errors = sum(n for k, n in staff_kinds.items() if k != "200")
    p99 = {phase: percentile(times, 99) for phase, times in staff.items()}
    p50 = {phase: percentile(times, 50) for phase, times in staff.items()}
    quick = busy == 0 or (busy_p99 is not None and busy_p99 <= QUICK_429_MS)
    overload_ok = timeouts == 0 and server_errors == 0 and conn_errors == 0 and quick
    staff_ok = p99["flood"] is not None and p99["flood"] <= STAFF_P99_MS and staff_errors == 0
    return [
        f"| {result.db} | every submitter answered, no time-out or 5xx; 429 pages fast | "
        f"{'PASS' if overload_ok else 'FAIL'} | {receipts} receipts, {busy} × 429 busy "
        f"(p99 {ms(busy_p99)} ms); p99 of all submitter requests {ms(answered_p99)} ms; "
        f"{timeouts} time-outs (> {TIMEOUT:.0f} s), {server_errors} × 5xx, {conn_errors} "
        "connection errors |",
        f"| {result.db} | staff pages stay responsive (p99 ≤ {STAFF_P99_MS} ms) | "
        f"{'PASS' if staff_ok else 'FAIL'} | p50 / p99 before {ms(p50['before'])} / "
        f"{ms(p99['before'])} ms, during the flood {ms(p50['flood'])} / {ms(p99['flood'])} ms, "
        f"after it {ms(p50['after'])} / {ms(p99['after'])} ms; pages/s "
        f"{len(staff['before']) / figures['before_seconds']:.1f} → "
        f"{len(staff['flood']) / figures['flood_seconds']:.1f} → "
        f"{len(staff['after']) / figures['after_seconds']:.1f}; {staff_errors} staff errors |",
    ]


def table(results: list[FloodResult], args: argparse.Namespace) -> tuple[str, bool]:
    head = [
        "| db | user | request | phase | n | per s | p50 ms | p99 ms | max ms | outcomes |",
        "|---|---|---|---|--:|--:|--:|--:|--:|---|",
    ]
    verdict_rows = ["| db | property | verdict | evidence |", "|---|---|---|---|"]
    rss_rows = [
        "| db | process | peak during sign-ins MiB | at flood start MiB | peak during flood MiB "
        "| at end MiB |",
        "|---|---|--:|--:|--:|--:|",
    ]
    notes: list[str] = []
    failed = False
    for result in results:
        rows, figures = _rows(result)
        head += rows
        verdicts = _verdicts(result, figures)
        failed |= any("| FAIL |" in v for v in verdicts)
        verdict_rows += verdicts
        rss_rows += _rss_rows(result, figures["flood_end"])
        workers_seen = len({p for _t, p, _k, _l in result.rss_samples if p not in result.masters})
        if workers_seen > WORKERS * len(result.masters):
            notes.append(
                f"- {result.db}: {workers_seen} worker pids seen for {WORKERS} workers: "
                "gunicorn restarted a worker during the run (timeout or crash)."
            )
        if result.problems:
            notes.append(
                f"- {result.db} server log: {len(result.problems)} error line(s), e.g. "
                f"`{result.problems[0][:160]}`"
            )
        notes.append(
            f"- {result.db}: staff alone {figures['before_seconds']:.1f} s, flood "
            f"{figures['flood_seconds']:.1f} s (until the last submitter request ended), staff "
            f"alone again {figures['after_seconds']:.1f} s; {result.seeded} reports seeded "
            "before."
        )
    notes += [
        f"- Load: locust headless (FastHttpUser) on loopback; {args.submitters} submitters "
        "(GET /report/ then POST a 2 KB text report, no think time) and "
        f"{args.staff} staff users (each its own analyst account: password + TOTP enrolment "
        "once, then GET /staff/ and one of the 50 newest reports in a loop, no think time). "
        f"Staff run alone for ~{args.baseline} s ('before'), then the submitters join for "
        f"~{args.seconds} s ('flood'; {TIGHT_SECONDS} s in the {args.tight}/min run). Client "
        f"time-out {TIMEOUT:.0f} s. Each row of the tables is a fresh database and server.",
        f"- Server: `amanat serve`, {WORKERS} gunicorn gthread workers × 4 threads, default "
        "limits: `AMANAT_INTAKE_PER_MINUTE=600` per worker (bucket of 600, 10/s refill), "
        "`AMANAT_INTAKE_CONCURRENCY=2` per worker, 2 s wait for a slot "
        "(`amanat/intake/throttle.py`). The `N/min` run sets `AMANAT_INTAKE_PER_MINUTE=N` "
        "(bucket of N per worker, N/60 per second refill) and keeps the rest.",
        "- Outcomes: `receipt` = 200 with the receipt; `busy (429)` = the 'Nothing was saved "
        "yet… send the form again' page; a number = other HTTP status; `timeout` / `connection "
        "error` = no answer. 'per s' = requests of that row ÷ the phase's length.",
        f"- Verdicts: overload PASS = no time-out, 5xx or connection error and p99 of the 429 "
        f"pages ≤ {QUICK_429_MS} ms; staff PASS = p99 of staff pages during the flood ≤ "
        f"{STAFF_P99_MS} ms and no staff error. 'after' = staff alone again once the last "
        "submitter request has ended: the inbox then lists every report of the flood.",
        "- RSS = VmRSS from /proc/PID/status, sampled every 0.5 s over the locust run. Staff "
        "sign-in unwraps the private key with Argon2id (MODERATE: 256 MiB), hence the peak "
        "before the flood.",
    ]
    text = "\n".join(
        [*verdict_rows, "", *head, "", *rss_rows, "", *notes]
    )  # verdicts first: the answer
    return text, failed


def _namespace(**overrides: Any) -> argparse.Namespace:
    values = dict(
        submitters=SUBMITTERS,
        staff=STAFF_USERS,
        seconds=FLOOD_SECONDS,
        baseline=BASELINE_SECONDS,
        tight=TIGHT_PER_MINUTE,
        split_staff=False,
    )
    values.update(overrides)
    return argparse.Namespace(**values)


def _run_all(args: argparse.Namespace) -> tuple[str, bool]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    admin_url = os.environ.get("DATABASE_URL") or None
    databases = ["sqlite"] + (["postgresql"] if admin_url else [])
    results = [flood_one(db, admin_url, args) for db in databases]
    if args.tight:
        # The token bucket's own 429 path, which a 30 s flood at default limits barely reaches.
        results.append(flood_one("sqlite", None, args, args.tight, TIGHT_SECONDS))
    if args.split_staff:
        results.append(flood_one("sqlite", None, args, split_staff=True))
    text, failed = table(results, args)
    (RESULTS / "flood.md").write_text(text + "\n")
    return text, failed


def run(seconds: int | None = None, users: int | None = None) -> str:
    """Entry point for ``bench.run``. The flood has its own bounded sizes (30 submitters, 3
    staff, 30 s): ``bench.run``'s generic ``--seconds``/``--users`` defaults are meant for the
    throughput benchmarks and are ignored here; use ``python -m bench.flood`` to change them."""
    del seconds, users
    return _run_all(_namespace())[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.flood", description=__doc__)
    parser.add_argument("--submitters", type=int, default=SUBMITTERS)
    parser.add_argument("--staff", type=int, default=STAFF_USERS)
    parser.add_argument("--seconds", type=int, default=FLOOD_SECONDS, help="flood duration")
    parser.add_argument("--baseline", type=int, default=BASELINE_SECONDS, help="staff alone")
    parser.add_argument(
        "--tight",
        type=int,
        default=TIGHT_PER_MINUTE,
        help=f"AMANAT_INTAKE_PER_MINUTE of a second {TIGHT_SECONDS} s run on SQLite (0: skip)",
    )
    parser.add_argument(
        "--split-staff",
        action="store_true",
        help="also run the flood with staff pages on a second server and the hotline server "
        f"at nice {HOTLINE_NICE} (the proposed deployment)",
    )
    args = parser.parse_args(argv)
    if min(args.submitters, args.staff, args.seconds) < 1 or args.baseline < 0:
        parser.error("sizes must be positive")
    try:
        text, failed = _run_all(args)
    except BenchError as exc:
        print(f"bench flood: {exc}", file=sys.stderr)
        return 1
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
