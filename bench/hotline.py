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
"""

from __future__ import annotations

import contextlib
import csv
import http.cookiejar
import json
import os
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.formdata import csrf_token, image_accepted, make_jpeg, report_form

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
WORKERS = 2
THREADS = 4  # fixed in amanat/cli/management/commands/serve.py
INTAKE_PER_MINUTE = 100_000  # the maximum the setting accepts: measure capacity, not the limit
SCENARIOS = ("text", "text-half", "image")
WARMUP_SUBMISSIONS = {"text": 6, "text-half": 0, "image": 4}


class BenchError(Exception):
    """The benchmark could not run as designed (setup, server or load generator failed)."""


@dataclass
class LoadResult:
    scenario: str
    db: str
    seconds: float
    posts: int
    post_failures: int
    gets: int
    get_failures: int
    post_p50: float
    post_p99: float
    get_p50: float
    locust_cpu_seconds: float = 0.0
    server_cpu_seconds: float | None = None
    machine_busy: float | None = None
    window_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def submissions_per_second(self) -> float:
        return (self.posts - self.post_failures) / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_submission(self) -> float | None:
        ok = self.posts - self.post_failures
        if self.server_cpu_seconds is None or ok <= 0:
            return None
        return 1000 * self.server_cpu_seconds / ok


def _log(message: str) -> None:
    print(f"[hotline] {message}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _base_env(data_dir: Path) -> dict[str, str]:
    """The parent's environment without any Amanat setting, plus the benchmark's own."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("AMANAT_") and k != "DATABASE_URL"
    }
    env.update(
        AMANAT_SECRET_KEY=secrets.token_urlsafe(48),
        AMANAT_DATA_DIR=str(data_dir),
        AMANAT_INTAKE_PER_MINUTE=str(INTAKE_PER_MINUTE),
        AMANAT_LOG_LEVEL="warning",
        DJANGO_SETTINGS_MODULE="amanat.settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return env


def _run(argv: list[str], env: dict[str, str], what: str, timeout: float = 300) -> str:
    done = subprocess.run(
        argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


@contextlib.contextmanager
def _database(kind: str, admin_url: str | None) -> Iterator[dict[str, str]]:
    """A fresh data directory and database with the demo organisation; yields the env."""
    with tempfile.TemporaryDirectory(prefix=f"amanat-bench-{kind}-") as tmp:
        data_dir = Path(tmp)
        data_dir.chmod(0o700)
        env = _base_env(data_dir)
        created = None
        try:
            if kind == "postgresql":
                assert admin_url is not None
                created = _create_pg_database(admin_url)
                env["DATABASE_URL"] = created
            t0 = time.perf_counter()
            _run([str(BIN / "amanat"), "migrate", "--noinput", "-v", "0"], env, "migrate")
            _run([str(BIN / "amanat"), "demo"], env, "demo")
            _log(f"{kind}: migrated and demo data created in {time.perf_counter() - t0:.1f} s")
            yield env
        finally:
            if created is not None:
                _drop_pg_database(admin_url or "", created)


def _create_pg_database(admin_url: str) -> str:
    import psycopg
    from psycopg import sql

    name = f"amanat_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    parts = urllib.parse.urlsplit(admin_url)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def _drop_pg_database(admin_url: str, url: str) -> None:
    import psycopg
    from psycopg import sql

    name = urllib.parse.urlsplit(url).path.lstrip("/")
    try:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    except Exception as exc:  # noqa: BLE001 - cleanup must not hide the result
        _log(f"could not drop {name}: {exc}")


def _stop(proc: subprocess.Popen[Any], grace: float = 25) -> None:
    """Stop a process started with start_new_session=True, with all its children."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
    # Children (gunicorn workers) may outlive the master for a moment: kill the whole group.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


@contextlib.contextmanager
def _server(env: dict[str, str], log_path: Path) -> Iterator[tuple[str, int]]:
    """Serve with ``amanat serve`` in its own process group; yield (URL, master pid)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [str(BIN / "amanat"), "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            argv, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    raise BenchError(f"server exited ({proc.returncode}); see {log_path}")
                try:
                    with urllib.request.urlopen(f"{url}/report/", timeout=5) as page:  # noqa: S310 - a loopback URL built here
                        if page.status == 200:
                            break
                except (urllib.error.URLError, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise BenchError(f"server did not answer within 60 s; see {log_path}")
                time.sleep(0.2)
            yield url, proc.pid
        finally:
            _stop(proc)


def _submit_once(url: str, image: bytes | None) -> None:
    """One GET+POST with the standard library, checking the outcome (warm-up and sanity)."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with opener.open(f"{url}/report/", timeout=60) as page:
        token = csrf_token(page.read().decode("utf-8"))
    if token is None:
        raise BenchError("the report form has no CSRF token")
    body, content_type = report_form(token, image)
    request = urllib.request.Request(  # noqa: S310 - loopback URL built here
        f"{url}/report/", data=body, headers={"Content-Type": content_type}, method="POST"
    )
    try:
        with opener.open(request, timeout=120) as response:
            status, text = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read().decode("utf-8", "replace")
    if status != 200 or 'id="receipt"' not in text:
        raise BenchError(f"warm-up submission failed: HTTP {status}")
    if image is not None and not image_accepted(text):
        raise BenchError("warm-up submission: the photo was not accepted (stripping failed?)")


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
    prefix = RESULTS / f"hotline-{db}-{scenario}"
    for suffix in ("_stats.csv", "_failures.csv", "_exceptions.csv", "_stats_history.csv"):
        Path(f"{prefix}{suffix}").unlink(missing_ok=True)
    json_path = Path(f"{prefix}.json")
    json_path.unlink(missing_ok=True)
    load_env = dict(
        env,
        BENCH_SCENARIO="text" if scenario == "text-half" else scenario,
        BENCH_IMAGE=str(image_path),
        BENCH_RATE_PER_USER=f"{rate / users:.4f}" if rate else "",
    )
    argv = [
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
    log_path = Path(f"{prefix}-locust.log")
    cpu_before = _children_cpu_seconds()
    server_before = tree_cpu_seconds(cpu_roots)
    machine_before = _machine_busy_seconds()
    window_start = time.monotonic()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            argv,
            env=load_env,
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
            _stop(proc, grace=10)
    server_cpu = tree_cpu_seconds(cpu_roots) - server_before
    machine_cpu = _machine_busy_seconds() - machine_before
    window = time.monotonic() - window_start
    locust_cpu = _children_cpu_seconds() - cpu_before
    if not json_path.exists():
        raise BenchError(f"locust wrote no stats (exit {proc.returncode}); see {log_path}")
    entries = json.loads(json_path.read_text())
    by_method = {e["method"]: e for e in entries}
    post, get = by_method.get("POST"), by_method.get("GET")
    if post is None or get is None:
        raise BenchError(f"locust stats lack GET or POST; see {json_path} and {log_path}")
    start = min(e["start_time"] for e in entries)
    end = max(e["last_request_timestamp"] or start for e in entries)
    errors = []
    failures_csv = Path(f"{prefix}_failures.csv")
    if failures_csv.exists():
        with failures_csv.open(newline="") as handle:
            errors = [
                f"{row['Method']} {row['Name']}: {row['Error']} ×{row['Occurrences']}"
                for row in csv.DictReader(handle)
            ]
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
        locust_cpu_seconds=locust_cpu,
        server_cpu_seconds=server_cpu,
        machine_busy=machine_cpu,
        window_seconds=window,
        errors=errors,
    )


def _children_cpu_seconds() -> float:
    """CPU time of reaped children; around one locust run, that is locust's own."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_TICK = os.sysconf("SC_CLK_TCK")


def _proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process incl. its reaped children) from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # After "pid (comm)": state ppid ... utime stime cutime cstime are fields 14-17 of stat(5).
    return int(fields[1]), sum(int(x) for x in fields[11:15]) / _TICK


def tree_cpu_seconds(roots: list[int]) -> float:
    """CPU seconds used so far by the given processes and all their descendants (live or
    reaped): gunicorn's master, workers and stripping sandboxes; PostgreSQL's backends."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _proc_stat(int(entry.name))) is not None:
            stats[int(entry.name)] = stat
    children: dict[int, list[int]] = {}
    for pid, (ppid, _cpu) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo, seen = 0.0, [r for r in roots if r in stats], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += stats[pid][1]
        todo.extend(children.get(pid, []))
    return total


def _machine_busy_seconds() -> float:
    """CPU seconds all cores spent busy (not idle, not waiting for I/O) since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    # guest time is already counted in user time
    return (sum(fields[:8]) - idle) / _TICK


def _postmaster_pid() -> int | None:
    """The throwaway PostgreSQL of scripts/with-postgres.sh (AMANAT_PG_DATA), if readable."""
    data = os.environ.get("AMANAT_PG_DATA")
    with contextlib.suppress(OSError, ValueError, IndexError):
        if data:
            return int((Path(data) / "postmaster.pid").read_text().splitlines()[0])
    return None


def _server_problems(log_path: Path) -> list[str]:
    """Lines of the server log that are worth a look (errors, tracebacks, worker restarts)."""
    if not log_path.exists():
        return []
    words = ("error", "traceback", "exception", "critical", "worker timeout", "killed")
    lines = log_path.read_text(errors="replace").splitlines()
    return [line for line in lines if any(w in line.lower() for w in words)]


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
    return json.loads(_run(argv, env, "crypto-only baseline").strip().splitlines()[-1])


def _fmt(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _table(results: list[LoadResult], base: dict[str, Any], meta: dict[str, Any]) -> str:
    crypto_ms = {"text": base["text_ms"], "text-half": base["text_ms"], "image": base["image_ms"]}
    strip_ms = {"text": 0.0, "text-half": 0.0, "image": base["strip_ms"]}
    label = {
        "text": "text report",
        "text-half": "text report at half that rate",
        "image": "report + 1 MB JPEG",
    }
    rows = [
        "| scenario | db | submissions/s | POST p50 ms | POST p99 ms | GET p50 ms | failures "
        "| crypto-only ms | strip ms | p50 ÷ crypto | server CPU ms / submission "
        "| CPU ÷ (crypto + strip) |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        crypto = crypto_ms[r.scenario]
        strip = strip_ms[r.scenario]
        cpu = r.cpu_ms_per_submission
        cpu_ratio = "n/a" if cpu is None or strip is None else f"{cpu / (crypto + strip):.1f}×"
        rows.append(
            f"| {label[r.scenario]} | {r.db} | {r.submissions_per_second:.1f} "
            f"| {r.post_p50:.0f} | {r.post_p99:.0f} | {r.get_p50:.0f} "
            f"| {r.post_failures + r.get_failures} / {r.posts + r.gets} "
            f"| {crypto:.3f} | {'–' if r.scenario != 'image' else _fmt(strip)} "
            f"| {r.post_p50 / crypto:.0f}× | {_fmt(cpu)} | {cpu_ratio} |"
        )
    crypto = base["text_ms"]
    rows = [
        "Cost of one text submission, all from this run (issue #14: goal ≤ 25× the crypto):",
        "",
        "| measure | ms | ÷ crypto |",
        "|---|--:|--:|",
        f"| crypto only (direct calls) | {crypto:.3f} | 1× |",
        f"| crypto + rows + durable commit (`submit_report`, wall) | {base['commit_ms']:.2f} "
        f"| {base['commit_ms'] / crypto:.0f}× |",
        f"| GET form + POST in process (Django test client, CPU) | {base['inprocess_cpu_ms']:.2f} "
        f"| {base['inprocess_cpu_ms'] / crypto:.0f}× |",
        *(
            f"| GET form + POST through gunicorn, {r.db} (server CPU) "
            f"| {_fmt(r.cpu_ms_per_submission)} "
            f"| {_fmt((r.cpu_ms_per_submission or 0) / crypto, 0)}× |"
            for r in results
            if r.scenario == "text"
        ),
        "",
        *rows,
    ]
    notes = [
        "",
        "- text report at half that rate: locust paces its users to half the submissions/s "
        "the text run reached (constant throughput), to read p99 below saturation.",
        f"- Machine: {meta['nproc']} CPU cores (`nproc`), Python {meta['python']}, "
        f"{meta['cpu']}. Server, load generator and databases share these cores.",
        f"- Server: `amanat serve` = gunicorn gthread, {WORKERS} workers × {THREADS} threads, "
        f"loopback HTTP. `AMANAT_INTAKE_PER_MINUTE={INTAKE_PER_MINUTE}` (the setting's maximum, "
        "default 600 per worker) so the token bucket does not throttle: this measures capacity.",
        f"- Load: locust {meta['locust']} headless (FastHttpUser, one process), {meta['users']} "
        f"users, no think time, {meta['seconds']} s per scenario after a warm-up. "
        "One submission = GET /report/ (fresh CSRF token: it rotates after every report) + "
        "multipart POST; submissions/s = successful POSTs ÷ elapsed time, so it includes the GETs. "
        "p50/p99 are the POST alone, from locust's stats (locust rounds times ≥ 100 ms to 10 ms, "
        "≥ 1 s to 100 ms). Failures = failed GETs + POSTs / all requests; a POST succeeds on "
        'HTTP 200 with `id="receipt"` (image: photo listed as received, nothing rejected).',
        f"- Text = {base['body_bytes']:,} B of encrypted JSON (a 2 KB narrative); image adds a "
        f"{base['image_bytes']:,} B JPEG (900+ px noise, q95, EXIF Artist/Make/Model/GPS); "
        f"cleaned copy {base['clean_bytes']:,} B, removed: {', '.join(base['removed']) or '—'}.",
        f"- crypto-only = direct calls, no HTTP/Django request: new receipt + "
        f"`derive_receipt_secrets` + `new_data_key` + `seal` to {base['recipients']} recipients "
        "(the demo organisation's recovery key and content staff, read from the database) + "
        "`encrypt` of the body; image adds "
        "a second data key sealed to the same recipients, SHA-256 of the cleaned file, its "
        "encrypted metadata and one `encrypt` of the cleaned file (the original is not kept). "
        f"{base['iterations']} (text) / {base['image_iterations']} (image) iterations in 5 "
        "rounds; the mean per call of the fastest round.",
        f"- strip ms = median of {base['strip_runs']} `amanat.intake.stripping.strip()` calls on "
        f"the JPEG, wall time (sandboxed subprocess; first call {_fmt(base['strip_first_ms'])} "
        f"ms; CPU incl. the subprocess {_fmt(base['strip_cpu_ms'])} ms per call)."
        + (f" Stripping failed: {base['strip_error']}." if base["strip_error"] else ""),
    ]
    cores = meta["nproc"] or 1
    pg = "; with PostgreSQL, its backends too" if meta["pg_cpu_included"] else ""
    notes.append(
        "- server CPU = CPU time of gunicorn's master, workers and stripping sandboxes"
        f"{pg} (from /proc, over the locust run) ÷ successful submissions; it includes the GET. "
        "CPU ÷ (crypto + strip) is the framework overhead without queueing; p50 ÷ crypto also "
        f"contains the wait for a CPU with {meta['users']} requests in flight on {cores} cores."
    )

    def share(cpu: float | None, r: LoadResult) -> str:
        return "n/a" if cpu is None else f"{100 * cpu / (r.window_seconds * cores):.0f} %"

    shares = "; ".join(
        f"{r.db} {r.scenario}: server {share(r.server_cpu_seconds, r)}, "
        f"locust {share(r.locust_cpu_seconds, r)}, other processes "
        + share(
            None
            if r.machine_busy is None
            else max(0.0, r.machine_busy - (r.server_cpu_seconds or 0) - r.locust_cpu_seconds),
            r,
        )
        for r in results
        if r.window_seconds
    )
    notes.append(
        f"- Share of all {cores} cores while locust ran (incl. its ~1 s start-up; /proc/stat): "
        f"{shares}. 'Other' is everything else: kernel threads (e.g. journaling our fsyncs) and "
        "whatever else runs on the machine; a large share means noisy numbers."
    )
    if meta["skipped_postgres"]:
        notes.append("- PostgreSQL skipped: `DATABASE_URL` is not set (run via `make bench`).")
    else:
        notes.append(
            f"- PostgreSQL {meta['pg_version']}: fresh database per run, fsync on; "
            "SQLite: WAL, synchronous=FULL (settings.py)."
        )
    for r in results:
        for error in r.errors:
            notes.append(f"- {r.db} {r.scenario}: {error}")
    for db, problems in meta["server_problems"].items():
        if problems:
            notes.append(
                f"- {db} server log: {len(problems)} error line(s), e.g. `{problems[0][:160]}`"
            )
    return "\n".join(rows + notes)


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


def _pg_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


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
        "cpu": _cpu_model(),
        "locust": version("locust"),
        "users": users,
        "seconds": seconds,
        "skipped_postgres": admin_url is None,
        "pg_version": _pg_version(admin_url) if admin_url else None,
        "server_problems": {},
        "pg_cpu_included": False,
    }
    results: list[LoadResult] = []
    base: dict[str, Any] | None = None
    for db in databases:
        with _database(db, admin_url) as env:
            if base is None:  # before any server runs, on an idle machine
                _log(f"crypto-only baseline ({iterations} iterations) and strip()")
                base = _baseline(env, image_path, iterations)
            log_path = RESULTS / f"hotline-{db}-server.log"
            with _server(env, log_path) as (url, server_pid):
                roots = [server_pid]
                if db == "postgresql" and (postmaster := _postmaster_pid()) is not None:
                    roots.append(postmaster)
                    meta["pg_cpu_included"] = True
                full_rate = 0.0
                for scenario in SCENARIOS:
                    payload = image if scenario == "image" else None
                    for _ in range(WARMUP_SUBMISSIONS[scenario]):
                        _submit_once(url, payload)
                    rate = full_rate / 2 if scenario == "text-half" else 0.0
                    _log(f"{db} {scenario}: {users} users for {seconds} s")
                    result = _load(
                        url, env, scenario, db, image_path, seconds, users, roots, rate=rate
                    )
                    if scenario == "text":
                        full_rate = result.submissions_per_second
                    _log(
                        f"{db} {scenario}: {result.submissions_per_second:.1f}/s, "
                        f"p50 {result.post_p50:.0f} ms, p99 {result.post_p99:.0f} ms, "
                        f"failures {result.post_failures + result.get_failures}"
                    )
                    results.append(result)
            meta["server_problems"][db] = _server_problems(log_path)
    assert base is not None
    table = _table(results, base, meta)
    (RESULTS / "hotline.md").write_text(table + "\n")
    return table
