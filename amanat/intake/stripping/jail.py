"""The operating-system sandbox around the stripping worker: bubblewrap plus a seccomp filter.

The worker's Python audit hook only stops Python code; a memory-safety bug in libjpeg, libheif,
qpdf or FFmpeg runs native code that ignores it. So every worker runs inside bubblewrap (Debian
package ``bubblewrap``), which gives it, before the interpreter starts:

- new network, pid, ipc, uts, cgroup and user namespaces (``--unshare-all``): no network
  interface at all, no view of other processes, and no further user namespaces;
- an empty root with read-only binds of only what the interpreter needs (the Python install,
  the virtualenv, this package's folder, ``/usr``, the loader cache and Debian's alternatives
  symlinks), a fresh ``/proc`` of its
  own pid namespace (the parent's ``/proc/<pid>/environ`` does not exist there), a minimal
  ``/dev`` and a size-capped tmpfs ``/tmp``; the data directory is never bound;
- an empty environment (``--clearenv``, and bubblewrap itself is started with none), a new
  session (no terminal to inject keystrokes into) and death with its parent;
- uid/gid 65534 (nobody) with no capabilities: when the server runs as root, bubblewrap needs
  no user namespace and ``setpriv`` switches to the real uid nobody (so even the kernel's view
  of the worker is an unprivileged user) and empties every capability set before the worker
  starts; as any other user, a user namespace maps the worker to nobody and forbids nesting;
- a seccomp filter (compiled with libseccomp through ``pyseccomp``) refusing sockets other than
  AF_UNIX, ptrace and cross-process memory access, mounts, namespaces, keyrings, bpf, perf
  events, io_uring, kernel modules and the like.

Parent folders of the binds are created 0755 inside the sandbox, so an interpreter under a
private home such as ``/root/.pyenv`` is reachable by nobody there and nowhere else.

Fail closed: if bubblewrap is missing or cannot create its namespaces, callers get
StripError("sandbox_unavailable") and the attachment is refused; the report itself is kept.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .result import StripError

NOBODY = 65534
_CLONE_NEWUSER = 0x10000000
TMPFS_BYTES = 16 * 1024 * 1024
PACKAGE_DIR = Path(__file__).resolve().parent

# Syscalls no parser or FFmpeg needs, that native exploit code would want: tracing and reading
# other processes, changing mounts or namespaces, kernel keyrings, bpf, perf, io_uring (a large
# kernel attack surface), modules, and a few administrative calls.
_DENIED_WORDS = (
    "ptrace process_vm_readv process_vm_writev kcmp pidfd_getfd mount umount2 pivot_root chroot "
    "move_mount open_tree fsopen fsconfig fsmount fspick mount_setattr unshare setns keyctl "
    "add_key request_key bpf perf_event_open userfaultfd io_uring_setup io_uring_enter "
    "io_uring_register init_module finit_module delete_module kexec_load kexec_file_load reboot "
    "swapon swapoff acct quotactl syslog open_by_handle_at name_to_handle_at lookup_dcookie "
    "iopl ioperm personality uselib fanotify_init"
)
_DENIED = _DENIED_WORDS.split()


@dataclass(frozen=True)
class Outcome:
    """What came back from one sandboxed run."""

    returncode: int
    stdout: bytes


def _unavailable(detail: str) -> StripError:
    return StripError("sandbox_unavailable", detail)


def seccomp_program() -> bytes:
    """The compiled BPF program; without libseccomp there is no sandbox, so no cleaning."""
    try:
        return _compile_seccomp()
    except (ImportError, OSError, RuntimeError, AttributeError) as exc:
        raise _unavailable(
            f"the seccomp filter could not be built ({type(exc).__name__})"
        ) from None


@functools.lru_cache(maxsize=1)
def _compile_seccomp() -> bytes:
    """Built once per process (libseccomp does the compiling, through pyseccomp's ctypes)."""
    import pyseccomp  # local: only the web process compiles filters, never the worker

    deny = pyseccomp.ERRNO(errno.EPERM)
    rules = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
    rules.add_rule(deny, "socket", pyseccomp.Arg(0, pyseccomp.NE, socket.AF_UNIX))
    # No new user namespace (the way back to capabilities): clone with CLONE_NEWUSER is refused,
    # and clone3, whose flags seccomp cannot see, answers ENOSYS so libc falls back to clone.
    new_user = pyseccomp.Arg(0, pyseccomp.MASKED_EQ, _CLONE_NEWUSER, _CLONE_NEWUSER)
    rules.add_rule(deny, "clone", new_user)
    rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    for name in _DENIED:
        try:
            rules.add_rule(deny, name)
        except (ValueError, RuntimeError, OSError):
            continue  # not a syscall on this architecture / libseccomp version
    with os.fdopen(os.memfd_create("amanat-seccomp-build", os.MFD_CLOEXEC), "w+b") as scratch:
        rules.export_bpf(scratch)
        scratch.seek(0)
        return scratch.read()


def _tool(name: str) -> str:
    found = shutil.which(name, path="/usr/bin:/bin:/usr/sbin:/sbin")
    if found is None:
        raise _unavailable(f"{name} is not installed")
    return found


def _mounted_paths() -> list[Path]:
    """Folders the worker's interpreter needs, outermost first, without nesting duplicates."""
    wanted = [Path(sys.base_prefix), Path(sys.prefix), PACKAGE_DIR]
    wanted = [p.resolve() for p in wanted]
    kept: list[Path] = []
    for path in sorted(set(wanted), key=lambda p: len(p.parts)):
        if path == Path("/usr") or path.is_relative_to("/usr"):
            continue  # /usr is bound as a whole
        if not any(path.is_relative_to(k) for k in kept):
            kept.append(path)
    return kept


def _memfd(name: str, content: bytes) -> int:
    fd = os.memfd_create(name, os.MFD_CLOEXEC)  # pass_fds hands it to bubblewrap alone
    os.write(fd, content)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


@contextmanager
def _descriptors() -> Iterator[tuple[int, int, int]]:
    """The seccomp memfd and the status pipe, closed afterwards."""
    opened: list[int] = []
    try:
        seccomp = _memfd("amanat-seccomp", seccomp_program())
        opened.append(seccomp)
        status_read, status_write = os.pipe()
        opened += [status_read, status_write]
        yield seccomp, status_read, status_write
    finally:
        for fd in opened:
            try:
                os.close(fd)
            except OSError:
                continue


def sandbox_argv(
    inner: list[str], *, seccomp_fd: int, status_fd: int, tmpfs_bytes: int = TMPFS_BYTES
) -> list[str]:
    """The full command: bwrap <isolation> -- [setpriv to nobody] inner argv."""
    argv = [_tool("bwrap"), "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts"]
    argv += ["--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    if os.geteuid() == 0:
        # As root, bubblewrap needs no user namespace; it keeps only the two capabilities setpriv
        # needs to become nobody, and setpriv drops them for good before the worker starts.
        argv += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        argv += ["--cap-add", "CAP_SETPCAP"]  # to empty the bounding set
        drop = [_tool("setpriv"), f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        drop += ["--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    else:
        argv += ["--unshare-user", "--disable-userns", "--uid", str(NOBODY), "--gid", str(NOBODY)]
        drop = []
    argv += ["--ro-bind", "/usr", "/usr"]
    for link in ("bin", "lib", "lib64", "sbin"):
        target = Path("/") / link
        if target.is_symlink():
            argv += ["--symlink", os.readlink(target), str(target)]
        elif target.is_dir():
            argv += ["--ro-bind", str(target), str(target)]
    argv += ["--perms", "0755", "--dir", "/etc"]
    argv += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    # Debian's alternatives are symlinks some of FFmpeg's libraries resolve through (libblas).
    argv += ["--ro-bind-try", "/etc/alternatives", "/etc/alternatives"]
    mounted = _mounted_paths()
    parents = sorted({str(p) for path in mounted for p in path.parents if p != Path("/")})
    for parent in parents:  # bubblewrap would create them 0700, closed to nobody
        argv += ["--perms", "0755", "--dir", parent]
    for path in mounted:
        argv += ["--ro-bind", str(path), str(path)]
    argv += ["--proc", "/proc", "--dev", "/dev"]
    private_tmp = "/tmp"  # noqa: S108 - a fresh tmpfs inside the sandbox, shared with no one
    argv += ["--size", str(tmpfs_bytes), "--perms", "1777", "--tmpfs", private_tmp]
    argv += ["--remount-ro", "/", "--chdir", "/"]
    argv += ["--seccomp", str(seccomp_fd), "--json-status-fd", str(status_fd), "--"]
    return argv + drop + inner


def _started(status: bytes) -> bool:
    """bubblewrap reports {"child-pid": N} on its status fd once the sandbox is set up."""
    for line in status.decode("utf-8", "replace").splitlines():
        try:
            if "child-pid" in json.loads(line):
                return True
        except (ValueError, TypeError):
            continue
    return False


def run(
    inner: list[str], data: bytes, *, timeout: float, tmpfs_bytes: int = TMPFS_BYTES
) -> Outcome:
    """Run ``inner`` in the sandbox with ``data`` on stdin; raise StripError on timeout or
    when the sandbox itself could not be set up (never run the command without it)."""
    with _descriptors() as (seccomp_fd, status_read, status_write):
        argv = sandbox_argv(
            inner, seccomp_fd=seccomp_fd, status_fd=status_write, tmpfs_bytes=tmpfs_bytes
        )
        try:
            process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell, input only on stdin
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={},
                cwd="/",
                close_fds=True,
                pass_fds=(seccomp_fd, status_write),
                start_new_session=True,
            )
        except OSError as exc:
            raise _unavailable(f"bubblewrap could not be started ({exc.strerror})") from None
        try:
            output, _ = process.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise StripError("timeout", f"worker exceeded {timeout:g} s") from None
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        os.set_blocking(status_read, False)
        try:
            status = os.read(status_read, 65536)
        except BlockingIOError:
            status = b""
    if not _started(status):
        raise _unavailable(f"bubblewrap did not start the worker (status {process.returncode})")
    return Outcome(process.returncode, output)
