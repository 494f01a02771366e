from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "amanat.monitor"
    label = "monitor"
