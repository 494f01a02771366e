"""Round 12b look-alikes (rules/suspects.py, rules/seats.py, the many-killed and held-idiom
vetoes, a genocide charge written before its verb): invented pairs in several languages."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.seats import diplomatic_row, seat_of_a_body
from amanat.monitor.nlp.rules.suspects import charged_with_crime
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    # Suspects of ordinary or terrorist crime, extradited: law enforcement.
    Pair("suspect", "en",
         "India said on Monday that the United States had extradited Ravi Menon, a Canadian "
         "citizen accused of planning the 2011 bombings in Pune, under the bilateral treaty.",
         "India said on Monday that the United States had extradited Ravi Menon, a Canadian "
         "citizen and Sikh activist critical of the government, under the bilateral treaty.",
         "IN"),
    Pair("suspect", "tr",
         "Rusya, 2011 Domodedovo terör saldırılarının sanıklarından Ahmet Kaya'nın Türkiye'den "
         "iadesini sağladığını açıkladı. Kaya İstanbul'da tutuklu bulunuyordu.",
         "Rusya, Çeçen muhalif ve Kremlin eleştirmeni Ahmet Kaya'nın Türkiye'den iadesini "
         "sağladığını açıkladı. Kaya İstanbul'da tutuklu bulunuyordu.",
         "RU"),
    Pair("suspect", "ru",
         "Казахстан выдал Узбекистану Рустама Каримова, обвиняемого в организации взрыва на "
         "рынке в Ташкенте; в Алматы он был задержан в марте.",
         "Казахстан выдал Узбекистану Рустама Каримова, оппозиционного блогера, критиковавшего "
         "президента; в Алматы он был задержан в марте.",
         "UZ"),
    Pair("suspect", "fa",
         "پلیس ترکیه مردی را که به اتهام بمب‌گذاری در تهران تحت تعقیب بود در استانبول بازداشت کرد و "
         "او را به ایران مسترد کرد.",
         "پلیس ترکیه روزنامه‌نگار منتقد ایرانی را در استانبول بازداشت کرد و او را به ایران "
         "مسترد کرد.",
         "IR"),
    # A diplomatic row: an official of the origin turned back at a border.
    Pair("row", "en",
         "A diplomatic row between Turkey and the Netherlands deepened on Sunday. The Turkish "
         "family minister was escorted by Dutch police to the German border and deported.",
         "Dutch police detained a Turkish dissident journalist in Rotterdam on Sunday at "
         "Ankara's request and deported him to Turkey.",
         "TR"),
    Pair("row", "tr",
         "Türkiye ile Hollanda arasındaki diplomatik kriz Pazar günü derinleşti. Bakan, polis "
         "eşliğinde Almanya'ya geri gönderildi.",
         "Hollanda polisi Pazar günü Rotterdam'da muhalif gazeteci Ali Yılmaz'ı Ankara'nın "
         "talebiyle gözaltına aldı ve Türkiye'ye sınır dışı etti.",
         "TR"),
    # A genocide recalled in numbers, suspects extradited to stand trial (perpetrators).
    Pair("perpetrator", "fa",
         "دو مرد رواندایی که به مشارکت در نسل‌کشی علیه توتسی‌ها متهم‌اند، پس از استرداد از "
         "هلند به مقام‌های رواندا تحویل داده شدند. در آن نسل‌کشی بیش از ۸۰۰ هزار نفر کشته "
         "شدند.",
         "دو روزنامه‌نگار منتقد رواندایی که از کیگالی گریخته بودند، در هلند ربوده شدند و به "
         "مقام‌های رواندا تحویل داده شدند.",
         "RW"),
    Pair("perpetrator", "en",
         "The Netherlands extradited to Rwanda two men accused of taking part in the genocide. "
         "More than 800,000 people were killed in 1994.",
         "Two Rwandan dissidents who fled Kigali were abducted in the Netherlands and handed "
         "over to Rwandan officials.",
         "RW"),
    # A resettlement programme "envisaged" (Uyghur idiom of holding): nobody detained.
    Pair("held_idiom", "ug",
         "كانادا پارلامېنتى 10 مىڭ ئۇيغۇرنى كاناداغا ئورۇنلاشتۇرۇش تەكلىپىنى ماقۇللىدى. "
         "پروگراممىنىڭ 2024-يىلى باشلىنىشى كۆزدە تۇتۇلغان.",
         "خىتاي ساقچىلىرى كاناداغا قېچىپ كەتكەن ئۇيغۇر پائالىيەتچىنىڭ ئاكىسىنى ئۈرۈمچىدە "
         "تۇتقۇن قىلىپ، ئۇنى سۈكۈت قىلىشقا قىستىدى.",
         "CN"),
    # Repression at home, reported by a body whose seat is abroad: the seat is no host.
    Pair("seat", "ru",
         "По данным базирующейся в Лондоне Amnesty International, белорусские силовики "
         "задержали журналистку Анну Ковальчук в Минске.",
         "По данным базирующейся в Лондоне Amnesty International, по запросу Минска российская "
         "полиция задержала в Москве белорусскую журналистку Анну Ковальчук, бежавшую из "
         "страны.",
         "BY"),
    Pair("seat", "fa",
         "به گزارش سازمان حقوق بشری مستقر در لندن، ماموران امنیتی ایران روزنامه‌نگار مریم "
         "رضایی را در تهران بازداشت کردند.",
         "به گزارش سازمان حقوق بشری مستقر در لندن، پلیس ترکیه به درخواست ایران روزنامه‌نگار "
         "ایرانی مریم رضایی را در خانه‌اش در استانبول بازداشت کرد.",
         "IR"),
    Pair("seat", "zh",
         "据李伟的妻子和总部设在美国的人权观察透露，山东一家法院判处维权人士李伟有期徒刑十年。"
         "他此前曾因批评政府被关押。",
         "据总部设在美国的人权观察透露，泰国警方应中国要求在曼谷拘留了维吾尔族活动人士李伟。",
         "CN"),
]  # fmt: skip


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_look_alike_kind_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_matching_tnr_text_is_still_found(pair: Pair) -> None:
    assert_found(pair)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "more than 800,000 people were killed in the genocide."),
    ("fa", "در آن نسل‌کشی بیش از ۸۰۰ هزار نفر کشته شدند."),
    ("tr", "soykırımda binlerce kişi öldürüldü."),
    ("ru", "во время геноцида были убиты сотни тысяч человек."),
    ("zh", "那场种族灭绝中数十万人遇害。"),
])  # fmt: skip
def test_a_killing_counted_in_thousands_is_no_assassination(language: str, sentence: str) -> None:
    assert "assassination" in vetoed(language, sentence)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "kalahi was shot dead in 2015 in almere, and a second exile was killed in 2017."),
    ("fa", "محمدرضا کلاهی که در سال ۲۰۱۵ در آلمره کشته شد."),
    ("tr", "muhalif gazeteci 2017 yılında istanbul'da öldürüldü."),
    ("zh", "他于2015年在阿尔梅勒遇害。"),
])  # fmt: skip
def test_a_year_is_no_count_of_the_killed(language: str, sentence: str) -> None:
    assert "assassination" not in vetoed(language, sentence)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "two gru officers were charged with the murder of the defector in salisbury."),
    ("zh", "检方指控俄罗斯格鲁乌军官蓄意谋杀这名叛逃者。"),
    ("ru", "сотрудникам гру предъявлены обвинения в покушении на убийство перебежчика."),
    ("tr", "iki istihbarat ajanı muhalifin cinayetinden suçlandı."),
])  # fmt: skip
def test_agents_charged_with_murder_are_no_ordinary_suspects(language: str, text: str) -> None:
    assert not charged_with_crime(language, text)


@pytest.mark.parametrize(("language", "lead", "row"), [
    ("en", "a diplomatic row between turkey and the netherlands deepened on sunday.", True),
    ("en", "dutch police deported a turkish journalist to ankara on sunday.", False),
    ("zh", "中国与立陶宛之间的外交风波持续升级。", True),
    ("ru", "москва выслала двух польских дипломатов.", True),
    ("fa", "ایران سفیر هلند را احضار کرد و بحران دیپلماتیک بالا گرفت.", True),
    ("tr", "hollanda polisi muhalif gazeteciyi gözaltına aldı.", False),
])  # fmt: skip
def test_a_lead_on_a_row_between_states(language: str, lead: str, row: bool) -> None:
    assert diplomatic_row(language, lead) is row


@pytest.mark.parametrize(("language", "text", "place", "seat"), [
    ("en", "the new york-based human rights watch said", "new york", True),
    ("en", "human rights watch, which is based in london, said", "london", True),
    ("en", "he was arrested in london on monday", "london", False),
    ("tr", "londra merkezli af örgütü açıkladı", "londra", True),
    ("zh", "总部设在美国的人权观察说", "美国", True),
    ("zh", "他在美国被捕", "美国", False),
    ("ru", "базирующаяся в лондоне организация", "лондоне", True),
    ("fa", "سازمان مستقر در لندن گفت", "لندن", True),
    ("en", "a red notice against the london-based editor of a newspaper", "london", False),
    ("en", "a dissident based in paris since 2015", "paris", False),
    ("fa", "فعال مستقر در لندن تهدید شد", "لندن", False),
])  # fmt: skip
def test_a_place_named_as_an_organisations_seat(
    language: str, text: str, place: str, seat: bool
) -> None:
    start = text.index(place)
    assert seat_of_a_body(language, text, start, start + len(place)) is seat
