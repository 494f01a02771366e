"""rules-4 / states-3 / gazetteer-3: cues found missing when the development split grew by 40
texts about five more states no rule was written for (Myanmar, Bangladesh, Syria, Tanzania,
Morocco). Every sentence is invented for the test and names states no per-state rule knows, so
a pass shows a general cue, not a memorised story."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import gazetteer, states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import assert_read_as

CASES = [
    # A plot to hurt someone, and to kill him if he does not give in.
    ("en", "Two men were charged in Paris with conspiring to attack an exiled Malawian opposition "
           "leader for a Malawian intelligence officer, and to kill him if he kept speaking.",
     "MW", "FR", {"assault", "assassination"}),
    # Protesters filmed for a state's intelligence.
    ("en", "A man filmed exiled Zambian protesters outside the embassy in Oslo and passed the "
           "footage to Zambian intelligence.", "ZM", "NO", {"surveillance"}),
    ("fa", "یک مرد از معترضان زامبیایی مقیم نروژ فیلم گرفت و آن را به سرویس اطلاعاتی زامبیا "
           "داد.", "ZM", "NO", {"surveillance"}),
    # The relative of an exile taken at home: the only state the text places anyone in, other
    # than where the exile lives, is home — even when it is named only by its capital.
    ("en", "Sister of exiled blogger taken in dawn raid. Police took her from her home in "
           "Lusaka; her brother, who lives in exile in Canada, says she was questioned about "
           "his posts.", "ZM", "CA", {"threat_to_family"}),
    # The exile's country in the relatives' sentence is where he lives, not home.
    ("zh", "警方凌晨突袭卢萨卡郊区的一处住宅，带走了一名妇女。她的哥哥、流亡加拿大的博主说，"
           "警察反复审问妹妹他为什么批评政府。", "ZM", "CA", {"threat_to_family"}),
    # Seized and freed within hours is a new abduction, not the release of an earlier one.
    ("en", "An exiled Malawian journalist was abducted in Lusaka on Sunday and freed hours "
           "later.", "MW", "ZM", {"rendition"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "origin", "host", "tactics"), CASES)
def test_general_cues_of_the_third_round_find_origin_host_and_act(
    rules_tactics: None, language: str, text: str, origin: str, host: str, tactics: set[str]
) -> None:
    """The rules' tactics (`tacticmodel-8` dropped the assault planned beside the killing)."""
    assert_read_as(language, text, origin, host, tactics)


def test_a_release_reported_in_the_lead_still_ends_an_earlier_story() -> None:
    assert not tag("Malawi freed an exiled journalist abducted in Lusaka in 2019.", "en").is_tnr
    text = ("A court granted bail to the brother of an exiled Zambian blogger, held for months "
            "to pressure him.")  # fmt: skip
    assert not tag(text, "en").is_tnr


def test_the_host_arresting_a_states_agent_is_no_detention_of_its_target() -> None:
    text = ("A man who filmed exiled Zambian protesters in Oslo was arrested and charged with "
            "acting as an agent of Zambia.")  # fmt: skip
    assert "detention" not in tag(text, "en").tactics


@pytest.mark.parametrize(("language", "text"), [
    ("tr", "Norveç, Oslo'daki Zambiyalı muhalifleri izledikleri için Zambiya büyükelçiliğinden "
           "üç diplomatı sınır dışı etti."),
    ("zh", "挪威以监视赞比亚异见人士为由，将三名赞比亚外交官驱逐出境。"),
])  # fmt: skip
def test_diplomats_expelled_by_a_host_are_not_a_deportation(language: str, text: str) -> None:
    assert "deportation" not in tag(text, language).tactics


@pytest.mark.parametrize(("language", "text", "absent"), [
    # "уроженец" holds "жен" (wife); "хранении" holds "ранени" (wound).
    ("ru", "Уроженец Замбии, живущий в Лондоне, арестован по обвинению в незаконном хранении "
           "оружия.", {"threat_to_family", "assault"}),
    # Spyware is not a spy recruited.
    ("ru", "Телефон замбийского журналиста в эмиграции был заражён шпионской программой.",
     {"informant_recruitment"}),
    ("zh", "流亡的赞比亚记者的手机被植入间谍软件。", {"informant_recruitment"}),
])  # fmt: skip
def test_words_inside_other_words_fire_no_tactic(
    language: str, text: str, absent: set[str]
) -> None:
    assert not absent & set(tag(text, language).tactics)


def test_every_half_of_a_cldr_name_with_a_parenthesis_is_a_name() -> None:
    for language, text in (("en", "Burma"), ("en", "Myanmar"), ("ru", "граждане Мьянмы"),
                           ("fa", "شهروند میانمار")):  # fmt: skip
        assert [m.iso for m in states.mentions(text, language)] == ["MM"], (language, text)


def test_a_uyghur_name_is_found_with_its_narrowed_final_vowel() -> None:
    found = gazetteer.find_places("ئۇ كېنىيىدە ياشايدۇ", "ug")
    assert [(p.iso, p.locative) for p in found] == [("KE", True)]


@pytest.mark.parametrize(("language", "text", "iso"), [
    # "the army in Thailand" is not Thailand's army; "a dealer from Laos" acts for no one.
    ("fa", "فروشنده سلاح ارتش در تایلند", "TH"),
    ("ru", "торговец оружием из Лаоса", "LA"),
])  # fmt: skip
def test_a_preposition_keeps_a_state_from_being_the_agent(language: str, text: str,
                                                          iso: str) -> None:  # fmt: skip
    roles = {m.role for m in states.mentions(text, language) if m.iso == iso}
    assert roles
    assert not roles & {"actor", "request"}
