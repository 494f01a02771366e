"""Cells a spreadsheet shows as text and never evaluates (OWASP "CSV injection").

A spreadsheet treats a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
as a formula, so such a cell is prefixed with an apostrophe. Every CSV or XLSX file Amanat writes
(dataset exports, the audit log) passes its text cells through :func:`neutralise`.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet will show as text, never evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
