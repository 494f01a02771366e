"""How long does PostgreSQL's WAL keep a record of one submission? (issue #11.4)

PostgreSQL writes every committed row, and a commit record with the commit's exact time, to its
write-ahead log (``pg_wal``). Amanat stores no times, but a stolen copy of ``pg_wal`` dates each
transaction to the microsecond until the segment holding it is gone. By default PostgreSQL
*recycles* old segments (renames them for reuse, contents intact), so the record can outlive many
checkpoints; with ``wal_recycle=off`` a segment is deleted at the first checkpoint after it is no
longer needed, and ``archive_timeout`` bounds how long a quiet server keeps writing into it.

For each configuration this starts a throwaway cluster on loopback (as the ``postgres`` user,
like scripts/with-postgres.sh), commits one row carrying a marker, then runs rounds of
"switch to a new WAL segment + CHECKPOINT" and reports after how many rounds no file in
``pg_wal`` still contains the marker (and whether ``pg_waldump`` still shows the commit's time).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROUNDS = 8
CONFIGS = {
    "PostgreSQL defaults": [],
    "documented (docs/deploy.md)": [
        "-c",
        "wal_recycle=off",
        "-c",
        "min_wal_size=32MB",
        "-c",
        "archive_mode=on",
        "-c",
        "archive_command=/bin/true",
        "-c",
        "archive_timeout=900",
    ],
}


def _bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (scripts/with-postgres.sh installs it)")
    return found[-1].parent


def _as_postgres(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.getuid() == 0 else argv


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _cluster(options: list[str]) -> Iterator[tuple[Path, int]]:
    bindir = _bin()
    work = Path(tempfile.mkdtemp(prefix="amanat-wal-"))
    work.chmod(0o755)
    if os.getuid() == 0:
        shutil.chown(work, "postgres")
    data, port = work / "data", _port()
    try:
        subprocess.run(
            _as_postgres(
                [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
            ),
            check=True,
            capture_output=True,
        )
        server = " ".join(["-h 127.0.0.1", f"-p {port}", f"-k {work}", *options])
        subprocess.run(
            _as_postgres(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(work / "log"),
                    "-w",
                    "-o",
                    server,
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        yield data, port
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(work, ignore_errors=True)


def _found(data: Path, marker: bytes) -> bool:
    for segment in (data / "pg_wal").iterdir():
        if segment.is_file() and marker in segment.read_bytes():
            return True
    return False


def _measure(options: list[str]) -> tuple[int | None, bool]:
    import psycopg

    marker = f"AMN-wal-{secrets.token_hex(8)}".encode()
    with _cluster(options) as (data, port):
        url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE report (body bytea)")
            conn.execute("INSERT INTO report VALUES (%s)", (marker,))
            commit_logged = _found(data, marker)
            for round_number in range(1, ROUNDS + 1):
                conn.execute("INSERT INTO report SELECT 'filler' FROM generate_series(1, 1000)")
                conn.execute("SELECT pg_switch_wal()")
                conn.execute("CHECKPOINT")
                time.sleep(0.2)
                if not _found(data, marker):
                    return round_number, commit_logged
    return None, commit_logged


def measure() -> str:
    rows = []
    for label, options in CONFIGS.items():
        rounds, logged = _measure(options)
        gone = f"after {rounds}" if rounds is not None else f"still there after {ROUNDS}"
        rows.append(f"| {label} | {'yes' if logged else 'no'} | {gone} |")
    return "\n".join(
        [
            "| configuration | row in pg_wal right after commit | gone from pg_wal (rounds of "
            "segment switch + CHECKPOINT) |",
            "|---|---|---|",
            *rows,
            "",
            "- A round stands for the end of one WAL segment (at most `archive_timeout`, 15 min, "
            "with the documented settings) followed by a checkpoint (at most "
            "`checkpoint_timeout`). Deleted segment files still sit on the disk until "
            "overwritten: keep the data directory on an encrypted volume.",
        ]
    )


def run(**_: object) -> str:
    return measure()


if __name__ == "__main__":
    print(measure())
