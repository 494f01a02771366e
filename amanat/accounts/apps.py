from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "amanat.accounts"
    label = "accounts"
