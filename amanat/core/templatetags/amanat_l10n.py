"""Dates and numbers in the page's language, from CLDR via Babel.

Django's own format modules give numeric patterns; Babel gives each language its month names
and order (``3 Aralık 2026``, ``2026年12月3日``, ``3-دېكابىر، 2026``). CLDR's Uyghur, Turkish and
Chinese locales all use Western digits, so a date or count never changes the digits a reporter
must recognise, and the receipt code (a string) is never passed through here at all.
"""

from __future__ import annotations

import datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal
from django import template
from django.utils.translation import get_language

register = template.Library()


def _locale() -> Locale:
    try:
        return Locale.parse(get_language() or "en", sep="-")
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


@register.filter
def local_date(value: datetime.date | None) -> str:
    """A day in the active language's long form; empty for no date."""
    if value is None:
        return ""
    return format_date(value, format="long", locale=_locale())


@register.filter
def local_number(value: int | float | None) -> str:
    """A number with the active language's grouping and decimal signs."""
    if value is None:
        return ""
    return format_decimal(value, locale=_locale())
