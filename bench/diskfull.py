"""Disk full: when the data directory fills up, submissions fail with a clear page, nothing
already acknowledged is damaged, and the service recovers once space is freed.

SQLite only (its database lives in ``AMANAT_DATA_DIR``): a small tmpfs (64 MB) is mounted as the
data directory (root needed; always unmounted at the end), migrated with the demo organisation
and served with ``amanat serve``. A few reports are acknowledged first; then a filler file takes
all but a little of the space and reports (text + a small JPEG) are submitted one after the
other until the disk is full, and a few more after that. Every answer is kept (status, heading,
notice). ``/staff/health/`` is asked while the disk is full. Then the filler is deleted and new
submissions are tried until one succeeds. Finally the server stops and the verifier
(``bench.reliability_common``, Django in a fresh process) checks every acknowledged report and
``PRAGMA integrity_check``.

    python -m bench.diskfull
    .venv/bin/python -m bench.run --only diskfull
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.hotline_server import (
    BIN,
    RESULTS,
    BenchError,
    base_env,
    run_checked,
    server_problems,
    serving,
)
from bench.reliability_common import Attempt, log, small_jpeg, submit, verify

SIZE_MB = 64
LEFT_FREE = 768 << 10  # what the filler leaves: enough for a dozen reports
BEFORE = 5  # reports acknowledged before the disk fills
AFTER_FIRST_FAILURE = 8  # attempts after the first failure (text only and with a photo)
MAX_FILL_ATTEMPTS = 300
RECOVERY_ATTEMPTS = 10


def _mount(path: Path) -> str | None:
    """Mount a tmpfs on ``path``; the reason if that is impossible."""
    if os.geteuid() != 0:
        return "not root (mounting a tmpfs needs CAP_SYS_ADMIN)"
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m,mode=0700", "tmpfs", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return f"mount failed: {done.stderr.strip() or done.returncode}"
    return None


def _umount(path: Path) -> None:
    for _ in range(20):
        if subprocess.run(["umount", str(path)], capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.25)
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)
    log("diskfull", f"{path} was busy: lazily unmounted")


def _fill(data_dir: Path, leave: int) -> Path:
    """A filler file taking all free space but ``leave`` bytes."""
    filler = data_dir / "filler.bin"
    free = shutil.disk_usage(data_dir).free
    size = max(0, free - leave)
    with filler.open("wb") as handle:
        chunk = b"\0" * (1 << 20)
        while size > 0:
            written = handle.write(chunk[: min(size, len(chunk))])
            size -= written
    return filler


def _health(port: int) -> tuple[int | None, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", "/staff/health/")
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")[:120]
    except (OSError, http.client.HTTPException) as exc:
        return None, type(exc).__name__
    finally:
        conn.close()


def _text(phase: str, number: int) -> str:
    filler = "A man from the consulate asked my sister for my address. " * 6
    return f"diskfull {phase} #{number} {os.urandom(6).hex()}: {filler}".strip()


def _scenario(work: Path) -> dict[str, Any]:
    data_dir = work / "data"
    data_dir.mkdir()
    reason = _mount(data_dir)
    if reason is not None:
        return {"blocked": reason}
    out: dict[str, Any] = {"blocked": None}
    attempts: list[Attempt] = []
    image = small_jpeg()
    try:
        data_dir.chmod(0o700)
        env = base_env(data_dir)
        run_checked([str(BIN / "amanat"), "migrate", "--noinput", "-v", "0"], env, "migrate")
        run_checked([str(BIN / "amanat"), "demo"], env, "demo")
        log_path = RESULTS / "diskfull-server.log"
        with serving(env, log_path) as (url, _master):
            port = int(url.rsplit(":", 1)[1])
            out["used_after_setup"] = shutil.disk_usage(data_dir).used

            def send(phase: str, number: int, with_image: bool) -> Attempt:
                attempt = Attempt(text=_text(phase, number))
                submit(port, attempt, image if with_image else None)
                attempt.kind = f"{phase}: {attempt.kind}"  # the verifier keys on the text
                attempts.append(attempt)
                return attempt

            for i in range(BEFORE):
                if not send("before", i, with_image=True).acknowledged:
                    raise BenchError(f"a report before filling the disk failed: {attempts[-1]}")
            filler = _fill(data_dir, LEFT_FREE)
            out["filler_bytes"] = filler.stat().st_size
            out["free_after_filler"] = shutil.disk_usage(data_dir).free
            first_failure, fill_started = None, time.perf_counter()
            for i in range(MAX_FILL_ATTEMPTS):
                attempt = send("fill", i, with_image=i % 2 == 0)
                if first_failure is None and not attempt.acknowledged:
                    first_failure = i
                    out["health_full"] = _health(port)
                if first_failure is not None and i - first_failure >= AFTER_FIRST_FAILURE:
                    break
            out["fill_seconds"] = time.perf_counter() - fill_started
            out["first_failure"] = first_failure
            out["free_when_full"] = shutil.disk_usage(data_dir).free
            filler.unlink()
            out["free_after_freeing"] = shutil.disk_usage(data_dir).free
            freed_at = time.perf_counter()
            out["recovered_after"] = None
            for i in range(RECOVERY_ATTEMPTS):
                if send("after", i, with_image=True).acknowledged:
                    out["recovered_after"] = (i + 1, time.perf_counter() - freed_at)
                    break
                time.sleep(0.5)
            for i in range(3):  # and it keeps working
                send("after-more", i, with_image=i == 0)
            out["health_after"] = _health(port)
        # The server has stopped; verify before unmounting.
        out["problems"] = server_problems(log_path)
        out["verification"] = verify(env, attempts, RESULTS / "diskfull")
        out["files"] = sorted(p.name for p in data_dir.iterdir() if p.name != "static")
    finally:
        _umount(data_dir)
    out["attempts"] = attempts
    return out


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def table(out: dict[str, Any]) -> tuple[str, bool]:
    if out["blocked"]:
        return f"Disk-full benchmark BLOCKED: {out['blocked']}.", True
    attempts: list[Attempt] = out["attempts"]
    v = out["verification"]
    fill = [a for a in attempts if a.kind.startswith("fill")]
    failures = [a for a in attempts if not a.acknowledged and not a.kind.startswith("before")]
    full_failures = [a for a in fill if not a.acknowledged]
    clear = [
        a
        for a in full_failures
        if a.status in (500, 503, 507) and ("saved" in a.notice + a.title or a.status == 503)
    ]
    pages = Counter(
        f"{a.status or a.kind.split(': ', 1)[1]} “{a.title}”"
        + (f" — {a.notice[:90]}" if a.notice else "")
        for a in failures
    )
    damage = len(v["lost"]) + len(v["wrong_content"]) + len(v["photo_missing"])
    damage += len(v["half_written"])
    recovered = out["recovered_after"]
    rows = [
        "| property | verdict | evidence |",
        "|---|---|---|",
        f"| failures on a full disk answer with a clear page (5xx, 'nothing saved') "
        f"| {_verdict(bool(full_failures) and len(clear) == len(full_failures))} "
        f"| {len(full_failures)} failed submissions after the disk filled, {len(clear)} with "
        f"5xx and a 'nothing saved' message; no answer at all: "
        f"{sum(1 for a in full_failures if not a.status)} |",
        f"| no acknowledged report damaged | {_verdict(damage == 0 and v['integrity'] == 'ok')} "
        f"| {v['acknowledged']} acknowledged: {len(v['lost'])} lost, "
        f"{len(v['wrong_content']) + len(v['photo_missing'])} wrong content, "
        f"{len(v['half_written'])} half-written; `PRAGMA integrity_check`: {v['integrity']} |",
        f"| nothing stored after a 'not saved' page | {_verdict(not v['refused_but_stored'])} "
        f"| {len(v['refused_but_stored'])} such reports; {v['unacknowledged_stored']} stored "
        "without any answer |",
        f"| service recovers once space is freed | {_verdict(recovered is not None)} | "
        + (
            f"first new report accepted at attempt {recovered[0]}, {recovered[1]:.1f} s after "
            "deleting the filler"
            if recovered
            else f"no success in {RECOVERY_ATTEMPTS} attempts"
        )
        + " |",
    ]
    seq = [
        "| phase | attempts | receipts | other answers |",
        "|---|--:|--:|---|",
    ]
    for phase in ("before", "fill", "after", "after-more"):
        group = [a for a in attempts if a.kind.split(":", 1)[0] == phase]
        kinds = Counter(a.kind.split(": ", 1)[1] for a in group if not a.acknowledged)
        seq.append(
            f"| {phase} | {len(group)} | {sum(a.acknowledged for a in group)} "
            f"| {', '.join(f'{k} ×{n}' for k, n in kinds.most_common()) or '–'} |"
        )
    mib = 1 << 20
    notes = [
        f"- tmpfs of {SIZE_MB} MiB as `AMANAT_DATA_DIR` (SQLite, WAL, synchronous=FULL); "
        f"{out['used_after_setup'] / mib:.1f} MiB used after migrate + demo + collectstatic; "
        f"filler {out['filler_bytes'] / mib:.1f} MiB left {out['free_after_filler'] / 1024:.0f} "
        f"KiB free; first failure at fill attempt {out['first_failure']} "
        f"({out['free_when_full'] / 1024:.0f} KiB free then); reports are ~2 KB of text, every "
        "other one with a 34 KB JPEG.",
        "- Pages seen instead of a receipt (status or error, heading, notice): "
        + "; ".join(f"{k} ×{n}" for k, n in pages.most_common()),
        f"- `/staff/health/` while full: {out.get('health_full')}; after freeing: "
        f"{out.get('health_after')} (it reports `disk: low` below 256 MiB free, so a 64 MiB "
        "tmpfs is always 'degraded').",
        f"- Files in the data directory at the end: {', '.join(out['files'])}.",
    ]
    if out["problems"]:
        notes.append(
            f"- server log: {len(out['problems'])} error line(s), e.g. `{out['problems'][0][:200]}`"
        )
    failed = any("| FAIL |" in row for row in rows)
    return "\n".join([*rows, "", *seq, "", *notes]), failed


def _run_all() -> tuple[str, bool]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amanat-diskfull-") as tmp:
        out = _scenario(Path(tmp))
    text, failed = table(out)
    (RESULTS / "diskfull.md").write_text(text + "\n")
    (RESULTS / "diskfull-attempts.json").write_text(
        json.dumps([a.__dict__ for a in out.get("attempts", [])], indent=1)
    )
    return text, failed


def run(seconds: int | None = None, users: int | None = None) -> str:
    """Entry point for ``bench.run`` (sizes are fixed; ``--seconds``/``--users`` are ignored)."""
    del seconds, users
    return _run_all()[0]


def main(argv: list[str] | None = None) -> int:
    if argv or sys.argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        text, failed = _run_all()
    except BenchError as exc:
        print(f"bench diskfull: {exc}", file=sys.stderr)
        return 1
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
