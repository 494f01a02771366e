"""The synthetic news of ``synthetic.py`` in the five other languages the monitor reads (Turkish,
Chinese, Uyghur, Russian, Persian): the same sentence types and slots, our own translations, so
that the benchmark also exercises their scripts, language identification, dates and rules.
Each sentence type has two or three wordings (a rewrite takes another one). Country names are CLDR's
(Babel), as the gazetteer reads them; dates are written as each language writes them.
"""

from __future__ import annotations

import random
from functools import cache

from babel import Locale

# Share of each language, rounded from the labelled corpora (tnr-dev, tnr-heldout, labelled,
# holdout, seeds: 208 English, 55 Chinese, 53 Turkish, 50 Russian, 47 Uyghur, 45 Persian texts).
WEIGHTS = {"en": 45, "zh": 12, "tr": 12, "ru": 11, "ug": 10, "fa": 10}
_HOST_ISO = ["TR", "KZ", "DE", "NL", "SE", "CA", "US", "AU", "GB", "FR", "KG", "AE", "NO", "DE",
             "TR", "TH"]  # fmt: skip
_CITIES = {  # the capital or largest diaspora city of each host above, in the same order
    "tr": ["İstanbul", "Almatı", "Berlin", "Amsterdam", "Stockholm", "Toronto", "Washington",
           "Sidney", "Londra", "Paris", "Bişkek", "Dubai", "Oslo", "Münih", "Ankara", "Bangkok"],
    "zh": ["伊斯坦布尔", "阿拉木图", "柏林", "阿姆斯特丹", "斯德哥尔摩", "多伦多", "华盛顿", "悉尼",
           "伦敦", "巴黎", "比什凯克", "迪拜", "奥斯陆", "慕尼黑", "安卡拉", "曼谷"],
    "ug": ["ئىستانبۇل", "ئالمۇتا", "بېرلىن", "ئامستېردام", "ستوكھولم", "تورونتو", "ۋاشىنگتون",
           "سىدنېي", "لوندون", "پارىژ", "بىشكەك", "دۇبەي", "ئوسلو", "مىيۇنخېن", "ئەنقەرە",
           "باڭكوك"],
    "ru": ["Стамбул", "Алматы", "Берлин", "Амстердам", "Стокгольм", "Торонто", "Вашингтон",
           "Сидней", "Лондон", "Париж", "Бишкек", "Дубай", "Осло", "Мюнхен", "Анкара", "Бангкок"],
    "fa": ["استانبول", "آلماتی", "برلین", "آمستردام", "استکهلم", "تورنتو", "واشنگتن", "سیدنی",
           "لندن", "پاریس", "بیشکک", "دبی", "اسلو", "مونیخ", "آنکارا", "بانکوک"],
}  # fmt: skip
_VOCABULARY: dict[str, dict[str, list[str]]] = {
    "tr": {
        "first": ["Abdürreşit", "Gülnar", "Ferhat", "Mihrigül", "Erkin", "Nurgül", "Ömer",
                  "Zumret", "Kerim", "Rahile", "Dilnur", "İlham", "Memet", "Tahir", "Sayragül",
                  "Yusuf"],
        "last": ["Tohti", "Abdulla", "Kadir", "Niyaz", "Osman", "Rozi", "Davut", "Hasan",
                 "İmin", "Yasin", "Kurban", "Sabit", "Tursun", "Emet", "Hoşur", "Celil"],
        "home": ["Kaşgar", "Urumçi", "Hotan", "Gulca"],
        "rel": ["babasını", "annesini", "kardeşini", "amcasını", "oğlunu"],
        "job": ["öğretmen", "öğrenci", "doktor", "mühendis", "şair", "gazeteci"],
        "community": ["Uygur", "Kazak", "Tibetli", "Kırgız"],
        "month": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık"],
    },
    "zh": {
        "first": ["阿布都", "古丽娜", "艾尔肯", "米日古丽", "努尔", "买买提", "热依拉", "阿迪力",
                  "迪丽努尔", "伊力哈木", "塔希尔", "赛拉古丽", "玉素甫", "帕尔哈提", "祖木热提",
                  "克里木"],
        "last": ["吐尔逊", "阿不都拉", "卡德尔", "尼亚孜", "奥斯曼", "肉孜", "达吾提", "哈森",
                 "依明", "亚森", "库尔班", "沙比提", "艾买提", "吾守尔", "加利力", "托合提"],
        "home": ["喀什", "乌鲁木齐", "和田", "伊宁"],
        "rel": ["父亲", "母亲", "兄弟", "姐姐", "叔叔", "儿子"],
        "job": ["教师", "学生", "医生", "工程师", "诗人", "记者"],
        "community": ["维吾尔人", "哈萨克人", "藏人", "吉尔吉斯人"],
    },
    "ug": {
        "first": ["ئابدۇرەشىت", "گۈلنار", "پەرھات", "مىھرىگۈل", "ئەركىن", "نۇرگۈل", "ئۆمەر",
                  "زۇمرەت", "دىلنۇر", "ئىلھام", "مەمەت", "تاھىر", "سايراگۈل", "يۈسۈپ", "كەرىم",
                  "راھىلە"],
        "last": ["توختى", "ئابدۇللا", "قادىر", "نىياز", "ئوسمان", "روزى", "داۋۇت", "ھەسەن",
                 "ئىمىن", "ياسىن", "قۇربان", "سابىت", "تۇرسۇن", "ئەمەت", "ھوشۇر", "جەلىل"],
        "home": ["قەشقەر", "ئۈرۈمچى", "خوتەن", "غۇلجا"],
        "rel": ["دادىسى", "ئانىسى", "ئاكىسى", "سىڭلىسى", "تاغىسى"],
        "job": ["ئوقۇتقۇچى", "ئوقۇغۇچى", "دوختۇر", "ئىنژېنېر", "شائىر", "مۇخبىر"],
        "community": ["ئۇيغۇر", "قازاق", "تىبەت", "قىرغىز"],
    },
    "ru": {
        "first": ["Абдурешит", "Гульнар", "Ферхат", "Михригуль", "Эркин", "Нургуль", "Омер",
                  "Зумрет", "Дильнур", "Ильхам", "Мемет", "Тахир", "Сайрагуль", "Юсуф", "Керим",
                  "Рахиле"],
        "last": ["Тохти", "Абдулла", "Кадыр", "Нияз", "Осман", "Рози", "Давут", "Хасан",
                 "Имин", "Ясин", "Курбан", "Сабит", "Турсун", "Эмет", "Хошур", "Джалил"],
        "home": ["Кашгар", "Урумчи", "Хотан", "Кульджа"],
        "rel": ["отца", "мать", "брата", "сестру", "дядю", "сына"],
        "job": ["учитель", "студент", "врач", "инженер", "поэт", "журналист"],
        "community": ["уйгуров", "казахов", "тибетцев", "киргизов"],
        "month": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря"],
        "month_in": ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                     "сентябре", "октябре", "ноябре", "декабре"],
    },
    "fa": {
        "first": ["رضا", "لیلا", "داریوش", "شیرین", "آرمان", "نسرین", "مهدی", "سارا", "کامران",
                  "مریم", "بهروز", "نگار", "سعید", "پریسا", "فرهاد", "زهرا"],
        "last": ["رحیمی", "کریمی", "حسینی", "تهرانی", "احمدی", "موسوی", "کاظمی", "نوری",
                 "صادقی", "رضایی", "جعفری", "قاسمی", "محمدی", "شریفی", "یزدانی", "اکبری"],
        "home": ["تهران", "مشهد", "تبریز", "اصفهان"],
        "rel": ["پدر", "مادر", "برادر", "خواهر", "عمو", "پسر"],
        "job": ["معلم", "دانشجو", "پزشک", "مهندس", "شاعر", "روزنامه‌نگار"],
        "community": ["ایرانی", "کرد", "بلوچ", "بهایی"],
        "month": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
                  "اکتبر", "نوامبر", "دسامبر"],
    },
}  # fmt: skip
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _dates(language: str, day: int, month: int, year: int) -> tuple[str, str]:
    """(a day, a month) as the language writes them."""
    words = _VOCABULARY[language]
    if language == "tr":
        return f"{day} {words['month'][month]} {year}", f"{words['month'][month]} {year}"
    if language == "zh":
        return f"{year}年{month + 1}月{day}日", f"{year}年{month + 1}月"
    if language == "ug":
        return f"{year}-يىلى {month + 1}-ئاينىڭ {day}-كۈنى", f"{year}-يىلى {month + 1}-ئايدا"
    if language == "ru":
        day_text = f"{day} {words['month'][month]} {year} года"
        return day_text, f"в {words['month_in'][month]} {year} года"
    written = f"{day} {words['month'][month]} {year}".translate(_PERSIAN_DIGITS)
    return written, f"{words['month'][month]} {year}"


@cache
def _country(language: str, iso: str) -> str:
    return str(Locale.parse(language).territories[iso])


def slots(language: str, rng: random.Random, outlets: list[str]) -> dict[str, str]:
    """A story's facts, written in ``language``."""
    words = _VOCABULARY[language]
    # Many surnames are a father's given name: a wider pool, so that stories rarely share one.
    first, last = rng.choice(words["first"]), rng.choice(words["last"] + words["first"])
    host = rng.randrange(len(_HOST_ISO))
    year, month, day = rng.randint(2012, 2025), rng.randrange(12), rng.randint(1, 28)
    date, when = _dates(language, day, month, year)
    joiner = "·" if language == "zh" else " "
    return {
        "first": first, "name": f"{first}{joiner}{last}", "age": str(rng.randint(19, 78)),
        "job": rng.choice(words["job"]), "city": _CITIES[language][host],
        "country": _country(language, _HOST_ISO[host]), "home": rng.choice(words["home"]),
        "rel": rng.choice(words["rel"]), "date": date, "when": when, "year": str(year),
        "n1": str(rng.randint(2, 19)), "n2": str(rng.randint(3, 60)),
        "n3": str(rng.randint(61, 4000)), "community": rng.choice(words["community"]),
        "outlet_ref": rng.choice(outlets),
    }  # fmt: skip


# The title, the credit line of a syndicated copy, and a few words an editor changes.
FRAMES = {
    "tr": ("{name}, {city}", "Bu haber ilk olarak {outlet} tarafından yayımlandı.",
           [("polis", "emniyet"), ("gün", "gün sonra")]),
    "zh": ("{name}在{city}", "本文首发于{outlet}。", [("警方", "警察"), ("拘留", "关押")]),
    "ug": ("{name}، {city}", "بۇ ماقالە ئالدى بىلەن {outlet} دا ئېلان قىلىنغان.",
           [("ساقچى", "ساقچىلار")]),
    "ru": ("{name}, {city}", "Статья впервые опубликована в издании {outlet}.",
           [("полиция", "местная полиция"), ("дней", "суток")]),
    "fa": ("{name} در {city}", "این مطلب نخستین بار در {outlet} منتشر شد.",
           [("پلیس", "نیروی انتظامی"), ("روز", "روز بعد")]),
}  # fmt: skip

# Sentence types as in synthetic.TEMPLATES (positive) and synthetic.NEGATIVE; Chinese and Persian
# have a third wording (with fewer words per sentence, stories would otherwise look alike).
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "tr": {
        "lead": ["{city}'da yaşayan {age} yaşındaki {job} {name}, bir protestoda konuştuktan sonra "
                 "{home} polisinin {date} tarihinde {rel} gözaltına aldığını söylüyor.",
                 "{name} ({age}), {home}'daki güvenlik görevlilerinin {date} tarihinde {rel} "
                 "tutukladığını anlattı; {job} yıllardır {city}'da yaşıyor."],
        "call": ["{n1} gün sonra bir polis memuru {first}'i WeChat üzerinden arayarak "
                 "{country}'daki gösterilere katılmayı bırakmasını söyledi.",
                 "{home} polisinden biri {n1} gün sonra {first}'e videolarını silmesini ve "
                 "susmasını söyledi."],
        "spy": ["Memur ayrıca {first}'den {city}'daki bir derneğin {n2} üyesi hakkında bilgi "
                "vermesini istedi ve para teklif etti.",
                "{first}'e, birlikte çalıştığı {n2} aktivist hakkında muhbirlik yaparsa ailesinin "
                "serbest bırakılacağı söylendi."],
        "passport": ["Pasaportunun süresi {when} tarihinde dolunca {city}'daki konsolosluk "
                     "pasaportu yenilemeyi reddetti ve ona ülkesine dönmesini söyledi.",
                     "Konsolosluk {when} tarihinde pasaportunu yenilemeyi reddetti ve önce eve "
                     "dönmesini istedi."],
        "detain": ["{first} da {when} tarihinde {city}'da yetkililerin talebi üzerine {n1} gün "
                   "boyunca polis tarafından gözaltında tutuldu.",
                   "{when} tarihinde {city}'da tutuklanan {first}, {n1} gün gözaltında kaldı."],
        "context": ["İnsan hakları grupları, {year} yılından bu yana {country}'daki en az {n3} "
                    "{community} kişinin benzer baskılar bildirdiğini söylüyor.",
                    "{outlet_ref}'e göre {country}'da {year} yılından bu yana {n3} benzer vaka "
                    "kaydedildi."],
        "response": ["Büyükelçilik yorum talebine yanıt vermedi.",
                     "{city}'daki konsolosluk dava hakkında yorum yapmayı reddetti."],
        "body": ["{country}'daki etkinlik {n1} gün boyunca {n3} ziyaretçi çekti.",
                 "Organizatörler {n3} kişinin kayıt yaptırdığını, geçen yıl bu sayının {n2} "
                 "olduğunu söyledi."],
        "close": ["Bir sonraki etkinlik {when} için planlanıyor.",
                  "{city}'daki yerel yetkililer girişimi memnuniyetle karşıladı."],
        "negative_lead": ["{name} tarafından işletilen bir {community} lokantası {date} tarihinde "
                          "{city}'da açıldı ve {n3} misafir ağırladı.",
                          "{age} yaşındaki müzisyen {name}, {date} tarihinde {city}'daki bir "
                          "festivalde sahne aldı."],
    },
    "zh": {
        "lead": ["住在{city}的{age}岁{job}{name}说，他在一次抗议活动中发言后，"
                 "{home}警方于{date}拘留了他的{rel}。",
                 "{name}（{age}岁）说，{home}的安全官员于{date}扣押了他的{rel}；"
                 "这位{job}多年来一直住在{city}。",
                 "{date}，据{name}说，{home}的警察拘留了他的{rel}。这位{age}岁的{job}住在{city}。"],
        "call": ["{n1}天后，一名警官通过微信联系{first}，要求他停止参加在{country}的示威活动。",
                 "逮捕发生{n1}天后，{home}警方的一名来电者要求{first}删除视频并保持沉默。",
                 "{n1}天内，{first}收到一条信息，要求他退出在{country}领导的运动。"],
        "spy": ["这名警官还要求{first}汇报{city}一个社区团体的{n2}名成员的情况，并向他提供金钱。",
                "有人告诉{first}，如果他提供与他共事的{n2}名活动人士的情报，他的{rel}就会获释。",
                "官员们希望{first}监视{country}的{n2}名{community}同胞，以换取现金。"],
        "passport": ["{when}他的护照到期时，{city}的领事馆拒绝为他续签，并让他回国。",
                     "领事馆在{when}拒绝为他更新护照，要求他先回国。",
                     "{when}，{city}的领事馆工作人员拒绝了他的护照更新申请。"],
        "detain": ["{when}，{first}本人应当局要求在{city}被警方拘留了{n1}天。",
                   "{when}他在{city}被捕，被关押了{n1}天。",
                   "{first}在{when}被{city}当地警方关进移民拘留中心{n1}天。"],
        "context": ["人权组织说，自{year}年以来，{country}至少有{n3}名{community}"
                    "报告了类似的压力。",
                    "据{outlet_ref}报道，自{year}年以来{country}已记录了{n3}起类似案件。",
                    "活动人士统计，自{year}年以来，海外{community}中已有{n3}起此类案件。"],
        "response": ["大使馆没有回应置评请求。", "{city}的领事馆拒绝就此案发表评论。",
                     "截至发稿时，大使馆没有作出回应。"],
        "body": ["{country}的这项活动在{n1}天内吸引了{n3}名游客。",
                 "主办方说有{n3}人报名，去年为{n2}人。", "{city}的{n1}场演出门票在几小时内售罄。"],
        "close": ["下一届活动计划于{when}举行。", "{city}的地方官员对这一倡议表示欢迎。",
                  "{first}说，他希望很快回到{city}。"],
        "negative_lead": ["{name}经营的一家{community}餐厅于{date}在{city}开业，吸引了{n3}位客人。",
                          "{age}岁的音乐家{name}于{date}在{city}的一个节日上演出。",
                          "{name}于{date}在{city}开了一家面包店，雇用了{n2}名员工。"],
    },
    "ug": {
        "lead": ["{city}دا ياشايدىغان {age} ياشلىق {job} {name} نامايىشتا سۆز قىلغاندىن كېيىن، "
                 "{home} ساقچىلىرىنىڭ {date} ئۇنىڭ {rel}نى تۇتقۇن قىلغانلىقىنى ئېيتتى.",
                 "{name} ({age}) نىڭ ئېيتىشىچە، {home}دىكى خەۋپسىزلىك خادىملىرى {date} ئۇنىڭ "
                 "{rel}نى قولغا ئالغان؛ بۇ {job} نەچچە يىلدىن بۇيان {city}دا تۇرىدۇ."],
        "call": ["{n1} كۈندىن كېيىن بىر ساقچى {first}غا ۋىچاتتا تېلېفون قىلىپ، {country}دىكى "
                 "نامايىشلارغا قاتناشماسلىقنى ئېيتقان.",
                 "قولغا ئېلىنىپ {n1} كۈن ئۆتكەندە، {home} ساقچىسىدىن بىرى {first}دىن سىنلىرىنى "
                 "ئۆچۈرۈپ، جىم تۇرۇشنى تەلەپ قىلغان."],
        "spy": ["ساقچى يەنە {first}دىن {city}دىكى بىر جەمئىيەتنىڭ {n2} ئەزاسى ھەققىدە مەلۇمات "
                "بېرىشنى تەلەپ قىلىپ، ئۇنىڭغا پۇل تەكلىپ قىلغان.",
                "ئەگەر ئۇ بىللە ئىشلەيدىغان {n2} پائالىيەتچى ھەققىدە پاش قىلسا، {rel}نىڭ قويۇپ "
                "بېرىلىدىغانلىقى {first}غا ئېيتىلغان."],
        "passport": ["{when} پاسپورتىنىڭ ۋاقتى توشقاندا، {city}دىكى كونسۇلخانا ئۇنى يېڭىلاشنى "
                     "رەت قىلىپ، ئۇنى دۆلىتىگە قايتىشقا بۇيرۇغان.",
                     "كونسۇلخانا {when} پاسپورتىنى يېڭىلاشنى رەت قىلىپ، ئالدى بىلەن يۇرتىغا "
                     "قايتىشنى تەلەپ قىلغان."],
        "detain": ["{when} {first} ئۆزىمۇ ھۆكۈمەتنىڭ تەلىپى بىلەن {city}دا ساقچىلار تەرىپىدىن "
                   "{n1} كۈن تۇتۇپ تۇرۇلغان.",
                   "{when} ئۇ {city}دا قولغا ئېلىنىپ، {n1} كۈن قاماقتا تۇرغان."],
        "context": ["كىشىلىك ھوقۇق گۇرۇپپىلىرىنىڭ ئېيتىشىچە، {year}-يىلدىن بۇيان {country}دىكى "
                    "كەم دېگەندە {n3} نەپەر {community} مۇشۇنىڭغا ئوخشاش بېسىمغا ئۇچرىغان.",
                    "{outlet_ref} نىڭ خەۋىرىگە كۆرە، {year}-يىلدىن بۇيان {country}دا {n3} ئوخشاش "
                    "دېلو خاتىرىلەنگەن."],
        "response": ["ئەلچىخانا ئىنكاس سوئالىغا جاۋاب بەرمىگەن.",
                     "{city}دىكى كونسۇلخانا بۇ دېلو ھەققىدە باھا بېرىشنى رەت قىلغان."],
        "body": ["{country}دىكى بۇ پائالىيەتكە {n1} كۈن ئىچىدە {n3} ئادەم قاتناشتى.",
                 "تەشكىللىگۈچىلەرنىڭ ئېيتىشىچە، {n3} ئادەم تىزىملاتقان، ئۆتكەن يىلى بۇ سان {n2} "
                 "ئىدى."],
        "close": ["كېيىنكى پائالىيەت {when} ئۆتكۈزۈلىدۇ.",
                  "{city}دىكى يەرلىك ئەمەلدارلار بۇ تەشەببۇسنى قارشى ئالدى."],
        "negative_lead": ["{name} ئاچقان بىر {community} ئاشخانىسى {date} {city}دا ئېچىلىپ، {n3} "
                          "مېھماننى كۈتۈۋالدى.",
                          "{age} ياشلىق مۇزىكانت {name} {date} {city}دىكى بىر بايرام "
                          "پائالىيىتىدە ئويۇن قويدى."],
    },
    "ru": {
        "lead": ["{name}, {job} {age} лет, живущий в городе {city}, говорит, что полиция города "
                 "{home} задержала его {rel} {date} после его выступления на протесте.",
                 "{date}, как рассказал {name} ({age}), сотрудники безопасности в городе {home} "
                 "задержали его {rel}; {job} уже много лет живёт в городе {city}."],
        "call": ["Через {n1} дней сотрудник полиции позвонил {first} в WeChat и потребовал "
                 "прекратить участие в демонстрациях в стране {country}.",
                 "Спустя {n1} дней звонивший из полиции города {home} потребовал, чтобы {first} "
                 "удалил свои видео и молчал."],
        "spy": ["Сотрудник также попросил {first} сообщать о {n2} членах общины в городе {city} и "
                "предложил ему деньги.",
                "{first} сказали, что его родственников освободят, если он будет доносить на {n2} "
                "активистов, с которыми работает."],
        "passport": ["Когда {when} истёк срок действия его паспорта, консульство в городе {city} "
                     "отказалось его продлить и велело ему вернуться.",
                     "{when} консульство отказалось продлить его паспорт и потребовало сначала "
                     "вернуться домой."],
        "detain": ["{when} сам {first} был задержан полицией в городе {city} на {n1} дней по "
                   "запросу властей.",
                   "{when} его арестовали в городе {city} и продержали под стражей {n1} дней."],
        "context": ["По данным правозащитников, с {year} года не менее {n3} {community} в стране "
                    "{country} сообщили о похожем давлении.",
                    "По данным {outlet_ref}, с {year} года в стране {country} зарегистрировано "
                    "{n3} подобных случаев."],
        "response": ["Посольство не ответило на запрос о комментарии.",
                     "Консульство в городе {city} отказалось комментировать это дело."],
        "body": ["Мероприятие в стране {country} за {n1} дней посетили {n3} человек.",
                 "Организаторы сообщили, что зарегистрировались {n3} человек, против {n2} в "
                 "прошлом году."],
        "close": ["Следующий фестиваль пройдёт {when}.",
                  "Местные власти города {city} приветствовали эту инициативу."],
        "negative_lead": ["Новый ресторан, которым владеет {name}, открылся в городе {city} {date} "
                          "и принял {n3} гостей.",
                          "{name}, музыкант {age} лет, выступил на фестивале в городе {city} "
                          "{date}."],
    },
    "fa": {
        "lead": ["{name}، {job} {age} ساله ساکن {city}، می‌گوید پلیس {home} پس از سخنرانی او در "
                 "یک تظاهرات، {rel} او را در {date} بازداشت کرد.",
                 "به گفته {name} ({age})، ماموران امنیتی در {home} در {date} {rel} او را بازداشت "
                 "کردند؛ این {job} سال‌هاست در {city} زندگی می‌کند.",
                 "در {date}، پلیس {home} {rel} {name} را بازداشت کرد؛ این {job} {age} ساله مقیم "
                 "{city} است."],
        "call": ["{n1} روز بعد یک مامور در واتس‌اپ با {first} تماس گرفت و از او خواست شرکت در "
                 "تظاهرات در {country} را متوقف کند.",
                 "{n1} روز پس از بازداشت، فردی از پلیس {home} از {first} خواست ویدیوهایش را پاک "
                 "کند و سکوت کند.",
                 "{first} در عرض {n1} روز پیامی دریافت کرد که از او می‌خواست کارزارش در {country} "
                 "را کنار بگذارد."],
        "spy": ["این مامور همچنین از {first} خواست درباره {n2} عضو یک انجمن در {city} گزارش دهد "
                "و به او پول پیشنهاد کرد.",
                "به {first} گفته شد اگر درباره {n2} فعالی که با آنها کار می‌کند خبرچینی کند، "
                "{rel} او آزاد خواهد شد.",
                "ماموران می‌خواستند {first} در ازای پول درباره {n2} {community} دیگر در {country} "
                "جاسوسی کند."],
        "passport": ["وقتی گذرنامه‌اش در {when} منقضی شد، کنسولگری در {city} از تمدید آن خودداری "
                     "کرد و به او گفت بازگردد.",
                     "کنسولگری در {when} از تمدید گذرنامه او خودداری کرد و گفت ابتدا به کشور "
                     "بازگردد.",
                     "کارکنان کنسولگری در {city} در {when} درخواست تمدید گذرنامه او را رد کردند."],
        "detain": ["خود {first} نیز در {when} به درخواست مقامات، {n1} روز در {city} در بازداشت "
                   "پلیس بود.",
                   "او در {when} در {city} دستگیر شد و {n1} روز در بازداشت ماند.",
                   "پلیس محلی در {city} در {when} {first} را {n1} روز در بازداشتگاه مهاجران نگه "
                   "داشت."],
        "context": ["گروه‌های حقوق بشری می‌گویند دست‌کم {n3} {community} در {country} از سال {year} "
                    "فشارهای مشابهی را گزارش کرده‌اند.",
                    "به گزارش {outlet_ref}، از سال {year} تاکنون {n3} مورد مشابه در {country} ثبت "
                    "شده است.",
                    "فعالان از سال {year} تاکنون {n3} مورد مشابه را در میان {community}های خارج از "
                    "کشور شمرده‌اند."],
        "response": ["سفارت به درخواست برای اظهار نظر پاسخ نداد.",
                     "کنسولگری در {city} از اظهار نظر درباره این پرونده خودداری کرد.",
                     "تا زمان انتشار این گزارش، سفارت پاسخی نداده بود."],
        "body": ["این رویداد در {country} در {n1} روز {n3} بازدیدکننده داشت.",
                 "برگزارکنندگان گفتند {n3} نفر ثبت‌نام کرده‌اند، در حالی که سال گذشته {n2} نفر "
                 "بودند.",
                 "بلیت‌های {n1} اجرا در {city} در چند ساعت فروخته شد."],
        "close": ["دوره بعدی برای {when} برنامه‌ریزی شده است.",
                  "مقامات محلی در {city} از این ابتکار استقبال کردند.",
                  "{first} گفت امیدوار است به زودی به {city} بازگردد."],
        "negative_lead": ["رستورانی که {name} اداره می‌کند در {date} در {city} افتتاح شد و {n3} "
                          "مهمان داشت.",
                          "{name}، نوازنده {age} ساله، در {date} در جشنواره‌ای در {city} اجرا "
                          "کرد.",
                          "{name} در {date} یک نانوایی با {n2} کارمند در {city} باز کرد."],
    },
}  # fmt: skip


def table(language: str, negative: bool) -> dict[str, list[str]]:
    """The language's sentence types under the keys synthetic.render uses."""
    sentences = TEMPLATES[language]
    if negative:
        return {"lead": sentences["negative_lead"], "body": sentences["body"],
                "close": sentences["close"]}  # fmt: skip
    return sentences
