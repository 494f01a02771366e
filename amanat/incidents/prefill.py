"""A new incident's form, prefilled from the report it is coded from.

Only what the reporter chose in the hotline form's structured questions is carried over — when
(at the precision they gave), the country they live in (the host country) and how they were
contacted — and only as the form's starting values: the analyst sees and can change each one
before anything is saved. Nothing is guessed from the free text, and nothing the reporter left
unanswered becomes a fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from amanat.incidents import codebook
from amanat.incidents.codebook import Book
from amanat.incidents.dates import show
from amanat.incidents.models import DatePrecision

# The hotline's channel answers → the codebook's channel codes ("another way" has none).
CHANNELS = {
    "phone": "phone_call",
    "messaging": "messaging_app",
    "video": "video_call",
    "email": "email",
    "social": "social_media",
    "in_person": "in_person",
    "relatives": "via_relatives",
}
_PRECISIONS = {"year": DatePrecision.YEAR, "month": DatePrecision.MONTH, "day": DatePrecision.DAY}


def _when(fields: dict[str, Any]) -> dict[str, str]:
    precision = _PRECISIONS.get(fields.get("when_precision") or "")
    year = fields.get("when_year")
    if precision is None or not isinstance(year, int):
        return {}
    month = fields.get("when_month") if precision != DatePrecision.YEAR else 1
    day = fields.get("when_day") if precision == DatePrecision.DAY else 1
    try:
        start = dt.date(year, month or 1, day or 1)
    except (TypeError, ValueError):
        return {}
    return {"date_start_precision": precision, "date_start": show(start, precision)}


def initial_from_report(fields: dict[str, Any], book: Book) -> dict[str, Any]:
    """The incident form's initial values from the report's decrypted structured answers."""
    initial: dict[str, Any] = _when(fields)
    country = fields.get("country") or ""
    if country in codebook.COUNTRY_CODES:
        initial["host_country"] = country
    chosen = [CHANNELS.get(code, "") for code in fields.get("channels") or []]
    channels = [code for code in chosen if code and book.has(codebook.CHANNEL, code)]
    if channels:
        initial["channels"] = channels
    return initial
