"""Crash test: ``kill -9`` under load loses nothing that was acknowledged (architecture.md
property 7; security-checks.md C03 steps 1–4).

For each database (SQLite; PostgreSQL too when ``DATABASE_URL`` is set, i.e. under
``scripts/with-postgres.sh``): a fresh data directory and database with the demo organisation
(``bench.hotline_server``), then N submitter threads (``http.client`` on 127.0.0.1) send
reports back to back, each with a unique text (every 4th with a small JPEG, so some kills land
mid-strip), and keep what they were *shown*: a receipt (HTTP 200 with ``id="receipt"``), a
refusal page, or no answer. Meanwhile, for a few rounds, ``amanat serve`` (gunicorn, 2 workers ×
4 threads) runs for a random 0.5–2.5 s and is then killed with SIGKILL — master, workers and the
stripping sandboxes at once. On PostgreSQL the database server (postmaster and all its backends)
is killed too in some rounds, alone or with the app, and restarted with ``pg_ctl`` (crash
recovery). After a last, clean round the app stops and a verifier (``python -m
bench.reliability_common verify``, Django in a fresh process) checks:

- every shown receipt logs in (``find_by_receipt``) and its report decrypts with the demo
  recovery key to exactly the text that client sent; an accepted photo opens and matches its
  hash — *lost* and *wrong content* must be 0;
- every Report row decrypts and every attachment has its blob — *half-written* must be 0;
- reports nobody saw acknowledged (the client got no answer: crash after commit, before the
  response) are allowed and counted; a report stored although its client was shown a "nothing
  was saved" page (429 or 5xx) is not.

``kill -9`` of processes does not drop the operating system's page cache, so this proves the
ordering (receipt only after commit) and atomicity, not fsync durability on power loss.

    python -m bench.crash [--submitters 24] [--rounds 4]
    bash scripts/with-postgres.sh .venv/bin/python -m bench.run --only crash
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import secrets
import shlex
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.hotline_server import RESULTS, BenchError, fresh_database, server_problems, serving
from bench.reliability_common import (
    Attempt,
    alive,
    become_subreaper,
    kill9_trees,
    log,
    small_jpeg,
    submit,
    verify,
    wait_until_answering,
)

SUBMITTERS = 24
ROUNDS = 4
KILL_AFTER = (0.5, 2.5)  # seconds the server runs before each kill
LAST_ROUND_SECONDS = 2.0  # a clean round at the end, then a graceful stop
IMAGE_EVERY = 4
PG_PLAN = ("app+postgres", "postgres", "app+postgres", "app")  # what is killed, per round
FILLER = "They called my brother again and asked about the meeting. " * 8


@dataclass
class RoundLog:
    number: int
    killed: str
    ran_seconds: float = 0.0
    app_restart_seconds: float | None = None  # None: the app was not restarted for this round
    pg_restart_seconds: float | None = None


@dataclass
class Load:
    """What the submitter threads share: the current port, a stop flag, and their results."""

    run_id: str
    port: int | None = None
    round: int = 0
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    attempts: list[Attempt] = field(default_factory=list)


def _submitter(index: int, load: Load, image: bytes) -> None:
    sequence = 0
    while not load.stop.is_set():
        port = load.port
        if port is None:
            time.sleep(0.05)
            continue
        sequence += 1
        text = f"crash {load.run_id} client {index} #{sequence} {secrets.token_hex(6)}. {FILLER}"
        attempt = Attempt(text=text.strip(), round=load.round)
        submit(port, attempt, image if sequence % IMAGE_EVERY == 0 else None, timeout=60)
        with load.lock:
            load.attempts.append(attempt)
        if not attempt.status:
            time.sleep(0.05)  # refused or cut: the server is down; retry shortly


# --- PostgreSQL: kill the whole server, restart it with its own options -----------------------


@dataclass
class Postgres:
    data: Path
    bin: Path

    @classmethod
    def from_env(cls) -> Postgres:
        data, pg_bin = os.environ.get("AMANAT_PG_DATA"), os.environ.get("AMANAT_PG_BIN")
        if not data or not pg_bin:
            raise BenchError(
                "PostgreSQL crash rounds need AMANAT_PG_DATA and AMANAT_PG_BIN "
                "(run under scripts/with-postgres.sh)"
            )
        return cls(Path(data), Path(pg_bin))

    def postmaster(self) -> int | None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((self.data / "postmaster.pid").read_text().splitlines()[0])
            return pid if alive(pid) else None
        return None

    def options(self) -> str:
        """The server's own options (``postmaster.opts``: the command line it was started with,
        by scripts/with-postgres.sh), minus the binary and ``-D``."""
        argv = shlex.split((self.data / "postmaster.opts").read_text())[1:]
        keep, skip = [], False
        for arg in argv:
            if skip:
                skip = False
            elif arg == "-D":
                skip = True
            else:
                keep.append(arg)
        return shlex.join(keep)

    def start(self, options: str) -> float:
        """Start after a crash. A killed postmaster nobody reaped is a zombie, which
        PostgreSQL's lock check (kill(pid, 0)) takes for a live server: once every process of
        the old server is dead, its ``postmaster.pid`` and socket lock files are stale and are
        removed, as after a reboot."""
        started = time.perf_counter()
        argv = shlex.split(options)
        socket_dirs = [Path(argv[i + 1]) for i, arg in enumerate(argv[:-1]) if arg == "-k"]
        locks = [self.data / "postmaster.pid"]
        locks += [lock for folder in socket_dirs for lock in folder.glob(".s.PGSQL.*.lock")]
        for lock in locks:
            with contextlib.suppress(OSError, ValueError, IndexError):
                if not alive(int(lock.read_text().splitlines()[0])):
                    lock.unlink()
        log_file = self.data.parent / "server.log"
        done = subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin / "pg_ctl"), "-D", str(self.data),
             "-l", str(log_file), "-w", "-t", "60", "-o", options, "start"],
            capture_output=True, text=True, timeout=90, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise BenchError(f"pg_ctl start failed: {done.stdout}{done.stderr}")
        return time.perf_counter() - started


def _rounds(db: str, count: int) -> list[str]:
    if db == "sqlite":
        return ["app"] * count
    return [PG_PLAN[i % len(PG_PLAN)] for i in range(count)]


@dataclass
class CrashResult:
    db: str
    rounds: list[RoundLog]
    attempts: list[Attempt]
    verification: dict[str, Any]
    problems: list[str]
    seconds: float
    files: list[str]


def crash_one(db: str, admin_url: str | None, args: argparse.Namespace) -> CrashResult:
    started = time.perf_counter()
    pg = Postgres.from_env() if db == "postgresql" else None
    become_subreaper()  # killed workers, sandboxes and postmasters get reaped, not left as zombies
    pg_options = pg.options() if pg else ""
    rng = random.Random(args.seed)
    image = small_jpeg()
    load = Load(run_id=secrets.token_hex(3))
    logs: list[Path] = []
    rounds: list[RoundLog] = []
    threads = [
        threading.Thread(target=_submitter, args=(i, load, image), daemon=True)
        for i in range(args.submitters)
    ]
    app = contextlib.ExitStack()
    master: int | None = None

    def start_app(env: dict[str, str]) -> int:
        logs.append(RESULTS / f"crash-{db}-server-{len(logs) + 1}.log")
        url, pid = app.enter_context(serving(env, logs[-1]))
        load.port = int(url.rsplit(":", 1)[1])
        return int(pid)

    with fresh_database(db, admin_url) as env:
        try:
            for thread in threads:
                thread.start()
            app_down_since = time.perf_counter()
            for number, killed in enumerate(_rounds(db, args.rounds), start=1):
                entry = RoundLog(number, killed)
                if master is None:  # (re)start the app; a "postgres" round keeps it running
                    master = start_app(env)
                    entry.app_restart_seconds = time.perf_counter() - app_down_since
                load.round = number
                entry.ran_seconds = rng.uniform(*KILL_AFTER)
                time.sleep(entry.ran_seconds)
                victims = [master] if "app" in killed else []
                postmaster = pg.postmaster() if pg else None
                if "postgres" in killed and postmaster:
                    victims.append(postmaster)
                kill9_trees(*victims)
                log("crash", f"{db} round {number}: {killed} killed at {entry.ran_seconds:.1f} s")
                if "app" in killed:
                    load.port = None
                    app_down_since = time.perf_counter()
                    app.close()  # reaps the killed master
                    master = None
                if pg and "postgres" in killed:
                    entry.pg_restart_seconds = pg.start(pg_options)
                    if load.port is not None:  # the app kept running: it must reconnect
                        wait_until_answering(load.port)
                rounds.append(entry)
            # A last, clean round: the app recovers and serves; then everything stops gracefully.
            if master is None:
                master = start_app(env)
            load.round = args.rounds + 1
            time.sleep(LAST_ROUND_SECONDS)
            load.stop.set()
            for thread in threads:
                thread.join(timeout=90)
        finally:
            load.stop.set()
            app.close()
            for thread in threads:
                thread.join(timeout=5)
            if pg and pg.postmaster() is None:  # leave the shared server running
                with contextlib.suppress(BenchError):
                    pg.start(pg_options)
        log("crash", f"{db}: {len(load.attempts)} attempts; verifying with Django")
        verification = verify(env, load.attempts, RESULTS / f"crash-{db}")
        data_dir = Path(env["AMANAT_DATA_DIR"])
        files = sorted(p.name for p in data_dir.iterdir() if p.name != "static")
    return CrashResult(
        db=db,
        rounds=rounds,
        attempts=load.attempts,
        verification=verification,
        problems=[line for path in logs for line in server_problems(path)],
        seconds=time.perf_counter() - started,
        files=files,
    )


def table(results: list[CrashResult]) -> tuple[str, bool]:
    summary = [
        "| db | rounds (killed) | tried | acknowledged | refused page | no answer (cut) | lost "
        "| wrong content | half-written | stored, not acknowledged | stored after a 'not saved' "
        "page | duplicates | SQLite integrity | verdict |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|",
    ]
    round_rows = [
        "| db | round | killed | after s | POSTs cut | answers: receipts / refusals | app up "
        "after s | PostgreSQL recovery s |",
        "|---|--:|---|--:|--:|---|--:|--:|",
    ]
    notes: list[str] = []
    failed = False
    for r in results:
        v = r.verification
        attempts = r.attempts
        acknowledged = sum(a.acknowledged for a in attempts)
        refused = sum(1 for a in attempts if a.status and not a.acknowledged)
        cut = sum(1 for a in attempts if a.posted and not a.status)
        bad = (
            len(v["lost"])
            + len(v["wrong_content"])
            + len(v["photo_missing"])
            + len(v["half_written"])
            + len(v["refused_but_stored"])
        )
        integrity_ok = v["integrity"] in ("ok", "n/a")
        ok = bad == 0 and integrity_ok and acknowledged == v["acknowledged"] and acknowledged > 0
        failed |= not ok
        killed = Counter(x.killed for x in r.rounds)
        summary.append(
            f"| {r.db} | {len(r.rounds)} ({', '.join(f'{k} ×{n}' for k, n in killed.items())}) "
            f"| {len(attempts)} | {acknowledged} | {refused} | {cut} | {len(v['lost'])} "
            f"| {len(v['wrong_content']) + len(v['photo_missing'])} | {len(v['half_written'])} "
            f"| {v['unacknowledged_stored']} | {len(v['refused_but_stored'])} "
            f"| {v['duplicates']} | {v['integrity']} | {'PASS' if ok else 'FAIL'} |"
        )
        for entry in r.rounds:
            in_round = [a for a in attempts if a.round == entry.number]
            receipts = sum(a.acknowledged for a in in_round)
            refusals = Counter(a.kind for a in in_round if a.status and not a.acknowledged)
            refusal_text = ", ".join(f"{k} {n}" for k, n in refusals.most_common()) or "none"
            pg_s, app_s = entry.pg_restart_seconds, entry.app_restart_seconds
            pg_restart = "–" if pg_s is None else f"{pg_s:.1f}"
            app_restart = "– (kept running)" if app_s is None else f"{app_s:.1f}"
            round_rows.append(
                f"| {r.db} | {entry.number} | {entry.killed} | {entry.ran_seconds:.1f} "
                f"| {sum(1 for a in in_round if a.posted and not a.status)} "
                f"| {receipts} / {refusal_text} | {app_restart} | {pg_restart} |"
            )
        photos = sum(a.photo_accepted for a in attempts)
        kinds = Counter(a.kind for a in attempts if not a.acknowledged)
        notes.append(
            f"- {r.db}: {r.seconds:.0f} s; {photos} acknowledged reports carried a photo; "
            f"{v['reports']} Report rows ({v['foreign']} from the set-up probes); outcomes "
            "other than a receipt: "
            + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            + f"; files left in the data directory: {', '.join(r.files)} (attachments live in "
            "the database: no file can be orphaned)"
        )
        pages = Counter(
            f"{a.status} “{a.title}”" + (f" ({a.notice[:60]}…)" if a.notice else "")
            for a in attempts
            if a.status and not a.acknowledged
        )
        if pages:
            notes.append(
                f"- {r.db}: refusal pages seen (status, heading): "
                + "; ".join(f"{k} ×{n}" for k, n in pages.most_common())
            )
        for key in ("lost", "wrong_content", "photo_missing", "half_written", "refused_but_stored"):
            if v[key]:
                notes.append(f"- {r.db} **{key}**: {len(v[key])}, e.g. `{v[key][0]}`")
        if r.problems:
            notes.append(
                f"- {r.db} server log: {len(r.problems)} error line(s), e.g. "
                f"`{r.problems[0][:160]}`"
            )
    notes += [
        "- tried = every report a client started (GET of the form, then POST); acknowledged = "
        "shown a receipt; refused page = any other HTTP answer (429 busy, 5xx 'nothing saved'); "
        "no answer (cut) = the POST was sent and the connection died with the server.",
        "- lost = acknowledged but the receipt does not log in; wrong content = it logs in but "
        "the report does not decrypt (recovery key) to the exact text sent, or an accepted "
        "photo is missing; half-written = a Report whose body does not decrypt, or an "
        "attachment without its blob or whose blob fails to decrypt or to match its hash. "
        "Each must be 0.",
        "- stored, not acknowledged = the client got no answer but the report committed (crash "
        "between commit and response): allowed, the reporter simply never saw the receipt.",
        "- Kills are SIGKILL to every process of the tree at once (gunicorn master, workers, "
        "stripping sandboxes; PostgreSQL postmaster and backends). The OS page cache survives "
        "them: this checks ordering and atomicity, not fsync on power loss. 'after s' = how "
        "long the server ran before the kill; 'app up after s' = from the previous kill (or "
        "the start) until `amanat serve` answered again, including PostgreSQL's recovery; "
        "answers of a round include those until the next kill.",
    ]
    return "\n".join([*summary, "", *round_rows, "", *notes]), failed


def _run_all(args: argparse.Namespace) -> tuple[str, bool]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    admin_url = os.environ.get("DATABASE_URL") or None
    databases = ["sqlite"] + (["postgresql"] if admin_url else [])
    results = [crash_one(db, admin_url, args) for db in databases]
    text, failed = table(results)
    (RESULTS / "crash.md").write_text(text + "\n")
    return text, failed


def run(seconds: int | None = None, users: int | None = None) -> str:
    """Entry point for ``bench.run``: fixed, bounded sizes (24 submitters, 4 rounds per
    database); ``bench.run``'s generic ``--seconds``/``--users`` are ignored here."""
    del seconds, users
    args = argparse.Namespace(submitters=SUBMITTERS, rounds=ROUNDS, seed=None)
    return _run_all(args)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash", description=__doc__)
    parser.add_argument("--submitters", type=int, default=SUBMITTERS)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--seed", type=int, default=None, help="seed for the kill moments")
    args = parser.parse_args(argv)
    if args.submitters < 1 or args.rounds < 1:
        parser.error("--submitters and --rounds must be at least 1")
    try:
        text, failed = _run_all(args)
    except BenchError as exc:
        print(f"bench crash: {exc}", file=sys.stderr)
        return 1
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
