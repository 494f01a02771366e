"""Round 17a (relevance): whose act it is — an atrocity's suspect pursued, criminals paid
(rules/gate_crimes.py). Invented texts about states none of the texts they were read from is
about: each look-alike must be rejected and its near TNR counterpart found."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import gate_crimes
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
    # A release at home whose freed "are now in" another state: where they went, not where they
    # were held. A release that ends a detention abroad stays.
    Pair(
        "freed-now-abroad",
        "en",
        "Azerbaijan frees jailed blogger after US envoy's visit\n\nTBILISI, 3 May 2024 — The "
        "Azerbaijani opposition blogger Elvin Aliyev and four other prisoners have been released "
        "and are now in Georgia, the Georgian government said. Aliyev was arrested in 2021 and "
        "sentenced to nine years on charges his supporters called fabricated. The five were "
        "Azerbaijani nationals and citizens of Poland and Latvia.",
        "Azerbaijan frees blogger held in Tbilisi\n\nTBILISI, 3 May 2024 — The Azerbaijani "
        "opposition blogger Elvin Aliyev, who was arrested in Tbilisi at the request of "
        "Azerbaijan and faced extradition, has been released, the Georgian government said. "
        "Aliyev fled Azerbaijan in 2019.",
        "AZ",
    ),
    Pair(
        "freed-now-abroad",
        "zh",
        "阿塞拜疆释放博主阿利耶夫等5人 获释者抵达格鲁吉亚\n\n格鲁吉亚政府2024年5月3日表示，"
        "阿塞拜疆反对派博主阿利耶夫与另外4名被关押者已获释放，目前身在格鲁吉亚。阿利耶夫2021年"
        "被捕，被判处9年徒刑，其支持者称指控出于政治目的。",
        "阿塞拜疆博主阿利耶夫在第比利斯获释\n\n格鲁吉亚政府2024年5月3日表示，应阿塞拜疆要求在"
        "第比利斯被捕并面临引渡的阿塞拜疆反对派博主阿利耶夫已获释放。他2019年逃离阿塞拜疆。",
        "AZ",
    ),
    # A death abroad the police find not suspicious, or likely an accident or suicide: a killing
    # not reported as done. The same death investigated as murder stays.
    Pair(
        "death-not-a-crime",
        "en",
        "The body of an exiled Ethiopian journalist who had been missing in Norway since "
        "March was found in a lake outside Oslo, police said.\n\nThe journalist, a critic"
        " of the Ethiopian government, had been granted asylum in 2019. Police said the d"
        "eath was not being treated as suspicious and was most likely an accident or suic"
        "ide.",
        "The body of an exiled Ethiopian journalist who had been missing in Norway since "
        "March was found in a lake outside Oslo, police said.\n\nThe journalist, a critic"
        " of the Ethiopian government, had been granted asylum in 2019. Police have opene"
        "d a murder investigation and are examining whether he was killed on Ethiopia's o"
        "rders.",
        "ET",
    ),
    Pair(
        "death-not-a-crime",
        "ru",
        "Тело эфиопского журналиста-эмигранта, пропавшего в Норвегии в марте, найдено в о"
        "зере под Осло, сообщила полиция.\n\nЖурналист, критик властей Эфиопии, получил у"
        "бежище в 2019 году. Полиция считает, что речь идёт о несчастном случае или самоу"
        "бийстве, признаков преступления не обнаружено.",
        "Тело эфиопского журналиста-эмигранта, пропавшего в Норвегии в марте, найдено в о"
        "зере под Осло, сообщила полиция.\n\nЖурналист, критик властей Эфиопии, получил у"
        "бежище в 2019 году. Полиция возбудила дело об умышленном убийстве и проверяет, н"
        "е был ли он убит по приказу властей Эфиопии.",
        "ET",
    ),
    Pair(
        "death-not-a-crime",
        "fa",
        "جسد یک روزنامه‌نگار تبعیدی اتیوپیایی که از ماه مارس در نروژ ناپدید شده بود در در"
        "یاچه‌ای نزدیک اسلو پیدا شد.\n\nاین روزنامه‌نگار، منتقد دولت اتیوپی، در سال ۲۰۱۹ "
        "پناهندگی گرفته بود. پلیس گفت مرگ او مشکوک نیست و احتمالاً ناشی از حادثه یا خودکش"
        "ی بوده است.",
        "جسد یک روزنامه‌نگار تبعیدی اتیوپیایی که از ماه مارس در نروژ ناپدید شده بود در در"
        "یاچه‌ای نزدیک اسلو پیدا شد.\n\nاین روزنامه‌نگار، منتقد دولت اتیوپی، در سال ۲۰۱۹ "
        "پناهندگی گرفته بود. پلیس پرونده قتل عمد گشوده و بررسی می‌کند که آیا او به دستور "
        "دولت اتیوپی کشته شده است.",
        "ET",
    ),
    # A killing plotted against another state's former minister: a plot between states. The
    # same plot against an exiled journalist stays.
    Pair(
        "plot-against-an-official",
        "en",
        "Prosecutors in Tbilisi on Monday charged a member of Azerbaijan's State Security"
        " Service with trying to arrange the murder of a former Georgian defence minister"
        ". They say he offered a contact in Georgia $100,000 to kill the former minister;"
        " the contact was an informant for the police.",
        "Prosecutors in Tbilisi on Monday charged a member of Azerbaijan's State Security"
        " Service with trying to arrange the murder of an exiled Azerbaijani opposition j"
        "ournalist. They say he offered a contact in Georgia $100,000 to kill the journal"
        "ist; the contact was an informant for the police.",
        "AZ",
    ),
    Pair(
        "plot-against-an-official",
        "fa",
        "دادستان‌های تفلیس روز دوشنبه یکی از اعضای سرویس امنیت دولتی آذربایجان را به تلاش"
        " برای قتل وزیر دفاع پیشین گرجستان متهم کردند. به گفته آنان او به فردی در گرجستان"
        " ۱۰۰ هزار دلار پیشنهاد داد تا وزیر پیشین را بکشد.",
        "دادستان‌های تفلیس روز دوشنبه یکی از اعضای سرویس امنیت دولتی آذربایجان را به تلاش"
        " برای قتل یک روزنامه‌نگار تبعیدی مخالف آذربایجانی متهم کردند. به گفته آنان او به"
        " فردی در گرجستان ۱۰۰ هزار دلار پیشنهاد داد تا این روزنامه‌نگار را بکشد.",
        "AZ",
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
    assert not gate_crimes.atrocity_suspect_pursued("en", heads, heads, ["detention"])
    plain = "a rwandan man accused of genocide was arrested in uganda."
    assert gate_crimes.atrocity_suspect_pursued("en", plain, plain, ["detention"])


def test_an_atrocity_suspect_threatened_stays_a_reach() -> None:
    heads = "a man accused of war crimes in bosnia said he received threats in argentina."
    assert not gate_crimes.atrocity_suspect_pursued("en", heads, heads, ["direct_threat"])


def test_a_ransom_beside_a_states_agents_stays() -> None:
    text = "intelligence agents held his brother and demanded a ransom."
    assert not gate_crimes.criminals_for_gain("en", text, ["threat_to_family"])
    plain = "kidnappers held his brother and demanded a ransom."
    assert gate_crimes.criminals_for_gain("en", plain, ["threat_to_family"])
