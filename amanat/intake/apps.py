from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "amanat.intake"
    label = "intake"

    def ready(self) -> None:
        from amanat.core.health import register_probe
        from amanat.intake import checks

        register_probe("hotline", checks.health_probe)
