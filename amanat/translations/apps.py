from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "amanat.translations"
    label = "translations"
    verbose_name = "Translation review"
