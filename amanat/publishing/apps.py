from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "amanat.publishing"
    label = "publishing"
