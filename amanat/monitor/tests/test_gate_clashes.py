"""Round 16a (relevance): readings of the gate that blind splits showed missing
(rules/gate_clashes.py, rules/context.py). Invented texts about states none of the texts they were
read from is about: each look-alike must be rejected and its near TNR counterpart found."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import gate_clashes
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
    # A clash at an embassy's festival or event abroad: the crowd's or the host police's
    # violence; the state's guards or diplomats doing the act keep it TNR.
    Pair(
        "clash-at-an-event",
        "zh",
        "越南大使馆活动在柏林引发冲突\n\n数百名越南难民周六在柏林抗议越南大使馆举办的活动，与警方"
        "发生冲突。警方使用警棍和胡椒喷雾，拘留了30人。",
        "越南大使馆保镖在柏林殴打抗议者\n\n数百名越南难民周六在柏林越南大使馆外抗议。大使馆保镖将"
        "一名抗议者拖进院内殴打。",
        "VN",
    ),
    Pair(
        "clash-at-an-event",
        "tr",
        "Berlin'de Vietnam elçiliğinin etkinliği çatışmaya dönüştü\n\nYüzlerce Vietnamlı "
        "sığınmacı Cumartesi günü Berlin'de Vietnam büyükelçiliğinin etkinliğini protesto etti "
        "ve polisle çatıştı. Polis cop kullandı ve biber gazı sıktı. Almanya'da iki grup "
        "arasında daha önce de şiddet yaşanmış, 2019'da bir rejim destekçisi bıçaklanarak "
        "öldürülmüştü.",
        "Vietnam elçiliği korumaları Berlin'de bir protestocuya saldırdı\n\nYüzlerce Vietnamlı "
        "sığınmacı Cumartesi günü Berlin'de Vietnam büyükelçiliği önünde protesto yaptı. "
        "Elçilik korumaları bir protestocuyu darp etti.",
        "VN",
    ),
    Pair(
        "clash-at-an-event",
        "fa",
        "بیش از صد زخمی در درگیری ویتنامی‌ها در برلین\n\nدر درگیری‌های روز شنبه در برلین میان "
        "هواداران دولت ویتنام و مخالفان آن، بیش از صد نفر زخمی شدند. پلیس آلمان از نارنجک صوتی "
        "استفاده کرد.",
        "محافظان سفارت ویتنام در برلین معترضی را کتک زدند\n\nصدها پناهجوی ویتنامی روز شنبه در "
        "برابر سفارت ویتنام در برلین تجمع کردند. محافظان سفارت یک معترض را به داخل کشیدند و کتک "
        "زدند.",
        "VN",
    ),
    # A headline's release is placed by the sentence under it: a release abroad ends an act
    # abroad; a release at home stays a look-alike.
    Pair(
        "headline-release-abroad",
        "en",
        'Uzbek dissident freed: "I will keep writing"\n\nAn Uzbek opposition blogger jailed in '
        "Tashkent in 2019 was released on 12 April after five years in prison.",
        'Uzbek dissident freed: "I do not want to be deported"\n\nAn Uzbek opposition blogger '
        "detained in Moscow on 3 March over a visa violation was released on 12 April after six "
        "weeks in custody. Tashkent had asked Moscow to extradite him.",
        "UZ",
    ),
    Pair(
        "headline-release-abroad",
        "tr",
        "Özbek muhalif serbest bırakıldı: \"Yazmaya devam edeceğim\"\n\nTaşkent'te 2019'da "
        "hapsedilen Özbek muhalif blogcu, beş yıl hapis yattıktan sonra 12 Nisan'da serbest "
        "bırakıldı.",
        'Özbek muhalif serbest bırakıldı: "Sınır dışı edilmek istemiyorum"\n\nMoskova\'da vize '
        "ihlali gerekçesiyle 3 Mart'ta gözaltına alınan Özbek muhalif blogcu, altı haftalık "
        "gözaltının ardından 12 Nisan'da serbest bırakıldı. Taşkent, Moskova'dan iadesini "
        "istemişti.",
        "UZ",
    ),
    # A killing an armed group that is no state claims; a state's agents named keep it TNR.
    Pair(
        "armed-group-claims",
        "tr",
        "Libyalı gazeteci Pazar günü Tunus'un Sfaks kentinde susturuculu bir silahla vurularak "
        "öldürüldü. Ekim ayında grubun bir aktivisti de Sfaks'taki evinde öldürülmüş, IŞİD bu "
        "cinayetleri üstlenmişti.",
        "Libyalı gazeteci Pazar günü Tunus'un Sfaks kentinde susturuculu bir silahla vurularak "
        "öldürüldü. Tunus polisi, tetikçilerin Libya istihbaratının ajanları olduğunu açıkladı.",
        "LY",
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
    risked = gate_clashes.torture_as_risk(
        "ru", "ему грозят политически мотивированные обвинения и пытки"
    )
    assert "пытк" not in risked
    charged = gate_clashes.torture_as_risk("ru", "его обвиняют в пытках заключённых")
    assert "пытк" in charged


def test_uyghur_policy_is_blanked_and_political_is_kept() -> None:
    blanked = gate_clashes.blank_non_targets("ug", "كۆچمەنلەر سىياسىتىنىڭ بىر قىسمى")
    assert "سىياسىت" not in blanked
    kept = gate_clashes.blank_non_targets("ug", "سىياسىي پائالىيەتچى")
    assert "سىياسىي" in kept


def test_a_headline_is_a_first_line_without_a_full_stop() -> None:
    text = "Dissident freed\n\nHe was released in Moscow."
    assert gate_clashes.is_headline(text, "Dissident freed")
    assert not gate_clashes.is_headline("He was freed.\nMore.", "He was freed.")


def test_relatives_beaten_at_home_for_a_rally_abroad_stay_found() -> None:
    # The rally is the cause; the state's security agents beat the parents at home.
    text = (
        "پیانیست ویتنامی‌تبار ساکن برلین می‌گوید مأموران امنیتی دولت ویتنام به خانه پدر و مادرش "
        "در هانوی حمله کردند و این حمله تلافی اجرای او در تجمعی در برلین در حمایت از مخالفان بود. "
        "دو نفر مادرش را کتک زدند."
    )
    result = tag(text, "fa")
    assert result.is_tnr, result.tags
    assert result.origin_state == "VN", result.tags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A Vietnamese activist said unknown men attacked him outside his Berlin home days "
            "after he protested the party chief's visit, breaking his nose.",
        ),
    ],
)
def test_an_attack_on_a_protester_stays_found(language: str, text: str) -> None:
    # A protest is no clash: the attack on the man who protested is the act.
    result = tag(text, language)
    assert result.is_tnr, result.tags
