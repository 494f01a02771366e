from django.apps import AppConfig


class CliConfig(AppConfig):
    name = "amanat.cli"
    label = "cli"
