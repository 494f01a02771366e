"""Background housekeeping run by ``amanat db_worker``: expired session rows are deleted.

The purge task re-enqueues itself an hour ahead each time it runs, and ``migrate`` seeds the
first one, so a running worker purges without cron. Its queue rows carry only purge times, never
anything dated by a reporter's visit (a task enqueued per sign-in would be such a trace).
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.utils import timezone
from django_tasks import task

PURGE_EVERY = timedelta(hours=1)


@task()
def purge_expired_sessions() -> int:
    """Delete every session row past its (day-rounded) expiry; schedule the next run."""
    deleted, _ = Session.objects.filter(expire_date__lte=timezone.now()).delete()
    schedule_purge()
    return deleted


def schedule_purge() -> bool:
    """Enqueue the next purge an hour from now unless one is already waiting.

    Only a backend that can defer work (the database queue) gets one; the immediate backend of
    tests and `amanat dev` would otherwise run it at once, forever.
    """
    backend = purge_expired_sessions.get_backend()
    if not backend.supports_defer:
        return False
    from django_tasks_db.models import DBTaskResult

    path = purge_expired_sessions.module_path
    if DBTaskResult.objects.filter(task_path=path, status="READY").exists():
        return False
    purge_expired_sessions.using(run_after=timezone.now() + PURGE_EVERY).enqueue()
    return True
