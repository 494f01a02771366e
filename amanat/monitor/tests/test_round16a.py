"""Round 16a (relevance): readings of the gate that blind splits showed missing
(rules/round16a.py, rules/context.py). Invented texts about states none of the texts they were
read from is about: each look-alike must be rejected and its near TNR counterpart found."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import round16a
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    # Amnesty International named in a headline by its short Chinese name is no pardon.
    Pair(
        "amnesty-is-no-pardon",
        "zh",
        "越南特赦三名博主\n\n越南国家主席2024年6月2日宣布特赦三名博主。他们此前在河内因批评政府"
        "被判刑，其在德国的家人曾呼吁释放他们。",
        "国际特赦：“在我的校园，我很害怕”\n\n国际特赦组织2024年6月2日表示，居住在德国的越南博主"
        "收到死亡威胁，他们在越南的家人被警方约谈。",
        "VN",
    ),
    # Torture beside the charges or trial a person risks is no charge of torture against him.
    Pair(
        "torture-as-risk",
        "en",
        "Armenia extradited a former Azerbaijani prison governor to Baku. He was detained in "
        "Yerevan at the request of the Azerbaijani authorities. He is accused of torture of "
        "inmates.",
        "Armenia handed an opposition blogger over to Azerbaijan. He was detained in Yerevan at "
        "the request of the Azerbaijani authorities. Rights groups warned that he risks an "
        "unfair trial and torture.",
        "AZ",
    ),
    Pair(
        "torture-as-risk",
        "ru",
        "Власти Армении выдали Азербайджану бывшего начальника тюрьмы. Его задержали в Ереване "
        "по запросу азербайджанских властей. Его обвиняют в пытках заключённых.",
        "Власти Армении выдали Азербайджану оппозиционного блогера, несмотря на призывы "
        "правозащитников. Блогера задержали в Ереване по запросу азербайджанских властей. "
        "Правозащитники предупредили, что на родине ему грозят политически мотивированные "
        "обвинения и пытки.",
        "AZ",
    ),
    Pair(
        "torture-as-risk",
        "fa",
        "ارمنستان یک رئیس سابق زندان آذربایجانی را به آذربایجان مسترد کرد. او به درخواست "
        "مقام‌های آذربایجان در ایروان بازداشت شده بود. او به شکنجه زندانیان متهم است.",
        "ارمنستان یک وبلاگ‌نویس مخالف را به آذربایجان تحویل داد. او به درخواست مقام‌های "
        "آذربایجان در ایروان بازداشت شده بود. گروه‌های حقوق بشری هشدار دادند که در آذربایجان "
        "با محاکمه ناعادلانه و شکنجه روبه‌رو است.",
        "AZ",
    ),
    # A host's deportation flight: rights defenders reporting, the host's policy, no target.
    Pair(
        "host-deportation-flight",
        "ru",
        "Британия впервые зафрахтовала депортационный рейс в Эфиопию\n\nМинистерство "
        "внутренних дел Великобритании зафрахтовало самолёт для депортации граждан Эфиопии. "
        "Правозащитники встревожены: у высылаемых мигрантов не было доступа к юристам.",
        "Британия впервые зафрахтовала депортационный рейс в Эфиопию\n\nМинистерство "
        "внутренних дел Великобритании зафрахтовало самолёт для депортации граждан Эфиопии. "
        "Правозащитники встревожены: у высылаемых мигрантов не было доступа к юристам. По "
        "прибытии их задержали сотрудники службы безопасности Эфиопии.",
        "ET",
    ),
    Pair(
        "host-deportation-flight",
        "fa",
        "بریتانیا برای نخستین بار پرواز اخراج به اتیوپی اجاره کرد\n\nوزارت کشور بریتانیا "
        "هواپیمایی برای اخراج شهروندان اتیوپی اجاره کرد. مدافعان حقوق بشر نگران‌اند که مهاجران "
        "اخراجی به وکیل دسترسی نداشتند. این پرواز بخشی از سیاست مهاجرتی دولت است.",
        "بریتانیا برای نخستین بار پرواز اخراج به اتیوپی اجاره کرد\n\nوزارت کشور بریتانیا "
        "هواپیمایی برای اخراج شهروندان اتیوپی اجاره کرد. مدافعان حقوق بشر نگران‌اند که مهاجران "
        "اخراجی به وکیل دسترسی نداشتند. سفارت اتیوپی فهرست مخالفان را به پلیس داده بود.",
        "ET",
    ),
    # Espionage against companies (trade secrets) is no surveillance of a diaspora.
    Pair(
        "espionage-on-institutions",
        "tr",
        "ABD, beş Vietnam ordusu subayını ticari sır çalmakla suçladı. İddianameye göre "
        "subaylar çelik şirketlerinin bilgisayarlarına sızdı. Bakan, devletin casusluk "
        "yeteneğinin şirketlere zarar verdiğini söyledi.",
        "Vietnam istihbaratı, Almanya'da yaşayan Vietnamlı muhalif gazetecilerin telefonlarını "
        "hackledi. Bakan, devletin casusluk yeteneğinin gazetecilere zarar verdiğini söyledi.",
        "VN",
    ),
]


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_the_look_alike_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_its_tnr_counterpart_is_found(pair: Pair) -> None:
    assert_found(pair)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Vietnamese exiles in Germany are being targeted by a hacking group, a security "
            "firm said. Active since 2015, the group specialises in spying on exiled "
            "journalists and breaking into their phones.",
        ),
        (
            "zh",
            "报道称，与越南政府有关联的黑客入侵了居住在德国的越南流亡记者的手机。此前，执法部门"
            "曾打击另一个与越南有关的网络间谍行动。",
        ),
    ],
)
def test_hacking_of_exiles_stays_found_beside_espionage_words(language: str, text: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags


def test_torture_as_a_risk_is_blanked_and_a_torture_charge_is_kept() -> None:
    risked = round16a.torture_as_risk(
        "ru", "ему грозят политически мотивированные обвинения и пытки"
    )
    assert "пытк" not in risked
    charged = round16a.torture_as_risk("ru", "его обвиняют в пытках заключённых")
    assert "пытк" in charged


def test_uyghur_policy_is_blanked_and_political_is_kept() -> None:
    blanked = round16a.blank_non_targets("ug", "كۆچمەنلەر سىياسىتىنىڭ بىر قىسمى")
    assert "سىياسىت" not in blanked
    kept = round16a.blank_non_targets("ug", "سىياسىي پائالىيەتچى")
    assert "سىياسىي" in kept
