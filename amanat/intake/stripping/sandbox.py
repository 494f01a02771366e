"""Running the parsers in a separate, resource-limited process (security check C20).

Image, audio and PDF parsers are large C code bases with a history of memory-safety bugs, and a
reporter's file is hostile by assumption. The web process therefore only sniffs the first bytes;
decoding happens in a fresh `python -I` subprocess inside bubblewrap and a seccomp filter (see
jail.py: no network, no view of the server's files, processes or environment, uid nobody), with:

- address space, CPU time, file size (0: it cannot create or grow files), open files and core
  dumps limited with `resource` by the worker itself before it reads a byte (not through
  `preexec_fn`, which is unsafe in the threaded gunicorn workers we serve with);
- an empty environment, `/` as working directory, no inherited file descriptors;
- the file on stdin and the answer on stdout (see protocol.py); stderr is discarded, so nothing
  a parser prints about the file can reach our logs.

A wall-clock timeout kills the worker; any crash becomes StripError("failed"). The web process
never sees an exception other than StripError from here.
"""

from __future__ import annotations

import math
import resource
import signal
import subprocess
import sys
from pathlib import Path

from . import jail
from .formats import MEDIA_HANDLERS
from .protocol import decode
from .result import MAX_INPUT_BYTES, StripError, StripResult
from .sniff import check_name, detect, result_allowed

ADDRESS_SPACE_BYTES = 2 * 1024**3
CPU_SECONDS = 20
OPEN_FILES = 32
MEDIA_SLACK_BYTES = 4 * 1024 * 1024
MEDIA_TIMEOUT_FACTOR = 3  # a remux reads and writes the whole file twice, plus FFmpeg start-up

# Loads this package under a private name without importing `amanat` or `amanat.intake`, whose
# __init__ modules may pull in Django one day, and without putting the intake folder on sys.path
# (its modules could shadow standard-library names). -I ignores PYTHON* variables and user site.
_BOOT = (
    "import importlib, sys, types\n"
    "package = types.ModuleType('amanat_stripping')\n"
    "package.__path__ = [sys.argv[1]]\n"
    "sys.modules['amanat_stripping'] = package\n"
    "raise SystemExit(importlib.import_module('amanat_stripping.worker').main())\n"
)


def apply_limits(cpu_seconds: int = CPU_SECONDS, file_bytes: int = 0) -> None:
    """Lower this process's resource limits; never raises them above what is already allowed.

    ``file_bytes`` is 0 (no file may be created or grown) except for media workers, which copy
    the input into their private tmpfs for FFmpeg and read its output back.
    """
    wanted = (
        (resource.RLIMIT_AS, ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES),
        (resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 1),  # SIGXCPU, then SIGKILL
        (resource.RLIMIT_FSIZE, file_bytes, file_bytes),
        (resource.RLIMIT_NOFILE, OPEN_FILES, OPEN_FILES),
        (resource.RLIMIT_CORE, 0, 0),
    )
    for which, soft, hard in wanted:
        _current_soft, current_hard = resource.getrlimit(which)
        if current_hard != resource.RLIM_INFINITY:
            hard = min(hard, current_hard)
        resource.setrlimit(which, (min(soft, hard), hard))


def worker_command(cpu_seconds: int) -> list[str]:
    """The worker's argv; tests replace this to simulate crashing or misbehaving workers."""
    package_dir = str(Path(__file__).resolve().parent)
    return [sys.executable, "-I", "-B", "-c", _BOOT, package_dir, str(cpu_seconds)]


def _run_unsandboxed(command: list[str], data: bytes, timeout: float) -> jail.Outcome:
    """Development only (AMANAT_UNSANDBOXED_STRIPPING with DEBUG): a bare subprocess."""
    try:
        process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell, input only on stdin
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={},
            cwd="/",
            close_fds=True,
            start_new_session=True,
        )
    except OSError:
        raise StripError("failed", "the stripping worker could not be started") from None
    try:
        output, _ = process.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise StripError("timeout", f"worker exceeded {timeout:g} s") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return jail.Outcome(process.returncode, output)


def media_file_limit(size: int) -> int:
    """Largest file a media worker may write: its copy of the input, or FFmpeg's remux of it."""
    return size + size // 8 + MEDIA_SLACK_BYTES


def _run_worker(
    data: bytes, timeout: float, *, sandboxed: bool = True, media: bool = False
) -> bytes:
    cpu_seconds = max(1, min(CPU_SECONDS, math.ceil(timeout)))
    command = worker_command(cpu_seconds) + (["media"] if media else [])
    if sandboxed:
        # Input copy + remuxed output (+ the allow-list rebuild, held in memory) fit the tmpfs.
        scratch = 2 * media_file_limit(len(data)) if media else jail.TMPFS_BYTES
        outcome = jail.run(command, data, timeout=timeout, tmpfs_bytes=scratch)
    else:
        outcome = _run_unsandboxed(command, data, timeout)
    # bubblewrap reports a child killed by signal N as exit status 128 + N.
    if outcome.returncode in (-signal.SIGXCPU, 128 + signal.SIGXCPU):
        raise StripError("timeout", "worker exceeded its CPU time limit")
    if outcome.returncode != 0:
        raise StripError("failed", f"worker exited with status {outcome.returncode}")
    return outcome.stdout


def strip(
    data: bytes, *, filename: str, timeout: float = 30.0, sandboxed: bool = True
) -> StripResult:
    """Remove metadata from an uploaded picture, recording, video, PDF or office document, in a
    sandboxed worker (FFmpeg, for video, runs inside the same sandbox).

    ``filename`` is only used to refuse files whose name claims another type than their content;
    the type always comes from the bytes. Raises StripError with a stable ``code``.
    ``sandboxed=False`` skips bubblewrap and exists only for development machines without it;
    the intake allows it only with DEBUG and an explicit setting, and logs every use.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise StripError("too_large", f"input is larger than {MAX_INPUT_BYTES} bytes")
    detected = detect(data)
    check_name(filename, detected)
    media = detected.handler in MEDIA_HANDLERS
    if media:
        timeout *= MEDIA_TIMEOUT_FACTOR
    result = decode(_run_worker(data, timeout, sandboxed=sandboxed, media=media))
    if not result_allowed(detected, result.kind, result.mime, result.extension):
        raise StripError("failed", "worker reported a different type than the content sniff")
    return result
