"""rules-3 / states-2: cues found missing when the development split grew to states no rule was
written for (issue 12). Each sentence is invented for the test and names states that no per-state
rule knows, so a pass shows a general cue, not a memorised story."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import assert_read_as

CASES = [
    # Russian case forms of any state's name: "консул Замбии" (genitive), not only "Замбия".
    ("ru", "В 2023 году консул Замбии в Лондоне угрожал замбийскому активисту, живущему в "
           "эмиграции.", "ZM", "GB", "direct_threat"),
    # Persian plural and ezafe on the agent noun: "کنسولگری‌های نیجریه".
    ("fa", "کنسولگری‌های نیجریه در آلمان از تمدید گذرنامه روزنامه‌نگاران مخالف مقیم خارج "
           "خودداری کردند.", "NG", "DE", "passport_consular_denial"),
    # Chinese "<state>驻<city>": the state's mission in a host city; intimidation.
    ("zh", "2022年，马里驻巴黎大使馆的人员恐吓了一名流亡的马里记者。", "ML", "FR",
     "direct_threat"),
    # A threat made by gesture; a military attaché is a state agent.
    ("en", "A Nigerian military attaché in Madrid drew a finger across his throat at exiled "
           "Nigerian protesters.", "NG", "ES", "direct_threat"),
    # Shots fired at people is an assault.
    ("en", "Shots were fired from the Zambian embassy in Rome at exiled Zambian protesters in "
           "2019.", "ZM", "IT", "assault"),
    # Seized, then sent to the state: a rendition (Turkish, Persian).
    ("tr", "Moritanyalı muhalif gazeteci Senegal'de yakalandı ve Moritanya'ya gönderildi.",
     "MR", "SN", "rendition"),
    ("fa", "یک روزنامه‌نگار مخالف زامبیایی در کنیا دستگیر و به زامبیا فرستاده شد.", "ZM", "KE",
     "rendition"),
    # Opposition party members are political targets (Turkish "muhalefet").
    ("tr", "Zambiya muhalefet partisinin 12 üyesi Malavi'de gözaltına alındı ve Zambiya'ya sınır "
           "dışı edildi.", "ZM", "MW", "deportation"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "origin", "host", "tactic"), CASES)
def test_general_cues_find_the_origin_the_host_and_the_act(
    language: str, text: str, origin: str, host: str, tactic: str
) -> None:
    assert_read_as(language, text, origin, host, {tactic})


def test_a_city_named_without_a_locative_is_the_host_of_an_act_no_state_does_lawfully() -> None:
    text = ("Gunmen sent by the Zambian embassy shot dead an exiled Zambian critic outside a "
            "café, London police said.")  # fmt: skip
    result = tag(text, "en")
    assert result.is_tnr
    assert result.host_countries == ["GB"]


def test_a_city_named_without_a_locative_does_not_make_a_lawful_arrest_repression() -> None:
    text = ("A Stockholm court sentenced a former Zambian prison official, arrested on arrival "
            "at the airport, for the torture of political prisoners in the 1990s.")  # fmt: skip
    assert not tag(text, "en").is_tnr


def test_russian_adjectives_go_to_the_one_state_whose_name_they_start_with() -> None:
    found = states.mentions("демонстрация ливийских и ливанских эмигрантов", "ru")
    assert [m.iso for m in found] == ["LY", "LB"]
    # "политических" starts like "Польша" but is no adjective of it.
    assert states.mentions("политических заключённых", "ru") == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Zambia's government said it would not tolerate attempts to intimidate exiles."),
    ("zh", "赞比亚政府表示，不会容忍任何恐吓流亡者的企图。"),
])  # fmt: skip
def test_a_warning_against_intimidation_is_not_a_threat(language: str, text: str) -> None:
    assert "direct_threat" not in tag(text, language).tactics
