"""The hotline benchmark's processes: a fresh data directory and database, ``amanat serve`` in
its own process group, a checked warm-up submission, and the CPU time of a process tree read from
/proc (``bench.hotline`` measures with them; the reliability benchmarks set up with them).
"""

from __future__ import annotations

import contextlib
import http.cookiejar
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
from pathlib import Path
from typing import Any

from bench.formdata import csrf_token, image_accepted, report_form
from bench.procstat import TICK

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
WORKERS = 2
THREADS = 4  # fixed in amanat/cli/management/commands/serve.py
INTAKE_PER_MINUTE = 100_000  # the maximum the setting accepts: measure capacity, not the limit


class BenchError(Exception):
    """The benchmark could not run as designed (setup, server or load generator failed)."""


def log_progress(message: str) -> None:
    print(f"[hotline] {message}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def base_env(data_dir: Path) -> dict[str, str]:
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


def run_checked(argv: list[str], env: dict[str, str], what: str, timeout: float = 300) -> str:
    done = subprocess.run(
        argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


@contextlib.contextmanager
def fresh_database(kind: str, admin_url: str | None) -> Iterator[dict[str, str]]:
    """A fresh data directory and database with the demo organisation; yields the env."""
    with tempfile.TemporaryDirectory(prefix=f"amanat-bench-{kind}-") as tmp:
        data_dir = Path(tmp)
        data_dir.chmod(0o700)
        env = base_env(data_dir)
        created = None
        try:
            if kind == "postgresql":
                assert admin_url is not None
                created = _create_pg_database(admin_url)
                env["DATABASE_URL"] = created
            t0 = time.perf_counter()
            run_checked([str(BIN / "amanat"), "migrate", "--noinput", "-v", "0"], env, "migrate")
            run_checked([str(BIN / "amanat"), "demo"], env, "demo")
            log_progress(
                f"{kind}: migrated and demo data created in {time.perf_counter() - t0:.1f} s"
            )
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
        log_progress(f"could not drop {name}: {exc}")


def stop_group(proc: subprocess.Popen[Any], grace: float = 25) -> None:
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
def serving(env: dict[str, str], log_path: Path) -> Iterator[tuple[str, int]]:
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
            stop_group(proc)


def submit_once(url: str, image: bytes | None) -> None:
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


def children_cpu_seconds() -> float:
    """CPU time of reaped children; around one locust run, that is locust's own."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process incl. its reaped children) from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # After "pid (comm)": state ppid ... utime stime cutime cstime are fields 14-17 of stat(5).
    return int(fields[1]), sum(int(x) for x in fields[11:15]) / TICK


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


def postmaster_pid() -> int | None:
    """The throwaway PostgreSQL of scripts/with-postgres.sh (AMANAT_PG_DATA), if readable."""
    data = os.environ.get("AMANAT_PG_DATA")
    with contextlib.suppress(OSError, ValueError, IndexError):
        if data:
            return int((Path(data) / "postmaster.pid").read_text().splitlines()[0])
    return None


def server_problems(log_path: Path) -> list[str]:
    """Lines of the server log that are worth a look (errors, tracebacks, worker restarts)."""
    if not log_path.exists():
        return []
    words = ("error", "traceback", "exception", "critical", "worker timeout", "killed")
    lines = log_path.read_text(errors="replace").splitlines()
    return [line for line in lines if any(w in line.lower() for w in words)]


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


def pg_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"
