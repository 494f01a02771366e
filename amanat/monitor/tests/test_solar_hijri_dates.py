"""Session 33: Persian news dates events in the Solar Hijri calendar and Afghan news under the
zodiac month names; both are read as Gregorian dates at the precision written, so a Persian
telling names the days and months its English telling names (nlp/solar_hijri.py)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import extract, pipeline, solar_hijri
from amanat.monitor.nlp.grouping import StoryGrouper


def _values(text: str) -> list[tuple[str, str]]:
    return [(mention.value, mention.precision) for mention in extract.dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هیئت منصفه روز ۳۰ اسفند ۱۴۰۳ رأی داد", [("2025-03-20", "day")]),
        ("این اسناد در آذر ۱۴۰۳ پیدا شد", [("2024-12", "month")]),
        ("در مهر ماه ۱۴۰۱ خواستند", [("2022-10", "month")]),
        ("در دیماه ۱۴۰۲ آزاد شد", [("2024-01", "month")]),
        ("به تاریخ ۱۴۰۲/۰۷/۱۵ اعلام شد", [("2023-10-07", "day")]),
        ("روز ۱۵ میزان ۱۴۰۰ در کابل", [("2021-10-07", "day")]),
        ("روز 23 امرداد 1398 بازداشت شد", [("2019-08-14", "day")]),
        ("در ۱۰ دي ۱۴۰۰ با كاف و ياى عربى", [("2021-12-31", "day")]),
    ],
    ids=["day", "month", "month-mah", "month-joined", "numeric", "afghan", "variant", "arabic"],
)
def test_a_solar_hijri_date_is_read_as_its_gregorian_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


def test_a_month_named_alone_is_the_gregorian_month_of_its_fifteenth_day() -> None:
    # Esfand runs from about 20 February to 20 March: most of it is March.
    assert solar_hijri.gregorian(1403, 12, 0) == (2025, 3, 0)
    assert solar_hijri.gregorian(1403, 1, 0) == (2024, 4, 0)


@pytest.mark.parametrize(
    "text",
    [
        "در سال ۱۴۰۱ بازداشت شد",  # a Solar year alone spans two Gregorian years
        "تابستان ۱۴۰۱ خانه را می‌پایید",  # a season is no month
        "روز ۳۱ اسفند ۱۴۰۳",  # Esfand 1403 has thirty days
        "به میزان ۱۴۰۰ دلار",  # an Afghan month name without a day: "amount"
        "پس از سقوط بشار اسد ۱۴۰۳",  # a name that is also a month, without a day
        "روز ۱۰ فروردین ۱۳۲۰",  # before 1980, outside the years the extractor reads
        "Invoice 1402/07/15 paid",  # the numeric form outside Arabic-script text
        "تیراندازی ۱۴۰۲ نفر",  # a month name inside a longer word
    ],
    ids=[
        "year-alone",
        "season",
        "no-such-day",
        "afghan-no-day",
        "name-no-day",
        "before-1980",
        "numeric-in-latin",
        "inside-a-word",
    ],
)
def test_what_is_no_solar_hijri_date_is_not_read(text: str) -> None:
    assert extract.dates(text) == []


def _tellings() -> tuple[pipeline.Prepared, pipeline.Prepared]:
    english = pipeline.prepare(
        "en",
        "Kurdish reporter followed and searched in Koya\n"
        "Security forces stopped, searched and followed Barzan Hama, a reporter for the "
        "channel, in Koya on 4 June 2019 and seized his camera, the press freedom group said.",
    )
    persian = pipeline.prepare(
        "fa",
        "خبرنگار کرد در کویه تعقیب و بازرسی شد\n"
        "به گفته گروه مدافع آزادی مطبوعات، نیروهای امنیتی ۱۴ خرداد ۱۳۹۸ برزان حمه، خبرنگار "
        "این شبکه، را در کویه متوقف، بازرسی و تعقیب کردند و دوربینش را گرفتند.",
    )
    return english, persian


def test_a_persian_telling_names_the_day_of_its_english_telling() -> None:
    english, persian = _tellings()
    assert "t:2019-06-04" in english.doc.features
    assert "t:2019-06-04" in persian.doc.features


def test_a_persian_telling_dated_in_the_solar_calendar_joins_its_english_telling() -> None:
    english, persian = _tellings()
    grouper = StoryGrouper()
    grouper.add(english.doc)
    grouper.add(persian.doc)
    assert grouper.group_of("fa") == grouper.group_of("en")
