"""Tagging: relevance, origin state, host countries, tactics, counts and dates — each tag with
the sentence it rests on, the rule that produced it and the rule-set version."""

from __future__ import annotations

from amanat.monitor.nlp import extract, normalise, people_counts
from amanat.monitor.nlp.tagging import VERSION, tag
from amanat.monitor.tests.conftest import CORPUS


def _tagged(name: str, language: str = "en"):  # type: ignore[no-untyped-def]  # a test helper returning the tagger's mixed dict
    text = normalise.clean((CORPUS / "labelled" / name).read_text(encoding="utf-8"))
    return text, tag(text, language)


def test_every_tag_carries_its_evidence_sentence_rule_and_version() -> None:
    text, result = _tagged("001.txt")
    assert result.tags
    for found in result.tags:
        assert found.version == VERSION
        assert found.rule
        if found.kind != "relevance" or found.value == "tnr":
            assert found.evidence
            assert found.evidence in text
    family = next(t for t in result.tags if t.kind == "tactic" and t.value == "threat_to_family")
    assert "detained his father" in family.evidence  # the headline is the first sentence
    assert family.rule == "tactic.threat_to_family.en.1"


def test_a_father_detained_at_home_is_pressure_on_the_son_not_a_host_detention() -> None:
    _text, result = _tagged("001.txt")
    assert result.is_tnr
    assert result.origin_state == "CN"
    assert result.host_countries == ["TR"]
    assert set(result.tactics) == {"threat_to_family", "silencing_demand"}


def test_a_deportation_from_a_host_country_is_stage_three() -> None:
    _text, result = _tagged("006.txt")
    assert {"detention", "deportation", "extradition_request"} <= set(result.tactics)
    assert result.host_countries == ["AE"]  # the wife's Istanbul is named, but weakly
    assert result.first("stage") == "stage3"


def test_articles_about_china_or_uyghurs_without_repression_abroad_are_not_tnr() -> None:
    for name in ("032.txt", "034.txt", "035.txt", "036.txt", "037.txt", "038.txt", "043.txt"):
        _text, result = _tagged(name)
        assert not result.is_tnr, name
        assert result.tactics == []
        assert result.origin_state is None


def test_turkish_chinese_uyghur_and_russian_articles_are_tagged() -> None:
    for name, language, tactic in (("009.txt", "tr", "interpol_abuse"),
                                   ("007.txt", "zh", "deportation"),
                                   ("027.txt", "ug", "family_contact_control"),
                                   ("011.txt", "ru", "direct_threat")):  # fmt: skip
        _text, result = _tagged(name, language)
        assert result.is_tnr, name
        assert result.origin_state == "CN", name
        assert tactic in result.tactics, name


def test_another_origin_state_than_china_is_recognised() -> None:
    _text, iran = _tagged("022.txt")
    assert iran.origin_state == "IR"
    assert iran.host_countries == ["GB"]
    _text, russia = _tagged("029.txt")
    assert russia.origin_state == "RU"
    assert "assault" in russia.tactics


def test_people_counts_are_tagged_with_their_sentence() -> None:
    text = ("Police detained two brothers of the activist. Officers questioned 3 Uyghurs. "
            "More than 300 individuals were on the list.")  # fmt: skip
    counts = {t.value: t.evidence for t in tag(text, "en").tags if t.kind == "people_count"}
    assert counts == {"2": "Police detained two brothers of the activist.",
                      "3": "Officers questioned 3 Uyghurs.",
                      "300+": "More than 300 individuals were on the list."}  # fmt: skip


def test_dates_keep_their_precision_in_each_language() -> None:
    assert [d.value for d in extract.dates("on 20 July 2021, in March 2019 and since 2015")] == [
        "2021-07-20", "2019-03", "2015"]  # fmt: skip
    assert [d.value for d in extract.dates("20 Temmuz 2021'de ve 2015'ten beri")] == [
        "2021-07-20", "2015"]  # fmt: skip
    assert [d.value for d in extract.dates("于2025年2月27日将40名")] == ["2025-02-27"]
    assert [d.value for d in extract.dates("2022-يىلى فېۋرالدا")] == ["2022-02"]
    assert [d.value for d in extract.dates("в октябре 2020 года")] == ["2020-10"]
    assert extract.dates("He is 2015 metres tall and 38 years old") == []


def test_a_count_that_is_a_year_is_not_a_count_of_people() -> None:
    assert people_counts.people_counts("In 2019 people protested.", "en") == []


def test_host_countries_come_from_places_and_authorities_in_several_scripts() -> None:
    _text, zh = _tagged("025.txt", "zh")
    assert zh.host_countries == ["TH"]
    _text, ug = _tagged("017.txt", "ug")
    assert ug.host_countries == ["DE"]
    _text, ru = _tagged("011.txt", "ru")
    assert ru.host_countries == ["KZ"]


def test_a_text_naming_no_state_actor_is_not_tnr_and_says_why() -> None:
    result = tag("The festival drew 400 people to the square in Berlin in June 2023.", "en")
    relevance = result.of_kind("relevance")
    assert [t.value for t in relevance] == ["not_tnr"]
    assert relevance[0].rule == "relevance.rules[]"
    assert [t.value for t in result.of_kind("date")] == ["2023-06"]
