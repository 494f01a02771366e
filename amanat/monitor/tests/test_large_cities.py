"""The world's large cities place an act in their country in every script the monitor reads
(GeoNames through scripts/make_gazetteer_cities.py, gazetteer._large_cities): a detention "in
Guangzhou" is at home for China, a host given only as "Шэньчжэнь" or "گوانگژو" is known. A name
two countries' cities share, a district named like a word, and a place the hand lists already
name keep their old reading."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from amanat.monitor.nlp import gazetteer


def _places(text: str, language: str) -> set[str]:
    return {place.iso for place in gazetteer.find_places(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "iso"),
    [
        ("en", "He was detained at the airport in Guangzhou on arrival.", "CN"),
        ("zh", "他在深圳出差时被拘留了十五天。", "CN"),
        ("ru", "Его задержали в Шэньчжэне в 2019 году.", "CN"),
        ("fa", "او در فرودگاه گوانگژو بازداشت شد.", "CN"),
        ("en", "The activist had lived in Lahore for years before she fled.", "PK"),
        ("tr", "Gazeteci Adana'da gözaltına alındı.", "TR"),
    ],
)
def test_it_places_a_large_city_in_its_country(language: str, text: str, iso: str) -> None:
    assert iso in _places(text, language)


def test_a_name_two_countries_cities_share_places_nothing() -> None:
    assert "VE" not in _places("The conference was held in Valencia last spring.", "en")
    assert "IN" not in _places("He moved to Hyderabad after his release.", "en")


def test_a_district_named_like_a_word_is_no_place() -> None:
    assert "HU" not in _places("Pest control officers visited the flat.", "en")


def test_the_hand_lists_keep_their_reading_of_a_city() -> None:
    assert _places("Er lebte in Istanbul.", "en") == {"TR"}


def test_the_cities_table_holds_only_large_cities_with_a_country() -> None:
    table = json.loads(files("amanat.monitor.nlp").joinpath("data/cities.json").read_text())
    assert len(table) > 500
    assert all(len(row["iso"]) == 2 and row["names"] for row in table.values())
    assert not {"Valencia", "Hyderabad", "Pest"} & {n for r in table.values() for n in r["names"]}
