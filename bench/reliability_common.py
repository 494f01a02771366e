"""Helpers shared by the reliability benchmarks (``bench.flood``, ``bench.crash``,
``bench.diskfull``): process trees from /proc, a plain ``http.client`` submitter that keeps
exactly what the client was shown, and the after-the-fact verification with Django.

The set-up of data directories, databases and ``amanat serve`` is ``bench.hotline_server``'s; this
module only adds what the reliability checks need on top.

Run as a module it is the verifier, in its own process (Django is set up from the environment,
so each database gets a fresh interpreter)::

    python -m bench.reliability_common verify CLIENTS.json RESULT.json
    python -m bench.reliability_common add-staff N          # prints JSON [[user, password]…]
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import http.client
import http.cookies
import json
import os
import re
import signal
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.formdata import csrf_token, multipart
from bench.hotline_server import BIN, ROOT, BenchError, run_checked

__all__ = ["BIN", "ROOT", "BenchError"]

RECEIPT_RE = re.compile(r'<p class="receipt" id="receipt">([0-9 ]+)</p>')
H1_RE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
NOTICE_RE = re.compile(r'<div class="notice[^"]*" role="alert"><p>(.*?)</p>', re.S)
MESSAGE_RE = re.compile(r"</h1>\s*<p>(.*?)</p>", re.S)  # the generic error page's message
IMAGE_NAME = "evidence.jpg"


def log(tag: str, message: str) -> None:
    print(f"[{tag}] {message}", file=sys.stderr, flush=True)


# --- processes ------------------------------------------------------------------------------


def _ppid(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def children(pid: int) -> list[int]:
    """Direct children of a process (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _ppid(int(entry.name)) == pid:
            found.append(int(entry.name))
    return found


def descendants(pid: int) -> list[int]:
    """All descendants, whatever their session (gunicorn's stripping sandboxes start their own)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (ppid := _ppid(int(entry.name))) is not None:
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(parents.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(parents.get(child, []))
    return found


def alive(pid: int) -> bool:
    """Running (not gone and not a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def kill9_trees(*roots: int) -> list[int]:
    """SIGKILL processes and every descendant at once (the trees are listed first, then all are
    killed back to back, so none can react); wait until they are gone. Returns the pids."""
    pids = [pid for root in roots for pid in (root, *descendants(root))]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.02)
    for pid in pids:  # reap those that are (or were re-parented to) our children
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
    return pids


def become_subreaper() -> None:
    """Adopt orphaned descendants (PR_SET_CHILD_SUBREAPER), so killed processes can be reaped.

    Where PID 1 does not reap orphans (as in some sandboxes), a killed process stays a zombie;
    PostgreSQL's lock-file check takes a zombie postmaster for a live one."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def rss_kib(pid: int) -> int | None:
    """Resident set size of a process in KiB (VmRSS from /proc/PID/status)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return None


# --- statistics -----------------------------------------------------------------------------


def percentile(values: list[float], percent: float) -> float | None:
    """Nearest-rank percentile (percent in 0–100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * percent // 100))
    return ordered[int(rank) - 1]


def ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


# --- a submitter that keeps what the client was shown ----------------------------------------


def small_jpeg(side: int = 192, seed: int = 7) -> bytes:
    """A small noisy JPEG (~30 KB) with EXIF Artist and GPS, so stripping has work to do."""
    import io
    import random

    from PIL import Image

    rng = random.Random(seed)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    exif = Image.Exif()
    exif[0x013B] = "Jane Reporter"  # Artist
    exif.get_ifd(0x8825).update({1: "N", 2: (39.0, 28.0, 12.5), 3: "E", 4: (75.0, 59.0, 1.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


@dataclass
class Attempt:
    """One report a client tried to send, and what it saw."""

    text: str
    image: bool = False
    stage: str = "get"  # how far it got: get, post, answered
    status: int | None = None
    kind: str = ""  # receipt, busy, error-page, form-error, refused, reset, timeout, …
    receipt: str | None = None
    photo_accepted: bool = False
    posted: bool = False  # the POST was (at least partly) sent: the server may have stored it
    title: str = ""
    notice: str = ""  # the page's alert, or the error page's message
    seconds: float = 0.0
    round: int = 0

    @property
    def acknowledged(self) -> bool:
        return self.receipt is not None


def _cookies(response: http.client.HTTPResponse, jar: dict[str, str]) -> None:
    for header in response.headers.get_all("Set-Cookie") or []:
        parsed = http.cookies.SimpleCookie()
        with contextlib.suppress(http.cookies.CookieError):
            parsed.load(header)
        for name, morsel in parsed.items():
            if morsel.value:
                jar[name] = morsel.value
            else:
                jar.pop(name, None)


def _page_text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _classify_error(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, ConnectionResetError | BrokenPipeError):
        return "reset"
    if isinstance(exc, http.client.RemoteDisconnected | http.client.IncompleteRead):
        return "closed"
    return type(exc).__name__


def submit(port: int, attempt: Attempt, image: bytes | None = None, timeout: float = 30) -> Attempt:
    """GET the form, POST the attempt's text (and the image), and fill in what was shown."""
    start = time.perf_counter()
    jar: dict[str, str] = {}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", "/report/")
        page = conn.getresponse()
        body = page.read().decode("utf-8", "replace")
        _cookies(page, jar)
        token = csrf_token(body) if page.status == 200 else None
        if token is None:
            attempt.status, attempt.kind = page.status, f"form {page.status}"
            attempt.title = _page_text(m.group(1)) if (m := H1_RE.search(body)) else ""
            attempt.notice = _page_text(m.group(1)) if (m := MESSAGE_RE.search(body)) else ""
            return attempt
        fields = [
            ("csrfmiddlewaretoken", token),
            ("what_happened", attempt.text),
            ("when_precision", "unknown"),
        ]
        files = [("attachments", IMAGE_NAME, "image/jpeg", image)] if image is not None else []
        attempt.image = image is not None
        data, content_type = multipart(fields, files)
        headers = {
            "Content-Type": content_type,
            "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
        }
        attempt.stage, attempt.posted = "post", True
        conn.request("POST", "/report/", body=data, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        attempt.stage, attempt.status = "answered", response.status
        attempt.title = _page_text(m.group(1)) if (m := H1_RE.search(text)) else ""
        found_notice = NOTICE_RE.search(text)
        if found_notice is None and response.status >= 500:
            found_notice = MESSAGE_RE.search(text)
        attempt.notice = _page_text(found_notice.group(1)) if found_notice else ""
        found = RECEIPT_RE.search(text) if response.status == 200 else None
        if found:
            attempt.receipt, attempt.kind = found.group(1), "receipt"
            attempt.photo_accepted = f"<bdi>{IMAGE_NAME}</bdi> —" in text  # not "</bdi>: why"
        elif response.status == 429:
            attempt.kind = "busy" if "Nothing was saved yet" in text else "429 other"
        elif response.status >= 500:
            attempt.kind = f"error page {response.status}"
        else:
            attempt.kind = f"HTTP {response.status}"
    except (OSError, http.client.HTTPException) as exc:
        attempt.kind = _classify_error(exc)
    finally:
        conn.close()
        attempt.seconds = time.perf_counter() - start
    return attempt


def wait_until_answering(port: int, deadline_seconds: float = 60) -> None:
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", "/report/")
            if conn.getresponse().status == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        finally:
            conn.close()
        time.sleep(0.1)
    raise BenchError(f"server on port {port} did not answer within {deadline_seconds:.0f} s")


# --- verification with Django, in a subprocess ------------------------------------------------


def verify(env: dict[str, str], attempts: list[Attempt], work: Path) -> dict[str, Any]:
    """Check every attempt against the database (``python -m bench.reliability_common verify``
    in a fresh interpreter with the benchmark's environment); return the counts."""
    work.mkdir(parents=True, exist_ok=True)
    clients = work / "clients.json"
    result = work / "verify.json"
    clients.write_text(json.dumps([asdict(a) for a in attempts]))
    result.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "bench.reliability_common", "verify", str(clients), str(result)]
    run_checked(argv, env, "verification", timeout=600)
    data: dict[str, Any] = json.loads(result.read_text())
    return data


def add_staff(env: dict[str, str], count: int) -> list[list[str]]:
    """Create ``count`` analysts in the demo organisation; return [[username, password], …]."""
    out = run_checked([sys.executable, "-m", "bench.reliability_common", "add-staff", str(count)],
               env, "add-staff")  # fmt: skip
    staff: list[list[str]] = json.loads(out.strip().splitlines()[-1])
    return staff


@dataclass
class Verification:
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)  # texts of acknowledged reports not found
    wrong_content: list[str] = field(default_factory=list)
    photo_missing: list[str] = field(default_factory=list)
    reports: int = 0
    half_written: list[str] = field(default_factory=list)
    unacknowledged_stored: int = 0  # POST sent, no answer seen (crash after commit: allowed)
    refused_but_stored: list[str] = field(default_factory=list)  # told "not saved", yet stored
    duplicates: int = 0
    foreign: int = 0  # reports no client of this run sent (warm-up, seeding)
    integrity: str = "n/a"


def _verify_main(clients_path: Path, result_path: Path) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from amanat.intake.models import Attachment, Blob, Report
    from amanat.intake.queries import find_by_receipt
    from amanat.testing.staff import read_attachment, read_report

    recovery = bytes.fromhex((settings.DATA_DIR / "demo-recovery-key.hex").read_text().strip())
    attempts = [Attempt(**a) for a in json.loads(clients_path.read_text())]
    by_text = {a.text: a for a in attempts}
    out = Verification()

    def check_attachments(report: Report, label: str) -> int:
        good = 0
        for attachment in Attachment.objects.filter(report=report):
            if not Blob.objects.filter(attachment=attachment, role="clean").exists():
                out.half_written.append(f"{label}: attachment {attachment.pk} has no blob")
                continue
            try:
                meta, content = read_attachment(attachment, recovery_private=recovery)
            except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
                out.half_written.append(f"{label}: attachment {attachment.pk}: {exc!r}")
                continue
            if hashlib.sha256(content).hexdigest() != meta.get("sha256"):
                out.half_written.append(f"{label}: attachment {attachment.pk} hash mismatch")
                continue
            good += 1
        return good

    # 1. Every acknowledged report logs in with its receipt and reads back exactly.
    for attempt in attempts:
        if not attempt.acknowledged:
            continue
        out.acknowledged += 1
        login = find_by_receipt(attempt.receipt or "")
        if login is None:
            out.lost.append(attempt.text[:40])
            continue
        report = Report.objects.get(pk=login.report.pk)
        try:
            fields = read_report(report, recovery_private=recovery)["fields"]
        except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
            out.wrong_content.append(f"{attempt.text[:40]}: {exc!r}")
            continue
        if fields.get("what_happened") != attempt.text:
            out.wrong_content.append(attempt.text[:40])
        if attempt.photo_accepted and check_attachments(report, f"report {report.pk}") < 1:
            out.photo_missing.append(attempt.text[:40])

    # 2. Every report in the database is whole, and was sent by a client who either saw the
    #    receipt or got no answer; none was stored after a "nothing was saved" page.
    seen: dict[str, int] = {}
    for report in Report.objects.all().order_by("pk").iterator(chunk_size=200):
        out.reports += 1
        try:
            text = read_report(report, recovery_private=recovery)["fields"].get("what_happened")
        except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
            out.half_written.append(f"report {report.pk}: body does not decrypt: {exc!r}")
            continue
        check_attachments(report, f"report {report.pk}")
        seen[text] = seen.get(text, 0) + 1
        attempt = by_text.get(text)
        if attempt is None:
            out.foreign += 1
        elif not attempt.acknowledged:
            if attempt.status is not None:  # an answer without a receipt: 429, 5xx, form error
                out.refused_but_stored.append(f"{attempt.kind}: {text[:40]}")
            else:
                out.unacknowledged_stored += 1
    out.duplicates = sum(n - 1 for n in seen.values() if n > 1)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA integrity_check")
            out.integrity = ", ".join(str(row[0]) for row in cursor.fetchall())[:200]
    result_path.write_text(json.dumps(asdict(out)))


def _add_staff_main(count: int) -> None:
    import secrets

    import django

    django.setup()
    from amanat.accounts import actions
    from amanat.accounts.models import Role
    from amanat.keys.models import Organisation

    organisation = Organisation.objects.get(slug="demo")
    staff = []
    for i in range(count):
        username, password = f"bench-staff-{i + 1}", secrets.token_urlsafe(16)
        actions.create_staff_member(organisation, username, password, Role.ANALYST, actor=None)
        staff.append([username, password])
    print(json.dumps(staff))


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "verify":
        _verify_main(Path(argv[1]), Path(argv[2]))
        return 0
    if len(argv) == 2 and argv[0] == "add-staff":
        _add_staff_main(int(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main(sys.argv[1:]))
