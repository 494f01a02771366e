from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "amanat.audit"
    label = "audit"
