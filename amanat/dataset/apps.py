from django.apps import AppConfig


class DatasetConfig(AppConfig):
    name = "amanat.dataset"
    label = "dataset"
