"""System check and health probe: is there exactly one organisation the hotline delivers to?

With two organisations and no AMANAT_HOTLINE_ORG every submission would fail, so `serve` refuses
to start (amanat.E003) and /staff/health/ reports the hotline as unusable.
"""

from __future__ import annotations

from typing import Any

from django.core.checks import Error, register
from django.db import DatabaseError

from amanat.intake.hotline import HotlineNotConfigured, hotline_organisation


def hotline_problem() -> str | None:
    """Why the hotline cannot accept reports now, or None when it can."""
    try:
        hotline_organisation()
    except HotlineNotConfigured as exc:
        return str(exc)
    except DatabaseError:
        return "the database cannot be read"
    return None


# A deployment check, so that `migrate` (which runs the ordinary checks) is never blocked by it;
# `serve` runs it by its tag before starting, with the database.
@register("hotline", deploy=True)
def check_hotline_organisation(
    app_configs: Any = None, databases: Any = None, **kwargs: Any
) -> list[Error]:
    """amanat.E003: the hotline must know which organisation receives reports."""
    if not databases:
        return []  # only `check --deploy --database` (and `serve`) may query the database
    try:
        hotline_organisation()
    except HotlineNotConfigured as exc:
        problem = str(exc)
    except DatabaseError:
        return []  # not migrated yet: `migrate` runs this check too; `serve` checks migrations
    else:
        return []
    return [
        Error(
            f"The hotline cannot accept reports: {problem}.",
            hint="Run `amanat setup` for a first organisation, or set AMANAT_HOTLINE_ORG.",
            id="amanat.E003",
        )
    ]


def health_probe() -> str:
    """For /staff/health/: 'ok', or 'unusable' without saying why (the page needs no sign-in)."""
    return "ok" if hotline_problem() is None else "unusable"
