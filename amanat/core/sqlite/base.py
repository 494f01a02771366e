"""SQLite whose write transactions queue on a lock that hands over as soon as a commit returns.

SQLite admits one writer at a time. Every transaction here starts with ``BEGIN IMMEDIATE``
(settings.py), and a connection that finds the database locked sleeps in SQLite's busy handler
for 1, 2, 5, 10 … up to 100 ms before it tries again. Under a stream of reports (each one a write
transaction) that left cores idle while the lock was free and made posts wait up to a second
(issue #14; ``bench/hotline.py``): the waiters slept past the moment it was released.

So each write transaction first takes a lock of our own: a thread lock within the process, then
``flock()`` on a file beside the database across processes (gunicorn's workers). Threads wait in
the thread lock and wake when it is released; the one thread per process that waits for the file
lock tries again every ``_POLL_SECONDS``. The lock covers exactly what SQLite's own write lock
covers, from ``BEGIN`` to the end of ``COMMIT``/``ROLLBACK`` (or the connection's close), so it
adds no new ordering between writers and cannot deadlock where SQLite would not; a writer that
waits longer than the connection's ``timeout`` gets "database is locked", as before. The kernel
drops the file lock of a process that dies. In-memory databases are never shared between
processes and use SQLite's lock alone.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from typing import Any

from django.db import OperationalError
from django.db.backends.sqlite3 import base

_POLL_SECONDS = 0.0005
_DEFAULT_TIMEOUT = 5.0  # sqlite3.connect's own default
_guard = threading.Lock()
_locks: dict[str, WriteLock] = {}


class WriteLock:
    """One database file's writer lock for this process: a thread lock, then the file lock."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.threads = threading.Lock()
        self.fd: int | None = None

    def acquire(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        if not self.threads.acquire(timeout=timeout):
            raise OperationalError("database is locked")
        try:
            self._lock_file(deadline)
        except BaseException:
            self.threads.release()
            raise

    def release(self) -> None:
        try:
            if self.fd is not None:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            self.threads.release()

    def _lock_file(self, deadline: float) -> None:
        if self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            except OSError as exc:  # a full or read-only data directory: a database error
                raise OperationalError(f"cannot open the writers' lock: {exc}") from exc
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OperationalError("database is locked") from None
                time.sleep(_POLL_SECONDS)


def write_lock(database: str) -> WriteLock:
    """The lock of this database file (one per process: a forked child makes its own)."""
    path = f"{os.path.abspath(database)}-writers.lock"
    with _guard:
        lock = _locks.get(path)
        if lock is None:
            lock = _locks[path] = WriteLock(path)
        return lock


def _forget_locks() -> None:
    """After a fork: the parent's thread locks may be held by threads the child does not have,
    and its file descriptor shares the parent's lock; the child starts afresh."""
    global _guard
    _guard = threading.Lock()
    _locks.clear()


os.register_at_fork(after_in_child=_forget_locks)


class DatabaseWrapper(base.DatabaseWrapper):
    """Django's SQLite wrapper; only when a transaction begins and ends differs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: WriteLock | None = None

    def _start_transaction_under_autocommit(self) -> None:
        if self._held is None and not self.is_in_memory_db():
            lock = write_lock(str(self.settings_dict["NAME"]))
            lock.acquire(float(self.settings_dict["OPTIONS"].get("timeout", _DEFAULT_TIMEOUT)))
            self._held = lock
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]  # Django's private hook, missing from the stubs
        except BaseException:
            self._release()
            raise

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]  # Django's private hook, missing from the stubs
        finally:
            self._release_unless_in_transaction()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]  # Django's private hook, missing from the stubs
        finally:
            self._release_unless_in_transaction()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]  # Django's private hook, missing from the stubs
        finally:
            self._release()

    def _release_unless_in_transaction(self) -> None:
        """A failed COMMIT can leave the transaction open: keep the lock for its ROLLBACK."""
        if self.connection is None or not self.connection.in_transaction:
            self._release()

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.release()
