"""Round 11b: translations into Chinese keep their foreign names (韦罗妮卡·科曼), Uyghur dates
written with a day and a month name are read, and a translation whose tactics were not read
still joins its original when both name the same day — while a later report about the same
people (a bail, a sentence) stays apart."""

from __future__ import annotations

from amanat.monitor.nlp import extract
from amanat.monitor.nlp.grouping import Doc, StoryGrouper, _event, _other_event
from amanat.monitor.nlp.name_keys import han_name_keys, name_key


def _doc(key: str, features: list[str], language: str) -> Doc:
    return Doc(key, key, [key], features, language)


def test_a_foreign_name_written_in_chinese_gets_the_key_of_its_latin_spelling() -> None:
    latin = {name_key(word) for word in ("Veronica", "Koman", "Jamal", "Khashoggi", "Skripal")}
    keys = set(
        han_name_keys("律师韦罗妮卡·科曼遭警方通缉，记者贾迈勒·卡舒吉在领事馆，谢尔盖·斯克里帕尔")
    )
    assert latin <= keys


def test_chinese_words_without_an_interpunct_give_no_name_key() -> None:
    assert han_name_keys("警方在首都逮捕了一名记者，外交部表示关切。") == []


def test_r_and_l_and_j_and_g_key_alike_as_chinese_writes_them() -> None:
    assert name_key("Veronica") == name_key("Weronika") == name_key("Velonika")
    assert name_key("Jamal") == name_key("Gamal")


def test_a_uyghur_date_with_a_day_and_a_month_name_is_read() -> None:
    found = extract.dates(
        "دائىرىلەر 2024-يىلى 21-ئىيۇن ئۇنى قولغا ئالدى، 2019-يىلى 3-مارتتا قويۇۋەتتى"
    )
    assert [mention.value for mention in found] == ["2024-06-21", "2019-03-03"]


def test_a_uyghur_number_before_a_word_that_is_no_month_is_no_date() -> None:
    assert extract.dates("2024-يىلى 21-كىشى قولغا ئېلىندى") == [
        extract.DateMention("2024", "year", 0, 8)
    ]


def test_a_translation_whose_tactic_was_not_read_joins_when_both_name_one_day() -> None:
    acted = _event(["t:2021-06", "t:2021-06-19", "o:NG", "k:rendition", "f:direct"])
    untagged = _event(["t:2021-06", "t:2021-06-19", "o:NG"])
    assert not _other_event(acted, untagged)


def test_a_later_report_of_the_same_people_sharing_only_the_month_stays_apart() -> None:
    arrest = _event(["t:2021-10", "t:2021-10-05", "o:BD", "k:detention", "f:direct"])
    bail = _event(["t:2021-10", "o:BD"])
    assert _other_event(arrest, bail)


def test_unshared_cuts_of_a_chinese_name_do_not_hide_its_translation() -> None:
    grouper = StoryGrouper()
    for index in range(30):  # unrelated stories, so that a day and two name keys are rare
        grouper.add(_doc(f"other{index}", [f"t:2010-01-{1 + index % 28:02d}", f"s:x{index}"], "en"))
    english = [
        "t:2019-09",
        "t:2019-09-14",
        "s:flnk",
        "s:kmn",
        "p:jakarta",
        "n:veronica",
        "n:koman",
        "nn:veronica_koman",
        "o:ID",
        "k:direct_threat",
        "f:distance",
        *(f"n:word{index}" for index in range(12)),
    ]  # a long report: the other is shorter
    chinese = ["t:2019-09", "t:2019-09-14", "s:flnk", "s:kmn", "s:lnk", "s:sflnk", "s:kmns",
               "s:kmnsn", "s:lbk", "s:sbtn", "s:sbtnk", "s:ntnsn", "p:jakarta", "o:ID",
               "k:direct_threat", "f:distance"]  # fmt: skip
    grouper.add(_doc("en", english, "en"))
    grouper.add(_doc("zh", chinese, "zh"))
    assert grouper.group_of("en") == grouper.group_of("zh")
