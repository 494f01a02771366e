"""Country names from iso-codes beside CLDR's (nlp/iso_names.py, gazetteer-8): the forms news
writes where CLDR has another (Uyghur باڭلادىش, سۈرىيە, كونگو) are read as their states in text;
CLDR's own forms keep their state; catalogue forms ("Korea, Republic of") and names that are
also words are left out."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import gazetteer, iso_names, states


@pytest.mark.parametrize(("language", "name", "iso"), [
    ("ug", "باڭلادىش", "BD"),
    ("ug", "سۈرىيە", "SY"),
    ("ug", "كونگو", "CG"),
    ("ug", "گىۋىنېيە", "GN"),
    ("ru", "Гонконг", "HK"),
    ("fa", "امارات متحده عربی", "AE"),
    ("zh", "刚果民主共和国", "CD"),
    ("en", "Islamic Republic of Iran", "IR"),
])  # fmt: skip
def test_a_name_only_iso_codes_gives_is_a_country_name(language: str, name: str, iso: str) -> None:
    assert iso_names.names(language)[name] == iso
    assert gazetteer.country_names(language)[name] == iso


def test_the_form_news_writes_names_the_state_in_a_text() -> None:
    text = "سۈرىيە ئاخبارات ئورگانلىرى بېرلىندىكى ئۆكتىچىنى تەھدىت قىلدى."
    assert "SY" in {m.iso for m in states.mentions(text, "ug")}


def test_cldr_keeps_its_forms_and_catalogue_forms_are_left_out() -> None:
    assert gazetteer.country_names("ug")["سۇرىيە"] == "SY"  # CLDR's own
    assert not any("," in name or "،" in name for lang in ("en", "fa", "ug")
                   for name in iso_names.names(lang))  # fmt: skip
    assert "Korea, Republic of" not in gazetteer.country_names("en")


def test_a_name_that_is_also_a_word_stays_out_of_the_places() -> None:
    assert "Jordan" in iso_names.names("en")
    assert "Jordan" not in gazetteer.country_names("en")  # gazetteer.AMBIGUOUS
