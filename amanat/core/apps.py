from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _seed_session_purge(**kwargs: Any) -> None:
    """After ``migrate``, make sure the worker has a session purge waiting (core/tasks.py)."""
    from amanat.core.tasks import schedule_purge

    schedule_purge()


class CoreConfig(AppConfig):
    name = "amanat.core"
    label = "core"

    def ready(self) -> None:
        from amanat.core import checks  # noqa: F401 - registers the system checks

        post_migrate.connect(_seed_session_purge, sender=self)
