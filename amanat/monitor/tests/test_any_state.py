"""Any state as origin or host, in every language the monitor reads (issue 12): states come
from CLDR names, countryinfo demonyms and each language's morphology, not from a hand list per
state. The texts here are invented for the test and name states no per-state rule knows."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import lang, normalise, states
from amanat.monitor.nlp.tagging import VERSION, tag

CASES = [
    ("en", "Rwandan intelligence agents abducted an exiled critic in Brussels in May 2021, his "
           "lawyer said. He was flown to Kigali the next day.", "RW", "BE", "rendition"),
    ("en", "Kenyan police detained three Ethiopian journalists in Nairobi in 2022 at the request "
           "of Ethiopia and deported them to Addis Ababa.", "ET", "KE", "deportation"),
    ("tr", "Özbek istihbaratı, Almanya'da sürgünde yaşayan muhalif bir gazeteciyi kaçırdı ve "
           "Özbekistan'a götürdü.", "UZ", "DE", "rendition"),
    ("zh", "2019年，越南特工在波兰绑架了一名流亡的越南博主，并将他带回越南。", "VN", "PL",
     "rendition"),
    ("ru", "Власти Туркменистана добились того, что в Турции был задержан живущий в эмиграции "
           "туркменский активист; его депортировали в Туркменистан.", "TM", "TR", "deportation"),
    ("ug", "قازاقىستان ساقچىلىرى تۈركىيەدە ياشايدىغان بىر قازاق پائالىيەتچىنى تەھدىت قىلدى ۋە "
           "ئۇنىڭ ئائىلىسىنى سوراق قىلدى.", "KZ", "TR", "threat_to_family"),
    ("en", "Exiled Belarusian activist found hanged in a Kyiv park in 2021; colleagues said he had "
           "been followed.", "BY", None, "assassination"),
    ("tr", "Sürgündeki Ruandalı muhalif, Mozambik'teki evinde ölü bulundu; arkadaşları Kigali'yi "
           "suçladı.", "RW", "MZ", "assassination"),
    ("zh", "一名流亡的卢旺达反对派人士被发现死在莫桑比克的公寓里，"
           "他的朋友指责卢旺达政府。", "RW", "MZ", "assassination"),
    ("fa", "مأموران امنیتی بحرین یک فعال بحرینی را که در لندن زندگی می‌کند تهدید به مرگ کردند.",
     "BH", "GB", "direct_threat"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "origin", "host", "tactic"), CASES)
def test_any_state_is_read_as_origin_and_host_in_each_language(
    language: str, text: str, origin: str, host: str | None, tactic: str
) -> None:
    assert lang.identify(text).code == language
    result = tag(normalise.clean(text), language)
    assert result.is_tnr
    assert result.origin_state == origin
    assert host is None or host in result.host_countries
    assert tactic in result.tactics


def test_every_tag_names_its_evidence_and_the_rule_version() -> None:
    text = CASES[0][1]
    result = tag(text, "en")
    for found in result.tags:
        assert found.version == VERSION
        assert found.rule
        if found.kind in {"origin_state", "host_country", "tactic"}:
            assert found.evidence
            assert found.evidence in text


def test_the_state_people_are_sent_back_to_is_the_one_reaching_out() -> None:
    text = "Police in Georgia handed an Azerbaijani blogger over to Azerbaijan in 2017."
    roles = {(m.iso, m.role) for m in states.mentions(text, "en")}
    assert ("AZ", "destination") in roles


def test_lawful_extradition_of_a_fraud_suspect_is_not_repression() -> None:
    text = (
        "Spanish police arrested a Brazilian businessman in Madrid in 2023 at the request of "
        "Brazil, where he is wanted for bank fraud. A court approved his extradition."
    )
    assert not tag(text, "en").is_tnr


def test_a_release_reported_in_the_lead_is_not_a_new_incident() -> None:
    text = ("Belarus freed a blogger in a prisoner swap in 2024. He had been abducted from "
            "Lithuania by Belarusian agents in 2021.")  # fmt: skip
    assert not tag(text, "en").is_tnr


def test_a_demonym_no_rule_names_still_finds_its_state() -> None:
    # countryinfo gives every state's demonym: no per-state list is needed.
    for demonym, iso in (("Eritrean", "ER"), ("Nicaraguan", "NI"), ("Cambodian", "KH")):
        found = states.mentions(f"{demonym} embassy staff followed the exiles.", "en")
        assert [(m.iso, m.role) for m in found] == [(iso, "actor")]


def test_bringing_back_a_terror_or_cartel_suspect_is_not_repression() -> None:
    for text in (
        "Turkey's intelligence agency captured an Islamic State commander in Syria and brought "
        "him back to Turkey.",
        "Colombian police seized a cartel leader in Spain at the request of Colombia and he was "
        "extradited to Bogota.",
    ):
        assert not tag(text, "en").is_tnr


def test_a_fugitive_official_pressed_through_his_sister_is_repression() -> None:
    text = ("Chinese police persuaded a fugitive former official living in Canada to return by "
            "detaining his sister in Wuhan.")  # fmt: skip
    result = tag(text, "en")
    assert result.is_tnr
    assert result.origin_state == "CN"
    assert result.tactics == ["threat_to_family"]
