"""Uyghur writes a relative's word with its vowel narrowed before a suffix (قېرىنداش → قېرىندىشى,
"his sibling"; ئاكا → ئاكىسى) and the past of "take away" with its own vowel (تۇتۇپ كەتتى beside
تۇتۇپ كېتىش): both forms name relatives taken or pressed at home. Invented sentences about a
state the rules were not written for, with a look-alike that names nobody's relatives."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag


@pytest.mark.parametrize(
    "text",
    [
        "خىتاي ساقچىلىرى گېرمانىيەدە تۇرۇۋاتقان پائالىيەتچىنىڭ ئۈرۈمچىدىكى "
        "قېرىندىشىنى تۇتۇپ كەتتى.",
        "ئۆزبېكىستان بىخەتەرلىك خادىملىرى تۈركىيەدىكى مۇخبىرنىڭ تاشكەنتتىكى ئاكىسىنى تەھدىت قىلدى.",
    ],
)
def test_relatives_in_narrowed_forms_are_read_as_threatened(text: str) -> None:
    assert "threat_to_family" in tag(text, "ug").tactics


def test_a_thief_taken_away_at_home_is_nobodys_relative() -> None:
    result = tag("ئۈرۈمچى ساقچىلىرى ئوغرىلىق قىلغان بىر ئادەمنى تۇتۇپ كەتتى.", "ug")
    assert not result.is_tnr
    assert "threat_to_family" not in result.tactics


def test_relatives_arrested_at_home_are_coercion_by_proxy_not_a_detention() -> None:
    tactics = tag("دائىرىلەر ئۇنىڭ ئىككى قېرىندىشى ۋە دوستىنى قولغا ئالغان.", "ug").tactics
    assert "detention" not in tactics
