"""Round 13d (rules/tactics_death_and_return.py), found by the blind split tnr-fresh8 once it was
scored: a detention counted in thousands is a crackdown recalled, not a detention in the host,
and a death told after the attack is a killing. Invented texts about states the split's texts did
not come from, in five languages; each reading beside the text of the same shape it must leave
alone."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag

# A crackdown at home counted in thousands: no detention is read from that sentence.
MASS = [
    ("en", "Tajik authorities detained more than 12,000 people during the crackdown on the 2022 "
           "protests in Khorog. The opposition leader, who fled to Poland, said Tajik agents "
           "had threatened his brother in Dushanbe."),
    ("ru", "Во время подавления протестов 2022 года в Хороге таджикские власти задержали более "
           "12 тысяч человек. Лидер оппозиции, бежавший в Польшу, рассказал, что таджикские "
           "силовики угрожали его брату в Душанбе."),
    ("tr", "Tacik yetkilileri 2022'deki protestolarda binlerce kişiyi gözaltına aldı. Polonya'ya "
           "kaçan muhalefet lideri, Tacik güvenlik güçlerinin Duşanbe'deki kardeşini tehdit "
           "ettiğini söyledi."),
    ("zh", "塔吉克当局在2022年镇压抗议期间拘留了上万人。"
           "逃往波兰的反对派领袖说，塔吉克安全部门威胁了他在杜尚别的兄弟。"),
    ("fa", "مقام‌های تاجیکستان در جریان سرکوب اعتراضات ۲۰۲۲ هزاران نفر را بازداشت کردند. رهبر "
           "مخالفان که به لهستان گریخته است گفت نیروهای امنیتی تاجیکستان برادرش را در دوشنبه "
           "تهدید کرده‌اند."),
]  # fmt: skip

# The same host detention of one exile is still read.
HELD = [
    ("en", "Polish police detained a Tajik opposition activist in Warsaw at the request of "
           "Dushanbe, which wants him sent back."),
    ("ru", "Польская полиция задержала в Варшаве таджикского оппозиционного активиста по "
           "запросу Душанбе."),
]  # fmt: skip

# A death told after the attack: a killing.
DIED = [
    ("en", "A Tajik opposition blogger died in hospital in Berlin on 3 March, four days after he "
           "was attacked outside his flat. He had criticised the government in Dushanbe for "
           "years and said Tajik agents had threatened him."),
    ("ru", "Таджикский оппозиционный блогер скончался в больнице Берлина после нападения у "
           "своего дома. Он много лет критиковал власти Таджикистана и говорил, что ему "
           "угрожали таджикские спецслужбы."),
    ("tr", "Tacik muhalif blogcu, Berlin'de evinin önünde uğradığı bıçaklı saldırının ardından "
           "hastanede hayatını kaybetti. Blogcu, Tacik hükümetini yıllardır eleştiriyordu."),
    ("zh", "一名塔吉克反对派博主在柏林住所外遇袭后不治身亡。"
           "他多年来批评塔吉克政府，并说塔吉克特工曾威胁他。"),
    ("fa", "وبلاگ‌نویس مخالف تاجیک پس از حمله با چاقو در برابر خانه‌اش در برلین درگذشت. او سال‌ها "
           "از دولت تاجیکستان انتقاد کرده بود."),
]  # fmt: skip

# An attack the person survived is no killing.
SURVIVED = [
    ("en", "A Tajik opposition blogger was attacked outside his flat in Berlin on 3 March and "
           "treated in hospital for cuts. He had criticised the government in Dushanbe."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), MASS, ids=[m[0] for m in MASS])
def test_a_detention_counted_in_thousands_is_no_host_detention(language: str, text: str) -> None:
    assert "detention" not in tag(text, language).tactics


@pytest.mark.parametrize(("language", "text"), HELD, ids=[h[0] for h in HELD])
def test_one_exile_detained_by_the_host_is_still_a_detention(language: str, text: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert "detention" in result.tactics


@pytest.mark.parametrize(("language", "text"), DIED, ids=[d[0] for d in DIED])
def test_a_death_after_an_attack_is_a_killing(
    rules_tactics: None, decider_off: None, language: str, text: str
) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert "assassination" in result.tactics


@pytest.mark.parametrize(("language", "text"), SURVIVED, ids=[s[0] for s in SURVIVED])
def test_an_attack_survived_is_no_killing(language: str, text: str) -> None:
    result = tag(text, language)
    assert "assassination" not in result.tactics


# A state's demand for a person's return, worded without "extradition": its request.
DEMANDED = [
    ("en", "Georgian police detained an Azerbaijani blogger in Tbilisi on 2 May. Rights groups "
           "urged Georgia not to give in to Azerbaijani demands for his return."),
    ("ru", "Грузинская полиция задержала азербайджанского блогера в Тбилиси. Баку добивается его "
           "выдачи."),
    ("fa", "پلیس گرجستان یک وبلاگ‌نویس آذربایجانی را در تفلیس بازداشت کرد. عفو بین‌الملل از گرجستان "
           "خواست در برابر خواسته‌های باکو برای بازگرداندن او کوتاه نیاید."),
    ("tr", "Gürcistan polisi Azerbaycanlı muhalif blogcuyu Tiflis'te gözaltına aldı. Azerbaycan "
           "makamları blogcunun teslimini talep etti."),
]  # fmt: skip

# A person's own return home, or a return asked for a stolen painting, is no state's request.
NOT_DEMANDED = [
    ("en", "Georgian police detained an Azerbaijani blogger in Tbilisi on 2 May. Azerbaijan "
           "demanded the return of a painting taken from a museum in Baku."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), DEMANDED, ids=[d[0] for d in DEMANDED])
def test_a_demand_for_his_return_is_an_extradition_request(language: str, text: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert "extradition_request" in result.tactics


@pytest.mark.parametrize(("language", "text"), NOT_DEMANDED, ids=[d[0] for d in NOT_DEMANDED])
def test_the_return_of_a_thing_is_no_extradition_request(language: str, text: str) -> None:
    assert "extradition_request" not in tag(text, language).tactics
