"""Round 17a (relevance): whose act it is — an atrocity's suspect pursued, criminals paid
(rules/round17a.py). Invented texts about states none of the texts they were read from is
about: each look-alike must be rejected and its near TNR counterpart found."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import round17a
from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    # A suspect of genocide or war crimes arrested abroad and sent for trial: his pursuit. The
    # same arrest of an exiled critic whose charges are called fabricated stays.
    Pair(
        "atrocity-suspect",
        "en",
        "One of the most wanted suspects of Cambodia's genocide has been arrested in Bangkok, "
        "Thailand, after two decades on the run.\n\nThai police said the former Khmer Rouge "
        "prison chief, 70, was detained on an Interpol red notice. He is wanted for genocide and "
        "the killing of 3,000 prisoners, and will be held pending extradition to Cambodia.",
        "One of Cambodia's best-known exiled opposition journalists has been arrested in "
        "Bangkok, Thailand, after two decades abroad.\n\nThai police said the journalist, 70, "
        "was detained on an Interpol red notice issued by Cambodia, which accuses him of "
        "genocide. His lawyers say the charges are fabricated to silence his reporting; he will "
        "be held pending extradition to Cambodia.",
        "KH",
    ),
    Pair(
        "atrocity-suspect",
        "ru",
        "В Бангкоке задержан один из самых разыскиваемых фигурантов дел о геноциде в Камбодже."
        "\n\nПолиция Таиланда сообщила, что бывшего начальника тюрьмы задержали по «красному "
        "уведомлению» Интерпола. Его обвиняют в убийстве 3000 заключённых; он будет выдан "
        "Камбодже.",
        "В Бангкоке задержан камбоджийский оппозиционный журналист, живущий в эмиграции.\n\n"
        "Его задержали по «красному уведомлению» Интерпола, выданному по запросу властей "
        "Камбоджи. Адвокаты называют обвинения сфабрикованными; Камбоджа требует его выдачи.",
        "KH",
    ),
    # Relatives held for ransom by kidnappers, or migrants dead in a smugglers' lorry: the
    # criminals' gain. The same hostage-taking by a state's agents stays.
    Pair(
        "criminals-for-gain",
        "en",
        "Libyans living in Malta are paying ransoms to kidnappers who hold their relatives in "
        "camps near Sabha. One woman said the captors called her demanding $20,000 and "
        "threatened to kill her brother.",
        "Libyan dissidents living in Malta say intelligence agents detained their relatives in "
        "Tripoli. One woman said the agents called her demanding that she stop her posts and "
        "threatened to kill her brother.",
        "LY",
    ),
    Pair(
        "criminals-for-gain",
        "zh",
        "居住在马耳他的利比亚人被迫向绑匪支付赎金。绑匪在塞卜哈附近的营地关押他们的亲属，"
        "打电话索要两万美元，并威胁要杀害他们。",
        "居住在马耳他的利比亚异见人士说，利比亚情报人员在的黎波里拘押了他们的亲属，并威胁要杀害他们，"
        "要求他们停止批评政府。",
        "LY",
    ),
]


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_the_look_alike_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_its_tnr_counterpart_is_found(pair: Pair) -> None:
    assert_found(pair)


def test_genocide_ideology_is_a_charge_against_a_critic_not_an_atrocity() -> None:
    heads = "a rwandan exile accused of genocide ideology was arrested in uganda."
    assert not round17a.atrocity_suspect_pursued("en", heads, heads, ["detention"])
    plain = "a rwandan man accused of genocide was arrested in uganda."
    assert round17a.atrocity_suspect_pursued("en", plain, plain, ["detention"])


def test_an_atrocity_suspect_threatened_stays_a_reach() -> None:
    heads = "a man accused of war crimes in bosnia said he received threats in argentina."
    assert not round17a.atrocity_suspect_pursued("en", heads, heads, ["direct_threat"])


def test_a_ransom_beside_a_states_agents_stays() -> None:
    text = "intelligence agents held his brother and demanded a ransom."
    assert not round17a.criminals_for_gain("en", text, ["threat_to_family"])
    plain = "kidnappers held his brother and demanded a ransom."
    assert round17a.criminals_for_gain("en", plain, ["threat_to_family"])
