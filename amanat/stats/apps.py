from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "amanat.stats"
    label = "stats"
