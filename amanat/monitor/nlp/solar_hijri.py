"""Solar Hijri dates, as Iranian and Afghan news writes them, read as Gregorian dates.

Persian news in Iran dates events in the Solar Hijri (Jalali) calendar: "۳۰ اسفند ۱۴۰۳" is
20 March 2025. Dari news in Afghanistan uses the same calendar under the zodiac month names
(۱۵ میزان ۱۴۰۰, 7 October 2021). Until ``extract-3`` such dates were not read at all: a
Persian telling of a story named no day, month or year, so the grouper could not match its
dates with its English telling's, and an incident proposed from it carried no date.

Read at the precision the text gives:
- a day ("۳۰ اسفند ۱۴۰۳", "۱۴۰۳/۱۲/۳۰") is converted exactly (``jdatetime``);
- a month without a day ("آذر ۱۴۰۳") becomes the Gregorian month that holds the Solar month's
  fifteenth day, where most of its days fall;
- a year alone ("سال ۱۴۰۱") is not read: it runs from March to March over two Gregorian years,
  and a wrong one would keep two tellings of a story apart (the years gate, grouping-12).

A Dari (Afghan) month name is read only after a day: several are also common words ("اسد",
lion and a name; "میزان", amount). The numeric form is read only in text that has
Arabic-script letters.
"""

from __future__ import annotations

import re

import jdatetime

# Month names in calendar order. Persian and Arabic yeh and kaf are both written in the wild
# (fonts and keyboards differ), and Ordibehesht with or without its zero-width non-joiner.
IRANIAN = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
           "دی", "بهمن", "اسفند")  # fmt: skip
AFGHAN = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
          "حوت")  # fmt: skip
IRANIAN_VARIANTS = {"امرداد": 5, "اردی\u200cبهشت": 2}
AFGHAN_VARIANTS = {"جوزاء": 3}
FIRST_YEAR, LAST_YEAR = 1359, 1418  # 21 March 1980 … 20 March 2040: extract's years


def _spelled(name: str) -> str:
    """The name as a pattern taking Arabic yeh and kaf for Persian ones."""
    return re.escape(name).replace("ی", "[یي]").replace("ک", "[کك]")


def _alternation(names: dict[str, int]) -> str:
    return "|".join(_spelled(name) for name in sorted(names, key=len, reverse=True))


def _numbered(names: tuple[str, ...], variants: dict[str, int]) -> dict[str, int]:
    return {**{name: i + 1 for i, name in enumerate(names)}, **variants}


_IRANIAN_MONTHS = _numbered(IRANIAN, IRANIAN_VARIANTS)
_AFGHAN_MONTHS = _numbered(AFGHAN, AFGHAN_VARIANTS)
_NUMBER_OF = {**_IRANIAN_MONTHS, **_AFGHAN_MONTHS}
_YEAR = r"(1[34]\d\d)(?!\d)"
_AFTER_MONTH = r"(?:\s*ماه)?\s+(?:سال\s+)?"
# Day (optional), an Iranian month name, the year: "۳۰ اسفند ۱۴۰۳", "آذر ماه ۱۴۰۳".
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_IRANIAN_DATE = re.compile(rf"(?:(?<!\d)(\d{{1,2}})\s*)?{_NO_LETTER_BEFORE}"
                           rf"({_alternation(_IRANIAN_MONTHS)}){_AFTER_MONTH}{_YEAR}")  # fmt: skip
_AFGHAN_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({_alternation(_AFGHAN_MONTHS)})"
                          rf"{_AFTER_MONTH}{_YEAR}")  # fmt: skip
_NUMERIC_DATE = re.compile(r"(?<![\d/])(1[34]\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
_ANY_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")


def _canonical(name: str) -> str:
    return name.replace("ي", "ی").replace("ك", "ک")


def gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Solar Hijri date; day 0 reads the month alone and
    gives the month holding its fifteenth day, with day 0. None where no such date exists."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        converted = jdatetime.date(year, month, day or 15).togregorian()
    except ValueError:
        return None
    return converted.year, converted.month, converted.day if day else 0


def dates(text: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """(start, end, Gregorian (year, month, day)) of every Solar Hijri date in ``text``, whose
    digits are ASCII already (``extract.ascii_digits``); day 0 for a month named alone."""
    if text.isascii() or _ANY_YEAR.search(text) is None:
        return []
    found: list[tuple[int, int, tuple[int, int, int]]] = []
    for pattern in (_IRANIAN_DATE, _AFGHAN_DATE):
        for match in pattern.finditer(text):
            day, name, year = match.groups()
            month = _NUMBER_OF[_canonical(name)]
            _add(found, match, gregorian(int(year), month, int(day) if day else 0))
    if _ARABIC_LETTER.search(text):
        for match in _NUMERIC_DATE.finditer(text):
            year, month, day = map(int, match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                _add(found, match, gregorian(year, month, day))
    return sorted(found)


def _add(found: list[tuple[int, int, tuple[int, int, int]]], match: re.Match[str],
         date: tuple[int, int, int] | None) -> None:  # fmt: skip
    """Keep a converted date unless it overlaps one already found (the first form wins)."""
    start, end = match.span()
    if date is not None and not any(s < end and start < e for s, e, _ in found):
        found.append((start, end, date))
