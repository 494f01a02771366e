"""rules-5 / states-4: cues found missing when the development split grew by 36 texts about
five more states no rule was written for (Burundi, Tunisia, Cuba, Chad, Kyrgyzstan). Every
sentence is invented for the test and names other states, so a pass shows a general cue."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import assert_read_as

CASES = [
    # News writes the stem of a "-stan" name (Tajik, Uzbek), not countryinfo's demonym, and a
    # capital asking for someone stands for its state.
    ("en", "Police in Warsaw detained an exiled Uzbek activist after an extradition request "
           "from Tashkent.", "UZ", "PL", {"detention", "extradition_request"}),
    # "opponents" are people a state pursues: the demonym before them is their state.
    ("en", "Two Malian opponents who hold refugee status were arrested in Dakar and handed "
           "over.", "ML", "SN", {"detention"}),
    # Threatening messages in Chinese and Persian.
    ("zh", "流亡柏林的老挝记者收到老挝安全部门发来的威胁短信。", "LA", "DE", {"direct_threat"}),
    ("fa", "این روزنامه‌نگار لائوسی که در برلین در تبعید زندگی می‌کند پیام‌های تهدیدآمیزی از "
           "ماموران لائوس دریافت کرد.", "LA", "DE", {"direct_threat"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "origin", "host", "tactics"), CASES)
def test_general_cues_of_the_fourth_round_find_origin_host_and_act(
    language: str, text: str, origin: str, host: str, tactics: set[str]
) -> None:
    assert_read_as(language, text, origin, host, tactics)


def test_a_host_government_asked_to_investigate_is_not_the_perpetrator() -> None:
    text = ("Malawian refugees were held by police in Zambia and handed over to the Malawian "
            "authorities. \"The Zambian government should urgently investigate,\" a rights "
            "group said.")  # fmt: skip
    result = tag(text, "en")
    assert result.is_tnr
    assert result.origin_state == "MW"
    roles = {m.role for m in states.mentions(text, "en") if m.iso == "ZM"}
    assert "actor" not in roles


def test_a_capital_merely_named_or_its_court_is_no_state_actor() -> None:
    roles = {(m.iso, m.role) for m in states.mentions("A Lisbon court heard the case.", "en")}
    assert not roles
    text = "A Lisbon court jailed a former Angolan prison official arrested at Lisbon airport."
    assert not tag(text, "en").is_tnr
