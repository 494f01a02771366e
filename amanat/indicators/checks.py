"""System checks: ``amanat.indicators.W001`` matching is configured and its key well-formed;
``W002`` the key file is not inside the data directory (whose copies and backups would carry it).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks

from amanat.indicators import keys


@checks.register(checks.Tags.security)
def check_indicator_key(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    try:
        keys.deployment_secret()
    except keys.KeyMissing as exc:
        return [
            checks.Warning(
                f"Indicator matching is unavailable: {exc}.",
                hint="See docs/indicators.md; staff pages that match identifiers answer 503.",
                id="amanat.indicators.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security)
def check_indicator_key_outside_data_dir(
    app_configs: Any = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    path = keys.key_file_path()
    if path is None or not path.resolve().is_relative_to(settings.DATA_DIR.resolve()):
        return []
    return [
        checks.Warning(
            f"The indicator key file {path} is inside the data directory {settings.DATA_DIR}: "
            "every copy or backup of the data directory carries the key to the identifiers.",
            hint="Move it outside, e.g. /etc/amanat/indicator-key, and point "
            "AMANAT_INDICATOR_KEY_FILE at it (docs/configuration.md).",
            id="amanat.indicators.W002",
        )
    ]
