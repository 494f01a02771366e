"""Round 12a (relevance): texts the relevance gate set aside although every part of the act was
named (rules/gate_cues.py). Invented sentences about states none of the gate's cues were written
from, each group beside look-alikes the gate must still reject."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag


def _assert_tnr(language: str, text: str, origin: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin


# Only acts a state also does lawfully (a red notice, an arrest, a handover), against someone
# news shows to be political by their public role: an editor, a movement's leader, a separatist.
POLITICAL_ROLES = [
    ("en", "ZW", "Zimbabwean police asked Interpol for a red notice against the London-based "
     "editor of an online newspaper."),
    ("fa", "ZW", "پلیس زیمبابوه برای دستگیری سردبیر یک روزنامه اینترنتی که در لندن زندگی "
     "می‌کند از اینترپل اعلان قرمز خواست."),
    ("ug", "ZW", "زىمبابۋې ساقچىلىرى لوندوندا تۇرۇشلۇق بىر تور گېزىتىنىڭ باش مۇھەررىرىگە "
     "قىزىل ئۇقتۇرۇش چىقىرىشنى تەلەپ قىلدى."),
    ("fa", "CM", "رهبر جدایی‌طلبان آمبازونیا در فرودگاه نایروبی بازداشت و به کامرون بازگردانده "
     "شد."),
    ("tr", "CM", "Kamerun polisi, Nijerya'da yaşayan ayrılıkçı liderin iadesini istedi ve "
     "Lagos'ta gözaltına alındı."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), POLITICAL_ROLES)
def test_a_public_role_shows_the_person_is_political(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


# A release demanded, or a sentence's term, is not a release reported in the lead.
RELEASE_NOT_DONE = [
    ("ru", "TM", "Правозащитники призвали власти Туркменистана подтвердить задержание "
     "оппозиционного блогера в Стамбуле и немедленно освободить его."),
    ("en", "TM", "Rights groups urged Turkmen authorities to release an opposition blogger "
     "detained in Istanbul at their request."),
    ("zh", "TM", "人权组织呼吁土库曼斯坦当局释放应其要求在伊斯坦布尔被拘留的反对派博主。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), RELEASE_NOT_DONE)
def test_a_release_called_for_is_no_release(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


LOOK_ALIKES = [
    # A perpetrator who had been granted asylum, tried abroad: asylum alone is no political cue.
    ("fa", "دادگاه آلمان یک افسر سابق اطلاعات سوریه را که در آلمان پناهندگی گرفته بود به جرم "
     "جنایت علیه بشریت بازداشت و محکوم کرد."),
    # Ordinary crime: the fraud suspect's lawyer is no editor, the release is reported.
    ("en", "Thai police arrested a Nigerian fraud suspect in Bangkok at Nigeria's request and "
     "deported him to Lagos."),
    ("en", "The businessman detained in Dubai at Zimbabwe's request was released on bail and "
     "has left the country."),
    # The state's own leader named: no movement, no community.
    ("fa", "رهبر جمهوری اسلامی گفت ایران درخواست استرداد یک تاجر را از ترکیه دارد."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_lawful_acts_without_a_political_role_stay_out(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


# The text sums the act up as the state's pursuit of its critics abroad.
TARGETING_ABROAD = [
    ("en", "BH", "Rights groups say the Bahraini government has stepped up its campaign "
     "against critics abroad."),
    ("ug", "BH", "بەھرەين دائىرىلىرى شائىرنىڭ ئاتا-ئانىسىنى سوراق قىلدى؛ كىشىلىك ھوقۇق "
     "تەشكىلاتلىرى بۇنى بەھرەيننىڭ چەتئەلدىكى ئۆكتىچىلەرنى نىشانلىشى دەپ ئەيىبلىدى."),
    ("zh", "BH", "人权组织说，巴林当局加紧打压海外异见人士。"),
    ("ru", "BH", "Правозащитники назвали это преследованием бахрейнских диссидентов за рубежом "
     "со стороны властей Бахрейна."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), TARGETING_ABROAD)
def test_a_state_targeting_its_critics_abroad_is_named(
    language: str, origin: str, text: str
) -> None:
    _assert_tnr(language, text, origin)


@pytest.mark.parametrize(("language", "text"), [
    # A sanction over the targeting: the act is its ground, not done in the text.
    ("en", "Washington imposed sanctions on Bahraini officials over the targeting of "
     "dissidents abroad."),
    # Critics at home, not abroad.
    ("en", "Bahraini authorities stepped up the targeting of activists in Manama."),
    ("zh", "巴林当局加紧打压国内异见人士。"),
])  # fmt: skip
def test_targeting_named_as_a_sanctions_ground_or_at_home_stays_out(
    language: str, text: str
) -> None:
    assert not tag(text, language).is_tnr


# The state as a refuser: the status that lets people abroad come home is taken from them.
STATUS_STRIPPED = [
    ("en", "BH", "Bahrain's interior ministry revoked the citizenship of a London-based activist."),
    ("fa", "BH", "مقامات بحرین تابعیت یک فعال ساکن لندن را لغو کردند."),
    ("tr", "BH", "Bahreyn İçişleri Bakanlığı, Londra'da yaşayan muhalif gazeteciyi "
     "vatandaşlıktan çıkardı."),
    ("ru", "BH", "МВД Бахрейна лишило гражданства активиста, живущего в Лондоне."),
    ("zh", "BH", "巴林内政部剥夺了一名流亡伦敦的活动人士的国籍。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), STATUS_STRIPPED)
def test_a_state_stripping_people_abroad_of_citizenship_reaches_them(
    language: str, origin: str, text: str
) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin
    assert "passport_consular_denial" in result.tactics


@pytest.mark.parametrize(("language", "text"), [
    # At home: nobody abroad.
    ("en", "Bahrain's interior ministry revoked the citizenship of a cleric in Manama."),
    ("ru", "МВД Бахрейна лишило гражданства проповедника в Манаме."),
])  # fmt: skip
def test_citizenship_stripped_at_home_stays_out(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


# A citizenship the person acquired abroad names where they live, not the state reaching them,
# even when that state's government is named too.
ACQUIRED_CITIZENSHIP = [
    ("en", "ET", "The blogger, who took Norwegian citizenship in exile, said Ethiopian agents "
     "threatened her in Oslo; the Norwegian government said it was following the case."),
    ("zh", "ET", "这名博主流亡期间取得挪威国籍。她说，埃塞俄比亚特工在奥斯陆威胁她；挪威政府表示"
     "正在关注此案。"),
    ("ru", "ET", "Блогер, получившая норвежское гражданство, заявила, что эфиопские агенты "
     "угрожали ей в Осло; правительство Норвегии следит за делом."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), ACQUIRED_CITIZENSHIP)
def test_an_acquired_citizenship_is_not_the_origin(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


def test_a_citizenship_not_acquired_still_names_the_people() -> None:
    text = ("Thai police detained a Cambodian citizen, an opposition activist, at Phnom Penh's "
            "request; Cambodian officials want him returned.")  # fmt: skip
    assert tag(text, "en").first("origin_state") == "KH"


# Asylum sought or granted places the people abroad (Russian and Uyghur now too).
ASYLUM = [
    ("ug", "KW", "كۇۋەيت ساقچىلىرى پاناھلىق تىلەۋاتقان ئۆكتىچى بلوگچىغا قىزىل ئۇقتۇرۇش "
     "چىقارتتى."),
    ("ru", "KW", "Власти Кувейта добились красного уведомления Интерпола против оппозиционного "
     "блогера, который просит убежища."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), ASYLUM)
def test_asylum_sought_places_the_people_abroad(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


def test_asylum_granted_to_a_perpetrator_stays_out() -> None:
    text = ("德国法院以危害人类罪判处一名曾在德国获得庇护的叙利亚前情报官员终身监禁，"
            "他于2019年在德国被捕。")  # fmt: skip
    assert not tag(text, "zh").is_tnr


# A killing planned is an attempt, in every language.
KILLING_PLANNED = [
    ("en", "RW", "Dutch intelligence says a Rwandan intelligence service planned to kill an "
     "opposition activist living in The Hague."),
    ("ru", "RW", "По данным следствия, руандийские спецслужбы планировали убить оппозиционного "
     "активиста, живущего в Гааге."),
    ("tr", "RW", "Ruanda istihbaratı, Lahey'de yaşayan muhalif aktivisti öldürmeyi planladı."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), KILLING_PLANNED)
def test_a_killing_planned_abroad_is_an_attempt(language: str, origin: str, text: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin
    assert "assassination" in result.tactics


def test_a_killing_planned_by_a_terror_cell_stays_out() -> None:
    text = ("Dutch police arrested three Islamic State supporters who planned to kill "
            "shoppers in The Hague.")  # fmt: skip
    assert not tag(text, "en").is_tnr
