from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "amanat.intake"
    label = "intake"
