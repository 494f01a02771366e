"""System checks with stable ids for dangerous combinations of settings (docs/configuration.md)."""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@register()
def check_debug_exposure(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """amanat.E001: DEBUG pages leak settings and request data; never beyond loopback."""
    exposed = [host for host in settings.ALLOWED_HOSTS if host not in LOOPBACK]
    if settings.DEBUG and exposed:
        return [
            Error(
                "AMANAT_DEBUG is on while the site answers to non-loopback hosts.",
                hint="Turn AMANAT_DEBUG off or restrict AMANAT_ALLOWED_HOSTS to 127.0.0.1.",
                id="amanat.E001",
            )
        ]
    return []


@register()
def check_data_dir(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """amanat.E002: the data directory must exist (or be creatable) and be writable."""
    data_dir = settings.DATA_DIR
    parent = data_dir if data_dir.exists() else data_dir.parent
    if not os.access(parent, os.W_OK):
        return [
            Error(
                f"AMANAT_DATA_DIR {data_dir} is not writable.",
                hint="Create it and give the service user write access.",
                id="amanat.E002",
            )
        ]
    return []


@register()
def check_https_exposure(app_configs: Any = None, **kwargs: Any) -> list[Warning]:
    """amanat.W001: public host names without HTTPS send staff cookies in clear."""
    public = [h for h in settings.ALLOWED_HOSTS if h not in LOOPBACK and not h.endswith(".onion")]
    if public and not settings.HTTPS:
        return [
            Warning(
                "Public host names are allowed but AMANAT_HTTPS is off.",
                hint="Serve behind TLS and set AMANAT_HTTPS=true (onion services are exempt).",
                id="amanat.W001",
            )
        ]
    return []
