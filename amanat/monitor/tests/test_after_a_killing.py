"""Round 17b: what a killing told first makes of the acts told after it (rules/after_a_killing.py).
Regression pairs of invented texts in several languages: the first of each pair must drop the
act told after the killing, the one near it (the act told first, the killing as background)
must keep it."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import after_a_killing
from amanat.monitor.nlp.tagging import tag

# (case, language, text, tactics that must be read, tactics that must not)
PAIRS = [
    # The killers arrested or sought after the killing: the host's justice, not detention.
    (
        "suspects-after-killing",
        "en",
        "Exiled Tajik opposition leader Rustam Nazarov was shot dead outside his home in "
        "Istanbul on 5 March 2024. Two Tajik nationals were arrested at the airport a week "
        "later and Turkey asked Russia to extradite a third man.",
        {"assassination"},
        {"detention", "extradition_request"},
    ),
    (
        "detention-first",
        "en",
        "Exiled Tajik opposition leader Rustam Nazarov was detained in Istanbul on 5 March "
        "2024 at Tajikistan's request, which has asked Turkey to extradite him. Dushanbe "
        "blames him for a bombing that killed 12 people in 2019.",
        {"detention", "extradition_request"},
        set(),
    ),
    (
        "suspects-after-killing",
        "tr",
        "Sürgündeki Tacik muhalif lider Rüstem Nazarov, 5 Mart 2024'te İstanbul'daki evinin "
        "önünde silahlı saldırıda öldürüldü. Bir hafta sonra iki Tacik vatandaşı havalimanında "
        "gözaltına alındı.",
        {"assassination"},
        {"detention"},
    ),
    (
        "detention-first",
        "tr",
        "Sürgündeki Tacik muhalif lider Rüstem Nazarov, 5 Mart 2024'te Tacikistan'ın talebiyle "
        "İstanbul'da gözaltına alındı. Duşanbe onu 2019'da 12 kişinin öldürüldüğü bir bombalı "
        "saldırıdan sorumlu tutuyor.",
        {"detention"},
        set(),
    ),
    (
        "suspects-after-killing",
        "fa",
        "رستم نظروف، رهبر تبعیدی مخالفان تاجیکستان، روز ۵ مارس ۲۰۲۴ مقابل خانه‌اش در استانبول "
        "به ضرب گلوله کشته شد. یک هفته بعد دو شهروند تاجیک در فرودگاه بازداشت شدند.",
        {"assassination"},
        {"detention"},
    ),
    (
        "detention-first",
        "fa",
        "رستم نظروف، رهبر تبعیدی مخالفان تاجیکستان، روز ۵ مارس ۲۰۲۴ به درخواست تاجیکستان در "
        "استانبول بازداشت شد. دوشنبه او را مسئول بمب‌گذاری سال ۲۰۱۹ می‌داند که ۱۲ نفر را کشت.",
        {"detention"},
        set(),
    ),
    (
        "suspects-after-killing",
        "zh",
        "流亡的塔吉克反对派领导人鲁斯塔姆·纳扎罗夫2024年3月5日在伊斯坦布尔家门外遭枪杀身亡。"
        "一周后，两名塔吉克公民在机场被逮捕。",
        {"assassination"},
        {"detention"},
    ),
    (
        "detention-first",
        "zh",
        "流亡的塔吉克反对派领导人鲁斯塔姆·纳扎罗夫2024年3月5日应塔吉克斯坦的要求在伊斯坦布尔"
        "被拘留。杜尚别指控他策划了2019年一起造成12人死亡的爆炸。",
        {"detention"},
        set(),
    ),
    # An attack told after the killing: the same attack, or background — no separate assault.
    (
        "attack-after-killing",
        "en",
        "Exiled Chechen blogger Ruslan Gadayev was shot dead in Lille, France, on 3 May 2024. "
        "Two years earlier he had been attacked and beaten by three men outside his flat.",
        {"assassination"},
        {"assault"},
    ),
    (
        "attack-first",
        "en",
        "Exiled Chechen blogger Ruslan Gadayev was attacked and beaten by three men outside his "
        "flat in Lille, France, on 3 May 2024. Prosecutors said the men had been sent to kill him.",
        {"assassination", "assault"},
        set(),
    ),
    (
        "attack-after-killing",
        "ru",
        "Чеченский блогер Руслан Гадаев, живший в изгнании, был застрелен 3 мая 2024 года во "
        "французском Лилле. Его друг, находившийся рядом, был ранен при нападении.",
        {"assassination"},
        {"assault"},
    ),
    (
        "attack-first",
        "ru",
        "На чеченского блогера Руслана Гадаева, живущего в изгнании, 3 мая 2024 года напали с "
        "молотком в его квартире во французском Лилле. Французский суд осудил двоих за "
        "покушение на убийство.",
        {"assault"},
        set(),
    ),
    (
        "attack-after-killing",
        "tr",
        "Sürgündeki Çeçen blog yazarı Ruslan Gadayev, 3 Mayıs 2024'te Fransa'nın Lille kentinde "
        "silahlı saldırıda öldürüldü. Yanındaki arkadaşı saldırıda yaralandı.",
        {"assassination"},
        {"assault"},
    ),
    (
        "attack-first",
        "tr",
        "Sürgündeki Çeçen blog yazarı Ruslan Gadayev'e 3 Mayıs 2024'te Fransa'nın Lille "
        "kentindeki evinde çekiçle saldırıldı. Fransız mahkemesi iki kişiyi adam öldürmeye "
        "teşebbüsten mahkûm etti.",
        {"assassination", "assault"},
        set(),
    ),
    (
        "attack-after-killing",
        "fa",
        "روسلان گادایف، وبلاگ‌نویس چچنی تبعیدی، روز ۳ مه ۲۰۲۴ در شهر لیل فرانسه به دست ماموران "
        "روسیه به ضرب گلوله کشته شد. دوستش که همراه او بود در این حمله زخمی شد.",
        {"assassination"},
        {"assault"},
    ),
    (
        "attack-first",
        "fa",
        "روسلان گادایف، وبلاگ‌نویس چچنی تبعیدی، روز ۳ مه ۲۰۲۴ در شهر لیل فرانسه با چاقو زخمی "
        "شد. دادستان گفت ماموران روسیه قصد ترور او را داشتند.",
        {"assassination", "assault"},
        set(),
    ),
    (
        "attack-after-killing",
        "zh",
        "流亡法国的车臣博主鲁斯兰·加达耶夫2024年5月3日在里尔遭枪杀身亡。与他同行的朋友在袭击中受伤。",
        {"assassination"},
        {"assault"},
    ),
    (
        "attack-first",
        "zh",
        "流亡法国的车臣博主鲁斯兰·加达耶夫2024年5月3日在里尔的公寓遭人用锤子袭击。"
        "法国法院后来以谋杀未遂罪判处两名男子有罪。",
        {"assassination", "assault"},
        set(),
    ),
]


@pytest.mark.parametrize(("case", "language", "text", "must", "must_not"), PAIRS,
                         ids=[f"{p[0]}-{p[1]}" for p in PAIRS])  # fmt: skip
def test_acts_told_after_a_killing(
    rules_tactics, decider_off, case, language, text, must, must_not
):
    result = tag(text, language)
    assert result.is_tnr, case
    assert must <= set(result.tactics), (case, result.tactics)
    assert not must_not & set(result.tactics), (case, result.tactics)


def test_only_acts_told_after_the_killing_are_dropped():
    first = {"assassination": "b", "detention": "c", "extradition_request": "a",
             "threat_to_family": "d"}  # fmt: skip
    assert after_a_killing.after_killing(first, "abcd".find) == {"detention"}


def test_the_same_sentence_keeps_both():
    first = {"assassination": "a", "detention": "a"}
    assert after_a_killing.after_killing(first, "a".find) == set()


def test_an_attack_told_after_the_killing_is_dropped():
    first = {"assault": "c", "assassination": "b", "detention": "a"}
    assert after_a_killing.after_killing(first, "abc".find) == {"assault"}


def test_no_killing_drops_nothing():
    assert after_a_killing.after_killing({"detention": "b", "assault": "c"}, "bc".find) == set()


# (language, text read as TNR with online harassment, near text not TNR: nothing is added)
CAMPAIGNS = [
    (
        "en",
        "Hong Kong activist Alan Wong, who lives in Toronto, has faced a stream of abusive posts "
        "from anonymous accounts since Hong Kong police put a bounty on his head last year.",
        "Canada's task force said anonymous accounts linked to Beijing pushed disparaging posts "
        "about the Liberal candidate during the election campaign.",
    ),
    (
        "zh",
        "居住在多伦多的香港活动人士黄亚伦说，自从去年香港警方悬赏通缉他以来，"
        "大量匿名账号在社交平台上转发诋毁他的帖子。",
        "加拿大选举安全工作组表示，大量账号在微信上转发有关自由党候选人的负面帖子。",
    ),
]


@pytest.mark.parametrize(("language", "harassed", "campaign"), CAMPAIGNS,
                         ids=[c[0] for c in CAMPAIGNS])  # fmt: skip
def test_many_accounts_posting_is_harassment_of_a_person_abroad(
    rules_tactics, language, harassed, campaign
):
    result = tag(harassed, language)
    assert result.is_tnr
    assert "online_harassment" in result.tactics
    other = tag(campaign, language)
    assert not other.is_tnr  # a campaign against the host's politics adds no tactic
    assert other.tactics == []


@pytest.mark.parametrize(("language", "text"), [
    ("tr", "Toronto'da yaşayan Hong Konglu aktivist Alan Wong, Hong Kong polisinin geçen yıl "
           "başına ödül koymasından bu yana anonim hesaplardan hakaret içerikli paylaşımlarla "
           "hedef alınıyor."),
    ("fa", "آلن وونگ، فعال هنگ‌کنگی ساکن تورنتو، از زمانی که پلیس هنگ‌کنگ سال گذشته برای "
           "دستگیری او جایزه تعیین کرد، هدف پست‌های توهین‌آمیز حساب‌های ناشناس قرار گرفته است."),
])  # fmt: skip
def test_anonymous_accounts_in_other_languages(rules_tactics, language, text):
    result = tag(text, language)
    assert result.is_tnr
    assert "online_harassment" in result.tactics


# (language, the relatives' passports: no passport tactic, near text: the person's own passport)
KIN_PASSPORTS = [
    (
        "en",
        "Egyptian dissident Ahmed Samir, who lives in Berlin, said police in Cairo summoned his "
        "parents for questioning after his posts, and his brother's passport was confiscated.",
        "Egyptian dissident Ahmed Samir, who lives in Berlin, said police in Cairo summoned his "
        "parents for questioning after his posts, and the consulate refused to renew his passport.",
    ),
    (
        "tr",
        "Berlin'de yaşayan Mısırlı muhalif Ahmed Samir, Kahire polisinin anne ve babasını sorguya "
        "çağırdığını, kardeşinin pasaportuna el konulduğunu söyledi.",
        "Berlin'de yaşayan Mısırlı muhalif Ahmed Samir, Kahire polisinin anne ve babasını sorguya "
        "çağırdığını, konsolosluğun ise pasaportunu yenilemeyi reddettiğini söyledi.",
    ),
    (
        "zh",
        "居住在柏林的埃及异见人士艾哈迈德·萨米尔说，开罗警方传唤他的父母问话，他的兄弟被禁止出境。",
        "居住在柏林的埃及异见人士艾哈迈德·萨米尔说，开罗警方传唤他的父母问话，"
        "埃及驻柏林领事馆拒绝为他更新护照。",
    ),
    (
        "fa",
        "احمد سمیر، مخالف مصری ساکن برلین، گفت ماموران امنیتی خانه پدر و مادرش در قاهره را "
        "بازرسی کردند و برادرش ممنوع‌الخروج شد و گذرنامه‌اش ضبط شد.",
        "احمد سمیر، مخالف مصری ساکن برلین، گفت کنسولگری مصر در برلین از تمدید گذرنامه او "
        "خودداری کرد.",
    ),
]


@pytest.mark.parametrize(("language", "relatives", "own"), KIN_PASSPORTS,
                         ids=[k[0] for k in KIN_PASSPORTS])  # fmt: skip
def test_the_relatives_passports_are_no_consular_denial(language, relatives, own):
    result = tag(relatives, language)
    assert result.is_tnr
    assert "passport_consular_denial" not in result.tactics
    assert "passport_consular_denial" in tag(own, language).tactics


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "his mother said the consulate refused to renew his passport"),
    ("fa", "مادرش گفت کنسولگری از تمدید گذرنامه او خودداری کرد"),
])  # fmt: skip
def test_a_relative_who_speaks_keeps_the_passport(language, sentence):
    assert after_a_killing.dropped(language, sentence) == frozenset()
