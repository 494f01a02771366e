"""Dates at a precision: ``2023``, ``2023-05`` or ``2023-05-17``, or not known at all.

A date is stored as the first day of its precision (2023-05 → 2023-05-01) with the precision
beside it; comparisons use the earliest day of a start and the latest day of an end, so a
period "2023-05 to 2023" is accepted while "2023-05-17 to 2023-04" is not.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from django.utils.translation import gettext as _

from amanat.incidents.models import DatePrecision

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_PARTS: dict[str, int] = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}


class BadDate(ValueError):
    """The text is not a date at the precision chosen; the message says why."""


def parse(text: str, precision: str) -> date | None:
    """The first day of ``text`` at ``precision``; None when the date is unknown."""
    text = text.strip()
    if precision == DatePrecision.UNKNOWN:
        if text:
            raise BadDate(_("Leave the date empty when it is unknown, or choose its precision."))
        return None
    match = _PARTIAL.match(text)
    if precision not in _PARTS:
        raise BadDate(_("Choose the precision of the date."))
    formats: dict[str, str] = {
        DatePrecision.YEAR: "YYYY",
        DatePrecision.MONTH: "YYYY-MM",
        DatePrecision.DAY: "YYYY-MM-DD",
    }
    if match is None:
        raise BadDate(_("Write the date as %(format)s.") % {"format": formats[precision]})
    parts = [int(p) for p in match.groups() if p is not None]
    if len(parts) < _PARTS[precision]:
        raise BadDate(_("Write the date as %(format)s.") % {"format": formats[precision]})
    try:
        date(*[*parts, 1, 1][:3])  # what was written must exist, even beyond the precision
    except ValueError as exc:
        raise BadDate(_("This date does not exist.")) from exc
    kept = [*parts[: _PARTS[precision]], 1, 1][:3]
    return date(kept[0], kept[1], kept[2])


def latest_day(day: date, precision: str) -> date:
    """The last day a date at this precision may stand for."""
    if precision == DatePrecision.YEAR:
        return date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def show(day: date | None, precision: str) -> str:
    """``2023``, ``2023-05``, ``2023-05-17`` or empty."""
    if day is None or precision not in _PARTS:
        return ""
    return day.isoformat()[: {1: 4, 2: 7, 3: 10}[_PARTS[precision]]]
