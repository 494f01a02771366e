from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "amanat.indicators"
    label = "indicators"
    verbose_name = "Indicators"

    def ready(self) -> None:
        from amanat.indicators import checks  # noqa: F401 - registers the system check
