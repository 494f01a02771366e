"""rules-6: a matrix of invented sentences, one codebook tactic (design/taxonomy.md) in each
language the monitor reads, in the common ways news states it — passive and active, noun and
verb forms, each language's morphology. Written from the codebook, never from a corpus text: a
pass shows the tactic tables read the act however it is worded, not one article's wording."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import for_language
from amanat.monitor.nlp.tagging import TACTIC_RULES

MATRIX: dict[str, dict[str, list[str]]] = {
    "detention": {
        "en": [
            "Police in Vienna detained the exiled journalist.",
            "The activist was arrested in Istanbul on Monday.",
            "He has been held in custody in Dubai since March.",
            "Airport police took the dissident into custody on arrival in Bangkok.",
            "The blogger remains in detention in Warsaw.",
        ],
        "tr": [
            "Muhalif gazeteci Viyana'da gözaltına alındı.",
            "Polis aktivisti İstanbul'da tutukladı.",
            "Aktivist Dubai'de gözaltında tutuluyor.",
            "Sürgündeki yazar havalimanında yakalandı.",
        ],
        "zh": [
            "流亡记者在维也纳被警方拘留。",
            "该活动人士在伊斯坦布尔被捕。",
            "他自三月起一直被羁押在迪拜。",
            "警方在机场扣押了这名异见人士。",
        ],
        "ug": [
            "ئۇ ۋېنادا ساقچىلار تەرىپىدىن تۇتۇلدى.",
            "پائالىيەتچى ئىستانبۇلدا قولغا ئېلىندى.",
            "ئۇ دۇبەيدە تۇتۇپ تۇرۇلماقتا.",
        ],
        "ru": [
            "Полиция Вены задержала журналиста-эмигранта.",
            "Активиста арестовали в Стамбуле.",
            "Его задержали в аэропорту Дубая.",
            "Блогер остаётся под стражей в Варшаве.",
            "Оппозиционер был задержан полицией.",
        ],
        "fa": [
            "پلیس وین این روزنامه‌نگار تبعیدی را بازداشت کرد.",
            "این فعال در استانبول دستگیر شد.",
            "او از ماه مارس در دبی در بازداشت به سر می‌برد.",
        ],
    },
    "deportation": {
        "en": [
            "The refugee was deported to Egypt.",
            "Authorities expelled the activist back to his home country.",
            "He was sent back to Tajikistan despite the risk of torture.",
            "The dissident faces deportation to Iran.",
            "Police forcibly returned the asylum seeker to Laos.",
        ],
        "tr": [
            "Mülteci Mısır'a sınır dışı edildi.",
            "Aktivist ülkesine geri gönderildi.",
            "Muhalif Tacikistan'a iade edildi.",
            "Sığınmacı zorla Laos'a geri gönderildi.",
        ],
        "zh": [
            "难民被遣返埃及。",
            "该活动人士被驱逐回国。",
            "他被强制遣返塔吉克斯坦。",
            "警方将这名寻求庇护者遣送回老挝。",
        ],
        "ug": [
            "مۇساپىر مىسىرغا قايتۇرۇۋېتىلدى.",
            "پائالىيەتچى دۆلىتىگە قايتۇرۇلدى.",
            "ئۇ تاجىكىستانغا قوغلاپ چىقىرىلدى.",
        ],
        "ru": [
            "Беженца депортировали в Египет.",
            "Активиста выслали на родину.",
            "Его принудительно вернули в Таджикистан.",
            "Оппозиционера выдворили из страны в Иран.",
        ],
        "fa": [
            "این پناهجو به مصر دیپورت شد.",
            "این فعال به کشورش بازگردانده شد.",
            "او به اجبار به تاجیکستان اخراج شد.",
        ],
    },
    "rendition": {
        "en": [
            "The activist was abducted in Nairobi and flown to Kampala.",
            "Unknown men kidnapped the dissident in Kyiv.",
            "He was forcibly disappeared in Bangkok and later surfaced in custody at home.",
            "The exile was snatched from the street and secretly taken across the border.",
        ],
        "tr": [
            "Muhalif Nairobi'de kaçırıldı.",
            "Aktivist Kiev'de kaçırılarak ülkesine götürüldü.",
            "Sürgündeki gazeteci Bangkok'ta zorla kaybedildi.",
        ],
        "zh": [
            "该活动人士在内罗毕遭绑架。",
            "异见人士在基辅被绑架并被押回国内。",
            "他在曼谷被强迫失踪。",
        ],
        "ug": [
            "پائالىيەتچى نايروبىدا ئوغرىلاپ كېتىلدى.",
            "ئۇ بانكوكتا بۇلاپ كېتىلدى.",
        ],
        "ru": [
            "Активиста похитили в Найроби.",
            "Оппозиционера похитили в Киеве и вывезли на родину.",
            "Он был насильственно вывезен из Бангкока.",
        ],
        "fa": [
            "این فعال در نایروبی ربوده شد.",
            "او در بانکوک ربوده و به کشورش منتقل شد.",
            "این مخالف در استانبول آدم‌ربایی شد.",
        ],
    },
    "direct_threat": {
        "en": [
            "He received death threats from the embassy.",
            "Officers threatened her by phone.",
            "The journalist was threatened with death.",
            "She got threatening calls telling her she would pay.",
            "Agents warned him that he would be killed.",
        ],
        "tr": [
            "Gazeteciye ölüm tehdidi geldi.",
            "Büyükelçilik görevlileri onu telefonla tehdit etti.",
            "Aktivist tehditler aldığını söyledi.",
        ],
        "zh": [
            "他收到死亡威胁。",
            "使馆人员打电话威胁她。",
            "这名记者多次遭到恐吓。",
        ],
        "ug": [
            "ئۇ ئۆلۈم تەھدىتى ئالدى.",
            "ئەلچىخانا خادىملىرى ئۇنى تېلېفوندا تەھدىت سالدى.",
        ],
        "ru": [
            "Он получал угрозы убийством.",
            "Сотрудники посольства угрожали ей по телефону.",
            "Журналисту угрожали расправой.",
            "Ей поступали угрозы.",
        ],
        "fa": [
            "او تهدید به مرگ شد.",
            "ماموران سفارت او را تلفنی تهدید کردند.",
            "این روزنامه‌نگار پیام‌های تهدیدآمیز دریافت کرد.",
        ],
    },
    "silencing_demand": {
        "en": [
            "He was told to stop his activism.",
            "Officials demanded that she stop speaking to the media.",
            "The caller ordered him to delete his posts.",
            "She was warned to stop criticising the government.",
        ],
        "tr": [
            "Aktivistten faaliyetlerini durdurması istendi.",
            "Gazeteciye hükümeti eleştirmeyi bırakması söylendi.",
            "Paylaşımlarını silmesi istendi.",
        ],
        "zh": [
            "他被要求停止维权活动。",
            "对方要求她不要再接受媒体采访。",
            "他被要求删除帖子。",
        ],
        "ug": [
            "ئۇنىڭدىن پائالىيىتىنى توختىتىش تەلەپ قىلىندى.",
            "ئۇنىڭغا مۇخبىرلار بىلەن سۆزلەشمەسلىك بۇيرۇلدى.",
        ],
        "ru": [
            "Ему велели прекратить активизм.",
            "От неё потребовали перестать давать интервью.",
            "Его заставили удалить посты.",
        ],
        "fa": [
            "از او خواستند فعالیت‌هایش را متوقف کند.",
            "به او گفتند دیگر با رسانه‌ها مصاحبه نکند.",
        ],
    },
    "surveillance": {
        "en": [
            "He was followed by embassy staff in Berlin.",
            "Agents photographed protesters outside the consulate.",
            "The students were monitored on campus.",
            "Men kept the activist's home under surveillance.",
        ],
        "tr": [
            "Aktivist Berlin'de takip edildi.",
            "Protestocular konsolosluk önünde fotoğraflandı.",
            "Öğrenciler kampüste izlendi.",
        ],
        "zh": [
            "他在柏林遭到跟踪。",
            "抗议者在领事馆外被拍照。",
            "学生在校园里受到监视。",
        ],
        "ug": [
            "ئۇ بېرلىندا ئىز قوغلاندى.",
            "نامايىشچىلار كونسۇلخانا ئالدىدا سۈرەتكە تارتىۋېلىندى.",
            "ئوقۇغۇچىلار نازارەت قىلىندى.",
        ],
        "ru": [
            "За активистом следили в Берлине.",
            "Протестующих фотографировали у консульства.",
            "Студенты находились под наблюдением.",
            "Сотрудники посольства вели слежку за эмигрантами.",
        ],
        "fa": [
            "این فعال در برلین تعقیب شد.",
            "معترضان مقابل کنسولگری عکس‌برداری شدند.",
            "دانشجویان زیر نظر بودند.",
        ],
    },
    "assault": {
        "en": [
            "The journalist was beaten by two men in London.",
            "Unknown assailants attacked the activist outside his home.",
            "He was stabbed in Paris.",
            "She was physically assaulted near the embassy.",
        ],
        "tr": [
            "Gazeteci Londra'da iki kişi tarafından dövüldü.",
            "Aktiviste evinin önünde saldırıldı.",
            "Muhalif bıçaklandı.",
        ],
        "zh": [
            "这名记者在伦敦遭两名男子殴打。",
            "活动人士在家门口遭到袭击。",
            "他在巴黎被刺伤。",
        ],
        "ug": [
            "مۇخبىر لوندوندا ئۇرۇپ يارىلاندۇرۇلدى.",
            "پائالىيەتچىگە ھۇجۇم قىلىندى.",
        ],
        "ru": [
            "Журналиста избили в Лондоне.",
            "На активиста напали у его дома.",
            "Оппозиционера ранили ножом в Париже.",
        ],
        "fa": [
            "این روزنامه‌نگار در لندن مورد ضرب و شتم قرار گرفت.",
            "به این فعال در نزدیکی خانه‌اش حمله شد.",
            "او با چاقو زخمی شد.",
        ],
    },
    "assassination": {
        "en": [
            "The dissident was shot dead in Berlin.",
            "A plot to kill the journalist was foiled.",
            "He was murdered in Istanbul.",
            "The exile survived an assassination attempt.",
        ],
        "tr": [
            "Muhalif Berlin'de vurularak öldürüldü.",
            "Gazeteciye suikast girişimi engellendi.",
            "Aktivist İstanbul'da öldürüldü.",
        ],
        "zh": [
            "这名异见人士在柏林被枪杀。",
            "一起暗杀记者的阴谋被挫败。",
            "他在伊斯坦布尔遇害。",
        ],
        "ug": [
            "مۇخالىپ بېرلىندا ئېتىپ ئۆلتۈرۈلدى.",
            "ئۇ ئىستانبۇلدا ئۆلتۈرۈلدى.",
        ],
        "ru": [
            "Оппозиционера застрелили в Берлине.",
            "Покушение на журналиста было предотвращено.",
            "Его убили в Стамбуле.",
        ],
        "fa": [
            "این مخالف در برلین به ضرب گلوله کشته شد.",
            "توطئه ترور این روزنامه‌نگار خنثی شد.",
            "او در استانبول به قتل رسید.",
        ],
    },
    "threat_to_family": {
        "en": [
            "Police questioned his parents back home.",
            "Her brother was detained in retaliation.",
            "Security officers visited his family and warned them.",
            "His relatives at home were threatened.",
        ],
        "tr": [
            "Ailesi sorguya çekildi.",
            "Kardeşi misilleme olarak gözaltına alındı.",
            "Yakınları tehdit edildi.",
        ],
        "zh": [
            "他在国内的父母被警察约谈。",
            "她的哥哥遭到拘留。",
            "他的家人受到威胁。",
        ],
        "ug": [
            "ئۇنىڭ ئاتا-ئانىسى سوراققا تارتىلدى.",
            "ئۇنىڭ تۇغقانلىرى تەھدىت قىلىندى.",
        ],
        "ru": [
            "Его родителей допросили.",
            "Её брата задержали в отместку.",
            "Родственникам угрожали.",
            "К его семье приходили сотрудники спецслужб.",
        ],
        "fa": [
            "خانواده او بازجویی شدند.",
            "برادرش در تلافی بازداشت شد.",
            "بستگانش تهدید شدند.",
        ],
    },
    "passport_consular_denial": {
        "en": [
            "The consulate refused to renew his passport.",
            "Her passport was cancelled.",
            "The embassy denied him consular services.",
            "He was told to return home to get a new passport.",
        ],
        "tr": [
            "Konsolosluk pasaportunu yenilemeyi reddetti.",
            "Pasaportu iptal edildi.",
            "Pasaportu yenilenmedi.",
        ],
        "zh": [
            "领事馆拒绝为他更新护照。",
            "她的护照被注销。",
            "使馆拒绝为他换发护照。",
        ],
        "ug": [
            "كونسۇلخانا ئۇنىڭ پاسپورتىنى يېڭىلاشنى رەت قىلدى.",
            "ئۇنىڭ پاسپورتى بىكار قىلىندى.",
        ],
        "ru": [
            "Консульство отказалось продлить ему паспорт.",
            "Её паспорт аннулировали.",
            "Ему отказали в выдаче паспорта.",
        ],
        "fa": [
            "کنسولگری از تمدید گذرنامه او خودداری کرد.",
            "پاسپورت او باطل شد.",
            "سفارت از صدور گذرنامه برای او خودداری کرد.",
        ],
    },
    "interpol_abuse": {
        "en": [
            "The government sought an Interpol red notice against him.",
            "He was arrested on an Interpol notice.",
            "A red notice was issued at the state's request.",
        ],
        "tr": [
            "Hakkında Interpol kırmızı bülteni çıkarıldı.",
            "İnterpol kırmızı bülteniyle arandı.",
        ],
        "zh": [
            "该国对他发出国际刑警组织红色通缉令。",
            "他因国际刑警红色通报被捕。",
        ],
        "ug": [
            "ئۇ ئىنتېرپولنىڭ قىزىل ئۇقتۇرۇشى بىلەن تۇتۇلدى.",
        ],
        "ru": [
            "На него объявили красное уведомление Интерпола.",
            "Его задержали по запросу Интерпола.",
            "Его объявили в розыск через Интерпол.",
        ],
        "fa": [
            "برای او اعلان قرمز اینترپل صادر شد.",
            "او به درخواست اینترپل بازداشت شد.",
        ],
    },
    "extradition_request": {
        "en": [
            "The government requested his extradition.",
            "An extradition request was filed with the host state.",
            "Authorities are seeking to extradite the activist.",
            "The court approved the extradition of the dissident.",
        ],
        "tr": [
            "Hükümet aktivistin iadesini talep etti.",
            "Muhalif için iade talebinde bulunuldu.",
            "Mahkeme iadesine karar verdi.",
        ],
        "zh": [
            "该国政府要求引渡这名活动人士。",
            "当局提出了引渡请求。",
            "法院批准引渡该异见人士。",
        ],
        "ug": [
            "ھۆكۈمەت ئۇنى ئۆتكۈزۈپ بېرىشنى تەلەپ قىلدى.",
        ],
        "ru": [
            "Власти запросили его экстрадицию.",
            "Генпрокуратура направила запрос о выдаче активиста.",
            "Суд одобрил экстрадицию оппозиционера.",
        ],
        "fa": [
            "دولت خواستار استرداد این فعال شد.",
            "درخواست استرداد او ارائه شد.",
        ],
    },
    "bounty_or_warrant": {
        "en": [
            "Police issued arrest warrants for eight exiled activists.",
            "A bounty of one million was offered for information on him.",
            "He was placed on the wanted list.",
            "An international arrest warrant was issued against the exile.",
        ],
        "tr": [
            "Sürgündeki sekiz aktivist hakkında yakalama kararı çıkarıldı.",
            "Başına ödül kondu.",
            "Aranan listesine alındı.",
        ],
        "zh": [
            "警方对八名流亡活动人士发出通缉令。",
            "当局悬赏一百万征集线索。",
            "他被列入通缉名单。",
        ],
        "ug": [
            "ساقچىلار سەككىز پائالىيەتچىنى قولغا ئېلىش بۇيرۇقى چىقاردى.",
            "ئۇ ئىزدەش تىزىملىكىگە كىرگۈزۈلدى.",
        ],
        "ru": [
            "Полиция выдала ордера на арест восьми активистов в эмиграции.",
            "Его объявили в розыск.",
            "За информацию о нём назначили вознаграждение.",
            "Суд заочно арестовал оппозиционера.",
        ],
        "fa": [
            "حکم بازداشت هشت فعال تبعیدی صادر شد.",
            "برای سر او جایزه تعیین شد.",
            "او تحت تعقیب قرار گرفت.",
        ],
    },
    "online_harassment": {
        "en": [
            "She faced a coordinated smear campaign on social media.",
            "Trolls harassed the journalist online.",
            "His home address was doxxed on Twitter.",
        ],
        "tr": [
            "Sosyal medyada karalama kampanyasına maruz kaldı.",
            "Gazeteci internette tacize uğradı.",
        ],
        "zh": [
            "她在社交媒体上遭到抹黑。",
            "这名记者遭到网络骚扰。",
            "他的住址被人肉搜索公开。",
        ],
        "ug": [
            "ئۇ ئىجتىمائىي تاراتقۇلاردا قارىلاندى.",
        ],
        "ru": [
            "Против неё развернули травлю в соцсетях.",
            "Журналистку травили в интернете.",
        ],
        "fa": [
            "او در شبکه‌های اجتماعی هدف کارزار افترا قرار گرفت.",
            "این روزنامه‌نگار آزار آنلاین شد.",
        ],
    },
    "hacking_spyware": {
        "en": [
            "His phone was infected with Pegasus spyware.",
            "Hackers took over her email account.",
            "The activist was targeted with phishing emails.",
        ],
        "tr": [
            "Telefonuna Pegasus casus yazılımı bulaştırıldı.",
            "E-posta hesabı hacklendi.",
        ],
        "zh": [
            "他的手机被植入飞马间谍软件。",
            "她的邮箱账户遭黑客入侵。",
        ],
        "ug": [
            "ئۇنىڭ تېلېفونىغا جاسۇسلۇق يۇمشاق دېتالى ئورنىتىلغان.",
        ],
        "ru": [
            "Его телефон заразили шпионской программой Pegasus.",
            "Её почту взломали.",
        ],
        "fa": [
            "تلفن او به جاسوس‌افزار پگاسوس آلوده شد.",
            "حساب ایمیل او هک شد.",
        ],
    },
    "informant_recruitment": {
        "en": [
            "Officers asked him to spy on fellow exiles.",
            "She was pressed to report on community events.",
            "They tried to recruit him as an informant.",
        ],
        "tr": [
            "Ondan diğer sürgünler hakkında bilgi vermesi istendi.",
            "Muhbir olması için baskı yapıldı.",
        ],
        "zh": [
            "他被要求监视其他流亡者。",
            "对方试图发展她为线人。",
        ],
        "ug": [
            "ئۇنىڭدىن باشقا مۇساپىرلار ھەققىدە ئۇچۇر يەتكۈزۈش تەلەپ قىلىندى.",
        ],
        "ru": [
            "Его пытались завербовать в осведомители.",
            "От неё требовали доносить на других эмигрантов.",
        ],
        "fa": [
            "از او خواستند درباره دیگر تبعیدیان خبرچینی کند.",
            "تلاش کردند او را به عنوان خبرچین جذب کنند.",
        ],
    },
}

CASES = [(tactic, language, sentence) for tactic, by_language in MATRIX.items()
         for language, sentences in by_language.items() for sentence in sentences]  # fmt: skip


def _tactics_in(sentence: str, language: str) -> set[str]:
    return {rule.value for rule in for_language(TACTIC_RULES, language)
            if rule.fires(sentence.lower())}  # fmt: skip


@pytest.mark.parametrize(("tactic", "language", "sentence"), CASES)
def test_each_common_wording_of_a_tactic_is_read_in_every_language(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic in _tactics_in(sentence, language)


def test_the_matrix_covers_every_language_for_each_tactic_it_lists() -> None:
    for by_language in MATRIX.values():
        assert set(by_language) == {"en", "tr", "zh", "ug", "ru", "fa"}


@pytest.mark.parametrize(("language", "sentence"), [
    # A consul or diplomat expelled is not a person sent back to be persecuted.
    ("ru", "Канада выслала консула этой страны в Торонто."),
    # Relatives taken at home are pressure by proxy, not a detention in the host.
    ("tr", "Aktivistin kardeşi memleketinde yakalandı."),
    # An agent filmed making a threat is not surveillance of the people he threatened.
    ("fa", "این وابسته نظامی در حالی فیلمبرداری شد که معترضان را تهدید می‌کرد."),
    # Falling ill is not an arrest; a film watched is not surveillance.
    ("tr", "Gazeteci Berlin'de hastalığa yakalandı."),
    ("tr", "Film Berlin'de binlerce kişi tarafından izlendi."),
])  # fmt: skip
def test_look_alike_wordings_do_not_add_the_tactic(language: str, sentence: str) -> None:
    found = _tactics_in(sentence, language)
    assert not found & {"deportation", "detention", "surveillance"}, found
