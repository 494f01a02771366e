"""Session 33 (`shingles-5`, `grouping-13`): Persian and Uyghur words are keyed like names, so a
translation in Arabic script shares its people's keys with its English telling; a key common
in such news is no feature; and a link across languages that shares no fact, only states,
cities and an act, needs the evidence asked within one language."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from amanat.monitor.nlp import name_keys
from amanat.monitor.nlp.grouping_readings import shares_a_fact
from amanat.monitor.nlp.name_keys import arabic_script_keys, name_key
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc
from bench import monitor_arabic_keys

NONE = frozenset[str]()


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("علی‌نژاد", "Alinejad"),  # Persian drops the short vowels the key drops anyway
        ("خاشقجی", "Khashoggi"),
        ("امیروف", "Amirov"),  # و read as a vowel
        ("سعدالدینف", "Saduridinov"),
        ("ناوالنی", "Navalny"),  # و read as a consonant
        ("ئەركىننىڭ", "Erkin"),  # a Uyghur genitive ending cut
    ],
)
def test_a_name_in_arabic_script_keys_as_its_latin_spelling(arabic: str, latin: str) -> None:
    assert name_key(latin) in arabic_script_keys(arabic, common=NONE)


def test_a_word_common_in_persian_and_uyghur_news_gives_no_key() -> None:
    arrest = arabic_script_keys("بازداشت", common=NONE)  # "arrest"
    assert arrest
    assert set(arrest) <= name_keys.common_keys()
    assert arabic_script_keys("بازداشت سعدالدینف") == [name_key("Saduridinov")]


def test_latin_and_short_words_give_no_arabic_script_key() -> None:
    assert arabic_script_keys("Khashoggi in Istanbul", common=NONE) == []
    assert arabic_script_keys("در او", common=NONE) == []  # too few consonants to tell apart


def test_a_missing_or_foreign_common_keys_file_names_its_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_keys.common_keys.cache_clear()
    try:
        monkeypatch.setattr(name_keys, "COMMON_KEYS", tmp_path / "missing.json")
        with pytest.raises(name_keys.CommonKeysError, match="monitor_arabic_keys --write"):
            name_keys.common_keys()
        foreign = tmp_path / "foreign.json"
        foreign.write_text(json.dumps({"keys": [1, 2]}), encoding="utf-8")
        monkeypatch.setattr(name_keys, "COMMON_KEYS", foreign)
        with pytest.raises(name_keys.CommonKeysError, match="no list of keys"):
            name_keys.common_keys()
    finally:
        name_keys.common_keys.cache_clear()


def test_the_list_holds_the_keys_of_more_than_one_text_in_a_hundred() -> None:
    counts = Counter({"ksls": 3, "smn": 2, "lnkt": 1})
    assert monitor_arabic_keys.common(200, counts) == ["ksls"]
    assert monitor_arabic_keys.common(100, counts, share=0.01) == ["ksls", "smn"]


def test_the_shipped_list_is_what_the_builder_counts() -> None:
    shipped = json.loads(name_keys.COMMON_KEYS.read_text(encoding="utf-8"))
    assert shipped["share"] == monitor_arabic_keys.SHARE
    assert shipped["last_counted"] == monitor_arabic_keys.LAST_COUNTED
    texts, counts = monitor_arabic_keys.key_counts()
    assert shipped["texts"] == texts
    assert shipped["keys"] == monitor_arabic_keys.common(texts, counts)


def test_a_fact_is_a_name_a_key_a_number_a_date_or_an_origin_and_month() -> None:
    for fact in ("n:talib", "nn:talib_berk", "s:tlbk", "d:140", "t:2031-05", "e:QQ:2031-05",
                 "y:2031"):  # fmt: skip
        assert shares_a_fact({fact, "c:QQ"})
    assert not shares_a_fact({"c:QQ", "c:RR", "o:QQ", "p:zorbu", "k:detention", "f:direct"})


# Two reports of two events in one capital, read as the same state's acts: in a folder of
# forty a state, a capital and an act are rare enough to pass the relaxed evidence.
MOSCOW_VERDICT = ["c:QQ", "o:QQ", "p:zorbu", "k:bounty_or_warrant", "f:host_state"]


def _joins(first: list[str], second: list[str]) -> bool:
    grouper = crowd(30)
    grouper.add(_doc("ru", first, "ru"))
    return not grouper.add(_doc("fa", second, "fa")).new_group


def test_a_link_across_languages_sharing_only_states_a_city_and_an_act_is_not_made() -> None:
    assert not _joins([*MOSCOW_VERDICT, "s:nfslf", "d:8"], [*MOSCOW_VERDICT, "s:ktkf", "d:6"])


def test_a_translation_sharing_its_peoples_keys_still_joins() -> None:
    assert _joins([*MOSCOW_VERDICT, "s:nfslf", "d:8"], [*MOSCOW_VERDICT, "s:nfslf", "d:8"])
