from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "amanat.incidents"
    label = "incidents"
