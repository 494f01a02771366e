from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate

TASK_QUEUE_APP = "django_tasks_database"  # django_tasks_db's app label


def _seed_session_purge(app_config: AppConfig, **kwargs: Any) -> None:
    """After ``migrate``, make sure the worker has a session purge waiting (core/tasks.py).
    post_migrate is sent once per app with models; the task queue's is the one that matters."""
    from django.db import DatabaseError

    if app_config.label != TASK_QUEUE_APP:
        return
    from amanat.core.tasks import schedule_purge

    try:
        schedule_purge()
    except DatabaseError:  # a partial migrate without the task queue's table: the next one seeds
        return


class CoreConfig(AppConfig):
    name = "amanat.core"
    label = "core"

    def ready(self) -> None:
        from django.urls import register_converter

        from amanat.core import checks, csrf  # noqa: F401 - checks registers the system checks
        from amanat.core.ids import PublicIdConverter

        register_converter(PublicIdConverter, "pid")
        csrf.install()

        post_migrate.connect(_seed_session_purge, dispatch_uid="amanat-seed-session-purge")
