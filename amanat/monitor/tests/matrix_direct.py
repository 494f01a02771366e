"""Direct acts (custody, return, abduction, attack, killing): the
invented sentences of test_tactic_matrix.py for these codebook tactics."""

from __future__ import annotations

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
}
