"""Coarse time: the hotline keeps days, never moments (architecture.md, property 2)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def today() -> date:
    """Today's date in UTC — the finest time the hotline stores."""
    return datetime.now(UTC).date()
