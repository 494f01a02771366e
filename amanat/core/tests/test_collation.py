"""Name lists in the reader's alphabetical order, not by code point or by English spelling."""

from __future__ import annotations

from django.utils import translation

from amanat.core import names


def _in_order(language: str, words: list[str]) -> list[str]:
    return names.collated(words, lambda word: word, language)


def test_turkish_letters_follow_their_base_letter() -> None:
    shuffled = ["Şili", "Ürdün", "Uganda", "Çin", "Sudan", "Özbekistan", "Cezayir", "Umman"]
    assert _in_order("tr", shuffled) == [
        "Cezayir", "Çin", "Özbekistan", "Sudan", "Şili", "Uganda", "Umman", "Ürdün",
    ]  # fmt: skip


def test_turkish_dotless_i_comes_before_dotted_i() -> None:
    assert _in_order("tr", ["İran", "Irak", "Sırbistan", "Sierra Leone"]) == [
        "Irak", "İran", "Sırbistan", "Sierra Leone",
    ]  # fmt: skip


def test_uyghur_sorts_by_its_alphabet_not_by_the_hamza_carrier() -> None:
    # ئامېرىكا (America) starts with the vowel ا: it belongs first, not under ي with ئ.
    shuffled = ["بېلگىيە", "ياپونىيە", "ئەنگلىيە", "ئامېرىكا"]
    assert _in_order("ug", shuffled) == ["ئامېرىكا", "ئەنگلىيە", "بېلگىيە", "ياپونىيە"]


def test_chinese_sorts_by_pinyin_not_by_code_point() -> None:
    # 中国 zhōngguó, 阿富汗 āfùhàn, 德国 déguó, 巴西 bāxī: pinyin order, not U+4E2D first.
    assert _in_order("zh-hans", ["中国", "德国", "阿富汗", "巴西"]) == [
        "阿富汗", "巴西", "德国", "中国",
    ]  # fmt: skip


def test_other_languages_put_accented_letters_beside_their_base() -> None:
    assert _in_order("en", ["Zambia", "Åland Islands", "Albania"]) == [
        "Åland Islands", "Albania", "Zambia",
    ]  # fmt: skip


def test_language_names_are_in_the_readers_language() -> None:
    assert names.language_name("tr", "en") == "Turkish"
    assert names.language_name("ug", "tr") == "Uygurca"
    assert names.language_name("zh-hans", "en") == "Chinese (Simplified)"
    with translation.override("zh-hans"):
        assert names.language_name("ug") == "维吾尔语"
    assert names.language_name("", "en") == ""
