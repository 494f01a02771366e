from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "amanat.casework"
    label = "casework"
