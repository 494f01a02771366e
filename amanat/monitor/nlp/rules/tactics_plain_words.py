"""Tactic readings in plain words the rules lacked (session 23).

Read short reports (tnr-fresh169 … 192) told acts abroad in everyday words no tactic rule read,
so texts with an origin and people abroad were found with no act: agencies that "monitor
social media posts by Thais abroad" or "monitored anti-Marcos groups in the United States", an
"active monitoring operation", operatives "following him in Kampala", a passport "blocked", a
defector "handed to Syrian government forces at the border", prisoners "driven to Ethiopia",
an exile "cut across the cheek with a blade", students asked to cancel a seminar, passports
no longer issued where the diaspora protested. Each reading names the act, in the codebook's
sense (design/taxonomy.md); whether it was done abroad is the tagger's question, as for every
tactic rule.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules

# Who is watched: people, their posts and their gatherings.
_WATCHED_EN = (r"(?:posts?|accounts?|groups?|activists?|dissidents?|exiles?|diaspora|critics?|"
               r"protests?|protesters?|march\w*|rall\w*|meetings?|events?|opponents?|"
               r"students?|communit\w*|emigr\w*|members|representatives|journalists?|him|her|"
               r"them)")  # fmt: skip


def _surveillance() -> list[Rule]:
    return make_rules("tactic", "surveillance", {
        "en": [rf"\bmonitor(?:s|ed|ing)? (?:\S+ ){{0,4}}?{_WATCHED_EN}\b|\bmonitoring "
               r"(?:operation|of)\b|\b(?:are|were|was|is|been|kept) (?:\w+ )?following "
               r"(?:him|her|them)\b|\btail(?:ed|ing)\b|\bspied on\b|\bspying on\b|\bunder "
               r"(?:watch|surveillance)\b|\bkept (?:\w+ ){0,2}?under (?:watch|observation)\b"],
        "tr": [r"(?:aktivist|muhalif|gazeteci|diaspora|göçmen|mülteci|öğrenci|topluluk|cemaat|"
               r"eleştirmen|protestocu|gösterici|üye|temsilci|sürgün)\w*\s+(?:\S+\s+){0,2}?"
               r"(?:izle|takip (?:ed|et)|takibe al|gözetle)\w*|fişle\w*"],
        "zh": [r"监视|监控|跟踪|盯梢|监听|跟随.{0,4}(?:他|她|他们)"],
        "ug": [r"نازارەت قىل\w*|كۆزەت\w*|ئىز قوغلا\w*|پايلا\w*|ئارقىسىدىن ماڭ\w*"],
        "ru": [r"(?:след\w*|наблюд\w*|шпион\w*) за (?:ним|ней|ними|\S*(?:активист|оппозици|"
               r"эмигрант|диаспор|журналист|критик|беженц|соотечественник|студент|диссидент)\w*)|"
               r"слежк\w*|мониторинг\w* (?:\S+\s+){0,2}?(?:активист|оппозици|эмигрант|диаспор|"
               r"соцсет|публикаци)\w*"],
        "fa": [r"تحت نظر|زیر نظر|تعقیب|جاسوسی (?:از|کرد)|نظارت (?:بر|می)|تحت مراقبت"],
    })  # fmt: skip


def _other_acts() -> list[Rule]:
    passport = make_rules("tactic", "passport_consular_denial", {
        "en": [r"\bblock(?:s|ed|ing)? (?:\S+ ){0,3}?passports?\b|\bpassports? (?:\S+ ){0,3}?"
               r"(?:blocked|invalidated|blacklisted|suspended)\b"],
        "tr": [r"pasaport\w* (?:\S+ ){0,3}?(?:bloke|engellen|askıya al|geçersiz)\w*"],
        "zh": [r"(?:冻结|封锁|注销|吊销)(?:其|他的|她的)?护照|"
               r"护照[^，。；]{0,6}(?:被)?(?:冻结|封锁|作废)"],
        "ug": [r"پاسپورت\w*\s+(?:\S+\s+){0,3}?(?:توس|توختات|مۇزلات)\w*"],
        "ru": [r"(?:блокир|аннулир|заблокир)\w* (?:\S+\s+){0,2}?паспорт\w*|паспорт\w* "
               r"(?:\S+\s+){0,2}?(?:заблокир|аннулир)\w*"],
        "fa": [r"(?:مسدود|باطل|توقیف)\w* (?:\S+\s+){0,2}?گذرنامه|گذرنامه\w* (?:\S+\s+){0,3}?"
               r"(?:مسدود|باطل|توقیف)"],
    })  # fmt: skip
    # Handed to the origin's forces: a host's removal of the person to the state that wants them.
    handed = make_rules("tactic", "deportation", {
        "en": [r"\bhand(?:ed|s|ing)? (?:over )?(?:\S+ ){0,6}?to (?:the )?(?:\S+ ){0,2}?"
               r"(?:government |security |military )?(?:forces|army|authorities|police|"
               r"officials|security services|intelligence)\b"],
    })  # fmt: skip
    # Taken across the border by vehicle: a transfer with no process named.
    driven = make_rules("tactic", "rendition", {
        "en": [r"\b(?:driven|bussed|trucked|flown) (?:back )?(?:across the border )?to [A-Z]\w+"],
    })  # fmt: skip
    assault = make_rules("tactic", "assault", {
        "en": [r"\b(?:manhandl\w*|slash(?:ed|ing)|cut (?:\S+ ){0,3}?with a (?:blade|knife|razor)|"
               r"punch(?:ed|ing)|kick(?:ed|ing) (?:him|her|them)|beat(?:en)? (?:him|her|them) "
               r"(?:up|with))\b"],
    })  # fmt: skip
    return passport + handed + driven + assault


def _silencing_and_services() -> list[Rule]:
    # Told to call off an event, stay away from a protest, or publish a correction.
    silencing = make_rules("tactic", "silencing_demand", {
        "en": [r"\b(?:embass\w*|consul\w*|ambassador|diplomats?|officials?|police|authorities|"
               r"ministry|minister|government|security services?|intelligence)\b[^.]{0,80}?\b"
               r"(?:asked|told|urged|pressed|pressured|warned|ordered|demanded|instructed)\b "
               r"(?:\S+ ){0,6}?(?:to cancel|to call off|not to (?:attend|join|take part|protest)|"
               r"against (?:attending|joining|protesting|taking part)|to publish a correction)\b"],
        "tr": [r"(?:büyükelçi|konsolos|yetkili|polis|hükümet|bakanlı|diplomat|istihbarat)\w*\s+"
               r"(?:\S+\s+){0,6}?(?:iptal et(?:meler|mesin)\w*|iptal edilmesini|"
               r"katılmama(?:ları|sı)\w*|protesto etmeme\w*|düzeltme yayımla\w*)"],
        "zh": [r"(?:使馆|领事馆|大使|领事|官员|警方|当局|政府|外交部|安全部门|内政部)[^。；]{0,20}"
               r"(?:要求|警告|施压|勒令|劝阻)[^。；]{0,20}(?:取消|不要参加|不得参加|勿参加|撤下|更正)"],
        "ug": [r"(?:ئەلچىخان|كونسۇلخان|ئەلچى|ھۆكۈمەت|ساقچى|ئەمەلدار|دائىرى)\w*\s+(?:\S+\s+){0,6}?"
               r"(?:ئەمەلدىن قالدۇرۇش|قاتناشماسلىق)\w*"],
        "ru": [r"(?:посол\w*|посольств\w*|консул\w*|власт\w*|министерств\w*|мвд|мид|"
               r"правительств\w*|чиновник\w*|спецслужб\w*|полици\w*)\s+(?:\S+\s+){0,6}?"
               r"(?:потребова|попроси|предостер|предупреди|обязал|призва|уговарива)\w*\s+"
               r"(?:\S+\s+){0,6}?(?:отменить|не участвовать|от (?:участия|демонстрац|протест|"
               r"акци|митинг)\w*|опубликовать опровержение)"],
        "fa": [r"(?:سفارت|کنسولگری|سفیر|مقام|پلیس|دولت|وزارت|مأموران)[^.]{0,60}?(?:خواست|خواستند|"
               r"هشدار داد|فشار)[^.]{0,60}?(?:لغو کنند|لغو شود|شرکت نکنند)"],
    })  # fmt: skip
    # Passports no longer issued or renewed where the diaspora lives.
    services = make_rules("tactic", "passport_consular_denial", {
        "en": [r"\b(?:stop|stops|stopped|suspend\w*|halt\w*|end\w*) (?:\S+ ){0,3}?(?:issuing|"
               r"issuance of|renewing|renewal of|renewals of) (?:\S+ )?passports?\b"],
        "tr": [r"pasaport (?:verme|yenileme|işlem)\w* (?:\S+ ){0,5}?(?:durdur|sona er|askıya)\w*"],
        "zh": [r"(?:停止|暂停|终止)(?:办理|签发|发放|更新|换发)[^。；]{0,4}护照"],
        "ug": [r"پاسپورت (?:\S+\s+){0,3}?(?:بېرىش|يېڭىلاش)\w* (?:\S+\s+){0,3}?توختا\w*"],
        "ru": [r"(?:прекрат|приостанов)\w* (?:\S+\s+){0,3}?(?:выдач\w*|продлени\w*|оформлени\w*) "
               r"(?:\S+\s+)?паспорт\w*"],
        "fa": [r"(?:صدور|تمدید) (?:\S+ ){0,3}?گذرنامه (?:\S+ ){0,5}?(?:متوقف|پایان|تعلیق)"],
    })  # fmt: skip
    return silencing + services


PLAIN_WORD_RULES = _surveillance() + _other_acts() + _silencing_and_services()
