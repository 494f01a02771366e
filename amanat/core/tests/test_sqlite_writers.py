"""SQLite writers queue on a lock of ours that covers exactly BEGIN … COMMIT (core/sqlite/base.py).

The lock is checked the way another gunicorn worker would meet it: ``flock()`` on a file
descriptor of its own, which conflicts with ours even inside one process.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import Group
from django.db import OperationalError, connection, connections, transaction

from amanat.core.sqlite.base import WriteLock, write_lock

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the writers' lock is SQLite's"),
]


def _lock_path() -> str:
    return write_lock(str(connection.settings_dict["NAME"])).path


def _held_elsewhere() -> bool:
    fd = os.open(_lock_path(), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _write() -> None:
    Group.objects.create(name=f"writer-{Group.objects.count()}-{threading.get_ident()}")


@transaction.atomic
def _write_then_fail() -> None:
    _write()
    raise ZeroDivisionError


@pytest.fixture
def other_process_holds_it() -> Iterator[None]:
    fd = os.open(_lock_path(), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        os.close(fd)


def test_a_write_transaction_holds_the_lock_until_it_commits() -> None:
    with transaction.atomic():
        _write()
        assert _held_elsewhere()
    assert not _held_elsewhere()


def test_a_transaction_that_fails_releases_the_lock_when_it_rolls_back() -> None:
    with pytest.raises(ZeroDivisionError):
        _write_then_fail()
    assert not _held_elsewhere()
    assert not Group.objects.filter(name__startswith="writer-").exists()


def test_closing_a_connection_inside_a_transaction_releases_the_lock() -> None:
    with transaction.atomic():
        _write()
        connection.close()
    assert not _held_elsewhere()
    assert not Group.objects.filter(name__startswith="writer-").exists()


def test_a_writer_waiting_past_its_timeout_is_told_the_database_is_locked(
    other_process_holds_it: None,
) -> None:
    lock = WriteLock(_lock_path())
    with pytest.raises(OperationalError, match="database is locked"):
        lock.acquire(timeout=0.05)
    assert lock.threads.acquire(blocking=False), "the refused writer left the thread lock held"


def test_writers_in_several_threads_all_commit() -> None:
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(5):
                with transaction.atomic():
                    _write()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert Group.objects.filter(name__startswith="writer-").count() == 20
    assert not _held_elsewhere()


def test_a_lock_file_that_cannot_be_created_is_a_database_error(tmp_path) -> None:
    lock = WriteLock(str(tmp_path / "gone" / "db.sqlite3-writers.lock"))
    with pytest.raises(OperationalError, match="writers' lock"):
        lock.acquire(timeout=0.05)
    assert lock.threads.acquire(blocking=False), "the refused writer left the thread lock held"
