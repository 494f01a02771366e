from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "amanat.core"
    label = "core"

    def ready(self) -> None:
        from amanat.core import checks  # noqa: F401 - registers the system checks
