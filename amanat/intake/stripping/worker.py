"""The sandboxed worker: read one file on stdin, write one framed answer on stdout, exit.

Started by sandbox.py as ``python -I -B -c <boot> <package dir> <cpu seconds>``; it can also be
run by hand as ``python -m amanat.intake.stripping.worker < file``. Before touching the input it
re-applies the resource limits and installs an audit hook that refuses to write files, open
sockets or start processes, so a parser that is tricked into trying gets an exception instead.
It never writes to stderr and never echoes metadata: errors carry a code and a fixed detail.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Any

from .formats import strip_in_process
from .protocol import encode_error, encode_result
from .result import MAX_INPUT_BYTES, StripError
from .sandbox import CPU_SECONDS, apply_limits, media_file_limit

_BLOCKED_EVENTS = (
    "socket.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "os.kill",
    "os.killpg",
    "os.remove",
    "os.unlink",
    "os.rename",
    "os.replace",
    "os.rmdir",
    "os.mkdir",
    "os.truncate",
    "os.chmod",
    "os.chown",
    "os.link",
    "os.symlink",
    "os.utime",
    "os.putenv",
    "os.unsetenv",
    "shutil.",
    "urllib.",
    "http.",
    "ftplib.",
    "smtplib.",
    "webbrowser.",
    "pty.",
    "ctypes.dlopen",
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
#: Media workers only: the programs they may start and the one folder they may write in.
MEDIA_PROGRAMS = frozenset({"/usr/bin/ffmpeg", "/usr/bin/ffprobe"})
SCRATCH = "/tmp/amanat-media-"  # noqa: S108 - video.strip_video's folders, in the sandbox tmpfs
_SCRATCH_EVENTS = ("os.mkdir", "os.remove", "os.rmdir", "tempfile.mkdtemp")


def _guard(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook: the worker reads its input and imports modules, and does nothing else."""
    if event == "open":
        mode = args[1] if len(args) > 1 else None
        flags = args[2] if len(args) > 2 else 0
        writes = isinstance(mode, str) and any(c in mode for c in "wax+")
        if writes or (isinstance(flags, int) and flags & _WRITE_FLAGS):
            raise PermissionError("the stripping worker does not write files")
    elif event.startswith(_BLOCKED_EVENTS):
        raise PermissionError(f"the stripping worker does not perform {event}")


def _path(value: object) -> str:
    """An audit event's path argument as text ("" for descriptors and anything else)."""
    if isinstance(value, (str, os.PathLike)):
        text = os.fspath(value)
        return text if isinstance(text, str) else ""
    return ""


def _media_guard(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook of a media worker: as _guard, but FFmpeg may be started and one scratch
    folder created, written and emptied (inside the sandbox's private, discarded tmpfs)."""
    path = _path(args[0]) if args else ""
    in_scratch = path.startswith(SCRATCH) and "/.." not in path
    if event == "open" and (path == os.devnull or in_scratch):
        return
    if event in _SCRATCH_EVENTS and in_scratch:
        return
    if event == "subprocess.Popen" and len(args) > 1:
        program = args[0] if args[0] is not None else (args[1] or [""])[0]
        if os.fsdecode(program) in MEDIA_PROGRAMS:
            return
    _guard(event, args)


def _answer(data: bytes, *, media: bool) -> bytes:
    try:
        return encode_result(strip_in_process(data, media=media))
    except StripError as error:
        return encode_error(error)
    except MemoryError:
        return encode_error(StripError("failed", "worker ran out of memory"))
    except RecursionError:
        return encode_error(StripError("malformed", "file structure nested too deeply"))
    except Exception as exc:  # noqa: BLE001 - any failure of a hostile file is reported, never raised
        # Parsers raise all sorts of exceptions on hostile input. Whatever escaped the handlers'
        # own mapping is still a file we cannot clean: answer "malformed" with the exception
        # type only (its message may quote file content) rather than crash without an answer.
        return encode_error(StripError("malformed", f"unexpected {type(exc).__name__}"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv if argv is None else argv
    cpu_seconds = int(args[2]) if len(args) > 2 and args[2].isdigit() else CPU_SECONDS
    media = len(args) > 3 and args[3] == "media"
    apply_limits(cpu_seconds, media_file_limit(MAX_INPUT_BYTES) if media else 0)
    warnings.simplefilter("ignore")  # nothing may reach stderr; handlers opt in to errors
    sys.addaudithook(_media_guard if media else _guard)
    data = sys.stdin.buffer.read()
    sys.stdin.close()
    answer = _answer(data, media=media)
    sys.stdout.buffer.write(answer)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
