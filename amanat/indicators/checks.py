"""System check ``amanat.indicators.W001``: matching is configured, and its key is well-formed."""

from __future__ import annotations

from typing import Any

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
