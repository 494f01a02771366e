from django.apps import AppConfig


class KeysConfig(AppConfig):
    name = "amanat.keys"
    label = "keys"
